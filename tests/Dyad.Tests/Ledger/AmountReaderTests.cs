using Dyad.Ledger;
using Dyad.Tests.Pipeline;
using Dyad.Text;

namespace Dyad.Tests.Ledger;

/// <summary>Amounts as articles write them (issue 20): parsed with their qualifier and unit, or refused by name.</summary>
public class AmountReaderTests
{
    private static readonly AmountReader Reader = new(Coding.Pack.Ledger);

    [Theory]
    [InlineData("2.3 million Syrians", 2_300_000, "people", null)]
    [InlineData("1.5m pills", 1_500_000, "pills", null)]
    [InlineData("250,000 refugees", 250_000, "people", null)]
    [InlineData("nearly four million Syrians", 4_000_000, "people", "nearly")]
    [InlineData("more than 350,000 people", 350_000, "people", "over")]
    [InlineData("over half a million civilians", 500_000, "people", "over")]
    [InlineData("up to 40 percent", 40, "percent", "up to")]
    [InlineData("$1.5bn", 1_500_000_000, "usd", null)]
    [InlineData("about 12 tonnes", 12, "tonnes", "about")]
    [InlineData("almost three-fold", 3, "ratio", "nearly")]
    [InlineData("tripled", 3, "ratio", null)]
    [InlineData("3-fold", 3, "ratio", null)]
    public void Read_Amount_GivesValueUnitAndQualifier(string text, double value, string unit, string? qualifier)
    {
        var amount = Read(text);
        Assert.NotNull(amount);
        Assert.Equal(value, amount.Value.Value!.Value, 6);
        Assert.Equal(unit, amount.Value.Unit);
        Assert.Equal(qualifier, amount.Value.Qualifier);
    }

    [Theory]
    [InlineData("tens of thousands of people")]
    [InlineData("hundreds of thousands")]
    [InlineData("millions of refugees")]
    public void Read_VagueAmount_HasNoValue(string text) => Assert.True(Read(text)!.Value.Vague);

    [Theory]
    [InlineData("2023")]
    [InlineData("one of the states")]
    [InlineData("1,50,000 people")]
    [InlineData("the m")]
    public void Read_NoAmount_IsNull(string text) => Assert.Null(Read(text));

    [Fact]
    public void Read_NumberOfAName_IsNoAmount()
    {
        const string text = "The Treasury issued General License 23, which authorizes aid.";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.Null(Reader.Read(tokens, 5, text));
        Assert.NotNull(Reader.Read(tokens, 5));
    }

    private static Amount? Read(string text) => Reader.Read(Tokenizer.Tokenize(text, 0, text.Length), 0);
}
