using System.Data.Common;
using System.Globalization;
using Dyad.Dates;
using Dyad.Ingest;
using Dyad.Model;

namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    private const string EventColumns =
        "e.id, e.doc_key, e.source, e.target, e.step, e.type, e.modality, e.date, e.date_basis, e.confidence, e.evidence, " +
        "e.evidence_start, e.evidence_end, e.sentence_idx, e.pattern, e.mentions, e.document_id, d.title, d.url, d.published, d.source";

    public IReadOnlyList<StoredEvent> Events(EventQuery query, CancellationToken cancellationToken = default) =>
        [.. StreamEvents(query, cancellationToken)];

    /// <summary>
    /// The events of a query one at a time, read from the database as they are asked for (an export of every event
    /// holds one row at a time), on a connection of their own for as long as the enumeration lasts.
    /// </summary>
    public IEnumerable<StoredEvent> StreamEvents(EventQuery query, CancellationToken cancellationToken = default)
    {
        var common = TextMatches(query, cancellationToken).Common;
        // A page reads the kept set; a read of every match (an export) the list of matches, built once for it.
        var kept = query.Limit is not null ? common : null;
        var sql = new EventSql(query, _dialect, common is not null, kept is not null);
        var prepare = TextMatchSets.Prepare(kept);
        if (query.Sort != EventSort.Date)
        {
            var column = query.Sort switch
            {
                EventSort.Confidence => "confidence",
                EventSort.Source => "source",
                EventSort.Step => "step",
                _ => "doc_key",
            };
            // Nulls last whichever way; ties in document order.
            SortKey[] keys = [new(column, query.Descending, NullsLast: true), new("doc_key"), new("sentence_idx"), new("id")];
            foreach (var e in ReadEvents(sql.Select(EventColumns, keys, query.Limit, query.Offset), sql.Args, cancellationToken, prepare)) yield return e;
            yield break;
        }
        // By date: dated events in the order of the date indexes (ties in the order they were stored), then the
        // undated ones, each part an ordered index read that stops at the page's end (a sort key "undated last"
        // would make every page sort every match).
        var got = 0;
        SortKey[] dated = [new("date_start", query.Descending), new("id", query.Descending)];
        foreach (var e in ReadEvents(sql.Select(EventColumns, dated, query.Limit, query.Offset, "e.date_start IS NOT NULL"), sql.Args, cancellationToken, prepare))
        {
            got++;
            yield return e;
        }
        if (query.Limit is { } limit && got >= limit) yield break;
        var offset = 0;
        if (got == 0 && query.Offset > 0)
        {
            // The page starts past the dated events: how many there are, counted no further than the offset.
            offset = Math.Max(0, query.Offset - CountUpTo(sql.CountUpTo(query.Offset, "e.date_start IS NOT NULL"), sql.Args, cancellationToken, prepare));
        }
        foreach (var e in ReadEvents(sql.Select(EventColumns, [new("id")], query.Limit - got, offset, "e.date_start IS NULL"), sql.Args, cancellationToken, prepare))
            yield return e;
    }

    public int CountEvents(EventQuery query, CancellationToken cancellationToken = default) => CountEvents(query, int.MaxValue, cancellationToken);

    /// <summary>How many events match, counted no further than <paramref name="upTo"/> (a page's total reads no more than that).</summary>
    public int CountEvents(EventQuery query, int upTo, CancellationToken cancellationToken = default)
    {
        var mark = ChangeMark(cancellationToken);
        var (matches, common) = TextMatches(query, mark, cancellationToken);
        // Words alone: the full-text index has counted them (all of a common search's, in its set).
        if (matches is { } known && query with { Text = null, Sort = default, Descending = false, Limit = null, Offset = 0 } == new EventQuery())
            return Math.Min(known, upTo);
        // The order and the page do not change the count: every page of a filter shares it until the store changes.
        return _counts.Get(query with { Sort = EventSort.Date, Descending = false, Limit = null, Offset = 0 }, upTo, mark, () =>
        {
            var sql = new EventSql(query, _dialect, common is not null, common is not null);
            return CountUpTo(sql.CountUpTo(upTo), sql.Args, cancellationToken, TextMatchSets.Prepare(common));
        });
    }

    /// <summary>More matches of a search's words than this make them common (see <see cref="SqlDialect.SqliteCommonTextMatch"/>).</summary>
    private const int Common = 10_000;

    /// <summary>
    /// How many events the full-text index finds for the query's words (SQLite): every match of a common search (more
    /// than <see cref="Common"/>), with the set of them; the count of a rarer one; either read once under the store's
    /// change mark (<see cref="TextMatchSets"/>). Null without words or on PostgreSQL. The words' literal checks are not applied here.
    /// </summary>
    private (int? Matches, MatchSet? Common) TextMatches(EventQuery query, CancellationToken cancellationToken) =>
        TextMatches(query, null, cancellationToken);

    // known: the store's mark when the caller has read it for this request (read here otherwise).
    private (int? Matches, MatchSet? Common) TextMatches(EventQuery query, (long, long)? known, CancellationToken cancellationToken)
    {
        if (_dialect != SqlDialect.Sqlite) return (null, null);
        if (TextSearch.Parse(query.Text) is not ({ } search, null) || search.Literals.Count > 0) return (null, null);
        var fts = search.Fts5Query();
        var mark = known ?? ChangeMark(cancellationToken);
        var matches = _matchSets.Kept(fts, mark) ?? _matchSets.Get(fts, mark, () => ReadMatches(fts, cancellationToken));
        return (matches.Count, matches.Set);
    }

    // The count of a search's matches and, past Common, their set, from one reading of the index, once per search and
    // mark however many ask at once (TextMatchSets): SQLite builds the whole list of a prefix's matches for each statement
    // that reads it (17 to 23 MB of memory at ten million events), and the count and the set read apart, by every request
    // that came before the set was kept, built it again each time (issue 19, eighth round).
    private TextMatchCount ReadMatches(string fts, CancellationToken cancellationToken)
    {
        using var ids = ReadIds("SELECT rowid FROM events_fts WHERE events_fts MATCH @fts", [("@fts", fts)], cancellationToken).GetEnumerator();
        var first = new List<long>();
        while (first.Count <= Common && ids.MoveNext()) first.Add(ids.Current);
        if (first.Count <= Common) return new TextMatchCount(first.Count, null);
        var set = new MatchSet(first.Concat(Rest(ids)));
        return new TextMatchCount(set.Count, set);

        static IEnumerable<long> Rest(IEnumerator<long> ids)
        {
            while (ids.MoveNext()) yield return ids.Current;
        }
    }

    private IEnumerable<long> ReadIds(string sql, List<(string, object?)> args, CancellationToken cancellationToken)
    {
        using var reading = Reading.Start(_readers, sql, args, cancellationToken);
        while (reading.Next()) yield return reading.Reader.GetInt64(0);
    }

    private int CountUpTo(string sql, List<(string, object?)> args, CancellationToken cancellationToken, Func<DbConnection, IDisposable?>? prepare = null)
    {
        using var reading = Reading.Start(_readers, sql, args, cancellationToken, prepare);
        return reading.Next() ? Convert.ToInt32(reading.Reader.GetValue(0), CultureInfo.InvariantCulture) : 0;
    }

    private IEnumerable<StoredEvent> ReadEvents(string sql, List<(string, object?)> args, CancellationToken cancellationToken,
        Func<DbConnection, IDisposable?>? prepare = null)
    {
        using var reading = Reading.Start(_readers, sql, args, cancellationToken, prepare);
        while (reading.Next()) yield return ReadEvent(reading.Reader);
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

    public IReadOnlyList<DocumentSummary> Documents() => ReadDocuments(null, [], null, 0);

    /// <summary>A page of the documents, in the order of <see cref="Documents()"/>, read from ix_documents_published.</summary>
    public IReadOnlyList<DocumentSummary> Documents(int limit, int offset, CancellationToken cancellationToken = default) =>
        ReadDocuments(null, [], limit, offset, cancellationToken);

    /// <summary>How many documents are stored, counted no further than <paramref name="upTo"/>.</summary>
    public int CountDocuments(int upTo, CancellationToken cancellationToken = default) =>
        CountUpTo($"SELECT COUNT(*) FROM (SELECT 1 AS one FROM documents LIMIT {upTo}) AS c", [], cancellationToken);

    private List<DocumentSummary> ReadDocuments(string? where, (string, object?)[] args, int? limit, int offset, CancellationToken cancellationToken = default)
    {
        var sql = "SELECT d.id, d.doc_key, d.title, d.source, d.url, d.published, d.content_hash, d.ingested_at, " +
                  "(SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) FROM documents d" + (where ?? "") +
                  // Undated documents first, where SQLite sorts nulls (PostgreSQL is told to).
                  $" ORDER BY d.published{(_dialect == SqlDialect.Sqlite ? "" : " NULLS FIRST")}, d.doc_key" +
                  (limit is { } n ? $" LIMIT {n} OFFSET {offset}" : "");
        using var reading = Reading.Start(_readers, sql, args, cancellationToken);
        var r = reading.Reader;
        var list = new List<DocumentSummary>();
        while (reading.Next())
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
        var summary = ReadDocuments(where, [arg], 1, 0).FirstOrDefault();
        if (summary is null) return null;
        (string, object?)[] id = [("@id", summary.Id)];
        var events = ReadEvents($"SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.document_id = @id ORDER BY e.sentence_idx, e.id",
            [.. id], CancellationToken.None).ToList();
        using var reading = Reading.Start(_readers, "SELECT text, span_data FROM documents WHERE id = @id", id, CancellationToken.None);
        // Gone between the two reads (replaced by a newer version): as if it had not been found.
        if (!reading.Next()) return null;
        var r = reading.Reader;
        try
        {
            var (sentences, mentions, dates) = !r.IsDBNull(1) ? SpanBlob.Read((byte[])r.GetValue(1)) : default;
            return new StoredDocument(summary, r.GetString(0), sentences ?? [], mentions ?? [], dates ?? [], events);
        }
        catch (InvalidDataException e)
        {
            throw new StoreException(Description, $"document '{summary.Key}': {e.Message}");
        }
    }

    public StoreStats Stats()
    {
        int Count(string sql) => CountUpTo(sql, [], CancellationToken.None);
        return new StoreStats(Count("SELECT COUNT(*) FROM documents"), Count("SELECT COALESCE(SUM(sentence_count), 0) FROM documents"),
            Count("SELECT COUNT(*) FROM events"), Count("SELECT COUNT(*) FROM events WHERE step IS NOT NULL"));
    }
}
