using Dyad.Model;

namespace Dyad.Text;

/// <summary>
/// Marks the sentences that are kept in the stored text but not coded: site chrome ("Skip to main content",
/// share lines, "Read more"), author boxes, disclaimers, and the notes or reference list after the article.
/// The cue lines come from the pack (text.json), so a new outlet's chrome is a data edit.
/// </summary>
public sealed class Boilerplate
{
    private readonly HashSet<string> _lines;
    private readonly string[] _prefixes;
    private readonly HashSet<string> _tails;

    public Boilerplate(IEnumerable<string> lines, IEnumerable<string> prefixes, IEnumerable<string> tails)
    {
        _lines = new HashSet<string>(lines.Select(Key), StringComparer.Ordinal);
        _prefixes = prefixes.Select(Key).ToArray();
        _tails = new HashSet<string>(tails.Select(Key), StringComparer.Ordinal);
    }

    /// <summary>Returns the sentences with <see cref="Sentence.Coded"/> cleared where they are boilerplate.</summary>
    public List<Sentence> Mark(string text, List<Sentence> sentences)
    {
        var inTail = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var line = LineOf(text, s.Start);
            var key = Key(text.AsSpan(line.Start, line.End - line.Start));
            if (_tails.Contains(key)) inTail = true;
            var skip = inTail || _lines.Contains(key) || StartsWithAny(key) || IsNoteLine(text, line.Start);
            if (skip) sentences[i] = s with { Coded = false };
        }
        return sentences;
    }

    private bool StartsWithAny(string key)
    {
        foreach (var p in _prefixes)
        {
            if (key.StartsWith(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // A line that opens with a note marker is an entry of the reference list: "[xiv] For statistics, see ..."
    private static bool IsNoteLine(string text, int lineStart)
    {
        if (lineStart >= text.Length || text[lineStart] != '[') return false;
        var close = text.IndexOf(']', lineStart, Math.Min(10, text.Length - lineStart));
        if (close < 0) return false;
        for (var k = lineStart + 1; k < close; k++)
        {
            if (!(char.IsDigit(text[k]) || "ivxlcIVXLC".Contains(text[k]))) return false;
        }
        return close > lineStart + 1;
    }

    private static (int Start, int End) LineOf(string text, int offset)
    {
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', offset);
        return (start, end < 0 ? text.Length : end);
    }

    private static string Key(string s) => Key(s.AsSpan());

    private static string Key(ReadOnlySpan<char> s) => s.Trim().ToString().ToLowerInvariant().Replace('\u2019', '\'');
}
