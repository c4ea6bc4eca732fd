using Dyad.Dates;

namespace Dyad.Tests.Dates;

/// <summary>
/// Expressions told against another time: the last point in time of the sentence, else of the sentence before
/// ("the same year", "four days later"); an event named and dated before ("two weeks before the phone call");
/// the sentence's own time ("13 years after it was shut"). With nothing to count from they stay unresolved.
/// </summary>
public class EventRelativeTests
{
    [Theory]
    [InlineData("Syria was isolated from 2011.", "2011", "Syria was suspended the same year.", "the same year", "2011")]
    [InlineData("Ties were cut in May 2012.", "2012-05", "That same year, the envoys left.", "That same year", "2012")]
    [InlineData("The ministers met on May 3.", "2023-05-03", "Four days later, the embassy reopened.", "Four days later", "2023-05-07")]
    [InlineData("The ministers met in May 2023.", "2023-05", "A year later, the embassy reopened.", "A year later", "2024")]
    [InlineData("The ministers met on May 3.", "2023-05-03", "The next day, the embassy reopened.", "The next day", "2023-05-04")]
    [InlineData("The ministers met on May 3.", "2023-05-03", "The embassy had reopened the day before.", "the day before", "2023-05-02")]
    [InlineData("The ministers met on May 3.", "2023-05-03", "Later that month, the embassy reopened.", "Later that month", "2023-05")]
    [InlineData("The ministers met on May 25.", "2023-05-25", "Days later, the embassy reopened.", "Days later", "2023")]
    [InlineData("The ministers met on May 3.", "2023-05-03", "Days later, the embassy reopened.", "Days later", "2023-05")]
    [InlineData("The ministers met in 2019.", "2019", "The following month, the embassy reopened.", "The following month", null)]
    [InlineData("The ministers met in late January.", "2021-01", "Israel opened its embassy on the same day.", "on the same day", "2021-01")]
    public void Resolve_AgainstTheSentenceBefore(string previous, string previousDate, string sentence, string span, string? expected)
    {
        var mention = DateKit.FindAfter(previous, previousDate, sentence, "2025-01-01", span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(expected is null ? DateRole.Unresolvable : DateRole.Point, mention.Role);
    }

    [Theory]
    [InlineData("Japan lifted the curbs in March, and Seoul followed the following month.", "the following month", "2023-04")]
    [InlineData("The law was signed in late December of 2019 and took effect on June 17 of the following year.", "on June 17 of the following year", "2020-06-17")]
    [InlineData("Sisi led the overthrow in 2013, before being elected himself the following year.", "the following year", "2014")]
    [InlineData("Tokyo downgraded Seoul in 2019 after court rulings the previous year.", "the previous year", "2018")]
    public void Resolve_AgainstAnEarlierTimeOfTheSentence(string text, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, "2023-06-27", span).Value?.ToString());
    }

    // Words that give no date: counted from nothing told before (unresolvable), or vaguely ahead (prospective).
    [Theory]
    [InlineData("A year later, the embassy reopened.", "A year later", DateRole.Unresolvable)]
    [InlineData("The same year, the embassy reopened.", "The same year", DateRole.Unresolvable)]
    [InlineData("The following month, the embassy reopened.", "The following month", DateRole.Unresolvable)]
    [InlineData("The crossing will open soon.", "soon", DateRole.Prospective)]
    [InlineData("Ankara will send an envoy in the coming weeks.", "in the coming weeks", DateRole.Prospective)]
    [InlineData("Damascus will work over the next month to stop smuggling.", "over the next month", DateRole.Prospective)]
    [InlineData("An embassy may open in the next few months.", "in the next few months", DateRole.Prospective)]
    public void Resolve_WithNothingToCountFromOrVagueFutureWords_GivesNoDate_AndSaysWhy(string text, string span, DateRole role)
    {
        var mention = DateKit.Find(text, "2023-03-29", span);
        Assert.Null(mention.Value);
        Assert.Equal(role, mention.Role);
    }

    [Theory]
    [InlineData("The visit follows a phone call on August 31.", "2021-08-31", "Two weeks before the phone call, Erdogan held talks.", "Two weeks before", "2021-08-17")]
    [InlineData("The earthquake struck on February 6.", "2023-02-06", "Six days after the earthquake, the minister visited.", "Six days after", "2023-02-12")]
    public void Resolve_CountFromANamedEvent_DatesTheSentence(string previous, string previousDate, string sentence, string span, string expected)
    {
        var mention = DateKit.FindAfter(previous, previousDate, sentence, "2023-11-23", span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(DateRole.Point, mention.Role);
    }

    [Fact]
    public void Resolve_CountFromAnEventNotToldBefore_IsAnAnchor()
    {
        var mention = DateKit.FindAfter("The ministers met on August 31.", "2021-08-31", "Two weeks before the summit, Erdogan held talks.", "2021-11-23", "Two weeks before");
        Assert.Equal(DateRole.Anchor, mention.Role);
        Assert.Equal("2021-12-07", mention.Value?.ToString());
    }

    [Theory]
    [InlineData("Germany reopened its embassy on Thursday, 13 years after it was shut.", "2025-03-20", "13 years after", "2012")]
    [InlineData("In November 2011, seven months after the uprising started, the King spoke.", "2021-10-04", "seven months after", "2011-04")]
    [InlineData("Bahrain said on Friday it had kept its embassy open, a day after the UAE reopened its embassy.", "2018-12-28", "a day after", "2018-12-27")]
    [InlineData("The decision comes days after Syria was readmitted.", "2023-05-11", "days after", "2023-05")]
    [InlineData("It came weeks after the envoy was appointed.", "2023-08-09", "weeks after", "2023")]
    [InlineData("Less than a month after he brokered a deal, he spoke.", "2020-09-12", "Less than a month after", "2020")]
    [InlineData("Britain restored ties, more than a decade after cutting them.", "2025-07-06", "more than a decade after", null)]
    [InlineData("Ankara rejoined the League 12 years after it was suspended", "2023-03-29", "12 years after", "2011")]
    [InlineData("Assad attended on Friday, his first summit since the 2010 one, less than two weeks after Syria was readmitted.", "2023-05-19", "less than two weeks after", "2023-05")]
    public void Resolve_CountAfter_AnchorsTheEventToldAfterIt(string text, string published, string span, string? expected)
    {
        var mention = DateKit.Find(text, published, span);
        Assert.Equal(DateRole.Anchor, mention.Role);
        Assert.Equal(expected, mention.Value?.ToString());
    }

    [Fact]
    public void DateSpan_StraddlingMonths_KeepsTheYear()
    {
        var span = new DateSpan(new DateOnly(2023, 2, 27), new DateOnly(2023, 3, 5));
        Assert.Equal(new PartialDate(2023), span.ToDate());
        Assert.Null(new DateSpan(new DateOnly(2022, 12, 26), new DateOnly(2023, 1, 1)).ToDate());
        Assert.Equal(new PartialDate(2023, 3), DateSpan.Of(new PartialDate(2023, 2)).Shift(TimeUnit.Month, 1, 1)?.ToDate());
    }
}
