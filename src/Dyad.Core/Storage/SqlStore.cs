using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// The store over any ADO.NET provider: SQL written once, with a <see cref="SqlDialect"/> for what differs in the SQL
/// and a strategy for each thing a provider does its own way (issue 18: composition, not overridden hooks): how a
/// batch's rows are written (<see cref="IBatchWriter"/>), how concurrent writers are serialized
/// (<see cref="IWriteLock"/>) and how "is this text stored?" is answered (<see cref="ITextIndex"/>).
/// <see cref="SqliteStore"/> and <see cref="PostgresStore"/> compose them; the store is opened migrated.
/// </summary>
internal sealed partial class SqlStore : IDyadStore
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly Lock _gate = new();
    private readonly Readers _readers;
    private readonly IBatchWriter _writer;
    private readonly IWriteLock _writeLock;
    private readonly ITextIndex _texts;
    private readonly IDisposable? _owned;
    private readonly TextMatchSets _matchSets = new();
    private readonly KeptCounts _counts = new();

    /// <param name="connection">The writing connection, open and migrated; every use holds the store's lock.</param>
    /// <param name="dialect">What differs in the SQL.</param>
    /// <param name="description">Where the store is, for messages.</param>
    /// <param name="readers">How reads open connections of their own.</param>
    /// <param name="writer">How a batch's rows are written.</param>
    /// <param name="writeLock">Taken at the start of every batch's transaction.</param>
    /// <param name="texts">How "is this text stored?" is answered.</param>
    /// <param name="owned">Disposed last, after the connection (a PostgreSQL data source).</param>
    internal SqlStore(DbConnection connection, SqlDialect dialect, string description, Readers readers, IBatchWriter writer, IWriteLock writeLock,
        ITextIndex texts, IDisposable? owned = null)
    {
        _connection = connection;
        _dialect = dialect;
        Description = description;
        _readers = readers;
        _writer = writer;
        _writeLock = writeLock;
        _texts = texts;
        _owned = owned;
    }

    public string Description { get; }

    /// <summary>How this store reads (tests run reads of their own through it).</summary>
    internal Readers Readers => _readers;

    /// <summary>The schema version this build writes.</summary>
    public int SchemaVersion => Schema.Migrations(_dialect).Count;

    /// <summary>The provider's dialect (the tests read the plans of the SQL it is given).</summary>
    internal SqlDialect Dialect => _dialect;

    private int Execute(string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args) =>
        Commands.Execute(_connection, sql, tx, args);

    private DbCommand Command(string sql, DbTransaction? tx, IEnumerable<(string Name, object? Value)> args) =>
        Commands.Create(_connection, sql, tx, args);

    public void Dispose()
    {
        // The text index's reading connection, then the writer's statements, before the connection they run on.
        _texts.Dispose();
        _writer.Dispose();
        _connection.Dispose();
        _owned?.Dispose();
    }
}

/// <summary>A store that cannot be opened or used, with the reason.</summary>
/// <param name="store">Where the store is (<see cref="IDyadStore.Description"/>, or a connection string with its password hidden).</param>
/// <param name="reason">What is wrong, in words for the user.</param>
public sealed class StoreException(string store, string reason) : Exception($"{store}: {reason}");
