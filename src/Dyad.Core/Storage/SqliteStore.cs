using System.Data.Common;
using Dyad.Pipeline;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage;

/// <summary>The embedded default: one SQLite file, write-ahead logged so readers never block the writer.</summary>
public sealed class SqliteStore : SqlStore
{
    private readonly string _path;
    private readonly SqliteEventWriter _events;
    private readonly SqliteStatements _statements;

    // SQLite counts the memory it allocates, under a lock of its own, at every allocation; nothing here reads the
    // count. Set before the first connection opens (a process that opened one before keeps counting).
    static SqliteStore()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    public SqliteStore(string path) : this(path, DefaultMergeAt)
    {
    }

    /// <param name="path">The store's file, made if missing.</param>
    /// <param name="mergeAt">How many documents' hashes wait before they are merged into the index of texts (see <see cref="StoredTexts"/>).</param>
    internal SqliteStore(string path, int mergeAt) : base(Open(path), SqlDialect.Sqlite, path, ReadersOf(Path.GetFullPath(path)))
    {
        _path = Path.GetFullPath(path);
        // Off while migrating (a migration rebuilds a table, and dropping the old one must not delete what refers to it).
        Execute("PRAGMA foreign_keys = ON");
        _events = new SqliteEventWriter((SqliteConnection)Connection);
        _statements = new SqliteStatements((SqliteConnection)Connection);
        Texts = new SqliteTextIndex(_statements, mergeAt, () => OpenReadConnection(_path));
    }

    // A merge of 32,768 hashes writes each page of the index once (2,200 pages for 670,000 documents), where the
    // batches of a unique index wrote a page per document; the two mirrors of pending hashes stay under 4 MB.
    private const int DefaultMergeAt = 32_768;

    /// <summary>The batch's other rows, through SQLite's own interface too (see <see cref="SqliteStatements"/>).</summary>
    private protected override BatchStatements Statements(DbTransaction tx) => _statements;

    /// <summary>The batch's events, through SQLite's own interface (see <see cref="SqliteEventWriter"/>).</summary>
    protected override void WriteRows(IReadOnlyList<WrittenDocument> docs, DbTransaction tx)
    {
        foreach (var (id, coded) in docs)
        {
            foreach (var e in coded.Events) _events.Write(id, e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        // Their statements are finalized before the connection closes.
        if (disposing)
        {
            _events.Dispose();
            _statements.Close();
        }
        base.Dispose(disposing);
    }

    // Write-ahead logging lets this reader see the last commit while the main connection writes the next batch.
    private static SqliteConnection OpenReadConnection(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout = 10000;";
        cmd.ExecuteNonQuery();
        return connection;
    }

    // A read of its own for each query: sqlite3_interrupt stops only that connection's statement.
    private static Readers ReadersOf(string path) =>
        new(() => OpenReadConnection(path), (connection, _) => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)connection).Handle));

    private static SqliteConnection Open(string path)
    {
        var full = Path.GetFullPath(path);
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
        // Foreign keys off until the migrations are done (the bundled SQLite turns them on by default): see the constructor.
        // A checkpoint every 8,000 pages (64 MB of log) rather than 1,000: each one syncs the file twice, and a
        // page changed by several batches is copied back once; a 90 MB ingest took 19 to 20 s instead of 21.
        cmd.CommandText = "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; " +
                          "PRAGMA busy_timeout = 10000; PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 8000;";
        cmd.ExecuteNonQuery();
        return connection;
    }
}
