using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// "over the past two weeks", "in the last year", "during the past few months", "over the past couple of weeks":
/// the span of time up to publication, which takes the precision both its ends share (spec: a span that
/// straddles months takes the year, or the month when both ends share it). Most such spans ("in the past 13
/// years", "over the past year") share no year: they stay unresolvable, like any vague time.
/// </summary>
internal static class LookBackMatcher
{
    // "a few" and "several" as the most units they can mean, so the span is never narrower than the text.
    private const int Few = 5;
    private const int Several = 9;

    public static Candidate Match(in Scan s, int i)
    {
        if (s.Word(i) is not (W.Over or W.In or W.During or W.For) || !s.Is(i + 1, W.The) || s.Word(i + 2) is not (W.Past or W.Last))
            return default;
        var p = i + 3;
        int n;
        if (s.Count(p, article: false) is var count and > 0) (n, p) = (count, p + 1);
        else if (s.Is(p, W.Few)) (n, p) = (Few, p + 1);
        else if (s.Is(p, W.Several)) (n, p) = (Several, p + 1);
        else if (s.Is(p, W.Couple) && s.Is(p + 1, W.Of)) (n, p) = (2, p + 2);
        else n = 1;
        if (!DateWords.IsUnit(s.Word(p))) return default;
        var value = s.Pub is { } pub ? DateSpan.Of(pub).Shift(DateWords.UnitOf(s.Word(p)), -n, 0)?.ToDate() : null;
        return value is null ? new Candidate(p + 1, null, DateBasis.None, DateRole.Unresolvable)
            : new Candidate(p + 1, value, DateBasis.Relative, DateRole.Point);
    }
}
