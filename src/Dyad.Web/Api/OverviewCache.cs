using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Web.Api;

/// <summary>
/// The overview of a focal state, computed once for each state of the store (issue 19: every request of
/// /api/dyads read every step event of the focus, 27.6 s at p50 under 16 clients): answers are kept under the store's
/// <see cref="IDyadStore.ChangeMark"/> and computed again after a write. One computation at a time per focus, so
/// sixteen clients asking at once wait for one reading, not sixteen. At most <see cref="MaxEntries"/> foci are kept.
/// </summary>
internal sealed class OverviewCache(IDyadStore store, Pack pack)
{
    public const int MaxEntries = 64;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private sealed class Entry
    {
        public SemaphoreSlim Computing { get; } = new(1, 1);
        public (long, long) Mark { get; set; } = (-1, -1);
        public byte[]? Answer { get; set; }
    }

    /// <summary>The overview as the JSON the API answers (serialized once: a cached overview of sixty counterparts took 200 ms to write again each time).</summary>
    public async Task<byte[]> Get(string focus, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(focus, out entry!))
            {
                if (_entries.Count >= MaxEntries) _entries.Clear();
                _entries[focus] = entry = new Entry();
            }
        }
        var mark = store.ChangeMark(cancellationToken);
        await entry.Computing.WaitAsync(cancellationToken);
        try
        {
            if (entry.Answer is null || entry.Mark != mark)
            {
                var views = CounterpartOutlines.Read(new DyadOutliner(pack) { WholeDisputes = Dto.MaxCounterpartDisputes, Keep = Dto.MaxCounterpartHistory }, store, focus, Dto.MaxConditions, cancellationToken);
                var falls = DyadsApi.Falls(store, [focus], cancellationToken);
                entry.Answer = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
                    new DyadsDto(focus, pack.DisplayName(focus), views.Select(v => Dto.Counterpart(v, pack)).ToList(),
                        falls.Latest.Select(e => Dto.Event(e, pack)).ToList())
                    { FallsTotal = falls.Total }, System.Text.Json.JsonSerializerOptions.Web);
                entry.Mark = mark;
            }
            return entry.Answer;
        }
        finally
        {
            entry.Computing.Release();
        }
    }
}
