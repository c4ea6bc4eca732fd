using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// Taken at the start of a batch's transaction, held until it ends: how a provider with concurrent writers lets one
/// batch write at a time (so that a text is stored once, and near-copies are linked against every document stored
/// before).
/// </summary>
internal interface IWriteLock
{
    void Take(IReadOnlyList<PreparedDocument> docs, DbTransaction tx);
}

/// <summary>No lock of the store's own: SQLite has one writer at a time (a batch's transaction is immediate).</summary>
internal sealed class SingleWriter : IWriteLock
{
    public static readonly SingleWriter Instance = new();

    public void Take(IReadOnlyList<PreparedDocument> docs, DbTransaction tx)
    {
    }
}
