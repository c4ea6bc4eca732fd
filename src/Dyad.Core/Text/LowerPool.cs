using System.Collections.Concurrent;

namespace Dyad.Text;

/// <summary>
/// Interns the lower-case forms of words: the vocabulary of news is small, so after warm-up tokenising
/// allocates almost nothing and look-ups compare interned strings.
/// </summary>
internal static class LowerPool
{
    // About 10 MB when full. Every article brings a few words never seen before (names, codes, typos); an archive
    // of millions would fill a larger pool with them, while the words met again and again come early.
    private const int MaxEntries = 100_000;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    // Counted here: ConcurrentDictionary.Count takes every lock of the table, which made the coding threads queue.
    private static int _entries;

    public static string Intern(ReadOnlySpan<char> lower)
    {
        if (Lookup.TryGetValue(lower, out var found)) return found;
        var s = lower.ToString();
        if (Volatile.Read(ref _entries) < MaxEntries && Pool.TryAdd(s, s)) Interlocked.Increment(ref _entries);
        return s;
    }
}
