using Dyad.Storage;
using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Storage;

/// <summary>The store contract on SQLite: a file in a fresh temporary folder per test.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-store-").FullName;

    protected override IDyadStore Open() => StoreFactory.Open(Path.Combine(_dir, "dyad.db"));

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Open_StoreOfVersion4_DropsTheDateIndex_KeepsTheOthers()
    {
        var path = Path.Combine(_dir, "dyad.db");
        Open().Dispose();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // What version 4 left: the index on event dates.
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE INDEX ix_events_date ON events (date_start); DELETE FROM schema_version WHERE version > 4";
            cmd.ExecuteNonQuery();
        }
        Assert.Contains("ix_events_date", Indexes(path));
        using (var store = Open()) Assert.Equal(5, ((SqlStore)store).SchemaVersion);
        var indexes = Indexes(path);
        Assert.DoesNotContain("ix_events_date", indexes);
        Assert.Superset(new HashSet<string> { "ix_events_doc", "ix_events_source", "ix_events_target", "ix_events_step", "ix_documents_key" }, indexes);
    }

    private static HashSet<string> Indexes(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index'";
        using var r = cmd.ExecuteReader();
        var names = new HashSet<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }
}
