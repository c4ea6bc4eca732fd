using System.Data.Common;
using System.Globalization;

namespace Dyad.Storage;

/// <summary>Applies a store's pending migrations (<see cref="Schema"/>) when it is opened, each in a transaction of its own.</summary>
internal static class SchemaMigrator
{
    public static void Apply(DbConnection connection, SqlDialect dialect, string description, ISchemaLock schemaLock)
    {
        using var held = schemaLock.Hold(connection);
        Commands.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var migrations = Schema.Migrations(dialect);
        while (true)
        {
            // The version is read in the migration's transaction: several processes opening a fresh SQLite store at
            // once each wait for the write lock, and each then sees what the one before applied (it read the version
            // before its transaction, and two of them created the same tables).
            using var tx = connection.BeginTransaction();
            var current = Convert.ToInt32(Commands.Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version", tx), CultureInfo.InvariantCulture);
            if (current > migrations.Count)
                throw new StoreException(description, $"the store has schema version {current}, newer than this build's {migrations.Count}");
            if (current == migrations.Count) return;
            Schema.Before(current + 1)?.Invoke(connection, tx);
            // One command for the migration's statements (both providers run them in turn): a trigger's body has
            // semicolons of its own.
            Commands.Execute(connection, migrations[current], tx);
            Commands.Execute(connection, $"INSERT INTO schema_version (version) VALUES ({current + 1})", tx);
            tx.Commit();
        }
    }
}
