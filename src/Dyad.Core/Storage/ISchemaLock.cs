using System.Data.Common;

namespace Dyad.Storage;

/// <summary>Held while migrating, so that two processes opening a fresh store at once apply each migration once.</summary>
internal interface ISchemaLock
{
    IDisposable Hold(DbConnection connection);
}

/// <summary>No lock: SQLite's migrations run in immediate transactions, one process at a time, each reading the version anew.</summary>
internal sealed class NoSchemaLock : ISchemaLock, IDisposable
{
    public static readonly NoSchemaLock Instance = new();

    public IDisposable Hold(DbConnection connection) => this;

    public void Dispose()
    {
    }
}
