namespace Dyad.Text;

/// <summary>
/// Something worked out from a pooled word and kept by the word's number (<see cref="Token.Word"/>), so the next
/// token of the same word reads it from an array instead of hashing the word's string. Numbers come in blocks made
/// when a word of the block is first kept: a cache asked only about the words near a trigger stays small.
/// Shared by the coding threads without a lock: a value depends only on the word, so two threads that work out the
/// same one race harmlessly, and a reader sees either nothing yet or a whole value.
/// </summary>
internal sealed class WordCache<T> where T : class
{
    private const int BlockBits = 8;
    private readonly T?[]?[] _blocks = new T?[]?[(LowerPool.MaxEntries >> BlockBits) + 1];

    /// <summary>The value kept for word number <paramref name="word"/> (0 or more), or null.</summary>
    public T? Get(int word)
    {
        // Plain reads, not Volatile.Read of a ref: a ref to an element of an array of a shared generic reference type is
        // checked at run time against the array's type (array covariance), a call into the runtime at every look-up. A
        // reference is read whole, and Set writes a block and a value before it publishes them, so a reader still sees
        // either nothing yet or a whole value; a value read late is only worked out again.
        var block = _blocks[word >> BlockBits];
        return block?[word & ((1 << BlockBits) - 1)];
    }

    /// <summary>Keeps <paramref name="value"/> for word number <paramref name="word"/>, and returns it.</summary>
    public T Set(int word, T value)
    {
        ref var slot = ref _blocks[word >> BlockBits];
        var block = Volatile.Read(ref slot);
        if (block is null)
        {
            Interlocked.CompareExchange(ref slot, new T?[1 << BlockBits], null);
            block = Volatile.Read(ref slot)!;
        }
        Volatile.Write(ref block[word & ((1 << BlockBits) - 1)], value);
        return value;
    }
}
