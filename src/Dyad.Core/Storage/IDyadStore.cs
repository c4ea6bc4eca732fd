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
/// <remarks>
/// A store is opened migrated (<see cref="StoreFactory.Open"/>) and may be used from several threads: reads run on
/// connections of their own and never wait for a batch to commit. Reads that take a token stop in the database when it
/// is cancelled and end in <see cref="OperationCanceledException"/>. Disposing the store closes its connections.
/// </remarks>
public interface IDyadStore : IDisposable
{
    /// <summary>Where the store is, for messages: a SQLite file's path, or a PostgreSQL URL without its password.</summary>
    string Description { get; }

    /// <summary>
    /// Writes a batch in one transaction: its documents (an outcome each, in order), their signatures and the links
    /// found. Saving a signature or link again under the same key replaces it, so a rerun is harmless. Internal: a
    /// batch carries prepared spans and a linker that only ingest makes; callers outside store coded documents through
    /// <see cref="StoreExtensions"/>.
    /// </summary>
    internal IReadOnlyList<AddOutcome> AddBatch(IngestBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether a document with this text is stored, by its <see cref="Model.Document.ContentHash"/> (SHA-256 of the
    /// text). Answered on a connection of its own, so ingest can skip stored texts while a batch is being written.
    /// </summary>
    bool Contains(string contentHash);

    /// <summary>The events of a query, sorted and cut as it says; the token stops the read in the database.</summary>
    /// <exception cref="ArgumentException">The query's <see cref="EventQuery.Text"/> cannot be searched (too long, too many words, no letters).</exception>
    IReadOnlyList<StoredEvent> Events(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>The same events one at a time, read as they are asked for: memory stays flat whatever their number.</summary>
    IEnumerable<StoredEvent> StreamEvents(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many events match the query's filters (its sort, limit and offset are ignored).</summary>
    /// <exception cref="ArgumentException">The query's <see cref="EventQuery.Text"/> cannot be searched (too long, too many words, no letters).</exception>
    int CountEvents(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// A mark that changes whenever documents or events are written: the largest document id and event id. Ids are
    /// never reused and a replaced document gets a new row, so an answer cached under a mark is never stale.
    /// </summary>
    (long Documents, long Events) ChangeMark(CancellationToken cancellationToken = default);

    /// <summary>The step events between an actor (its sectors too) and others, those of one counterpart together.</summary>
    IEnumerable<StoredEvent> StepsByCounterpart(string actor, CancellationToken cancellationToken = default);

    /// <summary>The step summary's rows between an actor and others, or one counterpart (see <see cref="SqlStore.StepCounts"/>).</summary>
    IEnumerable<StepCount> StepCounts(string actor, string? counterpart = null, bool sectors = true, CancellationToken cancellationToken = default);

    /// <summary>The events with these ids, in id order.</summary>
    IReadOnlyList<StoredEvent> EventsById(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>The events a step summary row counts, in id order.</summary>
    IEnumerable<StoredEvent> EventsOf(StepCount row, CancellationToken cancellationToken = default);

    /// <summary>The latest events that step summary rows count, in a dyad's order (see <see cref="SqlStore.LatestOf"/>).</summary>
    IReadOnlyList<StoredEvent> LatestOf(IReadOnlyCollection<StepCount> rows, int count, CancellationToken cancellationToken = default);

    /// <summary>The events summary rows count, without evidence or document (see <see cref="SqlStore.ClaimsOf"/>).</summary>
    IReadOnlyList<StoredEvent> ClaimsOf(IReadOnlyCollection<StepCount> rows, CancellationToken cancellationToken = default);

    /// <summary>The dated events of a source, target and step in these documents, without evidence or document (see <see cref="SqlStore.DatedClaimsIn"/>).</summary>
    IReadOnlyList<StoredEvent> DatedClaimsIn(IReadOnlyCollection<long> documentIds, string source, string target, string step,
        CancellationToken cancellationToken = default);

    /// <summary>Which of these documents are syndicated copies (see <see cref="SqlStore.CopiesAmong"/>).</summary>
    IReadOnlySet<string> CopiesAmong(IReadOnlyCollection<string> documentKeys, CancellationToken cancellationToken = default);

    /// <summary>The latest falls of these states' governments and how many there are (see <see cref="SqlStore.Falls"/>).</summary>
    GovernmentFalls Falls(IReadOnlyCollection<string> states, int count, CancellationToken cancellationToken = default);

    /// <summary>How many events match, counted no further than <paramref name="upTo"/>.</summary>
    int CountEvents(EventQuery query, int upTo, CancellationToken cancellationToken = default);

    /// <summary>Every stored document without its text, by publication date (undated first), then key.</summary>
    IReadOnlyList<DocumentSummary> Documents();

    /// <summary>A page of <see cref="Documents()"/>.</summary>
    IReadOnlyList<DocumentSummary> Documents(int limit, int offset, CancellationToken cancellationToken = default);

    /// <summary>How many documents are stored, counted no further than <paramref name="upTo"/>.</summary>
    int CountDocuments(int upTo, CancellationToken cancellationToken = default);

    /// <summary>A stored document with its text, spans and events (in sentence order), by its row id; null when there is none.</summary>
    /// <exception cref="StoreException">The document's stored spans cannot be read.</exception>
    StoredDocument? Document(long id);

    /// <summary>A stored document with its text, spans and events (in sentence order), by its key; null when there is none.</summary>
    /// <exception cref="StoreException">The document's stored spans cannot be read.</exception>
    StoredDocument? Document(string key);

    /// <summary>How many documents, sentences, events and step events are stored.</summary>
    StoreStats Stats();

    /// <summary>
    /// What a recurring job (dyad watch) remembered about one item, such as a feed's ETag or a file's stamp; null when
    /// nothing is remembered.
    /// </summary>
    string? GetJobState(string job, string item);

    /// <summary>
    /// Remembers a value for a job's item, replacing the one stored: two processes setting the same item at once both
    /// succeed and the last one wins.
    /// </summary>
    void SetJobState(string job, string item, string? value);

    /// <summary>
    /// An answer kept in the store (<see cref="KeepAnswer"/>) under exactly this <paramref name="version"/>; null when none
    /// is kept or the one kept has another version. The version names everything the answer was computed from (the
    /// store's <see cref="ChangeMark"/>, the program, the pack), so that an answer read here is the one computing gives.
    /// </summary>
    byte[]? KeptAnswer(string name, string version, CancellationToken cancellationToken = default);

    /// <summary>Keeps an answer in the store under a name and version, replacing the one kept under that name.</summary>
    void KeepAnswer(string name, string version, byte[] body);

    /// <summary>The names and versions of the answers kept, by name.</summary>
    IReadOnlyList<(string Name, string Version)> KeptAnswers(CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands the signatures of the <paramref name="latest"/> documents stored last to <paramref name="each"/>, one at a
    /// time, oldest first (in the order of their rows' ids).
    /// </summary>
    internal void ReadSignatures(int latest, Action<StoredSignature> each);

    /// <summary>Every near-copy link, by the copy's key.</summary>
    IReadOnlyList<DocumentLink> Links();

    /// <summary>The ledger records stored (conditions, goals, status notes, indicator values) that match the query, in date order.</summary>
    IReadOnlyList<Ledger.LedgerRecord> Ledger(LedgerQuery query);
}
