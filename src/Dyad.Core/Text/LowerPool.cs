using System.Collections.Concurrent;
using System.Numerics;

namespace Dyad.Text;

/// <summary>
/// Interns the lower-case forms of words, and numbers them: the vocabulary of news is small, so after warm-up
/// tokenising allocates almost nothing, look-ups compare interned strings, and a table indexed by a word's number
/// (<see cref="WordMemo"/>) answers where a dictionary would hash it.
/// </summary>
/// <remarks>
/// Every word of every article passes here, so the common case is one probe of an open-addressed table whose keys
/// are the words themselves, packed: an ASCII word of up to 15 characters (all but a few in a thousand of news
/// text) fits in two 64-bit numbers. A probe compares them in the slot it reads, where a dictionary of strings
/// reads its bucket, its node and the key's characters, three places in memory: the dictionary took a sixth of
/// the coding threads' time. Other words (longer, or not ASCII) go to a dictionary. Readers take no lock: a slot
/// is written once, under the lock, its key's second half last.
/// </remarks>
internal static class LowerPool
{
    // The tables take 8.5 MB, the words about 5 more when full. Every article brings a few words never seen before
    // (names, codes, typos); an archive of millions would fill a larger pool with them, while the words met again
    // and again come early.
    public const int MaxEntries = 100_000;

    // The 4,096 words met first in texts, which are most of every text, get a small table of their own (256 KB, at
    // most half full): spread over the large one, their look-ups missed the processor's caches, and the pool took a
    // tenth of the coding threads' time instead of a fifteenth. Half full rather than a quarter (512 KB) measured 1 to 5 %
    // faster coding: a probe goes a little further, in half the memory. The large one has a power of two above twice
    // MaxEntries slots, so a probe sequence stays short even when it is full.
    private const int FirstBits = 13;
    private const int SlotBits = 18;
    private const int MaxPacked = 15;
    private static readonly Slot[] First = new Slot[1 << FirstBits];
    private static readonly Slot[] Slots = new Slot[1 << SlotBits];
    private static readonly Lock Gate = new();
    private static int _inFirst;
    private static volatile bool _firstFull;

    private static readonly ConcurrentDictionary<string, PooledWord> Others = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PooledWord>.AlternateLookup<ReadOnlySpan<char>> OthersLookup =
        Others.GetAlternateLookup<ReadOnlySpan<char>>();

    // Numbers handed out so far. Counted here: ConcurrentDictionary.Count takes every lock of the table, which made
    // the coding threads queue. A number lost to a race for the same word is skipped, so all stay below MaxEntries.
    private static int _next;

    private struct Slot
    {
        // Characters 0 to 7, one byte each.
        public ulong Low;
        // Characters 8 to 14, and the length in the top byte: never 0 in a slot in use.
        public ulong High;
        public string Word;
        public int Number;
    }

    /// <summary>The pooled form of a word and its number, or the word with -1 once the pool is full.</summary>
    /// <param name="lower">The word, lower-case.</param>
    /// <param name="rare">A word of the pack rather than of a text (<see cref="Tokenizer"/> tokenising the lexicon's
    /// phrases): it goes to the large table, and only moves to the small one when a text uses it.</param>
    public static PooledWord Intern(ReadOnlySpan<char> lower, bool rare = false)
    {
        if (!TryPack(lower, out var low, out var high)) return InternOther(lower);
        if (TryFind(First, FirstBits, low, high, out var word)) return word;
        if (TryFind(Slots, SlotBits, low, high, out word)) return rare || _firstFull ? word : Promote(low, high, word);
        return Volatile.Read(ref _next) < MaxEntries ? Add(lower, low, high, rare) : new PooledWord(lower.ToString(), -1);
    }

    /// <summary>
    /// The pooled lower-case form of an ASCII word of up to 15 characters already in the pool, folded to lower case
    /// as it is packed; false for any other word, which the caller lower-cases and interns.
    /// </summary>
    /// <remarks>Nearly every token of a text is a word met before: this spares it a lower-cased copy and a second pass.</remarks>
    /// <param name="word">The word as written.</param>
    /// <param name="found">Its pooled form and number.</param>
    /// <param name="rare">A word of the pack (see <see cref="Intern"/>): found where it is, never moved to the small table.</param>
    public static bool TryFindAscii(ReadOnlySpan<char> word, out PooledWord found, bool rare = false)
    {
        found = default;
        if (word.Length is 0 or > MaxPacked) return false;
        var all = 0;
        ulong low = 0, high = (ulong)word.Length << 56;
        var head = Math.Min(word.Length, 8);
        for (var k = 0; k < head; k++)
        {
            int c = word[k];
            all |= c;
            low |= (ulong)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) << (8 * k);
        }
        for (var k = 8; k < word.Length; k++)
        {
            int c = word[k];
            all |= c;
            high |= (ulong)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) << (8 * (k - 8));
        }
        if (all >= 128) return false;
        if (TryFind(First, FirstBits, low, high, out found)) return true;
        if (!TryFind(Slots, SlotBits, low, high, out found)) return false;
        if (!rare && !_firstFull) found = Promote(low, high, found);
        return true;
    }

    // The word in a table; false once an empty slot ends its probe sequence.
    private static bool TryFind(Slot[] table, int bits, ulong low, ulong high, out PooledWord word)
    {
        var mask = table.Length - 1;
        for (var i = Home(low, high, bits); ; i = (i + 1) & mask)
        {
            ref var slot = ref table[i];
            var h = Volatile.Read(ref slot.High);
            if (h == high && slot.Low == low)
            {
                word = new PooledWord(slot.Word, slot.Number);
                return true;
            }
            if (h == 0)
            {
                word = default;
                return false;
            }
        }
    }

    private static PooledWord Add(ReadOnlySpan<char> lower, ulong low, ulong high, bool rare)
    {
        lock (Gate)
        {
            // Added by another thread since the caller looked.
            if (TryFind(First, FirstBits, low, high, out var found) || TryFind(Slots, SlotBits, low, high, out found)) return found;
            var s = lower.ToString();
            var number = NextNumber();
            if (number < 0) return new PooledWord(s, -1);
            Put(rare || _firstFull ? Slots : First, low, high, s, number);
            return new PooledWord(s, number);
        }
    }

    // A word of the large table met in a text while the small one has room: copied there, with its number. The pack's
    // 7,000 words, tokenised before any text, filled the small table, and then every word of a text that the pack
    // lacks ("the", "said", "on") was looked for in the 8 MB table, a miss of the processor's caches at each token:
    // the pool took 12 % of coding.
    private static PooledWord Promote(ulong low, ulong high, PooledWord word)
    {
        lock (Gate)
        {
            if (!_firstFull && !TryFind(First, FirstBits, low, high, out _)) Put(First, low, high, word.Lower, word.Number);
            return word;
        }
    }

    // Under the lock. A slot is written once, its key's second half last, so that a reader without the lock sees
    // either an empty slot or a whole one.
    private static void Put(Slot[] table, ulong low, ulong high, string word, int number)
    {
        var bits = table == First ? FirstBits : SlotBits;
        var mask = table.Length - 1;
        var i = Home(low, high, bits);
        while (table[i].High != 0) i = (i + 1) & mask;
        ref var slot = ref table[i];
        slot.Word = word;
        slot.Number = number;
        slot.Low = low;
        Volatile.Write(ref slot.High, high);
        if (table == First && ++_inFirst >= First.Length / 2) _firstFull = true;
    }

    private static PooledWord InternOther(ReadOnlySpan<char> lower)
    {
        if (OthersLookup.TryGetValue(lower, out var found)) return found;
        var s = lower.ToString();
        var number = NextNumber();
        if (number < 0) return new PooledWord(s, -1);
        return Others.GetOrAdd(s, new PooledWord(s, number));
    }

    private static int NextNumber()
    {
        if (Volatile.Read(ref _next) >= MaxEntries) return -1;
        var number = Interlocked.Increment(ref _next) - 1;
        return number < MaxEntries ? number : -1;
    }

    private static bool TryPack(ReadOnlySpan<char> word, out ulong low, out ulong high)
    {
        low = 0;
        high = (ulong)word.Length << 56;
        if (word.Length is 0 or > MaxPacked) return false;
        // One test for the whole word rather than one a character: a character past 127 sets a bit above 127.
        var all = 0;
        var head = Math.Min(word.Length, 8);
        for (var k = 0; k < head; k++)
        {
            all |= word[k];
            low |= (ulong)word[k] << (8 * k);
        }
        for (var k = 8; k < word.Length; k++)
        {
            all |= word[k];
            high |= (ulong)word[k] << (8 * (k - 8));
        }
        return all < 128;
    }

    private static int Home(ulong low, ulong high, int bits) =>
        (int)(((low ^ BitOperations.RotateLeft(high, 31)) * 0x9E3779B97F4A7C15UL) >> (64 - bits));
}

/// <summary>A word's pooled lower-case form and its number in the pool (-1 when it is not pooled).</summary>
internal readonly record struct PooledWord(string Lower, int Number);
