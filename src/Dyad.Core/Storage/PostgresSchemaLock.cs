using System.Data.Common;

namespace Dyad.Storage;

/// <summary>The session advisory lock every Dyad process takes to migrate a PostgreSQL database.</summary>
internal sealed class PostgresSchemaLock : ISchemaLock
{
    public static readonly PostgresSchemaLock Instance = new();

    // Any fixed number: "DyadMigr".
    private const long Key = 0x44796164_4D696772;

    public IDisposable Hold(DbConnection connection)
    {
        Commands.Execute(connection, "SELECT pg_advisory_lock(@k)", null, ("@k", Key));
        return new Unlock(connection);
    }

    private sealed class Unlock(DbConnection connection) : IDisposable
    {
        public void Dispose() => Commands.Execute(connection, "SELECT pg_advisory_unlock(@k)", null, ("@k", Key));
    }
}
