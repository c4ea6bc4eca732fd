using System.Data.Common;
using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// The store over any ADO.NET provider: SQL written once, with a <see cref="SqlDialect"/> for what differs.
/// Opening applies pending migrations.
/// </summary>
public partial class SqlStore : IDyadStore
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly Lock _gate = new();

    private readonly Readers _readers;

    /// <summary>How this store reads (tests run reads of their own through it).</summary>
    internal Readers Readers => _readers;

    private protected SqlStore(DbConnection connection, SqlDialect dialect, string description, Readers readers)
    {
        _connection = connection;
        _readers = readers;
        _dialect = dialect;
        Description = description;
        if (_connection.State != System.Data.ConnectionState.Open) _connection.Open();
        Migrate();
    }

    public string Description { get; }

    /// <summary>The writing connection of this store; every use holds the store's lock. Reads open their own (see <see cref="Readers"/>).</summary>
    protected DbConnection Connection => _connection;

    protected SqlDialect Dialect => _dialect;

    /// <summary>How this store answers "is this text stored?"; set by the provider once its migrations have run.</summary>
    private protected ITextIndex Texts
    {
        get => _texts ?? throw new InvalidOperationException("the store has no text index");
        set => _texts = value;
    }

    private ITextIndex? _texts;

    /// <summary>The schema version this build writes.</summary>
    public int SchemaVersion => Schema.Migrations(_dialect).Count;

    /// <summary>
    /// Held while migrating, so that two processes opening a fresh store at once apply each migration once.
    /// The default takes no lock.
    /// </summary>
    protected virtual IDisposable LockSchema() => NoLock.Instance;

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();
        public void Dispose() { }
    }

    private void Migrate()
    {
        using var schemaLock = LockSchema();
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), System.Globalization.CultureInfo.InvariantCulture);
        var migrations = Schema.Migrations(_dialect);
        if (current > migrations.Count)
            throw new StoreException(Description, $"the store has schema version {current}, newer than this build's {migrations.Count}");
        for (var v = current; v < migrations.Count; v++)
        {
            using var tx = _connection.BeginTransaction();
            Schema.Before(v + 1)?.Invoke(_connection, tx);
            // One command for the migration's statements (both providers run them in turn): a trigger's body has
            // semicolons of its own.
            Execute(migrations[v], tx);
            Execute($"INSERT INTO schema_version (version) VALUES ({v + 1})", tx);
            tx.Commit();
        }
    }

    protected int Execute(string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, tx, args);
        return cmd.ExecuteNonQuery();
    }

    protected object? Scalar(string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, tx, args);
        return cmd.ExecuteScalar();
    }

    protected DbCommand Command(string sql, DbTransaction? tx, IEnumerable<(string Name, object? Value)> args) =>
        Command(_connection, sql, tx, args);

    internal static DbCommand Command(DbConnection connection, string sql, DbTransaction? tx, IEnumerable<(string Name, object? Value)> args)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        _texts?.Dispose();
        _connection.Dispose();
    }
}

/// <summary>A store that cannot be opened or used, with the reason.</summary>
public sealed class StoreException(string store, string reason) : Exception($"{store}: {reason}");
