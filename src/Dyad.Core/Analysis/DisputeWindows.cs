using Dyad.Model;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Where a source, target and step can be disputed, read from its step summary rows alone (issue 19: the first
/// overview read every asserted and denied step of the focus to find its disputes). The rows' dates are cut into
/// windows that no story crosses: a day's date reaches <see cref="Stories.WindowDays"/> either side, a month's or a
/// year's covers its days, and overlapping reaches make one window. Two dates that agree (<see cref="Stories.Compatible"/>)
/// overlap, so a story's members (pairwise agreeing) and a denial with the story it joins lie in one window, and whether
/// a dated record joins a story depends only on the stories of its window. A window is contested when it holds an
/// asserted and a denied date that agree; only those windows' records are read.
/// </summary>
internal static class DisputeWindows
{
    /// <summary>A window: the days its records' dates start on, and its rows.</summary>
    /// <param name="From">The first day of the window's reach.</param>
    /// <param name="To">The last day of its reach.</param>
    /// <param name="Rows">The dated rows whose dates lie in it.</param>
    public sealed record Window(DateOnly From, DateOnly To, IReadOnlyList<StepCount> Rows)
    {
        /// <summary>Whether a record dated from this day on belongs to the window.</summary>
        public bool Holds(DateOnly start) => From <= start && start <= To;

        /// <summary>Whether it holds an asserted and a denied date that agree: where a dispute can be.</summary>
        public bool Contested =>
            Rows.Where(r => r.Modality == Modality.Negated).Any(n => Rows.Any(a => a.Modality == Modality.Asserted && Stories.Compatible(a.Date!.Value, n.Date!.Value)));
    }

    /// <summary>The windows of one source, target and step's dated rows, in date order.</summary>
    /// <param name="rows">The rows of one source, target and step (the undated ones are left out).</param>
    public static IReadOnlyList<Window> Of(IEnumerable<StepCount> rows)
    {
        var windows = new List<Window>();
        var current = new List<StepCount>();
        DateOnly from = default, to = default;
        foreach (var (row, start, end) in rows.Where(r => r.Date is not null).Select(r => (r, Reach(r.Date!.Value))).Select(x => (x.r, x.Item2.From, x.Item2.To))
                     .OrderBy(x => x.From))
        {
            if (current.Count > 0 && start > to)
            {
                windows.Add(new Window(from, to, current));
                current = [];
            }
            if (current.Count == 0) from = start;
            to = current.Count == 0 || end > to ? end : to;
            current.Add(row);
        }
        if (current.Count > 0) windows.Add(new Window(from, to, current));
        return windows;
    }

    // The days a date can agree with: a day's within the story window, a month's or a year's own days.
    private static (DateOnly From, DateOnly To) Reach(PartialDate date) => date.Precision == DatePrecision.Day
        ? (date.Start.AddDays(-Stories.WindowDays), date.Start.AddDays(Stories.WindowDays))
        : (date.Start, date.End);
}
