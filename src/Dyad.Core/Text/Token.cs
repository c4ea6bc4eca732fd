namespace Dyad.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    /// <summary>A note marker such as [iv] or [12]: kept in the text, ignored by coding.</summary>
    Marker,
}

/// <summary>A token: a span of the document and its lower-case form, used for every lexicon look-up.</summary>
/// <remarks>
/// Held in 16 bytes, not 24: the lists of tokens were the largest thing coding allocated (a third of what the sentences
/// stage did), and every rule reads them word by word. The length, the kind and the pool number share one 32-bit field.
/// </remarks>
internal readonly record struct Token
{
    // Bits 0-12 the length, 13-14 the kind, 15-31 the pool number plus one (0: none).
    private const int LengthBits = 13;
    private const int KindShift = LengthBits;
    private const int WordShift = LengthBits + 2;
    private const uint LengthMask = (1u << LengthBits) - 1;

    /// <summary>The longest token held (a sentence is cut at <see cref="SentenceSplitter.MaxLength"/> characters).</summary>
    public const int MaxLength = (int)LengthMask;

    private readonly uint _packed;

    public Token(int start, int end, TokenKind kind, string lower)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end - start, MaxLength, nameof(end));
        ArgumentOutOfRangeException.ThrowIfNegative(end - start, nameof(end));
        Start = start;
        Lower = lower;
        _packed = (uint)(end - start) | ((uint)kind << KindShift);
    }

    public int Start { get; }
    public string Lower { get; }
    public int End => Start + (int)(_packed & LengthMask);
    public TokenKind Kind => (TokenKind)((_packed >> KindShift) & 3);

    /// <summary>The number of <see cref="Lower"/> in the pool of words, or -1 when it has none (the pool is full).</summary>
    public int Word
    {
        get => (int)(_packed >> WordShift) - 1;
        init => _packed = (_packed & ((1u << WordShift) - 1)) | ((uint)(value + 1) << WordShift);
    }

    public bool IsWord => Kind == TokenKind.Word;
    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
}
