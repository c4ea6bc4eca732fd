namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    /// <summary>
    /// The step events between an actor (with its sectors) and others, ordered by the other actor, so that the events
    /// of one counterpart come together (an id sorts right before its sectors: TUR, TUR.LEG, then TURX). The database
    /// sorts them (spilling to disk past its memory); a caller holds one counterpart's events at a time (issue 19: the
    /// overview loaded every event of the store, 11.6 GB for ten million).
    /// </summary>
    public IEnumerable<StoredEvent> StepsByCounterpart(string actor, CancellationToken cancellationToken = default)
    {
        const string asSource = "(e.source = @actor OR (e.source >= @actorDot AND e.source < @actorEnd))";
        const string asTarget = "(e.target = @actor OR (e.target >= @actorDot AND e.target < @actorEnd))";
        var sql = $"SELECT {EventColumns}, CASE WHEN {asSource} THEN e.target ELSE e.source END AS other " +
                  "FROM events e JOIN documents d ON d.id = e.document_id " +
                  $"WHERE ({asSource} OR {asTarget}) AND e.step IS NOT NULL AND e.target IS NOT NULL ORDER BY other, e.id";
        return ReadEvents(sql, [("@actor", actor), ("@actorDot", actor + "."), ("@actorEnd", actor + "/")], cancellationToken);
    }

    /// <summary>
    /// A mark that changes whenever the store's documents or events change: the largest document id and event id.
    /// Ids are never reused and a document is only ever replaced (a new row, a new id), so a cache of answers keyed
    /// by the mark is never stale. Two reads of a primary key, whatever the store's size.
    /// </summary>
    public (long Documents, long Events) ChangeMark(CancellationToken cancellationToken = default)
    {
        using var reading = Reading.Start(_readers, "SELECT (SELECT COALESCE(MAX(id), 0) FROM documents), (SELECT COALESCE(MAX(id), 0) FROM events)", [], cancellationToken);
        reading.Next();
        return (Convert.ToInt64(reading.Reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt64(reading.Reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
