using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// Times told against the time told before them: "the same year", "that same month", "that day", "the following
/// month", "the next day", "the previous year", "later that week", "the day before". They resolve against the last
/// point in time of the sentence, else of the sentence before (<see cref="Scan.Reference"/>); with none they stay
/// unresolved rather than guess.
/// </summary>
internal static class ReferenceMatcher
{
    public static Candidate Match(in Scan s, int i)
    {
        var p = i;
        bool anaphor = false, same = false;
        if (HoursAway(s, i) is { Found: true } hours) return hours;
        var prefix = s.Word(p);
        if (prefix is W.In or W.On or W.At or W.Of or W.During or W.By or W.Later or W.Earlier) p++;
        int delta, unitAt;
        switch (s.Word(p))
        {
            case W.The when s.Is(p + 1, W.Same):
                (delta, unitAt) = (0, p + 2);
                same = true;
                break;
            // "in the next month" looks ahead from publication (see VagueTimes); "the next day" from the time told.
            case W.The when s.Word(p + 1) is W.Following || s.Is(p + 1, W.Next) && prefix is not (W.In or W.During):
                (delta, unitAt) = (1, p + 2);
                break;
            case W.The when s.Word(p + 1) is W.Previous or W.Preceding:
                (delta, unitAt) = (-1, p + 2);
                break;
            // "the day before" closing its clause; "the day after the vote" names an event instead.
            // "had reopened its border the night before", "visited Doha the morning after": a part of that day.
            case W.The when s.Word(p + 1) is W.Day or W.Night or W.Evening or W.Morning or W.Afternoon && s.Word(p + 2) is W.Before or W.After && Closes(s, p + 3):
                return Resolve(s, p + 3, TimeUnit.Day, s.Is(p + 2, W.Before) ? -1 : 1);
            // "That November, the two countries expelled each other's ambassadors": the month of the year told before.
            case W.That when s.Month(p + 1, out _) is var month and > 0:
                return s.Anaphoric is { } told
                    ? new Candidate(p + 2, new PartialDate(told.Year, month), DateBasis.Relative, DateRole.Point)
                    : new Candidate(p + 2, null, DateBasis.None, DateRole.Unresolvable);
            case W.That:
                (delta, unitAt) = (0, s.Is(p + 1, W.Same) ? p + 2 : p + 1);
                anaphor = true;
                break;
            default:
                return default;
        }
        TimeUnit unit;
        switch (s.Word(unitAt))
        {
            case W.Day or W.Morning or W.Afternoon or W.Evening or W.Night: unit = TimeUnit.Day; break;
            case W.Week: unit = TimeUnit.Week; break;
            case W.Month: unit = TimeUnit.Month; break;
            case W.Year: unit = TimeUnit.Year; break;
            default: return default;
        }
        // "the same afternoon", like "that day", names a time told before, a few sentences back when the one before told none.
        return Resolve(s, unitAt + 1, unit, delta, anaphor ? s.Anaphoric : same ? s.Reference ?? s.Anaphoric : s.Reference);
    }

    // "Hours later Bahrain recalled its envoy", "Hours earlier, the junta had closed the airspace", "a few minutes later": the day
    // of the time told before. "48 hours later" is two days on; "36 hours later" falls on a day the text leaves open. With no
    // time told before, "later" is left to the vague times.
    private static Candidate HoursAway(in Scan s, int i)
    {
        var p = i;
        var n = 0;
        if (s.Is(p, W.A) && s.Is(p + 1, W.Few)) p += 2;
        else if (s.Word(p) is W.Few or W.Several) p++;
        else if (s.Count(p, article: false) is var count and > 0) (n, p) = (Compound(s, i, count), p + 1);
        if (s.Word(p) is not (W.Hours or W.Minutes) || s.Word(p + 1) is not (W.Later or W.Earlier) || s.Reference is null) return default;
        var days = n < 0 ? -1 : s.Is(p, W.Minutes) || n <= 12 ? 0 : n % 24 == 0 ? n / 24 : -1;
        if (days < 0) return new Candidate(p + 2, null, DateBasis.None, DateRole.Unresolvable);
        return Resolve(s, p + 2, TimeUnit.Day, s.Is(p + 1, W.Later) ? days : -days);
    }

    // "Forty-eight hours later" is read from its last word, "eight": the tens before the hyphen count too, and a count whose
    // tens are not known (-1) leaves the day open rather than reading "eight hours".
    private static int Compound(in Scan s, int units, int count)
    {
        if (!s.IsPunct(units - 1, '-') || !s.Touches(units - 1) || !s.Touches(units) || units < 2) return count;
        if (s.Text is not { } text) return -1;
        var tens = text.AsSpan(s.T[units - 2].Start, s.T[units - 2].End - s.T[units - 2].Start);
        for (var k = 0; k < Tens.Length; k++)
            if (tens.Equals(Tens[k], StringComparison.OrdinalIgnoreCase)) return (k + 2) * 10 + count;
        return -1;
    }

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static bool Closes(in Scan s, int q) => q >= s.T.Length || s.T[q].Kind == DateTokenKind.Punct;

    private static Candidate Resolve(in Scan s, int end, TimeUnit unit, int delta) => Resolve(s, end, unit, delta, s.Reference);

    private static Candidate Resolve(in Scan s, int end, TimeUnit unit, int delta, PartialDate? told)
    {
        if (told is not { } reference) return new Candidate(end, null, DateBasis.None, DateRole.Unresolvable);
        // A coarse reference gives what its span allows: "the same day" as something "in late January" is in
        // January, "the following month" after "in 2019" could be in 2020 and stays unresolved.
        var from = unit == TimeUnit.Week && reference.Precision == DatePrecision.Day ? DateSpan.WeekOf(reference.Start) : DateSpan.Of(reference);
        var span = from.Shift(unit, delta, delta);
        var value = span?.ToDate(CountMatcher.Finest(unit));
        return value is null ? new Candidate(end, null, DateBasis.None, DateRole.Unresolvable)
            : new Candidate(end, value, DateBasis.Relative, DateRole.Point);
    }
}
