using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// One batch at a time: a transaction advisory lock every batch takes first, held until it commits or rolls back, as
/// SQLite's write lock is. Two writers of the same document id or text wait for each other (the second then sees the
/// first's document: a duplicate, or a version to replace), and a batch's near-copy links are found against every
/// document committed before it (<see cref="INearCopyLinker"/>): rows' ids follow the order batches commit in.
/// </summary>
/// <remarks>
/// Before issue 19 each batch locked only its own ids and texts, so batches of other documents committed side by
/// side and each process linked copies against what it had seen itself: four processes kept 105 and 90 links of 243.
/// Coding, most of an ingest's time, still runs in every process at once.
/// </remarks>
internal sealed class PostgresWriteLock : IWriteLock
{
    public static readonly PostgresWriteLock Instance = new();

    // Any fixed number, other than the migration lock's: "DyadBtch".
    private const long Key = 0x44796164_42746368;

    public void Take(IReadOnlyList<PreparedDocument> docs, DbTransaction tx) =>
        Commands.Execute(tx.Connection!, "SELECT pg_advisory_xact_lock(@k)", tx, ("@k", Key));
}
