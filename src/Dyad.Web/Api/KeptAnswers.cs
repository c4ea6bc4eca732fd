namespace Dyad.Web.Api;

/// <summary>
/// Answers kept under the store's <see cref="Storage.IDyadStore.ChangeMark"/> and computed again after a write (issue 19,
/// fifth round: a page of a million-event store takes 0.4 s of a core, so sixteen clients asking for pages waited for
/// each other, 7.6 s at p95, for answers that had not changed). One computation at a time per key: clients asking for
/// the same answer at once wait for one reading. At most <see cref="MaxBytes"/> of answers are kept, as
/// <paramref name="size"/> counts them, those asked for least recently dropped first, so that memory stays bounded
/// whatever the store's size.
/// </summary>
/// <param name="maxBytes">The most bytes of answers kept.</param>
/// <param name="size">An answer's size in bytes.</param>
internal class KeptAnswers<T>(long maxBytes, Func<T, long> size) where T : class
{
    // Keys without an answer are forgotten past this many (a key is a pair of resolved ids, but there are many pairs).
    private const int MaxKeys = 4096;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _bytes;
    private long _clock;

    private sealed class Entry
    {
        public SemaphoreSlim Computing { get; } = new(1, 1);
        public (long, long) Mark { get; set; } = (-1, -1);
        public T? Answer { get; set; }
        public long Size { get; set; }
        public long Used { get; set; }
    }

    /// <summary>The most bytes of answers kept.</summary>
    public long MaxBytes => maxBytes;

    /// <summary>How many bytes of answers are kept now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate) return _bytes;
        }
    }

    /// <summary>The answer under <paramref name="key"/> as of <paramref name="mark"/>: the one kept, or <paramref name="compute"/>'s.</summary>
    public async Task<T> Get(string key, (long, long) mark, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                if (_entries.Count >= MaxKeys)
                {
                    foreach (var idle in _entries.Where(e => e.Value.Answer is null).Select(e => e.Key).ToList()) _entries.Remove(idle);
                }
                _entries[key] = entry = new Entry();
            }
            entry.Used = ++_clock;
        }
        await entry.Computing.WaitAsync(cancellationToken);
        try
        {
            lock (_gate)
            {
                if (entry.Answer is { } kept && entry.Mark == mark) return kept;
            }
            var answer = await compute();
            var bytes = size(answer);
            lock (_gate)
            {
                // Kept only while the entry is still the key's (not forgotten meanwhile) and the answer fits.
                if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry) && bytes <= maxBytes)
                {
                    _bytes += bytes - entry.Size;
                    entry.Answer = answer;
                    entry.Size = bytes;
                    entry.Mark = mark;
                    Trim(entry);
                }
            }
            return answer;
        }
        finally
        {
            entry.Computing.Release();
        }
    }

    // Drops the answers asked for least recently until the rest fit, the one just kept last of all.
    private void Trim(Entry keep)
    {
        if (_bytes <= maxBytes) return;
        foreach (var entry in _entries.Values.Where(e => e.Answer is not null && !ReferenceEquals(e, keep)).OrderBy(e => e.Used).ToList())
        {
            _bytes -= entry.Size;
            entry.Answer = null;
            entry.Size = 0;
            if (_bytes <= maxBytes) return;
        }
    }
}
