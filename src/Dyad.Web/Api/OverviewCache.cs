using Dyad.Packs;
using Dyad.Storage;
using Microsoft.Extensions.Logging;

namespace Dyad.Web.Api;

/// <summary>
/// The overview of a focal state, computed once for each state of the store (issue 19: every request of
/// /api/dyads read every step event of the focus, 27.6 s at p50 under 16 clients): answers are kept under the store's
/// <see cref="IDyadStore.ChangeMark"/> and computed again after a write. One computation at a time per focus, so
/// sixteen clients asking at once wait for one reading, not sixteen. At most <see cref="MaxEntries"/> foci are kept.
/// An answer not held here is first looked for in the store (<see cref="KeptOverviews"/>), and one computed is kept
/// there, so that the first request after a restart reads a row rather than the focus's summary. The overview is kept
/// whole and answered in pages (<see cref="OverviewPages"/>); each page asked for is written once per answer, and the
/// pages written of a focus are kept up to <see cref="PagesPerWhole"/> times its whole overview's bytes.
/// </summary>
internal sealed class OverviewCache(IDyadStore store, Pack pack, ILogger<OverviewCache> log)
{
    public const int MaxEntries = 64;

    /// <summary>
    /// How many times the bytes of a focus's whole overview its pages written may take (every page at a few page sizes;
    /// a client asking for many page sizes would otherwise keep a page of nearly everything for each).
    /// </summary>
    public const int PagesPerWhole = 4;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private sealed class Entry
    {
        public SemaphoreSlim Computing { get; } = new(1, 1);
        public (long, long) Mark { get; set; } = (-1, -1);
        public OverviewPages? Answer { get; set; }
        public Dictionary<(int, int), KeptJson> Pages { get; } = [];
        public long PagesBytes { get; set; }
    }

    /// <summary>
    /// A page of the overview as the JSON the API answers (written once: a cached overview of sixty counterparts took
    /// 200 ms to serialize again each time), with its tag and gzip form (<see cref="KeptJson"/>).
    /// </summary>
    public async Task<KeptJson> Get(string focus, int page, int size, CancellationToken cancellationToken)
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
                var version = KeptOverviews.Version(mark, pack);
                var kept = version is null ? null : store.KeptAnswer(KeptOverviews.Name(focus), version, cancellationToken) is { } row ? OverviewPages.Read(row) : null;
                var answer = kept ?? OverviewPages.Read(KeptOverviews.Compute(store, pack, focus, cancellationToken))!;
                // The same bytes as the answer held (a write that changed nothing this focus shows): kept with its pages.
                if (entry.Answer is null || !entry.Answer.Whole.AsSpan().SequenceEqual(answer.Whole))
                {
                    entry.Answer = answer;
                    entry.Pages.Clear();
                    entry.PagesBytes = 0;
                }
                entry.Mark = mark;
                if (kept is null && version is not null) Keep(focus, version, answer.Whole, cancellationToken);
            }
            if (!entry.Pages.TryGetValue((page, size), out var json))
            {
                json = new KeptJson(entry.Answer.Page(page, size));
                // A few kilobytes more: the pages of an overview of no counterpart are larger than it (their paging).
                if (entry.PagesBytes + json.Json.Length > (long)PagesPerWhole * entry.Answer.Whole.Length + 4096)
                {
                    entry.Pages.Clear();
                    entry.PagesBytes = 0;
                }
                entry.Pages[(page, size)] = json;
                entry.PagesBytes += json.Json.Length;
            }
            return json;
        }
        finally
        {
            entry.Computing.Release();
        }
    }

    // Kept in the store when it can be: a store the server cannot write (a read-only file, a user without the right)
    // still answers, computing after each restart as before.
    private void Keep(string focus, string version, byte[] answer, CancellationToken cancellationToken)
    {
        try
        {
            KeptOverviews.Keep(store, pack, focus, version, answer, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            log.LogWarning("The overview of {Focus} is not kept in the store: {Reason}", focus, e.Message);
        }
    }
}
