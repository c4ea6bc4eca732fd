using Dyad.Model;

namespace Dyad.Dates;

/// <summary>Resolves expressions relative to the publication date; null when there is none.</summary>
internal static partial class Relative
{
    // Keeps all arithmetic far from DateOnly's limits so nothing here can throw.
    private static bool Usable(PartialDate? pub, out PartialDate p)
    {
        p = pub.GetValueOrDefault();
        return pub is not null && p.Year is >= 100 and <= 9800;
    }

    // A publication date known only to the month (or year) is taken at its middle: the result lands in
    // the right month more often, and is then cut to the publication's precision so it never claims more.
    private static DateOnly Middle(PartialDate p) => new(p.Year, p.Month ?? 7, p.Day ?? 15);

    private static PartialDate Cut(DateOnly d, DatePrecision natural, PartialDate pub) =>
        PartialDate.FromDate(d).Truncate((DatePrecision)Math.Min((int)natural, (int)pub.Precision));

    public static PartialDate? Years(PartialDate? pub, int delta) =>
        Usable(pub, out var p) && p.Year + delta is >= 1 and <= 9999 ? new PartialDate(p.Year + delta) : null;

    public static PartialDate? Months(PartialDate? pub, int delta) =>
        Usable(pub, out var p) ? Cut(Middle(p).AddMonths(delta), DatePrecision.Month, p) : null;

    public static PartialDate? Days(PartialDate? pub, int delta, DatePrecision natural) =>
        Usable(pub, out var p) ? Cut(Middle(p).AddDays(delta), natural, p) : null;

    /// <summary>
    /// The year of a month named without one: told of the past, a month later in the year than publication is
    /// last year's; told of the future (<paramref name="ahead"/>), an earlier one is next year's. An unknown
    /// publication month counts as December for the past and January for the future.
    /// </summary>
    public static int? YearOfMonth(PartialDate? pub, int month, bool ahead = false)
    {
        if (!Usable(pub, out var p)) return null;
        if (ahead) return month >= (p.Month ?? 1) ? p.Year : p.Year + 1;
        return month <= (p.Month ?? 12) ? p.Year : p.Year - 1;
    }

    /// <summary>
    /// The year of a day named without one ("on May 19"): the nearest such day on or before publication for
    /// the past, on or after it for the future. Known only to the month, publication compares by month.
    /// </summary>
    public static int? YearOfDay(PartialDate? pub, int month, int day, bool ahead)
    {
        if (!Usable(pub, out var p)) return null;
        if (p.Month is not { } pm) return YearOfMonth(pub, month, ahead);
        var order = month != pm ? month.CompareTo(pm) : p.Day is { } pd ? day.CompareTo(pd) : 0;
        if (ahead) return order >= 0 ? p.Year : p.Year + 1;
        return order <= 0 ? p.Year : p.Year - 1;
    }

    public static PartialDate? Weekday(PartialDate? pub, DayOfWeek target, WeekdayMode mode)
    {
        if (!Usable(pub, out var p)) return null;
        if (p.Precision != DatePrecision.Day) return p;
        var d = p.Start;
        var back = ((int)d.DayOfWeek - (int)target + 7) % 7;
        var offset = mode switch
        {
            WeekdayMode.OnOrBefore => -back,
            WeekdayMode.Before => back == 0 ? -7 : -back,
            WeekdayMode.OnOrAfter => ((int)target - (int)d.DayOfWeek + 7) % 7,
            _ => ((int)target - (int)d.DayOfWeek + 7) % 7 is var ahead && ahead == 0 ? 7 : ahead,
        };
        return PartialDate.FromDate(d.AddDays(offset));
    }
}

internal enum WeekdayMode
{
    /// <summary>"Tuesday", "on Tuesday": the latest one on or before publication.</summary>
    OnOrBefore,
    /// <summary>"last Tuesday".</summary>
    Before,
    /// <summary>"next Tuesday".</summary>
    After,
    /// <summary>"will meet on Tuesday": the first one on or after publication.</summary>
    OnOrAfter,
}
