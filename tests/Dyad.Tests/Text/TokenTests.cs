using Dyad.Text;

namespace Dyad.Tests.Text;

public class TokenTests
{
    [Theory]
    // Kinds by number (the enum is internal): 0 word, 1 number, 2 punctuation, 3 marker.
    [InlineData(0, 1, 2, -1)]
    [InlineData(17, 25, 0, 0)]
    [InlineData(1_000_000, 1_000_000 + Token.MaxLength, 3, LowerPool.MaxEntries - 1)]
    [InlineData(3, 3, 1, 12_345)]
    public void Token_KeepsWhatItIsMadeWith(int start, int end, int kindNumber, int word)
    {
        var kind = (TokenKind)kindNumber;
        var token = new Token(start, end, kind, "w") { Word = word };
        Assert.Equal((start, end, kind, "w", word), (token.Start, token.End, token.Kind, token.Lower, token.Word));
    }

    [Fact]
    public void Token_WithoutANumber_HasNone() => Assert.Equal(-1, new Token(0, 4, TokenKind.Word, "talk").Word);

    [Fact]
    public void Token_HoldsAnySentence()
    {
        // Tokens are of sentences, which the splitter cuts at MaxLength characters; the pool numbers fit the bits left.
        Assert.True(Token.MaxLength >= SentenceSplitter.MaxLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(0, Token.MaxLength + 1, TokenKind.Word, "w"));
        Assert.True(LowerPool.MaxEntries < 1 << 17);
    }

    [Fact]
    public void Token_EqualTokens_AreEqual()
    {
        var a = new Token(4, 9, TokenKind.Word, "syria") { Word = 7 };
        Assert.Equal(a, new Token(4, 9, TokenKind.Word, "syria") { Word = 7 });
        Assert.NotEqual(a, a with { Word = 8 });
        Assert.NotEqual(a, new Token(4, 10, TokenKind.Word, "syria") { Word = 7 });
    }
}
