using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// Counted times: "[less than] a week ago", "two years ago" (back from publication); "four days later", "a week
/// earlier" (from the time told before them); "12 years after it was suspended" (an anchor: it dates the event
/// told right after it, counted back from the sentence's own date); "two weeks before the phone call" (from the
/// date the call was told with, earlier in the sentence or in the sentence before).
/// </summary>
internal static class CountMatcher
{
    private const int MaxCount = 200;

    public static Candidate Match(in Scan s, int i)
    {
        var p = Hedge(s, i, out var bound);
        if (!Count(s, ref p, bound, out var unit, out var min, out var max, out var n)) return default;
        var end = p + 1;
        return s.Word(p) switch
        {
            // "a few days ago" stays vague (see VagueTimes); a hedged count reads as the count itself.
            W.Ago when n > 0 => new Candidate(end, Back(s.Pub, unit, n), DateBasis.Relative, DateRole.Point),
            W.Later => FromReference(end, s.Reference, unit, min, max),
            W.Earlier => FromReference(end, s.Reference, unit, -max, -min),
            // "Days before, the ministers had spoken": with nothing named after it, "before" counts back from the time told
            // before, as "earlier" does; with no such time it stays an anchor for the event told after it.
            W.After when Closes(s, end) && s.Reference is not null => FromReference(end, s.Reference, unit, min, max),
            W.Before when Closes(s, end) && s.Reference is not null => FromReference(end, s.Reference, unit, -max, -min),
            W.After or W.Before => Around(s, end, unit, s.Is(p, W.After) ? 1 : -1, min, max),
            _ => default,
        };
    }

    // "less than" and "under" bound the count from above, "more than" and "over" from below; the others hedge.
    private static int Hedge(in Scan s, int p, out Bound bound)
    {
        bound = Bound.Exact;
        switch (s.Word(p))
        {
            case W.Less when s.Is(p + 1, W.Than):
                bound = Bound.AtMost;
                return p + 2;
            case W.More when s.Is(p + 1, W.Than):
                bound = Bound.AtLeast;
                return p + 2;
            case W.Under:
                bound = Bound.AtMost;
                return p + 1;
            case W.Over:
                bound = Bound.AtLeast;
                return p + 1;
            case W.About or W.Nearly or W.Almost or W.Around or W.Some or W.Roughly or W.Just or W.Only:
                return p + 1;
        }
        return p;
    }

    /// <summary>"two years", "a week", "a few days", "several months", bare "days": the unit and the range of counts, p left on the word after.</summary>
    private static bool Count(in Scan s, ref int p, Bound bound, out TimeUnit unit, out int min, out int max, out int n)
    {
        unit = default;
        min = max = 0;
        n = s.Count(p, article: true);
        // "the day after Riyadh reopened its airspace", "the week before the vote": one unit, counted from the event named.
        // "had reopened the day before." counts from the sentence before (see ReferenceMatcher).
        if (n == 0 && s.Is(p, W.The) && !DateWords.IsPluralUnit(s.Word(p + 1)) && s.Word(p + 2) is W.After or W.Before
            && p + 3 < s.T.Length && s.T[p + 3].Kind != DateTokenKind.Punct
            // "the week before last", "the day before yesterday": fixed phrases, not a count from an event.
            && s.Word(p + 3) is not (W.Last or W.Next or W.Yesterday or W.Tomorrow))
            n = 1;
        if (n is >= 1 and <= MaxCount && DateWords.IsUnit(s.Word(p + 1)))
        {
            unit = DateWords.UnitOf(s.Word(p + 1));
            (min, max) = (n, n);
            p += 2;
        }
        else
        {
            n = 0;
            // "a few days", "several weeks", "days": a handful of units, more than one.
            var q = s.Is(p, W.A) && s.Is(p + 1, W.Few) ? p + 2 : s.Word(p) is W.Few or W.Several ? p + 1 : p;
            if (!DateWords.IsPluralUnit(s.Word(q))) return false;
            unit = DateWords.UnitOf(s.Word(q));
            (min, max) = Vague(unit);
            p = q + 1;
        }
        if (bound == Bound.AtMost) min = 0;
        if (bound == Bound.AtLeast) max = int.MaxValue;
        return true;
    }

    // How many units "days", "weeks" or "months" stand for: more than one, fewer than the next unit up.
    private static (int Min, int Max) Vague(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => (2, 10),
        TimeUnit.Week => (2, 8),
        TimeUnit.Month => (2, 11),
        _ => (2, 9),
    };

    private static bool Closes(in Scan s, int q) => q >= s.T.Length || s.T[q].Kind == DateTokenKind.Punct;

    /// <summary>
    /// A time counted from <paramref name="reference"/> ("four days later"); unresolvable without one, or when
    /// the count is open ("more than a year later": the shift refuses it).
    /// </summary>
    private static Candidate FromReference(int end, PartialDate? reference, TimeUnit unit, int min, int max)
    {
        var value = reference is { } r ? DateSpan.Of(r).Shift(unit, min, max)?.ToDate(Finest(unit)) : null;
        return value is null ? new Candidate(end, null, DateBasis.None, DateRole.Unresolvable)
            : new Candidate(end, value, DateBasis.Relative, DateRole.Point);
    }

    /// <summary>
    /// "N units after/before": from a dated event the words after it name ("the earthquake", told with its date
    /// before), else an anchor for the event told right after it, resolved once the sentence's date is known.
    /// </summary>
    private static Candidate Around(in Scan s, int end, TimeUnit unit, int sign, int min, int max)
    {
        if (NamedEvent.DateOf(s, end) is { } named)
            return FromReference(end, named, unit, sign > 0 ? min : -max, sign > 0 ? max : -min);
        // The event after "after" lies before the sentence's own time, the one after "before" beyond it. An open
        // count ("more than a decade after") gives no date at all: the shift refuses it.
        var offset = sign > 0 ? new Offset(unit, -max, -min) : new Offset(unit, min, max);
        return new Candidate(end, null, DateBasis.Relative, DateRole.Anchor) { Pending = offset };
    }

    public static DatePrecision Finest(TimeUnit unit) => unit switch
    {
        TimeUnit.Day or TimeUnit.Week => DatePrecision.Day,
        TimeUnit.Month => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static PartialDate? Back(PartialDate? pub, TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Year => Relative.Years(pub, -n),
        TimeUnit.Decade => Relative.Years(pub, -10 * n),
        TimeUnit.Month => Relative.Months(pub, -n),
        TimeUnit.Week => Relative.Days(pub, -7 * n, DatePrecision.Month),
        _ => Relative.Days(pub, -n, DatePrecision.Day),
    };

    private enum Bound
    {
        Exact,
        AtMost,
        AtLeast,
    }
}

/// <summary>A shift by a range of units, still to apply to a date known later (the sentence's own).</summary>
internal readonly record struct Offset(TimeUnit Unit, int Min, int Max);
