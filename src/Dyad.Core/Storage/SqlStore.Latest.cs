namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    /// <summary>
    /// The latest <paramref name="count"/> events that the summary rows count, in the order of a dyad's steps: dated by
    /// start and id, then the undated by id. The dated
    /// rows are taken from the latest day back until they hold the count (every row of the day where it is reached), and
    /// only their events are read: a rare step's latest no longer reads the dyad's whole index range (issue 19: the
    /// sanctions and conditions of a dyad page read every step of the dyad to find theirs). The undated ones are read per
    /// pair from the end of the pair's undated range.
    /// </summary>
    public IReadOnlyList<StoredEvent> LatestOf(IReadOnlyCollection<StepCount> rows, int count, CancellationToken cancellationToken = default)
    {
        if (count <= 0 || rows.Count == 0) return [];
        var undated = new List<StoredEvent>();
        foreach (var pair in rows.Where(r => r.Date is null).GroupBy(r => (r.Source, r.Target)))
        {
            var keys = pair.Select(r => (r.Step, r.Modality)).ToHashSet();
            var steps = keys.Select(k => k.Step).Distinct().ToList();
            List<(string, object?)> args = [("@s", pair.Key.Source), ("@t", pair.Key.Target), .. steps.Select((s, i) => ($"@step{i}", (object?)s))];
            var sql = $"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.source = @s AND e.target = @t " +
                      $"AND e.date_start IS NULL AND e.step IN ({string.Join(", ", steps.Select((_, i) => $"@step{i}"))}) ORDER BY e.id DESC";
            // Rows of some modalities only: the others' events are passed over, the count is of the rows' own.
            undated.AddRange(ReadEvents(sql, args, cancellationToken).Where(e => keys.Contains((e.Event.Step!, e.Event.Modality))).Take(count));
        }
        var latest = undated.OrderByDescending(e => e.Id).Take(count).ToList();
        var wanted = count - latest.Count;
        var dated = new List<StepCount>();
        long held = 0;
        DateOnly? boundary = null;
        foreach (var row in rows.Where(r => r.Date is not null).OrderByDescending(r => r.Date!.Value.Start))
        {
            var start = row.Date!.Value.Start;
            if (held >= wanted && start != boundary) break;
            dated.Add(row);
            held += row.Count;
            boundary = start;
        }
        if (wanted > 0)
        {
            // A row of one or two events knows their ids; a larger one is read from the dyad's index range.
            var ids = dated.Where(r => r.Count <= 2).SelectMany(r => new[] { r.FirstId, r.LastId }).ToList();
            var events = EventsById(ids, cancellationToken).Concat(dated.Where(r => r.Count > 2).SelectMany(r => EventsOf(r, cancellationToken)));
            latest.AddRange(events.OrderByDescending(e => e.Event.Date!.Value.Start).ThenByDescending(e => e.Id).Take(wanted));
        }
        latest.Reverse();
        return latest;
    }
}
