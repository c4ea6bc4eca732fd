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
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Lower)
{
    /// <summary>The number of <see cref="Lower"/> in the pool of words, or -1 when it has none (the pool is full).</summary>
    public int Word { get; init; } = -1;

    public bool IsWord => Kind == TokenKind.Word;
    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
}
