using System.Numerics;

namespace Dyad.Ingest;

/// <summary>
/// Band keys of MinHash signatures to the numbers of the documents holding them: a hash table of fixed size with
/// linear probing, whose slots hold the key and the number side by side, and which holds a key once per document
/// that has it.
/// </summary>
/// <remarks>
/// Every document read looks up, adds and (once out of the window) removes about 26 keys in a table of half a
/// million. A dictionary of keys to a document or a list reached three places in memory per look-up (bucket,
/// entry, value) and took most of the thread that links copies in input order; here a look-up reads one slot and
/// its neighbours. The table is sized for its most entries at half load, so it never grows. It holds numbers, not
/// references: every change of a reference in an old array marks it for the next collection to scan, and the
/// collections of an ingest scanned most of these 16 MB each time.
/// </remarks>
internal sealed class BandIndex
{
    private struct Slot
    {
        public ulong Key;
        // The document's number; 0 marks an empty slot.
        public int Value;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <param name="most">The most entries held at once.</param>
    public BandIndex(int most)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, most * 2));
        _slots = new Slot[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    // Band keys are already well-spread hashes: their low bits place them.
    private int Home(ulong key) => (int)key & _mask;

    /// <summary>Adds <paramref name="value"/> (a document's number, 1 or more) under <paramref name="key"/>.</summary>
    public void Add(ulong key, int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        if (Count * 2 >= _slots.Length) throw new InvalidOperationException("The band index is full.");
        var i = Home(key);
        while (_slots[i].Value != 0) i = (i + 1) & _mask;
        _slots[i] = new Slot { Key = key, Value = value };
        Count++;
    }

    /// <summary>Removes the entry of <paramref name="value"/> under <paramref name="key"/>, if there is one.</summary>
    public void Remove(ulong key, int value)
    {
        for (var i = Home(key); _slots[i].Value != 0; i = (i + 1) & _mask)
        {
            if (_slots[i].Key != key || _slots[i].Value != value) continue;
            Vacate(i);
            Count--;
            return;
        }
    }

    // Empties slot i and moves back each later entry of the run that may stand there, so every entry stays
    // reachable from its home without a gap (no tombstones to skip or clean).
    private void Vacate(int i)
    {
        var j = i;
        while (true)
        {
            j = (j + 1) & _mask;
            if (_slots[j].Value == 0) break;
            var home = Home(_slots[j].Key);
            if (((j - home) & _mask) < ((j - i) & _mask)) continue;
            _slots[i] = _slots[j];
            i = j;
        }
        _slots[i] = default;
    }

    /// <summary>
    /// Reads the home slot of each key before the look-ups that follow: the reads do not depend on one another, so
    /// the processor overlaps their trips to memory instead of waiting for each in turn.
    /// </summary>
    public void Warm(ReadOnlySpan<ulong> keys)
    {
        var touched = 0UL;
        foreach (var key in keys) touched ^= _slots[Home(key)].Key;
        _touched = touched;
    }

    // Kept so the reads of Warm are not optimised away.
    private ulong _touched;

    /// <summary>The numbers of the documents holding <paramref name="key"/>.</summary>
    public Matches Find(ulong key) => new(this, key);

    public ref struct Matches(BandIndex index, ulong key)
    {
        private int _at = -1;

        public int Current { get; private set; }

        public readonly Matches GetEnumerator() => this;

        public bool MoveNext()
        {
            var slots = index._slots;
            var i = _at < 0 ? index.Home(key) : (_at + 1) & index._mask;
            for (; slots[i].Value != 0; i = (i + 1) & index._mask)
            {
                if (slots[i].Key != key) continue;
                _at = i;
                Current = slots[i].Value;
                return true;
            }
            _at = i;
            Current = 0;
            return false;
        }
    }
}
