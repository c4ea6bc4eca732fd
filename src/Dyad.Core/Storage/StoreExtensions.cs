using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>Shorthands over <see cref="IDyadStore.AddBatch"/> for documents without near-copy bookkeeping.</summary>
public static class StoreExtensions
{
    /// <summary>Stores one document in a transaction of its own.</summary>
    public static AddOutcome Add(this IDyadStore store, CodedDocument doc, CancellationToken cancellationToken = default) =>
        store.AddBatch(IngestBatch.Of([doc]), cancellationToken)[0];

    /// <summary>Stores documents in one transaction, without signatures or links.</summary>
    public static IReadOnlyList<AddOutcome> AddBatch(this IDyadStore store, IReadOnlyList<CodedDocument> docs, CancellationToken cancellationToken = default) =>
        store.AddBatch(IngestBatch.Of(docs), cancellationToken);
}
