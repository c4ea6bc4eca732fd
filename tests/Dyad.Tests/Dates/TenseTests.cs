using Dyad.Dates;

namespace Dyad.Tests.Dates;

/// <summary>
/// A weekday, a month or a day named without its year lies on or before publication when told of the past, on or
/// after it when told of the future (spec: Conventions, When). Published 2023-05-10, a Wednesday.
/// </summary>
public class TenseTests
{
    private const string Published = "2023-05-10";

    [Theory]
    [InlineData("The ministers will meet on Tuesday.", "on Tuesday", "2023-05-16")]
    [InlineData("The ministers met on Tuesday.", "on Tuesday", "2023-05-09")]
    [InlineData("Jordan will reopen its embassy on Wednesday.", "on Wednesday", "2023-05-10")]
    [InlineData("Jordan reopened its embassy on Wednesday.", "on Wednesday", "2023-05-10")]
    [InlineData("He'll travel to Damascus on Monday.", "on Monday", "2023-05-15")]
    [InlineData("The envoy won't travel before Friday.", "before Friday", "2023-05-12")]
    [InlineData("On Friday, the leaders will meet in Jeddah.", "On Friday", "2023-05-12")]
    [InlineData("On Friday, the minister said the leaders will meet.", "On Friday", "2023-05-05")]
    [InlineData("Jordan will reopen the crossing, the minister said on Sunday.", "on Sunday", "2023-05-07")]
    [InlineData("The State Department said Monday it will act.", "Monday", "2023-05-08")]
    [InlineData("The ministry announced today, Sunday, that Cairo will host a summit.", "Sunday", "2023-05-07")]
    [InlineData("The meeting will be held on Thursday.", "on Thursday", "2023-05-11")]
    [InlineData("The meeting was held on Thursday.", "on Thursday", "2023-05-04")]
    [InlineData("The foreign minister is to visit Amman on Sunday.", "on Sunday", "2023-05-14")]
    [InlineData("The talks are expected to resume on Monday in Baghdad.", "on Monday", "2023-05-15")]
    [InlineData("The talks were expected to resume on Monday in Baghdad.", "on Monday", "2023-05-08")]
    public void Resolve_Weekday_FollowsTense(string text, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, Published, span).Value?.ToString());
    }

    [Theory]
    [InlineData("The leaders are expected to visit Riyadh in March.", "in March", "2024-03")]
    [InlineData("The leaders visited Riyadh in March.", "in March", "2023-03")]
    [InlineData("The talks are set to resume in April.", "in April", "2024-04")]
    [InlineData("The talks were set to resume in April.", "in April", "2023-04")]
    [InlineData("Syria will attend the upcoming summit in November.", "in November", "2023-11")]
    [InlineData("Syria attended the summit in November.", "in November", "2022-11")]
    [InlineData("The embassy will reopen in May.", "in May", "2023-05")]
    [InlineData("Assad plans to attend the summit in Jeddah on May 19.", "on May 19", "2023-05-19")]
    [InlineData("Assad attended the summit in Jeddah on May 19.", "on May 19", "2022-05-19")]
    [InlineData("The summit is scheduled for June 19.", "June 19", "2023-06-19")]
    [InlineData("The summit was held on June 19.", "on June 19", "2022-06-19")]
    [InlineData("The visit will take place on January 5.", "on January 5", "2024-01-05")]
    public void Resolve_MonthWithoutYear_FollowsTense(string text, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, Published, span).Value?.ToString());
    }

    [Theory]
    [InlineData("They will meet this week.", Published, "this week", "2023-05")]
    [InlineData("They met this week.", "2023-03-01", "this week", "2023")]
    [InlineData("They met this week.", "2023-03-09", "this week", "2023-03")]
    [InlineData("Talks will resume at the weekend.", Published, "at the weekend", "2023-05")]
    [InlineData("The ministers spoke at the weekend.", "2023-05-01", "at the weekend", "2023-04")]
    [InlineData("The ministers spoke over the weekend.", "2023-05-08", "the weekend", "2023-05")]
    [InlineData("They will speak on the 12th.", Published, "on the 12th", "2023-05-12")]
    [InlineData("They spoke on the 12th.", Published, "on the 12th", "2023-04-12")]
    public void Resolve_WeeksAndDaysOfTheMonth_FollowTense(string text, string published, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, published, span).Value?.ToString());
    }

    [Theory]
    [InlineData("The ministers will meet on Tuesday.", "on Tuesday", "2023-05-16")]
    [InlineData("They will speak on the 12th.", "on the 12th", "2023-05-12")]
    [InlineData("They meet next month.", "next month", "2023-06")]
    [InlineData("Elections are due next year.", "next year", "2024")]
    [InlineData("A visit is planned later this year.", "later this year", "2023")]
    [InlineData("The envoy arrives tomorrow.", "tomorrow", "2023-05-11")]
    [InlineData("The envoys meet next Tuesday.", "next Tuesday", "2023-05-16")]
    public void Resolve_TimeStillToCome_IsProspectiveWithItsValue(string text, string span, string expected)
    {
        var mention = DateKit.Find(text, Published, span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(DateRole.Prospective, mention.Role);
    }

    [Theory]
    [InlineData("Jordan will reopen its embassy on Wednesday.", "on Wednesday")]
    [InlineData("The ministers met on Tuesday.", "on Tuesday")]
    public void Resolve_TimeNotAhead_IsAPoint(string text, string span)
    {
        Assert.Equal(DateRole.Point, DateKit.Find(text, Published, span).Role);
    }

    [Theory]
    [InlineData("We are coordinating (my) visit to Seoul on May 7 and 8.", "2023-05-02", "on May 7", "2023-05-07")]
    [InlineData("The ministers met on May 7.", "2023-05-02", "on May 7", "2022-05-07")]
    [InlineData("The summit on June 19 drew crowds.", "2023-05-02", "on June 19", "2022-06-19")]
    public void Resolve_DayWithoutTense_IsAheadOnlyWhenDaysAway(string text, string published, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, published, span).Value?.ToString());
    }

    [Theory]
    [InlineData("Cairo invited the delegation to visit Egypt in the first week of May.", "2021-04-15", "of May", "2021-05")]
    [InlineData("Kishida has invited Yoon to the G7 summit on May 19.", "2023-05-02", "on May 19", "2023-05-19")]
    [InlineData("The two sides agreed to meet again in March.", "2021-04-15", "in March", "2021-03")]
    [InlineData("Syria and Lebanon agreed on Saturday to reopen the crossings.", "2023-01-20", "on Saturday", "2023-01-14")]
    [InlineData("The visit is planned for April 22.", "2023-03-20", "April 22", "2023-04-22")]
    [InlineData("The feast is celebrated this year on April 22.", "2023-03-20", "on April 22", "2023-04-22")]
    [InlineData("Turkey will send a delegation led by its deputy foreign minister to Egypt in early May.", "2021-04-15", "in early May", "2021-05")]
    [InlineData("Tuesday's decision also comes ahead of a summit to be held in Jeddah.", "2023-05-11", "Tuesday", "2023-05-09")]
    [InlineData("The envoy said Washington has given Damascus until the end of November to act.", "2023-10-19", "until the end of November", "2023-11")]
    [InlineData("The border has been closed since May.", "2023-04-19", "since May", "2022-05")]
    public void Resolve_PastActsThatLookAhead_LeaveTheTimeToItsNearestReading(string text, string published, string span, string expected)
    {
        Assert.Equal(expected, DateKit.Find(text, published, span).Value?.ToString());
    }
}
