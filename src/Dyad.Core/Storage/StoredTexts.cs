using System.Globalization;
using SQLitePCL;

namespace Dyad.Storage;

/// <summary>
/// Is a text stored? In a SQLite store (schema version 7) the answer is in two places: content_hashes, a sorted index
/// that takes new hashes only in merges, and pending_hashes, the hashes of the documents stored since the last merge,
/// appended in document order by a trigger. This mirrors pending_hashes in memory, as one connection last read it,
/// and merges it when it has grown to <paramref name="mergeAt"/> documents.
/// </summary>
/// <remarks>
/// Each batch used to insert its hashes into a unique index at random places, rewriting a page of the index per
/// document once the index outgrew a batch: 8 KB of log per document. A merge writes each page of the index once for
/// many thousands of documents. One instance per connection; not thread-safe (the store's locks guard it).
/// </remarks>
internal sealed class StoredTexts(SqliteStatements statements, int mergeAt)
{
    // Document ids by the first 128 bits of their hash (a key of 16 bytes where the string took 150), checked against
    // the whole hash on a hit. May hold documents deleted or merged since (the check sees that), never misses one read.
    private readonly Dictionary<UInt128, long> _pending = [];
    private long _seen;

    /// <summary>Reads the documents pending since the last look; all of them again once the mirror has outgrown two merges' worth.</summary>
    public void Refresh()
    {
        // A writer has merged what this mirror still holds: start again from what is pending now.
        if (_pending.Count > 2 * mergeAt) Forget();
        statements.Rows(SelectPending, _readRow ??= ReadRow, ("@seen", _seen));
    }

    // Made once: a lambda over this object's fields would be a new delegate at every look, once per document read.
    private Action<sqlite3_stmt>? _readRow;

    private void ReadRow(sqlite3_stmt s)
    {
        _seen = raw.sqlite3_column_int64(s, 0);
        _pending[Key(raw.sqlite3_column_blob(s, 1))] = _seen;
    }

    /// <summary>Is the text stored, in the index or pending? Call <see cref="Refresh"/> first to see what other connections stored.</summary>
    public bool Contains(string contentHash)
    {
        if (_pending.TryGetValue(Key(contentHash), out var id) && statements.Scalar(StillStored, ("@id", id), ("@h", contentHash)) is not null) return true;
        // Pending rows are read before the index: a merge in between moves a text into the index, never out of both.
        return statements.Scalar(InIndex, ("@h", contentHash)) is not null;
    }

    /// <summary>A document this connection has just stored (the trigger made its pending row).</summary>
    public void Added(string contentHash, long id)
    {
        _pending[Key(contentHash)] = id;
        _seen = Math.Max(_seen, id);
    }

    /// <summary>Merges the pending hashes into the index once there are enough of them, in the writer's transaction.</summary>
    public void MergeIfDue()
    {
        if (_pending.Count < mergeAt) return;
        statements.Execute(Merge);
        statements.Execute(ClearPending);
        _pending.Clear();
    }

    /// <summary>Forgets what was mirrored, as after a rollback: the next <see cref="Refresh"/> reads all that is pending.</summary>
    public void Forget()
    {
        _pending.Clear();
        _seen = 0;
    }

    // A content hash is 64 hexadecimal digits; anything else (written behind the store's back) gets a key of its own
    // kind, the same from its text and from its bytes.
    private static UInt128 Key(string hash) =>
        UInt128.TryParse(hash.AsSpan(0, Math.Min(32, hash.Length)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key) && hash.Length >= 32
            ? key
            : Other(hash);

    private static UInt128 Key(ReadOnlySpan<byte> hash) =>
        UInt128.TryParse(hash[..Math.Min(32, hash.Length)], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key) && hash.Length >= 32
            ? key
            : Other(System.Text.Encoding.UTF8.GetString(hash));

    private static UInt128 Other(string hash) => new(ulong.MaxValue, (uint)StringComparer.Ordinal.GetHashCode(hash));

    private const string SelectPending = "SELECT document_id, content_hash FROM pending_hashes WHERE document_id > @seen ORDER BY document_id";
    private const string StillStored = "SELECT 1 FROM documents WHERE id = @id AND content_hash = @h";
    private const string InIndex = "SELECT 1 FROM content_hashes h JOIN documents d ON d.id = h.document_id " +
                                   "WHERE h.hash_key = substr(@h, 1, 16) AND d.content_hash = @h";
    private const string Merge = "INSERT INTO content_hashes (hash_key, document_id) " +
                                 "SELECT substr(content_hash, 1, 16), document_id FROM pending_hashes ORDER BY 1, 2";
    private const string ClearPending = "DELETE FROM pending_hashes";
}
