using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// How a store reads (issue 19: one connection behind one lock made sixteen clients queue, 27.6 s for an overview):
/// each read opens a connection of its own (a SQLite reader of the write-ahead log sees the last commit and never
/// waits for the writer; an Npgsql data source lends one from its pool), and a read in progress is stopped in the
/// database when its caller gives up (SQLite: sqlite3_interrupt on the read's own connection; PostgreSQL: a cancel
/// request for its command).
/// </summary>
internal sealed record Readers(Func<DbConnection> Open, Action<DbConnection, DbCommand> Interrupt);

/// <summary>One read: its connection, command and rows, stopped in the database if its token is cancelled.</summary>
internal sealed class Reading : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly CancellationTokenRegistration _cancel;
    private readonly CancellationToken _token;
    private readonly IDisposable? _prepared;
    private DbDataReader? _reader;

    private Reading(Readers readers, string sql, IEnumerable<(string, object?)> args, CancellationToken token, Func<DbConnection, IDisposable?>? prepare)
    {
        _token = token;
        _connection = readers.Open();
        try
        {
            _prepared = prepare?.Invoke(_connection);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
        _command = Commands.Create(_connection, sql, null, args);
        _cancel = token.Register(() => readers.Interrupt(_connection, _command));
    }

    /// <param name="readers">Where the read's connection comes from.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="args">Its parameters.</param>
    /// <param name="token">Stops the read in the database.</param>
    /// <param name="prepare">Run on the connection before the statement (a function the statement calls); what it
    /// returns is disposed when the read ends, before the connection goes back to its pool.</param>
    public static Reading Start(Readers readers, string sql, IEnumerable<(string, object?)> args, CancellationToken token,
        Func<DbConnection, IDisposable?>? prepare = null)
    {
        token.ThrowIfCancellationRequested();
        var reading = new Reading(readers, sql, args, token, prepare);
        try
        {
            reading._reader = reading.Stopped(reading._command.ExecuteReader);
            return reading;
        }
        catch
        {
            reading.Dispose();
            throw;
        }
    }

    public DbDataReader Reader => _reader!;

    /// <summary>The next row; false at the end. A cancelled read ends in <see cref="OperationCanceledException"/>.</summary>
    public bool Next()
    {
        _token.ThrowIfCancellationRequested();
        return Stopped(_reader!.Read);
    }

    private T Stopped<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (DbException) when (_token.IsCancellationRequested)
        {
            throw new OperationCanceledException("the read was cancelled", _token);
        }
        catch (InvalidOperationException) when (_token.IsCancellationRequested)
        {
            throw new OperationCanceledException("the read was cancelled", _token);
        }
    }

    public void Dispose()
    {
        _cancel.Dispose();
        _reader?.Dispose();
        _command.Dispose();
        _prepared?.Dispose();
        _connection.Dispose();
    }
}
