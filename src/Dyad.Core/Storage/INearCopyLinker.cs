namespace Dyad.Storage;

/// <summary>A stored document's near-copy signature, with the id of its row: the order documents were stored in.</summary>
internal sealed record StoredSignature(long Id, string DocumentKey, uint[] Signature);

/// <summary>
/// Links a batch's documents to the near-copies stored before them, inside the batch's transaction, while no other
/// writer can commit (SQLite's write lock; PostgreSQL's batch lock, see <see cref="PostgresWriteLock"/>). Handed every
/// document stored since it last looked, in the order they were stored, it compares each new one with all of
/// them, so several processes writing one store keep the links one process would keep for the same documents in
/// the same order (issue 19: four processes kept 105 and 90 of 243).
/// </summary>
internal interface INearCopyLinker
{
    /// <summary>The id of the last stored document this linker has seen; the store hands it those stored after.</summary>
    long SeenUpTo { get; }

    /// <summary>Remembers a document another writer stored (its link, if it has one, is already written).</summary>
    void Seen(StoredSignature stored);

    /// <summary>The links of the batch's documents just written, each compared with every document seen before it, in id order.</summary>
    IReadOnlyList<DocumentLink> Link(IReadOnlyList<StoredSignature> written);
}
