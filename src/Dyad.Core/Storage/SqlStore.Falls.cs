using System.Globalization;
using Dyad.Model;

namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    private const string Fall = "regime.fall";

    /// <summary>
    /// The falls of the governments of <paramref name="states"/> from the step summary (ix_step_counts_step): dated
    /// regime.fall rows whose target is a state's (its base id or a sector of it) and, for a sector, that it takes part
    /// in (as source or target, as a query of its events by actor finds them). The rows are read from the latest day back
    /// until they hold <paramref name="count"/> events, then only their events; the total is a sum of the rows.
    /// </summary>
    public GovernmentFalls Falls(IReadOnlyCollection<string> states, int count, CancellationToken cancellationToken = default)
    {
        if (states.Count == 0) return new GovernmentFalls([], 0);
        List<(string, object?)> args = [("@step", Fall)];
        var conditions = new List<string>();
        foreach (var (state, i) in states.Distinct().Select((s, i) => (s, i)))
        {
            var dot = state.IndexOf('.');
            var stateBase = dot < 0 ? state : state[..dot];
            args.AddRange([($"@b{i}", stateBase), ($"@bDot{i}", stateBase + "."), ($"@bEnd{i}", stateBase + "/")]);
            var condition = $"(c.target = @b{i} OR (c.target >= @bDot{i} AND c.target < @bEnd{i}))";
            if (dot >= 0)
            {
                args.AddRange([($"@s{i}", state), ($"@sDot{i}", state + "."), ($"@sEnd{i}", state + "/")]);
                condition += $" AND (c.source = @s{i} OR (c.source >= @sDot{i} AND c.source < @sEnd{i}) OR c.target = @s{i} " +
                             $"OR (c.target >= @sDot{i} AND c.target < @sEnd{i}))";
            }
            conditions.Add($"({condition})");
        }
        var rowsOf = $"FROM step_counts c WHERE c.step = @step AND c.date <> '' AND ({string.Join(" OR ", conditions)})";
        long total;
        using (var sum = Reading.Start(_readers, $"SELECT SUM(c.n) {rowsOf}", args, cancellationToken))
            total = sum.Next() && !sum.Reader.IsDBNull(0) ? Convert.ToInt64(sum.Reader.GetValue(0), CultureInfo.InvariantCulture) : 0;
        if (total == 0 || count <= 0) return new GovernmentFalls([], total);
        var rows = new List<StepCount>();
        long held = 0;
        string? boundary = null;
        using (var reading = Reading.Start(_readers, $"SELECT c.source, c.target, c.modality, c.date, c.n, c.first_id, c.last_id, c.date_start {rowsOf} " +
                   "ORDER BY c.date_start DESC", args, cancellationToken))
        {
            var r = reading.Reader;
            while (reading.Next())
            {
                var start = r.GetString(7);
                // Every row of the day where the count is reached is read: which of that day's falls are the latest
                // depends on the order the caller gives them.
                if (held >= count && start != boundary) break;
                ModalityNames.TryParse(r.GetString(2), out var modality);
                var row = new StepCount(r.GetString(0), r.GetString(1), Fall, modality, PartialDate.Parse(r.GetString(3)).ValueOrNull(),
                    Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture),
                    Convert.ToInt64(r.GetValue(6), CultureInfo.InvariantCulture));
                rows.Add(row);
                held += row.Count;
                boundary = start;
            }
        }
        // A row of one or two events knows their ids; a larger one is read from the dyad's index range.
        var ids = rows.Where(r => r.Count <= 2).SelectMany(r => new[] { r.FirstId, r.LastId }).ToList();
        var events = EventsById(ids, cancellationToken).Concat(rows.Where(r => r.Count > 2).SelectMany(r => EventsOf(r, cancellationToken)));
        return new GovernmentFalls([.. events.OrderBy(e => e.Event.Date!.Value.Start).ThenBy(e => e.Id)], total);
    }
}
