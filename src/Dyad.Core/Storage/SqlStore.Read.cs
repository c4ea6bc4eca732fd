using System.Data.Common;
using System.Globalization;
using Dyad.Dates;
using Dyad.Ingest;
using Dyad.Model;

namespace Dyad.Storage;

public partial class SqlStore
{
    private const string EventColumns =
        "e.id, e.doc_key, e.source, e.target, e.step, e.type, e.modality, e.date, e.date_basis, e.confidence, e.evidence, " +
        "e.evidence_start, e.evidence_end, e.sentence_idx, e.pattern, e.mentions, e.document_id, d.title, d.url, d.published, d.source";

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        var (where, args) = Where(query, _dialect);
        var order = query.Sort switch
        {
            EventSort.Confidence => "e.confidence",
            EventSort.Source => "e.source",
            EventSort.Step => "e.step",
            EventSort.Document => "e.doc_key",
            _ => "e.date_start",
        };
        var dir = query.Descending ? "DESC" : "ASC";
        // Undated events go last whichever way dates are sorted; ties keep document order.
        var sql = $"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id{where} " +
                  $"ORDER BY CASE WHEN {order} IS NULL THEN 1 ELSE 0 END, {order} {dir}, e.doc_key, e.sentence_idx, e.id";
        if (query.Limit is { } limit) sql += $" LIMIT {limit} OFFSET {query.Offset}";
        lock (_gate)
        {
            using var cmd = Command(sql, null, args);
            using var r = cmd.ExecuteReader();
            var list = new List<StoredEvent>();
            while (r.Read()) list.Add(ReadEvent(r));
            return list;
        }
    }

    public int CountEvents(EventQuery query)
    {
        var (where, args) = Where(query, _dialect);
        lock (_gate)
        {
            return Convert.ToInt32(Scalar($"SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id{where}", null, [.. args]), CultureInfo.InvariantCulture);
        }
    }

    private static (string Where, List<(string, object?)> Args) Where(EventQuery q, SqlDialect d)
    {
        var clauses = new List<string>();
        var args = new List<(string, object?)>();
        if (q.Actor is { } actor)
        {
            // An actor id matches its sectors too: USA matches USA.LEG.
            clauses.Add($"(e.source = @actor OR e.target = @actor OR e.source {d.Like} @actorSector OR e.target {d.Like} @actorSector)");
            args.Add(("@actor", actor));
            args.Add(("@actorSector", actor + ".%"));
        }
        if (q.Dyad is { } dyad)
        {
            clauses.Add("((e.source = @da AND e.target = @db) OR (e.source = @db AND e.target = @da))");
            args.Add(("@da", dyad.A));
            args.Add(("@db", dyad.B));
        }
        if (q.Step is { } step)
        {
            if (step.EndsWith('*') || step.EndsWith('.'))
            {
                clauses.Add($"e.step {d.Like} @step");
                args.Add(("@step", step.TrimEnd('*') + "%"));
            }
            else
            {
                clauses.Add("e.step = @step");
                args.Add(("@step", step));
            }
        }
        if (q.StepsOnly) clauses.Add("e.step IS NOT NULL");
        if (q.Modality is { } m)
        {
            clauses.Add("e.modality = @modality");
            args.Add(("@modality", m.ToCode()));
        }
        if (q.From is { } from)
        {
            clauses.Add("e.date_end >= @from");
            args.Add(("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (q.To is { } to)
        {
            clauses.Add("e.date_start <= @to");
            args.Add(("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var n = 0;
            foreach (var word in q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                clauses.Add($"LOWER(e.evidence) LIKE @q{n}");
                args.Add(($"@q{n}", "%" + word.ToLowerInvariant() + "%"));
                n++;
            }
        }
        if (q.Document is { } doc)
        {
            clauses.Add("e.doc_key = @doc");
            args.Add(("@doc", doc));
        }
        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), args);
    }

    private static StoredEvent ReadEvent(DbDataReader r)
    {
        PartialDate.TryParse(Str(r, 7), out var date);
        ModalityNames.TryParse(r.GetString(6), out var modality);
        var e = new Event(r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), r.GetString(5), modality,
            Str(r, 7) is null ? null : date, ModalityNames.ParseBasis(r.GetString(8)), r.GetDouble(9), r.GetString(10),
            Convert.ToInt32(r.GetValue(11), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(12), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(13), CultureInfo.InvariantCulture), r.GetString(14))
        { Mentions = Convert.ToInt32(r.GetValue(15), CultureInfo.InvariantCulture) };
        return new StoredEvent(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), e, Convert.ToInt64(r.GetValue(16), CultureInfo.InvariantCulture),
            Str(r, 17), Str(r, 18), PartialDate.Parse(Str(r, 19)).ValueOrNull())
        { DocumentSource = Str(r, 20) };
    }

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public IReadOnlyList<DocumentSummary> Documents()
    {
        lock (_gate)
        {
            return ReadDocuments(null, []);
        }
    }

    private List<DocumentSummary> ReadDocuments(string? where, (string, object?)[] args)
    {
        var sql = "SELECT d.id, d.doc_key, d.title, d.source, d.url, d.published, d.content_hash, d.ingested_at, " +
                  "(SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) FROM documents d" + (where ?? "") +
                  // Undated documents first, where SQLite sorts nulls (PostgreSQL would put them last).
                  " ORDER BY CASE WHEN d.published IS NULL THEN 0 ELSE 1 END, d.published, d.doc_key";
        using var cmd = Command(sql, null, args);
        using var r = cmd.ExecuteReader();
        var list = new List<DocumentSummary>();
        while (r.Read())
        {
            list.Add(new DocumentSummary(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4),
                PartialDate.Parse(Str(r, 5)).ValueOrNull(), r.GetString(6), DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(8), CultureInfo.InvariantCulture)));
        }
        return list;
    }

    public StoredDocument? Document(long id) => LoadDocument(" WHERE d.id = @id", ("@id", id));

    public StoredDocument? Document(string key) => LoadDocument(" WHERE d.doc_key = @k", ("@k", key));

    private StoredDocument? LoadDocument(string where, (string, object?) arg)
    {
        lock (_gate)
        {
            var summary = ReadDocuments(where, [arg]).FirstOrDefault();
            if (summary is null) return null;
            var text = (string)Scalar("SELECT text FROM documents WHERE id = @id", null, ("@id", summary.Id))!;
            var events = new List<StoredEvent>();
            using (var cmd = Command($"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.document_id = @id ORDER BY e.sentence_idx, e.id",
                       null, [("@id", summary.Id)]))
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read()) events.Add(ReadEvent(r));
            }
            using (var cmd = Command("SELECT span_data FROM documents WHERE id = @id", null, [("@id", summary.Id)]))
            using (var r = cmd.ExecuteReader())
            {
                try
                {
                    var (sentences, mentions, dates) = r.Read() && !r.IsDBNull(0) ? SpanBlob.Read((byte[])r.GetValue(0)) : default;
                    return new StoredDocument(summary, text, sentences ?? [], mentions ?? [], dates ?? [], events);
                }
                catch (InvalidDataException e)
                {
                    throw new StoreException(Description, $"document '{summary.Key}': {e.Message}");
                }
            }
        }
    }

    public StoreStats Stats()
    {
        lock (_gate)
        {
            int Count(string sql) => Convert.ToInt32(Scalar(sql), CultureInfo.InvariantCulture);
            return new StoreStats(Count("SELECT COUNT(*) FROM documents"), Count("SELECT COALESCE(SUM(sentence_count), 0) FROM documents"),
                Count("SELECT COUNT(*) FROM events"), Count("SELECT COUNT(*) FROM events WHERE step IS NOT NULL"));
        }
    }
}
