using Dyad.Model;

namespace Dyad.Text;

/// <summary>
/// Splits clean text into sentences with character offsets. A line break always ends a sentence (titles,
/// headings and list items are lines of their own); inside a line a sentence ends at . ! or ? followed by
/// a space and a capital, a digit or an opening quote, unless the word before is an abbreviation (U.S., Gen., Jan.).
/// </summary>
internal sealed class SentenceSplitter
{
    private static readonly HashSet<string> DefaultAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep",
        "prof", "st", "mt", "no", "nos", "vol", "pp", "p", "fig", "jr", "sr", "inc", "co", "corp", "ltd", "dept", "dep't",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "e.g", "i.e", "cf", "al", "approx", "est", "pres", "amb", "min", "h.e", "h.m",
    };

    private readonly HashSet<string> _abbreviations;

    public SentenceSplitter(IEnumerable<string>? extraAbbreviations = null)
    {
        _abbreviations = new HashSet<string>(DefaultAbbreviations, StringComparer.OrdinalIgnoreCase);
        if (extraAbbreviations is not null) _abbreviations.UnionWith(extraAbbreviations.Select(a => a.TrimEnd('.')));
    }

    /// <summary>Sentences of the text, every one marked coded; <see cref="Boilerplate"/> clears the flag where needed.</summary>
    public List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>(text.Length / 100 + 4);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void SplitLine(string text, int start, int end, List<Sentence> into)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            // Searched, not read a character at a time: stops are a few in a line.
            var at = text.AsSpan(i, end - i).IndexOfAny('.', '!', '?');
            if (at < 0) break;
            i += at;
            var c = text[i];
            var j = i + 1;
            while (j < end && IsCloser(text[j])) j++;
            // Footnote markers right after the stop belong to the sentence: "... countries.[v] Similarly"
            while (j < end && text[j] == '[')
            {
                var close = text.IndexOf(']', j, Math.Min(10, end - j));
                if (close < 0) break;
                j = close + 1;
            }
            if (j >= end) break;
            if (!char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || IsOpener(next))) continue;
            // A stop inside closing quotes ends the sentence even after a word that can be an abbreviation: "no."
            var quoted = j > i + 1 && text[i + 1] is '"' or '\u201D' or '\u2019' or '\'';
            if (c == '.' && !quoted && IsAbbreviation(text, start, i)) continue;
            Add(text, s, j, into);
            s = k;
            i = k - 1;
        }
        Add(text, s, end, into);
    }

    private bool IsAbbreviation(string text, int lineStart, int dot)
    {
        var w = dot;
        while (w > lineStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '\'')) w--;
        if (w == dot) return false;
        var word = text.AsSpan(w, dot - w);
        // A single capital letter is an initial ("John F. Kennedy"); dotted acronyms (U.S., D.C.) rarely end sentences.
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.')) return true;
        return _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>
    /// The longest sentence coded whole. News sentences stay under about 600 characters; a run-on line (a table flattened,
    /// a page with no stops) is cut into pieces of at most this length, so that coding stays linear in the input.
    /// </summary>
    public const int MaxLength = 1000;

    private static void Add(string text, int start, int end, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (end - start > MaxLength)
        {
            var cut = Cut(text, start, start + MaxLength);
            Add(text, start, cut, into);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
        if (end > start) into.Add(new Sentence(into.Count, start, end, true));
    }

    // Where a run-on is cut before `limit`: after the last clause mark in its second half, else at the last space, else
    // at the limit itself.
    private static int Cut(string text, int start, int limit)
    {
        var half = start + (limit - start) / 2;
        var span = text.AsSpan(half, limit - half);
        var mark = span.LastIndexOfAny(';', ':');
        if (mark < 0) mark = span.LastIndexOf(',');
        if (mark >= 0) return half + mark + 1;
        var space = span.LastIndexOfAny(' ', '\t');
        // A cut in the middle of a character written as two UTF-16 units would leave half of it on each side.
        return space > 0 ? half + space : char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB';
}
