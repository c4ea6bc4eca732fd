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

    /// <summary>The events of a query, sorted and cut as it says; the token stops the read in the database.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>The same events one at a time, read as they are asked for: memory stays flat whatever their number.</summary>
    IEnumerable<StoredEvent> StreamEvents(EventQuery query, CancellationToken cancellationToken = default);

    int CountEvents(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>A mark that changes whenever documents or events are written (see <see cref="SqlStore.ChangeMark"/>).</summary>
    (long Documents, long Events) ChangeMark(CancellationToken cancellationToken = default);

    /// <summary>The step events between an actor (its sectors too) and others, those of one counterpart together.</summary>
    IEnumerable<StoredEvent> StepsByCounterpart(string actor, CancellationToken cancellationToken = default);

    /// <summary>The step summary's rows between an actor and others, or one counterpart (see <see cref="SqlStore.StepCounts"/>).</summary>
    IEnumerable<StepCount> StepCounts(string actor, string? counterpart = null, bool sectors = true, CancellationToken cancellationToken = default);

    /// <summary>The events with these ids, in id order.</summary>
    IReadOnlyList<StoredEvent> EventsById(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>The events a step summary row counts, in id order.</summary>
    IEnumerable<StoredEvent> EventsOf(StepCount row, CancellationToken cancellationToken = default);

    /// <summary>The latest step events between the pairs given (see <see cref="SqlStore.LatestSteps"/>).</summary>
    IReadOnlyList<StoredEvent> LatestSteps(IReadOnlyCollection<(string Source, string Target)> pairs, IReadOnlyCollection<string> steps, int count,
        CancellationToken cancellationToken = default);

    /// <summary>How many events match, counted no further than <paramref name="upTo"/>.</summary>
    int CountEvents(EventQuery query, int upTo, CancellationToken cancellationToken = default);

    IReadOnlyList<DocumentSummary> Documents();

    /// <summary>A page of <see cref="Documents()"/>.</summary>
    IReadOnlyList<DocumentSummary> Documents(int limit, int offset, CancellationToken cancellationToken = default);

    /// <summary>How many documents are stored, counted no further than <paramref name="upTo"/>.</summary>
    int CountDocuments(int upTo, CancellationToken cancellationToken = default);
    StoredDocument? Document(long id);
    StoredDocument? Document(string key);
    StoreStats Stats();
    string? GetJobState(string job, string item);
    void SetJobState(string job, string item, string? value);

    /// <summary>
    /// Hands the signatures of the <paramref name="latest"/> documents stored last to <paramref name="each"/>, one at a
    /// time, oldest first (in the order of their rows' ids).
    /// </summary>
    void ReadSignatures(int latest, Action<StoredSignature> each);

    /// <summary>Every near-copy link, by the copy's key.</summary>
    IReadOnlyList<DocumentLink> Links();

    /// <summary>The ledger records stored (conditions, goals, status notes, indicator values) that match the query, in date order.</summary>
    IReadOnlyList<Ledger.LedgerRecord> Ledger(LedgerQuery query);
}
