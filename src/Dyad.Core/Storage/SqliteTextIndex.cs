using Microsoft.Data.Sqlite;

namespace Dyad.Storage;

/// <summary>
/// The index of texts of a SQLite store (schema version 7): sorted runs merged from the pending hashes, mirrored in
/// memory by <see cref="StoredTexts"/>, one mirror for the writing connection and one for the reading connection.
/// A batch holds the write lock from its start (an immediate transaction): what other processes stored is read once,
/// and nothing else is stored until the batch commits, so the batch asks before each row.
/// </summary>
internal sealed class SqliteTextIndex(SqliteStatements writing, int mergeAt, Func<SqliteConnection> openRead) : ITextIndex
{
    private readonly StoredTexts _written = new(writing, mergeAt);
    private SqliteConnection? _read;
    private SqliteStatements? _reads;
    private StoredTexts? _readTexts;

    // Asked for every document read, on the reading connection: through SQLite's own interface as well.
    public bool Contains(string contentHash)
    {
        if (_readTexts is null)
        {
            _read = openRead();
            _readTexts = new StoredTexts(_reads = new SqliteStatements(_read), mergeAt);
        }
        _readTexts.Refresh();
        return _readTexts.Contains(contentHash);
    }

    public void Begin() => _written.Refresh();

    public bool StoredInBatch(string contentHash) => _written.Contains(contentHash);

    public void Inserted(string contentHash, long id) => _written.Added(contentHash, id);

    public void Committing() => _written.MergeIfDue();

    public void RolledBack() => _written.Forget();

    // The reading statements are finalized before their connection closes.
    public void Dispose()
    {
        _reads?.Close();
        _read?.Dispose();
    }
}
