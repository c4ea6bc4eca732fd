using Dyad.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dyad.Storage;

/// <summary>
/// Inserts event rows through SQLite's own statement interface, on the store's connection and in its transaction.
/// </summary>
/// <remarks>
/// Events are most of the rows a batch writes (three per document, eighteen values each). Through ADO.NET every
/// value was boxed, looked up by its parameter's name and checked for its type at each row, which made the
/// managed side of a write cost as much as SQLite's own; here each value is bound by position, as what it is.
/// </remarks>
internal sealed class SqliteEventWriter(SqliteConnection connection) : IDisposable
{
    private const string Insert =
        "INSERT INTO events (document_id, doc_key, source, target, step, type, modality, date, date_start, date_end, date_basis, confidence, " +
        "evidence, evidence_start, evidence_end, sentence_idx, pattern, mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";

    private sqlite3_stmt? _insert;

    /// <summary>Inserts one event of the document with row id <paramref name="documentId"/>.</summary>
    public void Write(long documentId, Event e)
    {
        var db = connection.Handle!;
        if (_insert is null) Check(raw.sqlite3_prepare_v2(db, Insert, out _insert), db);
        var s = _insert;
        raw.sqlite3_bind_int64(s, 1, documentId);
        Text(s, 2, e.Doc);
        Text(s, 3, e.Source);
        Text(s, 4, e.Target);
        Text(s, 5, e.Step);
        Text(s, 6, e.Type);
        Text(s, 7, e.Modality.ToCode());
        Text(s, 8, e.Date?.ToString());
        Text(s, 9, SqlStore.DateStart(e));
        Text(s, 10, SqlStore.DateEnd(e));
        Text(s, 11, e.DateBasis.ToCode());
        raw.sqlite3_bind_double(s, 12, e.Confidence);
        Text(s, 13, e.Evidence);
        raw.sqlite3_bind_int(s, 14, e.EvidenceStart);
        raw.sqlite3_bind_int(s, 15, e.EvidenceEnd);
        raw.sqlite3_bind_int(s, 16, e.Sentence);
        Text(s, 17, e.Pattern);
        raw.sqlite3_bind_int(s, 18, e.Mentions);
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc != raw.SQLITE_DONE) Check(rc, db);
    }

    private static void Text(sqlite3_stmt s, int index, string? value)
    {
        if (value is null) raw.sqlite3_bind_null(s, index);
        else raw.sqlite3_bind_text(s, index, value);
    }

    private static void Check(int rc, sqlite3 db) => SqliteException.ThrowExceptionForRC(rc, db);

    public void Dispose()
    {
        _insert?.Dispose();
        _insert = null;
    }
}
