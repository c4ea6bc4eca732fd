using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dyad.Storage;

/// <summary>
/// A batch's statements run through SQLite's own interface on the store's connection (in its transaction): each
/// prepared once for the life of the store, its parameters found by name once, then bound by position.
/// </summary>
/// <remarks>
/// A document costs five statements (the row, the delete of an older version, the signature's rows), and every
/// document read one more (is its text stored?). Through ADO.NET each run made a data reader and looked every
/// parameter up by name again, which cost the writing thread as much as SQLite's own work on those rows.
/// </remarks>
internal sealed class SqliteStatements(SqliteConnection connection) : BatchStatements
{
    private readonly Dictionary<string, (sqlite3_stmt Statement, int[] Positions)> _prepared = new(ReferenceEqualityComparer.Instance);
    private readonly Utf8Binder _text = new();

    public override int Execute(string sql, params (string Name, object? Value)[] args)
    {
        var s = Bind(sql, args);
        try
        {
            while (Step(s)) { }
            return raw.sqlite3_changes(connection.Handle!);
        }
        finally
        {
            raw.sqlite3_reset(s);
        }
    }

    public override object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        var s = Bind(sql, args);
        try
        {
            if (!Step(s)) return null;
            object value = raw.sqlite3_column_type(s, 0) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(s, 0),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(s, 0),
                raw.SQLITE_TEXT => raw.sqlite3_column_text(s, 0).utf8_to_string(),
                raw.SQLITE_BLOB => raw.sqlite3_column_blob(s, 0).ToArray(),
                _ => DBNull.Value,
            };
            // Run to the end: a statement that writes (RETURNING) has done its work only then.
            while (Step(s)) { }
            return value;
        }
        finally
        {
            raw.sqlite3_reset(s);
        }
    }

    public override List<long> Longs(string sql, params (string Name, object? Value)[] args)
    {
        var s = Bind(sql, args);
        try
        {
            var values = new List<long>();
            while (Step(s)) values.Add(raw.sqlite3_column_int64(s, 0));
            return values;
        }
        finally
        {
            raw.sqlite3_reset(s);
        }
    }

    /// <summary>Hands every row to <paramref name="row"/>, which reads the columns it needs.</summary>
    public void Rows(string sql, Action<sqlite3_stmt> row, params (string Name, object? Value)[] args)
    {
        var s = Bind(sql, args);
        try
        {
            while (Step(s)) row(s);
        }
        finally
        {
            raw.sqlite3_reset(s);
        }
    }

    /// <summary>The statements stay prepared for the next batch: nothing to end.</summary>
    public override void Dispose()
    {
    }

    /// <summary>Finalizes the statements, before the connection closes.</summary>
    public void Close()
    {
        foreach (var (statement, _) in _prepared.Values) statement.Dispose();
        _prepared.Clear();
    }

    private sqlite3_stmt Bind(string sql, (string Name, object? Value)[] args)
    {
        var db = connection.Handle!;
        if (!_prepared.TryGetValue(sql, out var prepared))
        {
            Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
            var positions = new int[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                positions[i] = raw.sqlite3_bind_parameter_index(statement, args[i].Name);
                if (positions[i] != 0) continue;
                statement.Dispose();
                throw new ArgumentException($"no parameter {args[i].Name} in: {sql}", nameof(args));
            }
            _prepared[sql] = prepared = (statement, positions);
        }
        var s = prepared.Statement;
        for (var i = 0; i < args.Length; i++)
        {
            var at = prepared.Positions[i];
            var rc = args[i].Value switch
            {
                null => raw.sqlite3_bind_null(s, at),
                string text => _text.Bind(s, at, text),
                long n => raw.sqlite3_bind_int64(s, at, n),
                int n => raw.sqlite3_bind_int64(s, at, n),
                double x => raw.sqlite3_bind_double(s, at, x),
                bool b => raw.sqlite3_bind_int(s, at, b ? 1 : 0),
                byte[] bytes => raw.sqlite3_bind_blob(s, at, bytes),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name} to {args[i].Name}", nameof(args)),
            };
            Check(rc, db);
        }
        return s;
    }

    // True while the statement gives rows; false when done; an error is thrown with SQLite's message.
    private bool Step(sqlite3_stmt s)
    {
        var rc = raw.sqlite3_step(s);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE) Check(rc, connection.Handle!);
        return false;
    }

    /// <summary>Throws SQLite's error for a result code that is one, with the connection's message.</summary>
    internal static void Check(int rc, sqlite3 db) => SqliteException.ThrowExceptionForRC(rc, db);
}
