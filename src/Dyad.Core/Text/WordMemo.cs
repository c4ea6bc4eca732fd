using System.Runtime.CompilerServices;

namespace Dyad.Text;

/// <summary>
/// Remembers, by a token's pooled word number, the words a look-up found nothing for: most words start no cue and
/// no name, so the next token of the same word costs one bit instead of hashing its string. Shared by the coding
/// threads: a bit is only ever set, and setting it twice is harmless. Words outside the pool are looked up each time.
/// </summary>
internal sealed class WordMemo
{
    private readonly ulong[] _nothing = new ulong[(LowerPool.MaxEntries + 63) / 64];

    /// <summary>True when a look-up of this token's word already found nothing.</summary>
    // Inlined: it is asked at every token by every cue index and by the lexicon, and was a call of its own each time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool KnownToFindNothing(in Token token) =>
        token.Word >= 0 && (Volatile.Read(ref _nothing[token.Word >> 6]) & (1UL << token.Word)) != 0;

    /// <summary>Records that a look-up of this token's word found nothing.</summary>
    public void FoundNothing(in Token token)
    {
        if (token.Word >= 0) Interlocked.Or(ref _nothing[token.Word >> 6], 1UL << token.Word);
    }
}
