using System.Globalization;
using Dyad.Model;

namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    private const string AsSource = "(c.source = @a OR (c.source >= @aDot AND c.source < @aEnd))";
    private const string AsTarget = "(c.target = @a OR (c.target >= @aDot AND c.target < @aEnd))";

    /// <summary>
    /// The step summary's rows between <paramref name="actor"/> (and its sectors) and others, or only <paramref name="counterpart"/>
    /// (and its sectors) when given, ordered by the other actor so that one counterpart's rows come together (an id
    /// sorts right before its sectors). <paramref name="sectors"/> false: the two ids exactly, both directions.
    /// </summary>
    public IEnumerable<StepCount> StepCounts(string actor, string? counterpart = null, bool sectors = true, CancellationToken cancellationToken = default)
    {
        string sql;
        List<(string, object?)> args = [("@a", actor), ("@aDot", actor + "."), ("@aEnd", actor + "/")];
        const string columns = "c.source, c.target, c.step, c.modality, c.date, c.n, c.first_id, c.last_id";
        if (counterpart is null)
        {
            // Both branches read an index range (the key's source; ix_step_counts_target); the second leaves out the first's rows.
            sql = $"SELECT {columns}, c.target AS other FROM step_counts c WHERE {AsSource} " +
                  $"UNION ALL SELECT {columns}, c.source AS other FROM step_counts c WHERE {AsTarget} AND NOT {AsSource} ORDER BY other";
        }
        else if (sectors)
        {
            args.AddRange([("@b", counterpart), ("@bDot", counterpart + "."), ("@bEnd", counterpart + "/")]);
            const string bSource = "(c.source = @b OR (c.source >= @bDot AND c.source < @bEnd))";
            const string bTarget = "(c.target = @b OR (c.target >= @bDot AND c.target < @bEnd))";
            sql = $"SELECT {columns}, c.target AS other FROM step_counts c WHERE {AsSource} AND {bTarget} " +
                  $"UNION ALL SELECT {columns}, c.source AS other FROM step_counts c WHERE {bSource} AND {AsTarget} ORDER BY other";
        }
        else
        {
            args.Add(("@b", counterpart));
            sql = $"SELECT {columns}, c.target AS other FROM step_counts c WHERE c.source = @a AND c.target = @b " +
                  $"UNION ALL SELECT {columns}, c.source AS other FROM step_counts c WHERE c.source = @b AND c.target = @a ORDER BY other";
        }
        using var reading = Reading.Start(_readers, sql, args, cancellationToken);
        var r = reading.Reader;
        while (reading.Next())
        {
            ModalityNames.TryParse(r.GetString(3), out var modality);
            var date = r.GetString(4);
            yield return new StepCount(r.GetString(0), r.GetString(1), r.GetString(2), modality,
                date.Length == 0 ? null : PartialDate.Parse(date).ValueOrNull(), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7));
        }
    }

    /// <summary>The events with these ids, in id order.</summary>
    public IReadOnlyList<StoredEvent> EventsById(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        var list = new List<StoredEvent>(ids.Count);
        foreach (var chunk in ids.Distinct().Order().Chunk(5000))
        {
            list.AddRange(ReadEvents($"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE {_dialect.OneOf("e.id", "@ids")} ORDER BY e.id",
                [("@ids", _dialect.Values(chunk))], cancellationToken));
        }
        return list;
    }

    /// <summary>The events a summary row counts, in id order: one read of the dyad's index range at its date.</summary>
    public IEnumerable<StoredEvent> EventsOf(StepCount row, CancellationToken cancellationToken = default)
    {
        var dated = row.Date is { } d;
        var sql = $"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.source = @s AND e.target = @t " +
                  (dated ? "AND e.date_start = @start AND e.date = @date " : "AND e.date_start IS NULL AND e.date IS NULL ") +
                  "AND e.step = @step AND e.modality = @m ORDER BY e.id";
        List<(string, object?)> args = [("@s", row.Source), ("@t", row.Target), ("@step", row.Step), ("@m", row.Modality.ToCode())];
        if (row.Date is { } date)
        {
            args.Add(("@start", date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            args.Add(("@date", date.ToString()));
        }
        return ReadEvents(sql, args, cancellationToken);
    }
}
