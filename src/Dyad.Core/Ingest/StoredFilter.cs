using System.Globalization;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>A document read, and whether its text is stored already (or in flight in this run): then it is not coded.</summary>
internal readonly record struct IngestItem(string Current, ReadResult Read, bool Duplicate);

/// <summary>
/// Ingest stage 2, skip what is stored: a text the store holds, or one read earlier in this run whose batch is not
/// committed yet, is not coded again. Checked in input order on the reading thread; batches tell it what they
/// committed from the writing thread.
/// </summary>
internal sealed class StoredFilter(IDyadStore store)
{
    // Texts read in this run whose batch is not committed yet, by 128 bits of their SHA-256: a second copy among
    // them is skipped before coding, as one already stored is. Only these are held, not every text of the run: an
    // archive of millions of articles would otherwise hold tens of megabytes of them.
    private readonly HashSet<UInt128> _inFlight = [];
    private readonly Lock _gate = new();

    // Texts whose coding failed in this run, with the reason (rare: a bug met in a pack's patterns). Read and
    // written on the runner's thread only.
    private readonly Dictionary<string, string> _failed = new(StringComparer.Ordinal);

    public IngestItem Check(ReadItem item)
    {
        if (item.Read.Error is not null) return new IngestItem(item.Current, item.Read, false);
        var doc = item.Read.Document!;
        var duplicate = !Add(doc.ContentHash) || store.Contains(doc.ContentHash);
        return new IngestItem(item.Current, item.Read, duplicate);
    }

    /// <summary>
    /// Why an earlier copy of this text failed to code, or null. A copy of such a text is not stored either: it fails
    /// the same way (coding is deterministic), whether it was read while the first was in flight or after.
    /// </summary>
    public string? FailedBefore(string contentHash) => _failed.GetValueOrDefault(contentHash);

    /// <summary>Coding failed: the text will never be committed, so it is not in flight any more.</summary>
    public void Failed(string contentHash, string reason)
    {
        _failed[contentHash] = reason;
        Remove(contentHash);
    }

    /// <summary>Committed: the store answers for this text now.</summary>
    public void Committed(string contentHash) => Remove(contentHash);

    private static UInt128 Key(string contentHash) =>
        UInt128.Parse(contentHash.AsSpan(0, 32), NumberStyles.HexNumber, null);

    // False when the same text is already in flight.
    private bool Add(string contentHash)
    {
        lock (_gate) return _inFlight.Add(Key(contentHash));
    }

    private void Remove(string contentHash)
    {
        lock (_gate) _inFlight.Remove(Key(contentHash));
    }
}
