using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dyad.Storage;

/// <summary>
/// The events that a common search matches (SQLite), one bit per event id, kept under the store's change mark (issue 19:
/// a page of a word found in 205,891 of a million events read every match from the full-text index and built SQLite's
/// list of them again for each request, 50 to 115 ms of work alone and 0.5 to 1.9 s at p95 under sixteen clients).
/// A page then reads the events in its own order (ix_events_date, a dyad's range) and keeps those whose bit is set,
/// through a function of the read's connection (<see cref="Prepare"/>). A write makes a new mark: the sets of the old
/// one are dropped when the first set of the new one is made. At most <see cref="MaxEntries"/> searches are kept, those
/// asked for least recently dropped first: a set is an eighth of a byte per event (1.25 MB at ten million events).
/// A rarer search keeps its count only (<see cref="TextMatchCount"/>): its pages read the index.
/// </summary>
internal sealed class TextMatchSets
{
    public const int MaxEntries = 16;

    /// <summary>The function a statement calls with an event id: whether the search matches it.</summary>
    public const string Function = "dyad_text_match";

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _clock;

    private sealed class Entry((long, long) mark, Lazy<TextMatchCount> set)
    {
        public (long, long) Mark => mark;
        public Lazy<TextMatchCount> Set => set;
        public long Used { get; set; }
    }

    /// <summary>The matches kept for the search under the mark, or null.</summary>
    public TextMatchCount? Kept(string search, (long, long) mark)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(search, out var entry) || entry.Mark != mark || !entry.Set.IsValueCreated) return null;
            entry.Used = ++_clock;
            return entry.Set.Value;
        }
    }

    /// <summary>The matches of the search under the mark, read by <paramref name="read"/> once however many ask at once.</summary>
    public TextMatchCount Get(string search, (long, long) mark, Func<TextMatchCount> read)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(search, out entry!) || entry.Mark != mark)
            {
                foreach (var old in _entries.Where(e => e.Value.Mark != mark).Select(e => e.Key).ToList()) _entries.Remove(old);
                if (_entries.Count >= MaxEntries) _entries.Remove(_entries.MinBy(e => e.Value.Used).Key);
                _entries[search] = entry = new Entry(mark, new Lazy<TextMatchCount>(read, LazyThreadSafetyMode.ExecutionAndPublication));
            }
            entry.Used = ++_clock;
        }
        try
        {
            return entry.Set.Value;
        }
        catch
        {
            // A read stopped or failed: not kept (a Lazy would keep its exception for every later request).
            lock (_gate)
            {
                if (_entries.TryGetValue(search, out var now) && ReferenceEquals(now, entry)) _entries.Remove(search);
            }
            throw;
        }
    }

    /// <summary>Gives the read's connection the function <see cref="Function"/> over the set, taken away when the read ends.</summary>
    public static Func<DbConnection, IDisposable?>? Prepare(MatchSet? set) => set is null ? null : connection =>
    {
        // SQLite's own registration, called once per index entry a page reads (issue 19, ninth round: through
        // SqliteConnection.CreateFunction each call went through its readers of values and binders of results, 3.9 %
        // of the server's time under event pages). The id is never null: events.id is the table's key.
        var handle = ((SqliteConnection)connection).Handle!;
        Check(raw.sqlite3_create_function(handle, Function, 1, Flags, null,
            (context, _, args) => raw.sqlite3_result_int(context, set.Contains(raw.sqlite3_value_int64(args[0])) ? 1 : 0)), handle);
        return new Removal(handle);
    };

    private const int Flags = raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC;

    private static void Check(int code, sqlite3 handle)
    {
        if (code != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), code);
    }

    // A pooled connection would otherwise hold the set until its next read of a common search.
    private sealed class Removal(sqlite3 handle) : IDisposable
    {
        public void Dispose() => Check(raw.sqlite3_create_function(handle, Function, 1, Flags, null, (delegate_function_scalar?)null), handle);
    }
}

/// <summary>How many events a search matches, and the set of them when the search is common (null for a rarer one).</summary>
/// <param name="Count">How many events match.</param>
/// <param name="Set">The ids of the matches; null when there are few enough for a page to read them from the index.</param>
internal sealed record TextMatchCount(int Count, MatchSet? Set);

/// <summary>The ids of the events a search matches, one bit each.</summary>
internal sealed class MatchSet
{
    private readonly ulong[] _bits;

    /// <param name="ids">The ids, in any order, each once or more.</param>
    public MatchSet(IEnumerable<long> ids)
    {
        var bits = new ulong[1024];
        foreach (var id in ids)
        {
            if (id < 0) continue;
            var word = (int)(id >> 6);
            if (word >= bits.Length) Array.Resize(ref bits, Math.Max(word + 1, bits.Length * 2));
            var bit = 1UL << (int)(id & 63);
            if ((bits[word] & bit) != 0) continue;
            bits[word] |= bit;
            Count++;
        }
        _bits = bits;
    }

    /// <summary>How many ids.</summary>
    public int Count { get; }

    /// <summary>Whether the id is one of them.</summary>
    public bool Contains(long id) => id >= 0 && (id >> 6) < _bits.Length && (_bits[id >> 6] & (1UL << (int)(id & 63))) != 0;
}
