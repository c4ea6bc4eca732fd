using Dyad.Model;

namespace Dyad.Text;

/// <summary>
/// The text layer of one coded sentence, written by the sentence stage: its tokens, clauses, asides and quotation
/// state. The layers above it (dates, actors) keep their own records of the sentence.
/// </summary>
internal sealed class TokenizedSentence
{
    public required Sentence Sentence { get; init; }
    public required List<Token> Tokens { get; init; }
    /// <summary>Clause number of each token: clauses end at ';', ':', dashes and around relative clauses.</summary>
    public required int[] Clause { get; init; }
    /// <summary>Tokens inside a relative clause (", which ... ,") or parentheses: their actors are not subjects of the main clause.</summary>
    public required bool[] Aside { get; init; }
    public int Paragraph { get; init; }
    /// <summary>A line of its own that reads as a headline: its actors tell what the document is about, its steps are
    /// told again, with their dates, in the text below it.</summary>
    public bool Headline { get; init; }
    /// <summary>True when a quotation opened in an earlier coded sentence is still open at this one's start.</summary>
    public bool QuoteOpenAtStart { get; init; }
    /// <summary>True when a quotation is still open at this sentence's end.</summary>
    public bool QuoteOpenAtEnd { get; init; }
    /// <summary>The document text, for quotation look-ups.</summary>
    public required string Text { get; init; }

    /// <summary>True when token <paramref name="token"/> stands inside quotation marks.</summary>
    public bool InQuote(int token) => QuoteOpenAfter(Text.AsSpan(Sentence.Start, Math.Max(0, Tokens[token].Start - Sentence.Start)), QuoteOpenAtStart);

    /// <summary>Index of the token that starts at or covers character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var lo = 0;
        var hi = Tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1;
            else if (Tokens[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return Math.Min(lo, Tokens.Count - 1);
    }

    /// <summary>Whether a quotation is open at the end of <paramref name="s"/>, given whether one was at its start.</summary>
    public static bool QuoteOpenAfter(string text, Sentence s, bool openBefore) => QuoteOpenAfter(text.AsSpan(s.Start, s.Length), openBefore);

    // The quotation marks are found many characters at a time: most sentences have none, and the rules ask of words
    // inside a sentence again and again (a character at a time, half a percent of coding).
    private static bool QuoteOpenAfter(ReadOnlySpan<char> span, bool openBefore)
    {
        var open = openBefore;
        int k;
        while ((k = span.IndexOfAny(QuoteMarks)) >= 0)
        {
            var c = span[k];
            if (c == '\u201C') open = true;
            else if (c == '\u201D') open = false;
            else open = !open;
            span = span[(k + 1)..];
        }
        return open;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\u201C\u201D\"");
}
