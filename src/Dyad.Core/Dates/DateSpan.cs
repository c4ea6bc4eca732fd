using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// The days an expression can mean, first to last: "last week" is Monday to Sunday of the week before, "days
/// after" a range of days. <see cref="ToDate"/> keeps the precision both ends share, as the spec asks of a span
/// that straddles months ("last week" on the 3rd: the year, or the month when both ends share it).
/// </summary>
internal readonly record struct DateSpan(DateOnly From, DateOnly To)
{
    public static DateSpan Of(PartialDate d) => new(d.Start, d.End);

    public static DateSpan Day(DateOnly d) => new(d, d);

    /// <summary>The Monday-to-Sunday week that holds <paramref name="d"/>.</summary>
    public static DateSpan WeekOf(DateOnly d)
    {
        var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        return new DateSpan(monday, monday.AddDays(6));
    }

    /// <summary>
    /// Moves the first day by <paramref name="min"/> units and the last by <paramref name="max"/> (a count known
    /// only as a range widens the span); null when the result would leave the calendar's safe range.
    /// </summary>
    public DateSpan? Shift(TimeUnit unit, int min, int max)
    {
        // Keeps all arithmetic far from DateOnly's limits so nothing here can throw: a shift of a century or more
        // ("more than a decade after" is open-ended, int.MaxValue) gives no date.
        if (From.Year < 100 || To.Year > 9800 || Years(unit, min) >= 100 || Years(unit, max) >= 100) return null;
        return unit switch
        {
            TimeUnit.Day => new DateSpan(From.AddDays(min), To.AddDays(max)),
            TimeUnit.Week => new DateSpan(From.AddDays(7 * min), To.AddDays(7 * max)),
            TimeUnit.Month => new DateSpan(From.AddMonths(min), From == To ? To.AddMonths(max) : EndOfMonthShift(To, max)),
            TimeUnit.Year => new DateSpan(From.AddYears(min), To.AddYears(max)),
            _ => new DateSpan(From.AddYears(10 * min), To.AddYears(10 * max)),
        };
    }

    private static long Years(TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Day => Math.Abs((long)n) / 365,
        TimeUnit.Week => Math.Abs((long)n) * 7 / 365,
        TimeUnit.Month => Math.Abs((long)n) / 12,
        TimeUnit.Year => Math.Abs((long)n),
        _ => Math.Abs((long)n) * 10,
    };

    // The last day of a month stays the last day of the month it moves to: [Feb 1, Feb 28] + 1 month is March.
    private static DateOnly EndOfMonthShift(DateOnly d, int months)
    {
        var moved = d.AddMonths(months);
        return d.Day == DateTime.DaysInMonth(d.Year, d.Month) ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month)) : moved;
    }

    /// <summary>The finest date both ends share, never finer than <paramref name="finest"/>; null when they lie in different years.</summary>
    public PartialDate? ToDate(DatePrecision finest = DatePrecision.Day)
    {
        if (From > To || From.Year != To.Year) return null;
        if (From == To && finest == DatePrecision.Day) return PartialDate.FromDate(From);
        if (From.Month == To.Month && finest >= DatePrecision.Month) return new PartialDate(From.Year, From.Month);
        return new PartialDate(From.Year);
    }
}

/// <summary>The units time expressions count in.</summary>
internal enum TimeUnit : byte
{
    Day,
    Week,
    Month,
    Year,
    Decade,
}
