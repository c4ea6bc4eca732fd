using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// Taken at the start of a batch's transaction, held until it ends: how a provider with concurrent writers serializes
/// writers of the same document id or text.
/// </summary>
internal interface IWriteLock
{
    void Take(IReadOnlyList<PreparedDocument> docs, DbTransaction tx);
}

/// <summary>No lock of the store's own: SQLite has one writer at a time.</summary>
internal sealed class SingleWriter : IWriteLock
{
    public static readonly SingleWriter Instance = new();

    public void Take(IReadOnlyList<PreparedDocument> docs, DbTransaction tx)
    {
    }
}
