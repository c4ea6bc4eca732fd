namespace Dyad.Packs;

/// <summary>
/// Reads the ledger.json of each pack into <see cref="LedgerData"/>, merged in include order (the including pack's entries
/// last). Every problem is a <see cref="PackException"/> naming the file and the entry ("ledger.json: indicator
/// \"killed\": unit \"heads\" is not one of pills, tonnes, ...").
/// </summary>
internal static class LedgerParser
{
    public static LedgerData Merge(IReadOnlyList<(string Path, LedgerFile File)> files)
    {
        if (files.Count == 0) return LedgerData.Empty;
        var topics = new List<LedgerTopic>();
        var indicators = new List<IndicatorDefinition>();
        var units = new List<UnitDefinition>();
        var status = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var qualifiers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        var scales = new Dictionary<string, double>(StringComparer.Ordinal);
        var ratios = new Dictionary<string, double>(StringComparer.Ordinal);
        List<string> conditionCues = [], conditionUnless = [], goalCues = [], vague = [], bare = [], referBack = [];
        foreach (var (path, file) in files)
        {
            foreach (var (t, i) in (file.Topics ?? []).Select((t, i) => (t, i)))
            {
                var where = Name("topic", t.Id, i);
                topics.Add(new LedgerTopic(Id(path, where, t.Id), t.Label ?? t.Id!, Cues(path, where, t.Cues)));
            }
            conditionCues.AddRange(Optional(path, "conditions", file.Conditions?.Cues));
            conditionUnless.AddRange(Optional(path, "conditions", file.Conditions?.Unless));
            goalCues.AddRange(Optional(path, "goals", file.Goals?.Cues));
            referBack.AddRange(Optional(path, "refer_back", file.ReferBack));
            foreach (var (code, cues) in file.Status ?? [])
            {
                if (code is not ("met" or "unmet" or "dropped"))
                    throw new PackException(path, $"status \"{code}\" is not one of {LedgerData.StatusCodes}");
                status[code] = [.. status.GetValueOrDefault(code) ?? [], .. Cues(path, $"status \"{code}\"", cues)];
            }
            foreach (var (u, i) in (file.Units ?? []).Select((u, i) => (u, i)))
            {
                var where = Name("unit", u.Id, i);
                if (u.Words is null && u.Signs is null) throw new PackException(path, $"{where}: neither \"words\" nor \"signs\"");
                units.Add(new UnitDefinition(Id(path, where, u.Id), Optional(path, where, u.Words), u.Signs ?? []));
            }
            foreach (var (x, i) in (file.Indicators ?? []).Select((x, i) => (x, i)))
            {
                var where = Name("indicator", x.Id, i);
                var taken = x.Units is { Length: > 0 } given ? given : throw new PackException(path, $"{where}: \"units\" is missing or empty");
                indicators.Add(new IndicatorDefinition(Id(path, where, x.Id), x.Label ?? x.Id!, taken, Cues(path, where, x.Cues), x.Ratio ?? false));
            }
            if (file.Numbers is { } n)
            {
                Add(path, "numbers.words", n.Words, words);
                Add(path, "numbers.scales", n.Scales, scales);
                Add(path, "numbers.ratios", n.Ratios, ratios);
                foreach (var (code, cues) in n.Qualifiers ?? []) qualifiers[code] = [.. qualifiers.GetValueOrDefault(code) ?? [], .. Cues(path, $"qualifier \"{code}\"", cues)];
                vague.AddRange(Optional(path, "numbers.vague", n.Vague));
                bare.AddRange(Optional(path, "numbers.bare", n.Bare));
            }
        }
        Unique(files[^1].Path, "topic", topics.Select(t => t.Id));
        Unique(files[^1].Path, "indicator", indicators.Select(t => t.Id));
        Unique(files[^1].Path, "unit", units.Select(t => t.Id));
        var known = units.Select(u => u.Id).Append(LedgerData.RatioUnit).ToHashSet(StringComparer.Ordinal);
        foreach (var x in indicators)
        {
            var unknown = x.Units.FirstOrDefault(u => !known.Contains(u));
            if (unknown is not null)
                throw new PackException(files.Last(f => f.File.Indicators?.Any(i => i.Id == x.Id) == true).Path,
                    $"indicator \"{x.Id}\": unit \"{unknown}\" is not one of {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        }
        return new LedgerData(topics, [.. conditionCues], [.. conditionUnless], [.. goalCues], status, indicators, units,
            new NumberWords(words, scales, ratios, qualifiers, [.. vague], [.. bare]), [.. referBack]);
    }

    private static void Add(string path, string where, Dictionary<string, double>? from, Dictionary<string, double> into)
    {
        foreach (var (word, value) in from ?? [])
        {
            if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal)) throw new PackException(path, $"{where}: \"{word}\" is not one word");
            if (!(value > 0)) throw new PackException(path, $"{where}: \"{word}\" is not a positive number: {value}");
            into[word] = value;
        }
    }

    private static string Id(string path, string where, string? id) =>
        string.IsNullOrWhiteSpace(id) ? throw new PackException(path, $"{where}: \"id\" is missing") : id;

    private static string[] Cues(string path, string where, string[]? cues)
    {
        if (cues is null || cues.Length == 0) throw new PackException(path, $"{where}: \"cues\" is missing or empty");
        return Optional(path, where, cues);
    }

    // Cues are compiled by the ledger stage; an empty one, or one that is only a gap, would match anything or nothing.
    private static string[] Optional(string path, string where, string[]? cues)
    {
        foreach (var cue in cues ?? [])
        {
            var parts = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0] == "..." || parts[^1] == "..." || parts.Any(p => p != "..." && p.Split('|').Any(a => a.Length == 0 || a == "*")))
                throw new PackException(path, $"{where}: cue \"{cue}\" is empty, starts or ends with a gap, or has an empty alternative");
        }
        return cues ?? [];
    }

    private static void Unique(string path, string kind, IEnumerable<string> ids)
    {
        var twice = ids.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new PackException(path, $"{kind} \"{twice.Key}\" is defined twice");
    }

    private static string Name(string kind, string? id, int index) => id is null ? $"{kind} {index + 1}" : $"{kind} \"{id}\"";
}
