using Dyad.Model;

namespace Dyad.Dates;

/// <summary>Weeks, weekends, days of the month and months named with "last"/"next", against the publication date.</summary>
internal static partial class Relative
{
    /// <summary>
    /// "last week" (<paramref name="delta"/> -1), "this week" (0), "next week" (1): Monday to Sunday, of which
    /// <paramref name="part"/> keeps the days told of. The span takes the precision both its ends share.
    /// </summary>
    public static PartialDate? Week(PartialDate? pub, int delta, WeekPart part)
    {
        if (!Usable(pub, out var p)) return null;
        // Without the day of publication the week cannot be placed: a week back (or ahead), cut to what is known.
        if (p.Precision != DatePrecision.Day) return Days(pub, part == WeekPart.Earlier ? -7 : 7 * delta, DatePrecision.Month);
        var day = p.Start;
        if (DateSpan.WeekOf(day).Shift(TimeUnit.Week, delta, delta) is not { } week) return null;
        var span = part switch
        {
            WeekPart.SoFar => week with { To = day },
            // "earlier this week" on a Monday can only mean that day.
            WeekPart.Earlier => week with { To = day > week.From ? day.AddDays(-1) : day },
            WeekPart.Rest => week with { From = day },
            WeekPart.Later => week with { From = day < week.To ? day.AddDays(1) : day },
            _ => week,
        };
        return span.ToDate();
    }

    /// <summary>"at the weekend": the Saturday and Sunday last reached by publication, or the next ones when told of the future.</summary>
    public static PartialDate? Weekend(PartialDate? pub, bool ahead)
    {
        if (!Usable(pub, out var p)) return null;
        if (p.Precision != DatePrecision.Day) return p;
        var day = p.Start;
        if (ahead)
        {
            var saturday = day.AddDays(((int)DayOfWeek.Saturday - (int)day.DayOfWeek + 7) % 7);
            return new DateSpan(day.DayOfWeek == DayOfWeek.Sunday ? day : saturday, day.DayOfWeek == DayOfWeek.Sunday ? day : saturday.AddDays(1)).ToDate();
        }
        var last = day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
        var sunday = last.AddDays(1);
        return new DateSpan(last, sunday > day ? day : sunday).ToDate();
    }

    /// <summary>"on the 7th": that day of the publication month if it has come, else of the month before (after, for the future).</summary>
    public static PartialDate? DayOfMonth(PartialDate? pub, int day, bool ahead)
    {
        if (!Usable(pub, out var p) || p.Month is not { } month) return null;
        if (p.Day is not { } today) return day <= DateTime.DaysInMonth(p.Year, month) ? p : null;
        var first = new DateOnly(p.Year, month, 1);
        var shift = ahead ? (day >= today ? 0 : 1) : (day <= today ? 0 : -1);
        var target = first.AddMonths(shift);
        return day <= DateTime.DaysInMonth(target.Year, target.Month) ? new PartialDate(target.Year, target.Month, day) : null;
    }

    /// <summary>"last December" (the latest one before the publication month), "next May" (the first one after it), "this May".</summary>
    public static PartialDate? NamedMonth(PartialDate? pub, int month, int delta)
    {
        if (!Usable(pub, out var p) || p.Month is not { } current) return null;
        var year = delta switch
        {
            < 0 => month < current ? p.Year : p.Year - 1,
            > 0 => month > current ? p.Year : p.Year + 1,
            _ => p.Year,
        };
        return new PartialDate(year, month);
    }
}

/// <summary>Which days of a week an expression tells of.</summary>
internal enum WeekPart
{
    Whole,
    /// <summary>"this week" of the past: Monday to publication.</summary>
    SoFar,
    /// <summary>"earlier this week": Monday to the day before publication.</summary>
    Earlier,
    /// <summary>"this week" of the future: publication to Sunday.</summary>
    Rest,
    /// <summary>"later this week": the day after publication to Sunday.</summary>
    Later,
}
