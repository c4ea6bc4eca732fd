using Dyad.Model;

namespace Dyad.Dates;

/// <summary>Phrases resolved against the publication date: weeks, weekdays, weekends, "last December", "on the 7th".</summary>
internal static partial class PhraseMatcher
{
    /// <summary>
    /// "this year", "last month", "next week"; "this week" is the week so far, or the rest of it when told of the
    /// future; "earlier this week" the days of it before publication.
    /// </summary>
    private static CoreMatch RelativeUnit(in Scan s, int p, WeekPart part)
    {
        var delta = s.Word(p) switch { W.This or W.The => 0, W.Last => -1, W.Next => 1, _ => int.MinValue };
        var unit = s.Word(p + 1);
        if (delta == int.MinValue || unit is not (W.Year or W.Month or W.Week)) return default;
        if (unit == W.Week && delta == 0 && part == WeekPart.Whole)
            return Tensed(p + 2, Relative.Week(s.Pub, 0, WeekPart.SoFar), Relative.Week(s.Pub, 0, WeekPart.Rest));
        var value = unit switch
        {
            W.Year => Relative.Years(s.Pub, delta),
            W.Month => Relative.Months(s.Pub, delta),
            _ => Relative.Week(s.Pub, delta, delta == 0 ? part : WeekPart.Whole),
        };
        return new CoreMatch(p + 2, value, DateBasis.Relative) { Future = delta > 0 || part == WeekPart.Later };
    }

    /// <summary>
    /// The year named after a month or day: "this year", "of last year" against publication; "of the following
    /// year", "the same year", "that year" against the time told before (null when none was).
    /// </summary>
    private static bool RelativeYear(in Scan s, int q, out int? year, out int end)
    {
        var p = s.Is(q, W.Of) ? q + 1 : q;
        year = null;
        end = 0;
        var delta = s.Word(p) switch { W.This => 0, W.Last => -1, W.Next => 1, _ => int.MinValue };
        if (delta != int.MinValue)
        {
            if (!s.Is(p + 1, W.Year)) return false;
            year = Relative.Years(s.Pub, delta)?.Year;
            end = p + 2;
            return true;
        }
        var at = s.Word(p) is W.The or W.That ? p + 1 : -1;
        if (at < 0) return false;
        delta = s.Word(at) switch { W.Following or W.Next => 1, W.Previous or W.Preceding => -1, W.Same => 0, _ => int.MinValue };
        if (delta == int.MinValue && s.Is(p, W.That)) (delta, at) = (0, at - 1);
        if (delta == int.MinValue || !s.Is(at + 1, W.Year)) return false;
        year = s.Reference is { Year: var y } && y + delta is >= 1 and <= 9999 ? y + delta : null;
        end = at + 2;
        return true;
    }

    /// <summary>After "this", "last" or "next": a weekday, a month ("last December"), the weekend, or a unit.</summary>
    private static CoreMatch Named(in Scan s, int p)
    {
        var delta = s.Word(p) switch { W.Last => -1, W.Next => 1, _ => 0 };
        var month = s.Month(p + 1, out var abbreviated);
        if (month > 0 && !abbreviated)
        {
            var named = Relative.NamedMonth(s.Pub, month, delta);
            // "Last December 17, I announced ...": that month's day.
            if (s.DayNumber(p + 2) is var day and > 0 && EndsDay(s, p + 3) && named is { } m && day <= DateTime.DaysInMonth(m.Year, month))
                return new CoreMatch(p + 3, new PartialDate(m.Year, month, day), DateBasis.Relative) { Future = delta > 0 };
            return new CoreMatch(p + 2, named, DateBasis.Relative) { Future = delta > 0 };
        }
        if (s.Is(p + 1, W.Weekend))
        {
            return delta == 0 ? Tensed(p + 2, Relative.Weekend(s.Pub, ahead: false), Relative.Weekend(s.Pub, ahead: true))
                : new CoreMatch(p + 2, Relative.Weekend(s.Pub, ahead: delta > 0), DateBasis.Relative) { Future = delta > 0 };
        }
        return Weekday(s, p) is { Found: true } weekday ? weekday : RelativeUnit(s, p, WeekPart.Whole);
    }

    /// <summary>"the weekend"; "on the 7th" (a day of the month, when no noun follows: not "the 7th round").</summary>
    private static CoreMatch TheDay(in Scan s, int p)
    {
        if (s.Is(p + 1, W.Weekend)) return Tensed(p + 2, Relative.Weekend(s.Pub, ahead: false), Relative.Weekend(s.Pub, ahead: true));
        var day = s.DayNumber(p + 1);
        // "the 7th of May" is found from its number, without "the".
        if (day == 0 || !s.T[p + 1].Ordinal || DayFirst(s, p + 1).Found) return default;
        if (p == 0 || !s.Is(p - 1, W.On) || !EndsDay(s, p + 2)) return default;
        return Tensed(p + 2, Relative.DayOfMonth(s.Pub, day, ahead: false), Relative.DayOfMonth(s.Pub, day, ahead: true));
    }

    // What may follow a bare "on the 7th": the end, punctuation, "local time", a preposition or a conjunction.
    private static bool EndsDay(in Scan s, int q) =>
        q >= s.T.Length || s.T[q].Kind == DateTokenKind.Punct
        || s.Word(q) is W.Local or W.At or W.In or W.On or W.And or W.Or or W.That or W.Morning or W.Afternoon or W.Evening or W.Night;

    /// <summary>"Tuesday" (the nearest one on or before publication, or on or after it when told of the future), "last Tuesday" (strictly before), "next Tuesday".</summary>
    private static CoreMatch Weekday(in Scan s, int p)
    {
        var at = s.Word(p) is W.This or W.Last or W.Next ? p + 1 : p;
        if (s.Weekday(at) is not { } day) return default;
        return s.Word(p) switch
        {
            W.Last => new CoreMatch(at + 1, Relative.Weekday(s.Pub, day, WeekdayMode.Before), DateBasis.Relative),
            W.Next => new CoreMatch(at + 1, Relative.Weekday(s.Pub, day, WeekdayMode.After), DateBasis.Relative) { Future = true },
            _ => Tensed(at + 1, Relative.Weekday(s.Pub, day, WeekdayMode.OnOrBefore), Relative.Weekday(s.Pub, day, WeekdayMode.OnOrAfter)),
        };
    }
}
