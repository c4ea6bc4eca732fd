using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// "[less than] a week ago", "two years ago" (points back from publication) and "12 years after"
/// (an anchor: dates the event told right after it, publication year minus 12).
/// </summary>
internal static class CountMatcher
{
    private const int MaxCount = 200;

    public static Candidate Match(in Scan s, int i)
    {
        var p = Hedge(s, i);
        var n = s.Count(p, article: true);
        var unit = s.Word(p + 1);
        if (n is < 1 or > MaxCount || !Lexicon.IsUnit(unit)) return default;
        var end = p + 3;
        return s.Word(p + 2) switch
        {
            W.Ago => new Candidate(end, Back(s.Pub, unit, n), DateBasis.Relative, DateRole.Point),
            W.After when unit is not (W.Day or W.Days or W.Week or W.Weeks) =>
                new Candidate(end, Back(s.Pub, unit, n), DateBasis.Relative, DateRole.Anchor),
            _ => default,
        };
    }

    // Hedges do not change the resolved value at the precision we report, but belong to the span.
    private static int Hedge(in Scan s, int p) => s.Word(p) switch
    {
        W.Less or W.More when s.Is(p + 1, W.Than) => p + 2,
        W.About or W.Nearly or W.Almost or W.Around or W.Some or W.Roughly or W.Just or W.Only or W.Over => p + 1,
        _ => p,
    };

    private static PartialDate? Back(PartialDate? pub, W unit, int n) => unit switch
    {
        W.Year or W.Years => Relative.Years(pub, -n),
        W.Decade or W.Decades => Relative.Years(pub, -10 * n),
        W.Month or W.Months => Relative.Months(pub, -n),
        W.Week or W.Weeks => Relative.Days(pub, -7 * n, DatePrecision.Month),
        _ => Relative.Days(pub, -n, DatePrecision.Day),
    };
}
