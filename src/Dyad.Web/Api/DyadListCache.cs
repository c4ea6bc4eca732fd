using Dyad.Analysis;

namespace Dyad.Web.Api;

/// <summary>
/// Every change of a dyad's rung, era after era, and every dispute, earliest first, as one outline of the dyad finds
/// them (the disputes' records as found: ids, dates, documents, no evidence).
/// </summary>
/// <param name="History">Every change of rung.</param>
/// <param name="Disputes">Every disputed step.</param>
internal sealed record DyadLists(IReadOnlyList<RungChange> History, IReadOnlyList<Dispute> Disputes)
{
    // What an entry holds, about: a change of rung is a small record and its date; a dispute as found is its record,
    // its lists and its records (each an event without evidence), and the names of its documents.
    private const long ChangeBytes = 96, DisputeBytes = 256, RecordBytes = 320, DocBytes = 64;

    /// <summary>An estimate of the bytes the lists hold, for the bound of <see cref="DyadListCache"/>.</summary>
    public long Bytes { get; } = History.Count * ChangeBytes + Disputes.Sum(d =>
        DisputeBytes + (d.Asserted.Count + d.Denied.Count) * RecordBytes + (d.AssertedDocs.Count + d.DeniedDocs.Count) * DocBytes);
}

/// <summary>
/// The full lists of dyads (<see cref="DyadLists"/>) kept under the store's change mark, from which the pages of
/// GET /api/dyads/{a}/{b}/history and /disputes are cut (issue 19, eighth round: each page not kept outlined the dyad
/// again, so reading N pages outlined it N times). At most <paramref name="maxBytes"/> of them, as
/// <see cref="DyadLists.Bytes"/> estimates them.
/// </summary>
internal sealed class DyadListCache(long maxBytes = DyadListCache.DefaultMaxBytes) : KeptAnswers<DyadLists>(maxBytes, lists => lists.Bytes)
{
    public const long DefaultMaxBytes = 32L << 20;
}
