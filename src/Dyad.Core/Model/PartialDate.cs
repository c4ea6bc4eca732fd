namespace Dyad.Model;

/// <summary>
/// A calendar date known to a precision of a year, a month or a day, as the text allows
/// ("2023", "2023-05", "2023-05-07").
/// </summary>
public readonly partial record struct PartialDate
{
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

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean: used to look up who held a role.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly End => Day is not null ? Start
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

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

    public override string ToString() => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}

public enum DatePrecision
{
    Year = 0,
    Month = 1,
    Day = 2,
}
