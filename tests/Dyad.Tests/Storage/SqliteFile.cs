using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Storage;

/// <summary>A SQLite store's file seen behind the store's back: what an older version left, a damaged row, what a table holds.</summary>
internal static class SqliteFile
{
    // Runs SQL on the store's file behind its back (what an older version left, a damaged row): the rows it changed.
    public static int Behind(string path, string sql, params (string Name, object Value)[] args)
    {
        using var connection = Connect(path);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return cmd.ExecuteNonQuery();
    }

    // A connection of its own to the store's file, opened.
    public static SqliteConnection Connect(string path, string options = "")
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False;{options}");
        connection.Open();
        return connection;
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public static HashSet<string> Indexes(string path) => [.. Column<string>(path, "SELECT name FROM sqlite_master WHERE type = 'index'")];

    // The first column of every row the query gives.
    public static List<T> Column<T>(string path, string sql)
    {
        using var connection = Connect(path);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var values = new List<T>();
        while (r.Read()) values.Add(r.GetFieldValue<T>(0));
        return values;
    }
}
