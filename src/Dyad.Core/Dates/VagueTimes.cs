using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// Time words that say "some time" without saying when. They are recognised so that nearby events get a
/// null date instead of falling back to the publication date; those that look ahead ("soon", "in the coming
/// weeks") are prospective instead: they tell when a plan is for, and leave the events near them their dates.
/// "currently" and "at present" are no such words: they mean the time of writing, which an event with no time
/// words of its own gets anyway.
/// </summary>
internal static class VagueTimes
{
    // The one table of vague expressions. "#" is any small number; "{unit}" expands to day(s), week(s),
    // month(s), year(s), decade(s); a leading ">" marks a prospective one. Longer entries win over their
    // prefixes ("later this year" is not vague: PhraseMatcher's longer match beats "later"). Counts with "later"
    // resolve against the time told before them (CountMatcher), "over the past weeks" to a span (LookBackMatcher).
    private static readonly string[] Table =
    [
        "recently", "recent", "lately", "repeatedly", "later",
        "in recent {unit}", "from time to time", "since then", "for {unit}",
        "a few {unit} ago", "several {unit} ago", "{unit} ago",
        ">soon", ">in the coming {unit}", ">over the coming {unit}", ">in the next {unit}", ">in the next # {unit}",
        ">in the next few {unit}", ">over the next {unit}", ">over the next # {unit}", ">over the next few {unit}",
        ">during the next {unit}", ">in the coming few {unit}",
    ];

    // Phrases grouped by first word, longest first, so the first hit is the longest. A phrase's last element
    // is its role, as a W-sized number (see Build).
    private static readonly W[][]?[] ByFirstWord = Build();

    public static Candidate Match(in Scan s, int i)
    {
        var best = Longest(s, i, ByFirstWord[(int)s.Word(i)]);
        if (s.Count(i, article: false) > 0)
        {
            var counted = Longest(s, i, ByFirstWord[(int)W.Num]);
            if (counted.Length > best.Length) best = counted;
        }
        if (best.Length == 0) return default;
        return best.Prospective ? new Candidate(i + best.Length, null, DateBasis.None, DateRole.Prospective)
            : new Candidate(i + best.Length, null, DateBasis.None, DateRole.Unresolvable);
    }

    private static (int Length, bool Prospective) Longest(in Scan s, int i, W[][]? phrases)
    {
        if (phrases is null) return default;
        foreach (var phrase in phrases)
            if (Matches(s, i, phrase)) return (phrase.Length - 1, phrase[^1] == Ahead);
        return default;
    }

    // The role marker closing each phrase: no word of the lexicon.
    private const W Ahead = (W)byte.MaxValue;
    private const W Vague = (W)(byte.MaxValue - 1);

    private static bool Matches(in Scan s, int i, W[] phrase)
    {
        for (var k = 1; k < phrase.Length - 1; k++)
        {
            var ok = phrase[k] == W.Num ? s.Count(i + k, article: false) > 0 : s.Is(i + k, phrase[k]);
            if (!ok) return false;
        }
        return true;
    }

    private static W[][]?[] Build()
    {
        var units = new[] { "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades" };
        var lists = new List<W[]>?[byte.MaxValue + 1];
        foreach (var line in Table)
        {
            var ahead = line.StartsWith('>');
            var entry = ahead ? line[1..] : line;
            foreach (var text in entry.Contains("{unit}", StringComparison.Ordinal)
                         ? units.Select(u => entry.Replace("{unit}", u, StringComparison.Ordinal)) : [entry])
            {
                var words = text.Split(' ').Select(ToWord).Append(ahead ? Ahead : Vague).ToArray();
                (lists[(int)words[0]] ??= []).Add(words);
            }
        }
        return lists.Select(l => l?.OrderByDescending(p => p.Length).ToArray()).ToArray();
    }

    private static W ToWord(string word)
    {
        if (word == "#") return W.Num;
        var w = DateWords.Find(word);
        return w != W.None ? w : throw new InvalidOperationException($"'{word}' is missing from the lexicon.");
    }
}
