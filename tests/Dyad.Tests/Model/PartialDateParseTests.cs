namespace Dyad.Tests.Model;

public class PartialDateParseTests
{
    [Theory]
    [InlineData("2023", "2023")]
    [InlineData("2023-05", "2023-05")]
    [InlineData("2023-05-07", "2023-05-07")]
    [InlineData(" 2023-05-07 ", "2023-05-07")]
    [InlineData("2023-05-07T23:30:00+03:00", "2023-05-07")]
    [InlineData("2023-05-07 10:00", "2023-05-07")]
    [InlineData("Sun, 07 May 2023 10:00:00 GMT", "2023-05-07")]
    public void Parse_AcceptedForm_GivesTheDateToItsPrecision(string text, string expected)
    {
        var result = PartialDate.Parse(text);
        Assert.True(result.Success, result.Message);
        Assert.Equal(expected, result.Value.ToString());
        Assert.Null(result.Message);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("23-05-07")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotADate_FailsWithOneMessageNamingTextAndForms(string? text)
    {
        var result = PartialDate.Parse(text);
        Assert.False(result.Success);
        Assert.Equal($"'{text}' is not a date (2023, 2023-05 or 2023-05-07)", result.Message);
        Assert.Null(result.ValueOrNull());
        Assert.False(PartialDate.TryParse(text, out _));
        var thrown = Assert.Throws<FormatException>(() => result.Value);
        Assert.Equal(result.Message, thrown.Message);
    }

    [Fact]
    public void TryGetValue_Failure_GivesTheFailureValue()
    {
        var fallback = new PartialDate(2000);
        Assert.False(PartialDate.Parse("soon").TryGetValue(fallback, out var d));
        Assert.Equal(fallback, d);
    }

    [Fact]
    public void Exception_OfASuccess_Throws() =>
        Assert.Throws<InvalidOperationException>(() => PartialDate.Parse("2023").Exception);

    [Fact]
    public void Default_IsAFailureWithAMessage()
    {
        var none = default(ParseResult<PartialDate>);
        Assert.False(none.Success);
        Assert.NotNull(none.Message);
    }
}
