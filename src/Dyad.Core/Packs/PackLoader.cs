using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dyad.Packs;

/// <summary>Reads a pack folder and the packs it includes; a broken file is reported with its path and reason.</summary>
public static class PackLoader
{
    /// <summary>The pack shipped with the program: packs/syria beside the executable.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "packs", "syria");

    /// <summary>
    /// Loads the pack in <paramref name="directory"/> (the folder holding its pack.json) with every pack it includes,
    /// their lists merged with the including pack's entries last. Levels, frames, modalities and dates are parsed into
    /// values once, here; then the whole is checked: every pattern names a known step, every role and description a known
    /// actor, every government a known state, and no two governments of a state overlap.
    /// </summary>
    /// <exception cref="PackException">A missing pack.json, a file that is not valid JSON, or an entry that cannot be used; the message names the file and the entry.</exception>
    public static Pack Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        var manifestPath = Path.Combine(full, "pack.json");
        if (!File.Exists(manifestPath)) throw new PackException(manifestPath, "no pack.json: not a pack folder");
        var parts = new List<(string Dir, PackManifest Manifest)>();
        Collect(full, parts, new HashSet<string>(StringComparer.Ordinal));
        var own = parts[^1].Manifest;
        var text = parts.Select(p => Read<TextFile>(p.Dir, "text.json")).Where(t => t is not null).ToList();
        var modality = parts.Select(p => Read<ModalityFile>(p.Dir, "modality.json")).Where(m => m is not null).ToList();
        var cues = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var m in modality)
        {
            foreach (var (k, v) in m!.Cues ?? [])
                cues[k] = cues.TryGetValue(k, out var old) ? [.. old, .. v] : v;
        }
        var names = parts.Select(p => Read<NamesFile>(p.Dir, "names.json")).Where(n => n is not null).ToList();
        var dirs = parts.Select(p => p.Dir).ToList();
        var roles = dirs.Select(d => (Path: Path.Combine(d, "roles.json"), File: Read<RolesFile>(d, "roles.json"))).Where(r => r.File is not null).ToList();
        var people = Entries(dirs, "people.json", (PeopleFile f) => f.People, EntryParser.People);
        var descriptions = Entries(dirs, "descriptions.json", (DescriptionsFile f) => f.Descriptions, EntryParser.Descriptions);
        var patterns = Entries(dirs, "patterns.json", (PatternsFile f) => f.Patterns, EntryParser.Patterns);
        var eras = Entries(dirs, "governments.json", (GovernmentsFile f) => f.Governments, EntryParser.Eras);
        var ledgers = dirs.Select(d => (Path: Path.Combine(d, "ledger.json"), File: Read<LedgerFile>(d, "ledger.json"))).Where(l => l.File is not null).ToList();
        var pack = new Pack
        {
            Name = own.Name,
            Description = own.Description,
            Focus = parts.Select(p => p.Manifest.Focus).LastOrDefault(f => f is not null),
            Directory = full,
            Fingerprint = Fingerprint(dirs),
            States = parts.SelectMany(p => Read<StatesFile>(p.Dir, "states.json")?.States ?? []).ToList(),
            Organisations = parts.SelectMany(p => Read<OrganisationsFile>(p.Dir, "organisations.json")?.Organisations ?? []).ToList(),
            People = people.SelectMany(f => f.Entries).ToList(),
            Names = new NamesFile(
                names.SelectMany(n => n!.Spellings ?? []).ToArray(),
                names.SelectMany(n => n!.Articles ?? []).ToArray(),
                names.SelectMany(n => n!.Connectors ?? []).ToArray(),
                names.SelectMany(n => n!.FamilyNameFirst ?? []).ToArray(),
                names.SelectMany(n => n!.NotAlone ?? []).ToArray(),
                names.SelectMany(n => n!.Honorifics ?? []).ToArray(),
                names.SelectMany(n => n!.GivenNameAlone ?? []).ToArray(),
                names.SelectMany(n => n!.FamilyHonorifics ?? []).ToArray(),
                names.SelectMany(n => n!.GivenPrefixes ?? []).ToArray()),
            Descriptions = descriptions.SelectMany(f => f.Entries).ToList(),
            Eras = eras.SelectMany(f => f.Entries).ToList(),
            Roles = roles.SelectMany(r => EntryParser.RoleNouns(r.Path, r.File!.Roles ?? [])).ToList(),
            EliteModifiers = roles.SelectMany(r => r.File!.EliteModifiers ?? []).ToList(),
            Steps = parts.SelectMany(p => Read<StepsFile>(p.Dir, "steps.json")?.Steps ?? []).ToList(),
            Patterns = patterns.SelectMany(f => f.Entries).ToList(),
            ModalityCues = cues,
            TopicCues = modality.SelectMany(m => m!.Topics ?? []).ToList(),
            AppealCues = modality.SelectMany(m => m!.Appeals ?? []).ToList(),
            RepeatCues = modality.SelectMany(m => m!.Repeats ?? []).ToList(),
            Ledger = LedgerParser.Merge([.. ledgers.Select(l => (l.Path, l.File!))]),
            Text = new TextFile(
                text.SelectMany(t => t!.SkipLines ?? []).ToArray(),
                text.SelectMany(t => t!.SkipPrefixes ?? []).ToArray(),
                text.SelectMany(t => t!.TailLines ?? []).ToArray(),
                text.SelectMany(t => t!.Abbreviations ?? []).ToArray(),
                text.SelectMany(t => t!.WidgetLines ?? []).ToArray()),
        };
        PackValidator.Validate(pack, patterns, people, descriptions);
        PackValidator.ValidateEras(pack, eras);
        return pack;
    }

    // Every file of each pack folder, by its name within the folder, in the order the packs were merged: 64-bit FNV-1a
    // over names and contents, and their length. Not a cryptographic hash: loading the platform's cryptography for it
    // added 7 MB to every command's memory, and it tells an edited pack from the one an answer was kept with.
    private static string Fingerprint(List<string> dirs)
    {
        var (hash, length) = (14695981039346656037UL, 0L);
        void Add(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes) hash = (hash ^ b) * 1099511628211UL;
            length += bytes.Length;
        }
        foreach (var dir in dirs)
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                Add(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
                Add([0]);
                Add(File.ReadAllBytes(file));
                Add([0]);
            }
        }
        return $"{hash:x16}{length:x}";
    }

    private static void Collect(string dir, List<(string, PackManifest)> into, HashSet<string> seen)
    {
        if (!seen.Add(dir)) throw new PackException(dir, "pack includes itself");
        var manifest = Read<PackManifest>(dir, "pack.json") ?? throw new PackException(Path.Combine(dir, "pack.json"), "missing");
        foreach (var inc in manifest.Include ?? [])
        {
            var incDir = Path.GetFullPath(Path.Combine(dir, inc));
            if (!File.Exists(Path.Combine(incDir, "pack.json")))
                throw new PackException(Path.Combine(dir, "pack.json"), $"included pack '{inc}' not found at {incDir}");
            Collect(incDir, into, seen);
        }
        into.Add((dir, manifest));
    }

    // A list of entries from each pack that has the file, typed with the file's path at hand for messages.
    private static List<(string Path, TEntry[] Entries)> Entries<TFile, TJson, TEntry>(List<string> dirs, string file,
        Func<TFile, TJson[]?> list, Func<string, TJson[], TEntry[]> parse) where TFile : class =>
        dirs.Select(d => (Path: Path.Combine(d, file), File: Read<TFile>(d, file)))
            .Where(f => f.File is not null)
            .Select(f => (f.Path, parse(f.Path, list(f.File!) ?? [])))
            .ToList();

    private static T? Read<T>(string dir, string file) where T : class
    {
        var path = Path.Combine(dir, file);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            var reader = (JsonTypeInfo<T>)PackJson.Default.GetTypeInfo(typeof(T))!;
            return JsonSerializer.Deserialize(stream, reader) ?? throw new PackException(path, "empty file");
        }
        catch (JsonException e)
        {
            throw new PackException(path, $"not valid JSON for {file}: {e.Message}");
        }
    }
}

/// <summary>A pack file that cannot be used, with its path and the reason.</summary>
public sealed class PackException(string path, string reason) : Exception($"{path}: {reason}")
{
    /// <summary>The file at fault (or the pack folder, for an include cycle).</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, naming the entry: without the path, for a caller that prints its own.</summary>
    public string Reason { get; } = reason;
}
