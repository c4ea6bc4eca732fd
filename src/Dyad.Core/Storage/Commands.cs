using System.Data.Common;

namespace Dyad.Storage;

/// <summary>A command on a connection, with its parameters bound by name.</summary>
internal static class Commands
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? tx, IEnumerable<(string Name, object? Value)> args)
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

    public static int Execute(DbConnection connection, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = Create(connection, sql, tx, args);
        return cmd.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = Create(connection, sql, tx, args);
        return cmd.ExecuteScalar();
    }
}
