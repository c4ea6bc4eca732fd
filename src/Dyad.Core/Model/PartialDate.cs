namespace Dyad.Model;

/// <summary>
/// A calendar date known to a precision of a year, a month or a day, as the text allows
/// ("2023", "2023-05", "2023-05-07").
/// </summary>
public readonly partial record struct PartialDate
{
    /// <summary>A date to the precision of the arguments given: a year, a year and month, or a full date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year outside 1 to 9999, a month outside 1 to 12, or a day the month does not have.</exception>
    /// <exception cref="ArgumentException">A day without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && month is null) throw new ArgumentException("A day needs a month.", nameof(day));
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12; null for a date known to the year.</summary>
    public int? Month { get; }

    /// <summary>The day of the month; null unless the date is known to the day.</summary>
    public int? Day { get; }

    /// <summary>How much of the date is known: the year, the month or the day.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean: used to look up who held a role.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly End => Day is not null ? Start
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    /// <summary>A date known to the day.</summary>
    public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>The same date cut to a coarser precision (never refined).</summary>
    public PartialDate Truncate(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new PartialDate(Year),
        DatePrecision.Month when Month is not null => new PartialDate(Year, Month),
        _ => this,
    };

    /// <summary>True when one date is the other at a coarser precision (2023 and 2023-05).</summary>
    public bool IsCompatibleWith(PartialDate other)
    {
        var coarse = (DatePrecision)Math.Min((int)Precision, (int)other.Precision);
        return Truncate(coarse) == other.Truncate(coarse);
    }

    /// <summary>The ISO 8601 form at the date's precision, as the export writes it: "2023", "2023-05" or "2023-05-07".</summary>
    public override string ToString() => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}

/// <summary>How much of a <see cref="PartialDate"/> is known; ordered from coarse to fine.</summary>
public enum DatePrecision
{
    /// <summary>The year only ("2023" is the range 2023-01-01 to 2023-12-31).</summary>
    Year = 0,
    /// <summary>The year and month.</summary>
    Month = 1,
    /// <summary>The full date.</summary>
    Day = 2,
}
