using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>What happened to a document handed to the store.</summary>
public enum AddOutcome
{
    /// <summary>New: stored with its events.</summary>
    Added,
    /// <summary>The same text is already stored: nothing was written.</summary>
    Duplicate,
    /// <summary>A document with this id but other text was stored: replaced, with its events.</summary>
    Replaced,
}

/// <summary>
/// The store of documents and events. One interface for every provider (SQLite, PostgreSQL), one query layer.
/// Each batch is written in one transaction: a crash never leaves half a document. Near-copy bookkeeping
/// (signatures and links) is part of every store, not an optional extra callers test for.
/// </summary>
public interface IDyadStore : IDisposable
{
    string Description { get; }

    /// <summary>
    /// Writes a batch in one transaction: its documents (an outcome each, in order), their signatures and the links
    /// found. Saving a signature or link again under the same key replaces it, so a rerun is harmless.
    /// </summary>
    IReadOnlyList<AddOutcome> AddBatch(IngestBatch batch, CancellationToken cancellationToken = default);

    bool Contains(string contentHash);

    IReadOnlyList<StoredEvent> Events(EventQuery query);
    int CountEvents(EventQuery query);
    IReadOnlyList<DocumentSummary> Documents();
    StoredDocument? Document(long id);
    StoredDocument? Document(string key);
    StoreStats Stats();
    string? GetJobState(string job, string item);
    void SetJobState(string job, string item, string? value);

    /// <summary>
    /// Hands the signatures of the <paramref name="latest"/> documents stored last to <paramref name="each"/>, one at a
    /// time, oldest first.
    /// </summary>
    void ReadSignatures(int latest, Action<string, uint[]> each);

    /// <summary>Every near-copy link, by the copy's key.</summary>
    IReadOnlyList<DocumentLink> Links();

    /// <summary>The ledger records stored (conditions, goals, status notes, indicator values) that match the query, in date order.</summary>
    IReadOnlyList<Ledger.LedgerRecord> Ledger(LedgerQuery query);
}
