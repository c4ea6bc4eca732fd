using System.Collections.Concurrent;

namespace Dyad.Text;

/// <summary>
/// Interns the lower-case forms of words, and numbers them: the vocabulary of news is small, so after warm-up
/// tokenising allocates almost nothing, look-ups compare interned strings, and a table indexed by a word's number
/// (<see cref="WordMemo"/>) answers where a dictionary would hash it.
/// </summary>
internal static class LowerPool
{
    // About 10 MB when full. Every article brings a few words never seen before (names, codes, typos); an archive
    // of millions would fill a larger pool with them, while the words met again and again come early.
    public const int MaxEntries = 100_000;
    private static readonly ConcurrentDictionary<string, PooledWord> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PooledWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    // Numbers handed out so far. Counted here: ConcurrentDictionary.Count takes every lock of the table, which made
    // the coding threads queue. A number lost to a race for the same word is skipped, so all stay below MaxEntries.
    private static int _next;

    /// <summary>The pooled form of a word and its number, or the word with -1 once the pool is full.</summary>
    public static PooledWord Intern(ReadOnlySpan<char> lower)
    {
        if (Lookup.TryGetValue(lower, out var found)) return found;
        var s = lower.ToString();
        if (Volatile.Read(ref _next) >= MaxEntries) return new PooledWord(s, -1);
        var number = Interlocked.Increment(ref _next) - 1;
        if (number >= MaxEntries) return new PooledWord(s, -1);
        return Pool.GetOrAdd(s, new PooledWord(s, number));
    }
}

/// <summary>A word's pooled lower-case form and its number in the pool (-1 when it is not pooled).</summary>
internal readonly record struct PooledWord(string Lower, int Number);
