using Dyad.Packs;

namespace Dyad.Query;

/// <summary>An actor name read into an id, or the message saying why it names no actor.</summary>
public readonly record struct ActorLookup(string? Id, string? Error)
{
    /// <summary>Whether the text named an actor: <see cref="Id"/> is set and <see cref="Error"/> is null.</summary>
    public bool Found => Id is not null;
}

/// <summary>
/// Actor names as people type them ("Turkey", "turkey", "TUR", "the UAE", "Arab League", "USA.LEG") read into the
/// pack's actor ids: ids, states' names and aliases, organisations' ids and names, in any case, with a leading
/// "the" ignored and a sector suffix kept. The one reader of actor names for the CLI and the API, so that a name
/// means the same actor everywhere; an unknown or ambiguous name is a result with a message, not an exception.
/// </summary>
public sealed class ActorNames
{
    private static readonly string[] Sectors = ["MIL", "LEG", "OPP", "ELI", "REF", "NGO"];
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _ambiguous = new(StringComparer.Ordinal);

    /// <summary>Reads every id, name and alias of the pack's states and organisations; a name two actors share is kept as ambiguous.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    public ActorNames(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        // Ids first: an id is never shadowed by another actor's name or alias.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in pack.States) AddId(s.Id, ids);
        foreach (var o in pack.Organisations) AddId(o.Id, ids);
        foreach (var s in pack.States)
        {
            AddName(s.Name, s.Id, ids);
            foreach (var a in s.Aliases ?? []) AddName(a, s.Id, ids);
        }
        foreach (var o in pack.Organisations)
        {
            foreach (var n in o.Names) AddName(n, o.Id, ids);
        }
    }

    /// <summary>The actor id <paramref name="text"/> names, or why it names none.</summary>
    public ActorLookup Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new ActorLookup(null, "an actor name is empty");
        var key = Normalize(text);
        if (Lookup(key, text) is { } whole) return whole;
        var dot = key.LastIndexOf('.');
        if (dot > 0 && Sectors.Contains(key[(dot + 1)..].ToUpperInvariant(), StringComparer.Ordinal)
            && Lookup(key[..dot], text) is { Found: true } baseActor)
            return new ActorLookup($"{baseActor.Id}.{key[(dot + 1)..].ToUpperInvariant()}", null);
        return new ActorLookup(null, $"unknown actor '{text.Trim()}': not an id, name or alias of a state or organisation in the pack (e.g. TUR, Turkey, the UAE, Arab League)");
    }

    private ActorLookup? Lookup(string key, string text)
    {
        if (_ambiguous.TryGetValue(key, out var several))
            return new ActorLookup(null, $"ambiguous actor '{text.Trim()}': it names {string.Join(" and ", several)}; use the id");
        return _byName.TryGetValue(key, out var id) ? new ActorLookup(id, null) : null;
    }

    private void AddId(string id, HashSet<string> ids)
    {
        ids.Add(Normalize(id));
        _byName[Normalize(id)] = id;
    }

    private void AddName(string name, string id, HashSet<string> ids)
    {
        var key = Normalize(name);
        if (key.Length == 0 || ids.Contains(key)) return;
        if (_ambiguous.TryGetValue(key, out var several)) { several.Add(id); return; }
        if (!_byName.TryGetValue(key, out var other)) { _byName[key] = id; return; }
        if (other == id) return;
        _byName.Remove(key);
        _ambiguous[key] = new SortedSet<string>(StringComparer.Ordinal) { other, id };
    }

    private static string Normalize(string text)
    {
        var words = text.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && words[0] == "the" ? 1 : 0;
        return string.Join(' ', words.Skip(start));
    }
}
