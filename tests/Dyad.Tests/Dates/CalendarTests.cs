using Dyad.Dates;

namespace Dyad.Tests.Dates;

/// <summary>
/// Weekdays without "on", months named with "last" or "next", days of the month, and spans that take the
/// precision both their ends share ("last week" on the 3rd: the year, or the month when both ends share it).
/// </summary>
public class CalendarTests
{
    [Theory]
    [InlineData("Washington coupled Thursday's calls with a ban.", "2011-08-19", "Thursday", "2011-08-18")]
    [InlineData("The State Department said Sunday that it was troubled.", "2022-03-23", "Sunday", "2022-03-20")]
    [InlineData("The President signed Friday a bill imposing sanctions.", "2019-12-23", "Friday", "2019-12-20")]
    [InlineData("The ministers agreed at a Monday meeting in Amman.", "2023-05-02", "Monday", "2023-05-01")]
    [InlineData("Qatar and Bahrain announced late Wednesday that they agreed.", "2023-04-13", "late Wednesday", "2023-04-12")]
    [InlineData("The envoy arrived on Tuesday evening.", "2021-11-10", "on Tuesday", "2021-11-09")]
    [InlineData("Later on Wednesday, the envoy will fly to Doha.", "2025-05-14", "Later on Wednesday", "2025-05-14")]
    [InlineData("Earlier on Monday, the envoy met the emir.", "2025-05-14", "Earlier on Monday", "2025-05-12")]
    public void Resolve_WeekdayWithoutOn_IsADate(string text, string published, string span, string expected)
    {
        var mention = DateKit.Find(text, published, span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(DateRole.Point, mention.Role);
    }

    [Theory]
    [InlineData("Last December, the ministers met in Moscow.", "2023-05-10", "Last December", "2022-12")]
    [InlineData("The minister visited Muscat last January.", "2020-10-06", "last January", "2020-01")]
    [InlineData("The envoys were named last May.", "2023-05-10", "last May", "2022-05")]
    [InlineData("Elections are due next March.", "2023-05-10", "next March", "2024-03")]
    [InlineData("Elections are due next June.", "2023-05-10", "next June", "2023-06")]
    [InlineData("The summit opens this May.", "2023-01-10", "this May", "2023-05")]
    [InlineData("Ties were restored earlier in January.", "2021-01-20", "earlier in January", "2021-01")]
    [InlineData("The law was signed in late December of 2019.", "2025-11-10", "in late December of 2019", "2019-12")]
    public void Resolve_NamedMonths_CountFromThePublicationMonth(string text, string published, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, published, span).Value?.ToString());
    }

    [Theory]
    [InlineData("The League issued a statement on the 7th local time.", "2023-05-08", "on the 7th", "2023-05-07")]
    [InlineData("The League issued a statement on the 9th.", "2023-05-08", "on the 9th", "2023-04-09")]
    [InlineData("The League said on the 7th that it agreed.", "2023-05-08", "on the 7th", "2023-05-07")]
    [InlineData("The talks ended on the 31st.", "2023-05-08", "on the 31st", null)]
    [InlineData("They met on the 7th.", "2023-05", "on the 7th", "2023-05")]
    public void Resolve_DayOfTheMonth_IsTheLatestSuchDay(string text, string published, string span, string? expected)
    {
        Assert.Equal(expected, DateKit.Find(text, published, span).Value?.ToString());
    }

    [Theory]
    [InlineData("The 7th round of talks opened.")]
    [InlineData("They met on the 4th round of talks.")]
    [InlineData("The ambassador became the 3rd envoy to return.")]
    public void Resolve_OrdinalBeforeANoun_IsNoDate(string text)
    {
        Assert.Empty(DateKit.Recognize(text, "2023-05-08"));
    }

    [Theory]
    [InlineData("Jordan reopened the crossing last week.", "2021-10-04", "last week", "2021")]
    [InlineData("Jordan reopened the crossing last week.", "2023-05-02", "last week", "2023-04")]
    [InlineData("Jordan reopened the crossing last week.", "2023-05-17", "last week", "2023-05")]
    [InlineData("The embassy resumed its work earlier this week.", "2020-10-24", "earlier this week", "2020-10")]
    [InlineData("Earlier in the week, the minister visited Riyadh.", "2023-04-15", "Earlier in the week", "2023-04")]
    [InlineData("Officials met earlier this week.", "2023-05-01", "earlier this week", "2023-05-01")]
    [InlineData("The visit is planned for next week.", "2023-05-26", "next week", "2023")]
    [InlineData("The visit is planned for next week.", "2023-05-10", "next week", "2023-05")]
    [InlineData("The delegation arrives later this week.", "2023-03-29", "later this week", "2023")]
    [InlineData("The delegation arrives later this week.", "2023-05-10", "later this week", "2023-05")]
    public void Resolve_Weeks_TakeThePrecisionBothEndsShare(string text, string published, string span, string expected)
    {
        var mention = DateKit.Find(text, published, span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(DateBasis.Relative, mention.Basis);
    }

    [Theory]
    [InlineData("Over the past couple of weeks, the army retook the town.", "2021-09-27", "Over the past couple of weeks", "2021-09")]
    [InlineData("Talks went on over the past few days.", "2023-05-10", "over the past few days", "2023-05")]
    [InlineData("Envoys met twice in the last two weeks.", "2023-05-10", "in the last two weeks", "2023")]
    [InlineData("Envoys met twice in the last two weeks.", "2023-05-20", "in the last two weeks", "2023-05")]
    [InlineData("Trade doubled over the past year.", "2023-03-29", "over the past year", null)]
    public void Resolve_SpansUpToPublication_TakeThePrecisionBothEndsShare(string text, string published, string span, string? expected)
    {
        var mention = DateKit.Find(text, published, span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(expected is null ? DateRole.Unresolvable : DateRole.Point, mention.Role);
    }

    [Theory]
    [InlineData("Following February's deadly earthquakes, Arab states reached out.", "2023-05-11", "February", "2023-02")]
    [InlineData("The leaders agreed at a March summit in Tokyo.", "2023-05-02", "March", "2023-03")]
    [InlineData("Ties were cut after the 2011 uprising.", "2023-05-02", "2011", "2011")]
    public void Resolve_BareMonthOrYearBeforeAnEventNoun_IsADate(string text, string published, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, published, span).Value?.ToString());
    }

    [Theory]
    [InlineData("The May government fell.")]
    [InlineData("The video had 1902 views.")]
    [InlineData("A March through the capital was held.")]
    public void Resolve_BareMonthOrYearBeforeOtherWords_IsNoDate(string text)
    {
        Assert.Empty(DateKit.Recognize(text, "2023-05-02"));
    }
}
