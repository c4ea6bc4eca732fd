using Dyad.Model;

namespace Dyad.Dates;

/// <summary>Which side of publication a day or month named without its year lies on, when its clause has no tense.</summary>
internal static partial class PhraseMatcher
{
    // A day or month named without its year and no tense to place it: "the visit to Seoul on May 7" in an article
    // of May 2 is five days ahead, not a year back, and "to visit Egypt in May" in one of mid-April is next month.
    // Writers add the year, or "last", to a time that far back.
    private const int SoonDays = 31;

    private static bool Soon(PartialDate? ahead, PartialDate? pub)
    {
        if (ahead is not { } a || pub is not { } p) return false;
        if (a.Precision == DatePrecision.Day && p.Precision == DatePrecision.Day) return a.Start.DayNumber - p.Start.DayNumber <= SoonDays;
        return a.Precision == DatePrecision.Month && p.Month is { } m && (a.Year * 12 + a.Month!.Value) - (p.Year * 12 + m) <= 1;
    }

    // "invited Assad to the summit on May 19", "agreed at a March summit": what a past act looks ahead to lies on
    // the side of publication nearer to it.
    private static bool Nearer(PartialDate? ahead, PartialDate? behind, PartialDate? pub)
    {
        if (ahead is not { } a || behind is not { } b || pub is not { } p) return false;
        return a.Start.DayNumber - p.End.DayNumber < p.Start.DayNumber - b.End.DayNumber;
    }

    // "celebrated this year on April 22": a year named just before picks the reading of that year.
    private static bool YearBefore(in Scan s, int i, CoreMatch core, ref PartialDate? value)
    {
        if (i < 2 || !s.Is(i - 1, W.Year) || s.Word(i - 2) is not (W.This or W.Last or W.Next)) return false;
        var year = Relative.Years(s.Pub, s.Word(i - 2) switch { W.Last => -1, W.Next => 1, _ => 0 })?.Year;
        if (core.Value?.Year == year) return true;
        if (core.Ahead?.Year != year) return false;
        value = core.Ahead;
        return true;
    }
}
