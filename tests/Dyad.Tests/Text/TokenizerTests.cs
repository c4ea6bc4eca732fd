using Dyad.Text;

namespace Dyad.Tests.Text;

public class TokenizerTests
{
    private static string Show(string text) => string.Join(" | ", Tokenizer.Tokenize(text, 0, text.Length).Select(t => t.Kind switch
    {
        TokenKind.Marker => $"<{text[t.Start..t.End]}>",
        _ => text[t.Start..t.End],
    }));

    [Theory]
    [InlineData("Syria's government", "Syria | 's | government")]
    [InlineData("Syria\u2019s government", "Syria | \u2019s | government")]
    [InlineData("Turkey-backed SNA", "Turkey-backed | SNA")]
    [InlineData("Bashar al-Assad met", "Bashar | al-Assad | met")]
    [InlineData("The U.S. and the U.A.E. agreed", "The | U.S. | and | the | U.A.E. | agreed")]
    [InlineData("the U.S.", "the | U.S.")]
    [InlineData("countries.[v] Similarly", "countries | . | <[v]> | Similarly")]
    [InlineData("rose[12] sharply", "rose | <[12]> | sharply")]
    [InlineData("250,000 refugees and 3.5 percent", "250,000 | refugees | and | 3.5 | percent")]
    [InlineData("don't", "don't")]
    [InlineData("talks\u2014then", "talks | \u2014 | then")]
    [InlineData("[see] below", "[ | see | ] | below")]
    public void Tokenize_Text_GivesExpectedTokens(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("Syria\u2019s", "'s")]
    [InlineData("\u201CNo\u201D", "\"")]
    [InlineData("Turkey\u2011backed", "turkey-backed")]
    [InlineData("ASSAD", "assad")]
    public void Tokenize_LowerForm_FoldsCaseQuotesAndHyphens(string text, string lowerOfSome) =>
        Assert.Contains(Tokenizer.Tokenize(text, 0, text.Length), t => t.Lower == lowerOfSome);

    [Theory]
    [InlineData("[iv]", nameof(TokenKind.Marker))]
    [InlineData("2023", nameof(TokenKind.Number))]
    [InlineData("Ankara", nameof(TokenKind.Word))]
    [InlineData(",", nameof(TokenKind.Punct))]
    // The kind by name: TokenKind is internal, and a public test method cannot take it as a parameter.
    public void Tokenize_Kinds_AreSet(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(Tokenizer.Tokenize(text, 0, text.Length)).Kind.ToString());

    [Fact]
    public void Tokenize_Range_StaysInsideTheRange()
    {
        const string text = "Before. Turkey's envoy met Syria's. After.";
        var tokens = Tokenizer.Tokenize(text, 8, 35);
        Assert.All(tokens, t => Assert.True(t.Start >= 8 && t.End <= 35 && t.End > t.Start));
        Assert.Equal("Turkey", text[tokens[0].Start..tokens[0].End]);
    }
}
