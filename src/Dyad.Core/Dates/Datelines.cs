namespace Dyad.Dates;

/// <summary>
/// Datelines and date lines at the top of an article: " date 2019-10-09 Turkish President ...", "Posted: Aug 19,
/// 2011", "LONDON, April 25 (NNN-AGENCIES) -", "DAMASCUS, Dec. 21 (Xinhua) --", "MOSCOW (UrduPoint News / Sputnik
/// - 11th May, 2023)", "Mar 23, 2022 - World". They tell when the article was filed: the publication date, never
/// an event's (spec: Conventions, When). Read from the stored text around the date, which is left as it is.
/// </summary>
internal static class Datelines
{
    // A dateline opens the article or its first paragraph, after at most a title, a byline and a few short lines.
    public const int HeadChars = 1200;

    // "LONDON", "Damascus [Syria]", "By News Desk", "MOSCOW (UrduPoint News / Sputnik": a place or a source.
    private const int MaxLeadWords = 6;

    /// <summary>True when the date at text[start..end) is a dateline: see the class remarks for the shapes.</summary>
    public static bool Is(string text, int start, int end)
    {
        if (start >= HeadChars) return false;
        // "On June 5, 2017, Saudi Arabia ..." dates an event: a dateline starts with the date itself.
        if (char.IsLetter(text[start]) && !IsCalendarWord(WordAt(text, start))) return false;
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var words = 0;
        var label = false;
        var last = '\0';
        for (var k = lineStart; k < start; k++)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c)) continue;
            if (!char.IsLetter(c))
            {
                last = c;
                continue;
            }
            var word = WordAt(text, k);
            k += word.Length - 1;
            last = 'a';
            // "Published: 0139 GMT April 29, 2022": a time of day between the label and the date.
            if (label && IsTimeWord(word)) continue;
            label = IsLabel(word);
            if (label || IsCalendarWord(word)) continue;
            // A lower-case word makes the line a sentence: "Assad visited Oman, May 7 ..." is no dateline.
            if (!char.IsUpper(word[0]) || ++words > MaxLeadWords) return false;
        }
        if (label) return true;
        // "LONDON, April 25", "AL-QAIM, Sept 30", "MOSCOW (UrduPoint News / Sputnik - 11th May, 2023)".
        if (words > 0) return last is ',' or '(' or '-' or '\u2013' or '\u2014' or '|' or '/';
        return EndsLine(text, end);
    }

    // A date alone at the head of its line is a date line when nothing but a time, a separator or the next date follows.
    private static bool EndsLine(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        if (k >= text.Length || text[k] is '\n' or '\r' or '|' or '-' or '\u2013' or '\u2014' or '(' or ':' or '/' || char.IsAsciiDigit(text[k])) return true;
        // "Wednesday, December 17, 2014": a weekday before the date.
        if (text[k] != ',') return false;
        k++;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && (char.IsAsciiDigit(text[k]) || char.IsLetter(text[k]) && IsCalendarWord(WordAt(text, k)));
    }

    private static ReadOnlySpan<char> WordAt(string text, int k)
    {
        var e = k;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text.AsSpan(k, e - k);
    }

    private static bool IsCalendarWord(ReadOnlySpan<char> word)
    {
        var w = DateWords.Find(word);
        return DateWords.MonthOf(w, out _) > 0 || DateWords.WeekdayOf(w) is not null;
    }

    private static bool IsTimeWord(ReadOnlySpan<char> word) =>
        word is "GMT" or "UTC" or "AM" or "PM" or "am" or "pm" or "ET" or "EST" or "EDT" or "CET" or "CEST" or "BST";

    private static bool IsLabel(ReadOnlySpan<char> word) =>
        word.Equals("date", StringComparison.OrdinalIgnoreCase) || word.Equals("dated", StringComparison.OrdinalIgnoreCase)
        || word.Equals("posted", StringComparison.OrdinalIgnoreCase) || word.Equals("published", StringComparison.OrdinalIgnoreCase)
        || word.Equals("updated", StringComparison.OrdinalIgnoreCase);
}
