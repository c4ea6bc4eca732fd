using Npgsql;

namespace Dyad.Storage;

/// <summary>
/// A PostgreSQL store for a team, composed: several processes ingest into it at once, and races are settled by the
/// database. Migrations run under a session advisory lock (<see cref="PostgresSchemaLock"/>), batches are written one
/// at a time under a transaction advisory lock (<see cref="PostgresWriteLock"/>) while coding runs everywhere, the unique
/// content hash keeps a text stored once whatever happens (<see cref="UniqueTextIndex"/>), and a batch's events go
/// in by binary COPY (<see cref="PostgresBatchWriter"/>).
/// </summary>
internal static class PostgresStore
{
    /// <param name="db">A postgres:// or postgresql:// URL, or an Npgsql connection string (Host=...;Database=...).</param>
    public static SqlStore Open(string db)
    {
        var dataSource = NpgsqlDataSource.Create(PostgresUrl.ToConnectionString(db));
        NpgsqlConnection? connection = null;
        try
        {
            var description = Describe(dataSource.ConnectionString);
            connection = dataSource.OpenConnection();
            SchemaMigrator.Apply(connection, SqlDialect.Postgres, description, PostgresSchemaLock.Instance);
            // Reads borrow pooled connections of the data source; a cancel request stops a read's command on the server.
            var readers = new Readers(dataSource.OpenConnection, static (_, command) => command.Cancel());
            return new SqlStore(connection, SqlDialect.Postgres, description, readers, new PostgresBatchWriter(connection), PostgresWriteLock.Instance,
                new UniqueTextIndex(dataSource.OpenConnection), dataSource);
        }
        catch
        {
            connection?.Dispose();
            dataSource.Dispose();
            throw;
        }
    }

    /// <summary>Where the store is, without the password.</summary>
    private static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }
}
