using Microsoft.Data.Sqlite;

namespace Dyad.Storage;

/// <summary>
/// The embedded default, composed: one SQLite file, write-ahead logged so readers never block the writer; rows
/// written through SQLite's own interface; one writer at a time (SQLite's), so no lock of the store's own; the index
/// of texts of <see cref="SqliteTextIndex"/>.
/// </summary>
internal static class SqliteStore
{
    // SQLite counts the memory it allocates, under a lock of its own, at every allocation; nothing here reads the
    // count. Set before the first connection opens (a process that opened one before keeps counting).
    static SqliteStore()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    /// <summary>Opens (or makes) the store in the file at <paramref name="path"/>, migrated.</summary>
    public static SqlStore Open(string path) => Open(path, DefaultMergeAt);

    // A merge of 32,768 hashes writes each page of the index once (2,200 pages for 670,000 documents), where the
    // batches of a unique index wrote a page per document; the two mirrors of pending hashes stay under 4 MB.
    private const int DefaultMergeAt = 32_768;

    /// <param name="path">The store's file, made if missing.</param>
    /// <param name="mergeAt">How many documents' hashes wait before they are merged into the index of texts (see <see cref="StoredTexts"/>).</param>
    internal static SqlStore Open(string path, int mergeAt)
    {
        var full = Path.GetFullPath(path);
        var connection = OpenWriteConnection(full);
        try
        {
            SchemaMigrator.Apply(connection, SqlDialect.Sqlite, path, NoSchemaLock.Instance);
            // Off while migrating (a migration rebuilds a table, and dropping the old one must not delete what refers to it).
            Commands.Execute(connection, "PRAGMA foreign_keys = ON");
            var statements = new SqliteStatements(connection);
            var writer = new SqliteBatchWriter(statements, new SqliteEventWriter(connection));
            var texts = new SqliteTextIndex(statements, mergeAt, () => OpenReadConnection(full, pooled: false));
            return new SqlStore(connection, SqlDialect.Sqlite, path, ReadersOf(full), writer, SingleWriter.Instance, texts, new ReadPool(full));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // Write-ahead logging lets this reader see the last commit while the main connection writes the next batch.
    // The reads of queries come from a pool (issue 19): a connection opened for each read parsed the schema and began
    // with an empty page cache every time, some milliseconds a read, which the overview's many small reads and the API's
    // pages paid for each query. A pooled one still sees the last commit (its cache is checked against the log at each
    // read).
    private static SqliteConnection OpenReadConnection(string path, bool pooled = true)
    {
        var connection = new SqliteConnection(ReadConnectionString(path, pooled));
        connection.Open();
        // PRAGMA busy_timeout's own call, without a statement to prepare and run at every read (issue 19, ninth round:
        // a page opened three or four reads, each of which ran the pragma again on its pooled connection).
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, 10000);
        return connection;
    }

    private static string ReadConnectionString(string path, bool pooled) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = pooled }.ToString();

    // The pool's connections are closed with the store, so that a file deleted and made again is not read through them.
    private sealed class ReadPool(string path) : IDisposable
    {
        public void Dispose()
        {
            using var connection = new SqliteConnection(ReadConnectionString(path, pooled: true));
            SqliteConnection.ClearPool(connection);
        }
    }

    // A read of its own for each query: sqlite3_interrupt stops only that connection's statement.
    private static Readers ReadersOf(string path) =>
        new(() => OpenReadConnection(path), (connection, _) => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)connection).Handle));

    private static SqliteConnection OpenWriteConnection(string full)
    {
        var dir = Path.GetDirectoryName(full);
        if (dir is not null) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        // A new store gets pages of 8 KB rather than 4: SQLite writes each page to the log in two system calls, which
        // cost a fifth of the writing thread's time on this project's virtual machines, and half as many pages
        // for the same rows made a 90 MB ingest 4 to 5 % faster and its store 9 % smaller. (A store keeps the page
        // size it was made with.)
        // A 16 MB page cache rather than 2 MB: every document looks its text up in the index of content hashes, at a
        // random place, and a large store would otherwise read those pages back from the file at every batch.
        // Foreign keys off until the migrations are done (the bundled SQLite turns them on by default): see Open.
        // A checkpoint every 8,000 pages (64 MB of log) rather than 1,000: each one syncs the file twice, and a
        // page changed by several batches is copied back once; a 90 MB ingest took 19 to 20 s instead of 21.
        // The busy timeout first: another process may hold the file while this one turns on write-ahead logging.
        cmd.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " +
                          "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 8000;";
        cmd.ExecuteNonQuery();
        return connection;
    }
}
