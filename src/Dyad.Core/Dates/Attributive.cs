namespace Dyad.Dates;

/// <summary>
/// A bare month or year that stands before a noun as its time: "February's earthquakes", "a March summit",
/// "the 2011 uprising". The noun must name an event, so "the May government" or "a 1902 views" stay no date.
/// </summary>
internal static class Attributive
{
    private static readonly HashSet<string> EventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "summit", "summits", "meeting", "meetings", "talks", "visit", "visits", "trip", "tour", "conference", "session",
        "election", "elections", "vote", "referendum", "deadline", "agreement", "deal", "accord", "accords", "decision",
        "announcement", "call", "statement", "declaration", "decree", "law", "resolution", "ceasefire", "truce",
        "attack", "attacks", "offensive", "operation", "invasion", "coup", "war", "uprising", "revolution", "protests",
        "earthquake", "earthquakes", "quake", "quakes", "crackdown", "sanctions", "embargo", "ban",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = EventNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the bare month or year at tokens [start, end) is the time of the noun after it.</summary>
    public static bool Licenses(in Scan s, int start, int end)
    {
        // "as far back as 2018", "as early as 2012", "as recently as 2020": a time compared is a time.
        if (start >= 2 && s.Text is { } said && IsWord(s, said, start - 1, "as")
            && (IsWord(s, said, start - 2, "back") || IsWord(s, said, start - 2, "early") || IsWord(s, said, start - 2, "recently") || IsWord(s, said, start - 2, "late")))
            return true;
        // "February's deadly earthquakes": a possessive needs no noun list.
        if (s.IsPunct(end, '\'') || s.IsPunct(end, '\u2019'))
            return s.Touches(end) && s.Touches(end + 1) && end + 1 < s.T.Length && s.Text is { } t
                && t.AsSpan(s.T[end + 1].Start, s.T[end + 1].End - s.T[end + 1].Start) is "s";
        if (start == 0 || s.Word(start - 1) is not (W.A or W.An or W.The) || s.Text is not { } text) return false;
        // "a March summit", "the 2011 uprising", "the February 6 earthquake" (the day needs no licence).
        for (var k = end; k < s.T.Length && k <= end + 2; k++)
        {
            ref readonly var t = ref s.T[k];
            if (t.Kind != DateTokenKind.Word) return false;
            if (Lookup.Contains(text.AsSpan(t.Start, t.End - t.Start))) return true;
        }
        return false;
    }

    private static bool IsWord(in Scan s, string text, int k, string word)
    {
        ref readonly var t = ref s.T[k];
        return t.Kind == DateTokenKind.Word && text.AsSpan(t.Start, t.End - t.Start).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
