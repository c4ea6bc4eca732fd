namespace Dyad.Text;

/// <summary>
/// A small read-only map from pooled word numbers (<see cref="Token.Word"/>) to values, built once: an open-addressed
/// array of numbers, so a look-up is a multiplication, a shift and an integer compare or two in memory that stays in
/// the processor's cache, where a dictionary of strings hashes the word's characters and compares them.
/// </summary>
internal sealed class WordTable<T> where T : class
{
    private readonly int[] _numbers;
    private readonly T?[] _values;
    private readonly int _shift;

    /// <param name="entries">Word numbers (0 or more, distinct) and their values.</param>
    public WordTable(IReadOnlyCollection<(int Word, T Value)> entries)
    {
        // At most half full, so that a look-up seldom reads a second slot.
        var bits = 2;
        while ((1 << bits) < entries.Count * 2) bits++;
        _shift = 32 - bits;
        _numbers = new int[1 << bits];
        _values = new T?[1 << bits];
        Array.Fill(_numbers, -1);
        var mask = _numbers.Length - 1;
        foreach (var (word, value) in entries)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(word);
            var i = Home(word);
            while (_numbers[i] >= 0 && _numbers[i] != word) i = (i + 1) & mask;
            _numbers[i] = word;
            _values[i] = value;
        }
    }

    /// <summary>The value of word number <paramref name="word"/>, or null.</summary>
    public T? Find(int word)
    {
        var mask = _numbers.Length - 1;
        for (var i = Home(word); ; i = (i + 1) & mask)
        {
            var n = _numbers[i];
            if (n == word) return _values[i];
            if (n < 0) return null;
        }
    }

    private int Home(int word) => (int)((uint)word * 0x9E3779B1u >> _shift);
}
