namespace Dyad.Tests.Corpus;

/// <summary>A fenced block of a golden case: its head words (```events, ```article ID PUBLISHED) and its lines.</summary>
public sealed record GoldenBlock(string[] Head, IReadOnlyList<string> Body, int Line)
{
    public string Kind => Head.FirstOrDefault() ?? "";

    /// <summary>The block's non-empty lines, runs of spaces made one, in the order given.</summary>
    public string[] Rows => [.. Body.Where(b => b.Trim().Length > 0).Select(b => string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
}

/// <summary>One "## title" case of a golden file: the "# " part it stands under, its "key: value" lines and its blocks.</summary>
public sealed record GoldenSection(string File, string Title, string? Part, int Line, IReadOnlyList<(string Key, string Value, int Line)> Fields,
    IReadOnlyList<GoldenBlock> Blocks)
{
    public string? Field(string key) => Fields.LastOrDefault(f => f.Key == key).Value;

    /// <summary>
    /// The case's text block and its block of expected rows (```events, ```ledger) as <paramref name="rows"/> reads them,
    /// sorted; a block of another kind, or either missing, is an error naming the file and line.
    /// </summary>
    public (string Text, string[] Expected) TextAnd(string kind, Func<GoldenBlock, IEnumerable<string>> rows)
    {
        string? text = null;
        string[]? expected = null;
        foreach (var block in Blocks)
        {
            if (block.Kind == "text") text = string.Join('\n', block.Body);
            else if (block.Kind == kind) expected = [.. rows(block).Order(StringComparer.Ordinal)];
            else throw new FormatException($"{File}:{block.Line}: unknown block '{block.Kind}' in '{Title}'");
        }
        return text is null || expected is null
            ? throw new FormatException($"{File}:{Line}: case '{Title}' needs a text block and a {kind} block")
            : (text, expected);
    }
}

/// <summary>
/// The markdown every golden file shares (Corpus/golden/*.md, ledger/, ladder/): "# " parts, "## " cases, "key: value"
/// lines and ``` blocks. Each file kind reads its cases from these sections; an unclosed block is an error here.
/// </summary>
internal static class GoldenMarkdown
{
    /// <summary>The cases of every golden file of a folder, files in name order, each read by <paramref name="parse"/>.</summary>
    public static List<T> Load<T>(string folder, Func<string, string[], IEnumerable<T>> parse) =>
        [.. Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).SelectMany(p => parse(Path.GetFileName(p), File.ReadAllLines(p)))];

    public static IEnumerable<GoldenSection> Sections(string file, string[] lines)
    {
        string? part = null, title = null;
        var fields = new List<(string, string, int)>();
        var blocks = new List<GoldenBlock>();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null) yield return new GoldenSection(file, title, part, start, fields, blocks);
                (title, fields, blocks, start) = (null, [], [], i + 1);
                if (line.StartsWith("# ", StringComparison.Ordinal)) part = line[2..].Trim();
                else title = line[3..].Trim();
            }
            else if (title is null) continue;
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var head = line[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var at = i;
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) body.Add(lines[i]);
                if (i >= lines.Length) throw new FormatException($"{file}:{start}: unclosed ``` block in '{title}'");
                blocks.Add(new GoldenBlock(head, body, at + 1));
            }
            else if (line.IndexOf(':') is var colon and > 0 && !line[..colon].Contains(' ')) fields.Add((line[..colon], line[(colon + 1)..].Trim(), i + 1));
        }
        if (title is not null) yield return new GoldenSection(file, title, part, start, fields, blocks);
    }
}
