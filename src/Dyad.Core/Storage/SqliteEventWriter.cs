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
    private readonly Utf8Binder _text = new();

    /// <summary>Inserts one event of the document with row id <paramref name="documentId"/>.</summary>
    public void Write(long documentId, Event e)
    {
        var db = connection.Handle!;
        if (_insert is null) SqliteStatements.Check(raw.sqlite3_prepare_v2(db, Insert, out _insert), db);
        var s = _insert;
        // A value SQLite refuses (a text over its size limit) is an error, not the last row's value left bound.
        Bound(raw.sqlite3_bind_int64(s, 1, documentId));
        Bound(Text(2, e.Doc));
        Bound(Text(3, e.Source));
        Bound(Text(4, e.Target));
        Bound(Text(5, e.Step));
        Bound(Text(6, e.Type));
        Bound(Text(7, e.Modality.ToCode()));
        Bound(Text(8, e.Date?.ToString()));
        Bound(Text(9, SqlStore.DateStart(e)));
        Bound(Text(10, SqlStore.DateEnd(e)));
        Bound(Text(11, e.DateBasis.ToCode()));
        Bound(raw.sqlite3_bind_double(s, 12, e.Confidence));
        Bound(Text(13, e.Evidence));
        Bound(raw.sqlite3_bind_int(s, 14, e.EvidenceStart));
        Bound(raw.sqlite3_bind_int(s, 15, e.EvidenceEnd));
        Bound(raw.sqlite3_bind_int(s, 16, e.Sentence));
        Bound(Text(17, e.Pattern));
        Bound(raw.sqlite3_bind_int(s, 18, e.Mentions));
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc != raw.SQLITE_DONE) SqliteStatements.Check(rc, db);

        int Text(int index, string? value) => _text.Bind(s, index, value);

        void Bound(int code)
        {
            if (code != raw.SQLITE_OK) SqliteStatements.Check(code, db);
        }
    }

    public void Dispose()
    {
        _insert?.Dispose();
        _insert = null;
    }
}
