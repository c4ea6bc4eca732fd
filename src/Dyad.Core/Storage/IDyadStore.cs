using Dyad.Pipeline;
using Dyad.Query;

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
/// Each document is written in one transaction: a crash never leaves half a document.
/// </summary>
public interface IDyadStore : IDisposable
{
    string Description { get; }
    AddOutcome Add(CodedDocument doc, CancellationToken cancellationToken = default);
    IReadOnlyList<AddOutcome> AddBatch(IReadOnlyList<CodedDocument> docs, CancellationToken cancellationToken = default);
    bool Contains(string contentHash);

    /// <summary>
    /// Work on a coded document that needs no connection (its rows in the store's form), done ahead on the caller's
    /// thread: the ingest runner calls it on its coding threads, so the one thread that writes only writes.
    /// </summary>
    void Prepare(CodedDocument doc)
    {
    }
    IReadOnlyList<StoredEvent> Events(EventQuery query);
    int CountEvents(EventQuery query);
    IReadOnlyList<DocumentSummary> Documents();
    StoredDocument? Document(long id);
    StoredDocument? Document(string key);
    StoreStats Stats();
    string? GetJobState(string job, string item);
    void SetJobState(string job, string item, string? value);
}
