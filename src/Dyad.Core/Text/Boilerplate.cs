using Dyad.Model;

namespace Dyad.Text;

/// <summary>
/// Marks the sentences that are kept in the stored text but not coded: site chrome ("Skip to main content",
/// share lines, "Read more"), author boxes, disclaimers, and the notes or reference list after the article.
/// The cue lines come from the pack (text.json), so a new outlet's chrome is a data edit.
/// </summary>
internal sealed class Boilerplate
{
    private readonly HashSet<string> _lines;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lineLookup;
    private readonly string[] _prefixes;
    private readonly HashSet<string> _tails;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _tailLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _widgetLookup;
    // No cue is longer: a longer line is only read this far, for its prefix.
    private readonly int _longestCue;

    public Boilerplate(IEnumerable<string> lines, IEnumerable<string> prefixes, IEnumerable<string> tails, IEnumerable<string> widgets)
    {
        var widgetSet = new HashSet<string>(widgets.Select(Key), StringComparer.Ordinal);
        _widgetLookup = widgetSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _lines = new HashSet<string>(lines.Select(Key), StringComparer.Ordinal);
        _prefixes = prefixes.Select(Key).ToArray();
        _tails = new HashSet<string>(tails.Select(Key), StringComparer.Ordinal);
        _lineLookup = _lines.GetAlternateLookup<ReadOnlySpan<char>>();
        _tailLookup = _tails.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestCue = _lines.Concat(_tails).Concat(widgetSet).Concat(_prefixes).Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>Returns the sentences with <see cref="Sentence.Coded"/> cleared where they are boilerplate.</summary>
    public List<Sentence> Mark(string text, List<Sentence> sentences)
    {
        // A line (a paragraph) holds several sentences: it is judged once, and its key is made in a buffer, not
        // as strings; this stage allocated three copies of the whole paragraph per sentence.
        var buffer = new char[_longestCue + 1];
        var inTail = false;
        var inWidget = false;
        int lineStart = -1, lineEnd = -1;
        var skipLine = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (lineStart < 0 || s.Start > lineEnd)
            {
                (lineStart, lineEnd) = LineOf(text, s.Start);
                skipLine = Judge(text, lineStart, lineEnd, buffer, ref inTail, ref inWidget);
            }
            if (skipLine) sentences[i] = s with { Coded = false };
        }
        return sentences;
    }

    private bool Judge(string text, int start, int end, char[] buffer, ref bool inTail, ref bool inWidget)
    {
        var line = text.AsSpan(start, end - start).Trim();
        var n = Math.Min(line.Length, buffer.Length);
        for (var k = 0; k < n; k++)
        {
            var c = char.ToLowerInvariant(line[k]);
            buffer[k] = c == '\u2019' ? '\'' : c;
        }
        ReadOnlySpan<char> key = buffer.AsSpan(0, n);
        // A key cut short can only match by prefix: whole cues are no longer than the buffer less one.
        var whole = line.Length < buffer.Length;
        if (whole && _tailLookup.Contains(key)) inTail = true;
        if (whole && _widgetLookup.Contains(key)) { inWidget = true; return true; }
        // A box of links ends where the story goes on: this line and the next one are both prose. The titles and
        // one-line teasers of a box are short or stand alone ("Recommended / Signs of improving relations / The visit
        // follows a phone call on August 31 in which ... / Two weeks before the call, ..." goes on at "The visit").
        if (inWidget && !inTail)
        {
            if (!IsProse(line) || !IsProse(NextLine(text, end))) return true;
            inWidget = false;
        }
        return inTail || (whole && _lineLookup.Contains(key)) || StartsWithAny(key) || IsNoteLine(text, start);
    }

    private bool StartsWithAny(ReadOnlySpan<char> key)
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

    // A paragraph of the story: a dozen words or more, opening with a capital or a quotation mark and ending a sentence.
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 40 || !(char.IsUpper(line[0]) || line[0] is '"' or '\u201c')) return false;
        if (line[^1] is not ('.' or '!' or '?' or '"' or '\u201d' or ')')) return false;
        var words = 1;
        foreach (var c in line) if (c == ' ') words++;
        return words >= 12;
    }

    // The next line that holds anything after the line ending at end.
    private static ReadOnlySpan<char> NextLine(string text, int end)
    {
        var start = end + 1;
        while (start < text.Length)
        {
            var stop = text.IndexOf('\n', start);
            if (stop < 0) stop = text.Length;
            var line = text.AsSpan(start, stop - start);
            if (!line.IsWhiteSpace()) return line;
            start = stop + 1;
        }
        return [];
    }

    private static (int Start, int End) LineOf(string text, int offset)
    {
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', offset);
        return (start, end < 0 ? text.Length : end);
    }

    private static string Key(string s) => s.Trim().ToLowerInvariant().Replace('\u2019', '\'');
}
