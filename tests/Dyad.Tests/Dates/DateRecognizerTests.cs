using Dyad.Dates;

namespace Dyad.Tests.Dates;

public class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = new();

    private static PartialDate? Pub(string? published)
    {
        if (published is null) return null;
        Assert.True(PartialDate.TryParse(published, out var date), published);
        return date;
    }

    private static IReadOnlyList<DateMention> Recognize(string text, string? published) =>
        Recognizer.Recognize(text, 0, text.Length, Pub(published));

    /// <summary>The one mention in <paramref name="text"/>; its span must be exactly <paramref name="span"/>.</summary>
    private static DateMention Only(string text, string? published, string span)
    {
        var mention = Assert.Single(Recognize(text, published));
        Assert.Equal(span, text[mention.Start..mention.End]);
        return mention;
    }

    [Theory]
    [InlineData("On November 27, 2024, a coalition of rebels", "On November 27, 2024", "2024-11-27")]
    [InlineData("It happened on 7 May 2023 in Jeddah.", "on 7 May 2023", "2023-05-07")]
    [InlineData("The summit of May 7, 2023 was short.", "of May 7, 2023", "2023-05-07")]
    [InlineData("Talks resumed May 7 2023 after a pause.", "May 7 2023", "2023-05-07")]
    [InlineData("He spoke Jan. 13, 2023 to reporters.", "Jan. 13, 2023", "2023-01-13")]
    [InlineData("A letter dated Sept. 5, 2021 was leaked.", "Sept. 5, 2021", "2021-09-05")]
    [InlineData("Signed on 2023-05-07 in Amman.", "on 2023-05-07", "2023-05-07")]
    [InlineData("Al-Monitor reported 15.03.2021 that", "15.03.2021", "2021-03-15")]
    [InlineData("It was published 30.09.2021 by SANA.", "30.09.2021", "2021-09-30")]
    [InlineData("The 25th of August 2022 meeting", "25th of August 2022", "2022-08-25")]
    [InlineData("The ministers met in May 2023 in Cairo.", "in May 2023", "2023-05")]
    [InlineData("June 2014 saw the election.", "June 2014", "2014-06")]
    [InlineData("Relations were cut in 2018.", "in 2018", "2018")]
    [InlineData("Ties have been frozen since 2017.", "since 2017", "2017")]
    [InlineData("As he said back in 2021, nothing changed.", "in 2021", "2021")]
    [InlineData("The uprising of 2011 changed everything.", "of 2011", "2011")]
    [InlineData("Troops will leave by 2020 at the latest.", "by 2020", "2020")]
    [InlineData("The embassy stayed open until 2019.", "until 2019", "2019")]
    [InlineData("Trade fell during 2020.", "during 2020", "2020")]
    [InlineData("Aid flowed from 2012 onwards.", "from 2012", "2012")]
    [InlineData("Things were different before 2011.", "before 2011", "2011")]
    [InlineData("Reopened in mid-2020 after years.", "in mid-2020", "2020")]
    [InlineData("A deal was reached in early 2020.", "in early 2020", "2020")]
    [InlineData("Fighting resumed late 2018.", "late 2018", "2018")]
    [InlineData("Troops left at the end of 2019.", "at the end of 2019", "2019")]
    [InlineData("Flights resumed at the beginning of 2021.", "at the beginning of 2021", "2021")]
    [InlineData("The post-2016 order in Aleppo", "post-2016", "2016")]
    [InlineData("Return to pre-2011 borders", "pre-2011", "2011")]
    public void Resolve_ExplicitDates_ResolveWithoutPublication(string text, string span, string expected)
    {
        var mention = Only(text, null, span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(DateBasis.Explicit, mention.Basis);
        Assert.Equal(DateRole.Point, mention.Role);
    }

    [Theory]
    [InlineData("this year, Italy and Turkey initiated", "2024-12", "this year", "2024")]
    [InlineData("Exports grew last year.", "2024-12", "last year", "2023")]
    [InlineData("permitted Assad to visit a year ago", "2023-03-29", "a year ago", "2022")]
    [InlineData("The talks began two years ago.", "2023-03-29", "two years ago", "2021")]
    [InlineData("It reopened 3 years ago.", "2023-03-29", "3 years ago", "2020")]
    [InlineData("They met 4 months ago.", "2023-03-29", "4 months ago", "2022-11")]
    [InlineData("They met last month.", "2023-01-10", "last month", "2022-12")]
    [InlineData("They meet this month.", "2023-01-10", "this month", "2023-01")]
    [InlineData("Talks stalled last week.", "2023-03-05", "last week", "2023-02")]
    [InlineData("He arrived a week ago.", "2023-03-29", "a week ago", "2023-03")]
    [InlineData("Less than a week ago, the chairmen", "2023-03-29", "Less than a week ago", "2023-03")]
    [InlineData("Officials met earlier this week.", "2023-03-03", "earlier this week", "2023")]
    [InlineData("Officials met earlier this week.", "2023-03", "earlier this week", "2023-03")]
    [InlineData("The minister said yesterday that", "2023-03-01", "yesterday", "2023-02-28")]
    [InlineData("The minister said today that", "2023-03-01", "today", "2023-03-01")]
    [InlineData("The minister said yesterday that", "2023-03", "yesterday", "2023-03")]
    [InlineData("Italy announced in July that it would appoint", "2024-12", "in July", "2024-07")]
    [InlineData("in his visit to Washington in August", "2021-10", "in August", "2021-08")]
    [InlineData("In November, the envoy returned.", "2021-10", "In November", "2020-11")]
    [InlineData("on October 3, Assad and the Jordanian King held", "2021-10", "on October 3", "2021-10-03")]
    [InlineData("On August 25th, a State Department spokesperson", "2022-09", "On August 25th", "2022-08-25")]
    [InlineData("On May 8 this year, the Lebanese government", "2024-12", "On May 8 this year", "2024-05-08")]
    [InlineData("The border reopened in July last year.", "2024-12", "in July last year", "2023-07")]
    [InlineData("The decree of 3 March was", "2024-12", "of 3 March", "2024-03-03")]
    [InlineData("until Tuesday, when", "2023-03-29", "until Tuesday", "2023-03-28")]
    [InlineData("The delegation arrived on Wednesday.", "2023-03-29", "on Wednesday", "2023-03-29")]
    [InlineData("The delegation arrived last Wednesday.", "2023-03-29", "last Wednesday", "2023-03-22")]
    [InlineData("Sunday talks ended.", "2023-03-29", "Sunday", "2023-03-26")]
    [InlineData("Prices rose earlier this month.", "2023-03-29", "earlier this month", "2023-03")]
    [InlineData("Ties improved since last year.", "2023-03-29", "since last year", "2022")]
    [InlineData("Ties improved by the end of last year.", "2023-03-29", "by the end of last year", "2022")]
    public void Resolve_RelativeExpressions_UsePublicationDate(string text, string published, string span, string expected)
    {
        var mention = Only(text, published, span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(DateBasis.Relative, mention.Basis);
        Assert.Equal(DateRole.Point, mention.Role);
    }

    [Theory]
    [InlineData("Ankara rejoined the League 12 years after it was suspended", "12 years after", "2011")]
    [InlineData("The embassy reopened two years after it closed", "two years after", "2021")]
    public void Resolve_YearsAfter_AnchorsTheFollowingEvent(string text, string span, string expected)
    {
        var mention = Only(text, "2023-03-29", span);
        Assert.Equal(expected, mention.Value?.ToString());
        Assert.Equal(DateBasis.Relative, mention.Basis);
        Assert.Equal(DateRole.Anchor, mention.Role);
    }

    [Theory]
    [InlineData("In recent months Turkish President Erdogan", "In recent months")]
    [InlineData("the Syrian Minister of Defense's recent visit", "recent")]
    [InlineData("Damascus has recently reopened", "recently")]
    [InlineData("Relations thawed in recent years.", "in recent years")]
    [InlineData("There has been little contact lately.", "lately")]
    [InlineData("Shelling resumes from time to time.", "from time to time")]
    [InlineData("Assad has repeatedly refused.", "repeatedly")]
    [InlineData("Nothing has changed since then.", "since then")]
    [InlineData("A year later, the embassy reopened.", "A year later")]
    [InlineData("Two years later, the embassy reopened.", "Two years later")]
    [InlineData("The envoy later said", "later")]
    [InlineData("Trade doubled over the past year.", "over the past year")]
    [InlineData("No visit in the past 13 years.", "in the past 13 years")]
    [InlineData("They negotiated for years.", "for years")]
    [InlineData("Over the past few years, Gulf states mended ties.", "Over the past few years")]
    [InlineData("A few months ago the UAE hosted Assad.", "A few months ago")]
    public void Resolve_VagueTimeWords_AreUnresolvable(string text, string span)
    {
        var mention = Only(text, "2023-03-29", span);
        Assert.Null(mention.Value);
        Assert.Equal(DateBasis.None, mention.Basis);
        Assert.Equal(DateRole.Unresolvable, mention.Role);
    }

    [Theory]
    [InlineData("Italy announced in July that it would appoint", "in July")]
    [InlineData("permitted Assad to visit a year ago", "a year ago")]
    [InlineData("until Tuesday, when", "until Tuesday")]
    [InlineData("On May 8 this year, the Lebanese government", "On May 8 this year")]
    [InlineData("this year, Italy and Turkey initiated", "this year")]
    public void Resolve_RelativeWithoutPublication_IsNullPoint(string text, string span)
    {
        var mention = Only(text, null, span);
        Assert.Null(mention.Value);
        Assert.Equal(DateBasis.Relative, mention.Basis);
        Assert.Equal(DateRole.Point, mention.Role);
    }

    [Theory]
    [InlineData("on Tuesday", "on Tuesday")]
    [InlineData("last Tuesday", "last Tuesday")]
    public void Resolve_WeekdayWithMonthOnlyPublication_GivesPublicationMonth(string text, string span)
    {
        var mention = Only(text, "2023-03", span);
        Assert.Equal("2023-03", mention.Value?.ToString());
        Assert.Equal(DateBasis.Relative, mention.Basis);
    }

    [Theory]
    [InlineData("The decision may have prompted a response.")]
    [InlineData("May God protect Syria, he said.")]
    [InlineData("Some 250,000 people were displaced.")]
    [InlineData("The video had 1902 views.")]
    [InlineData("February 30, 2023 is not a day.")]
    [InlineData("Dated 31.02.2021 in the file.")]
    [InlineData("Version 1.15.03.2021 was released.")]
    [InlineData("The monastery of Mar Elias was shelled.")]
    [InlineData("Protesters march on the capital.")]
    [InlineData("The late king was buried.")]
    [InlineData("Fighters in the 1990s were trained.")]
    [InlineData("At present no flights operate.")]
    [InlineData("Jordan is currently mediating.")]
    [InlineData("")]
    public void Resolve_NotDates_AreIgnored(string text)
    {
        Assert.Empty(Recognize(text, "2023-03-29"));
    }

    [Fact]
    public void Resolve_FourDigitNumberAfterDate_IsNotAYear()
    {
        const string text = "Mar 21, 2023 1902";
        var mention = Only(text, "2023-03-29", "Mar 21, 2023");
        Assert.Equal("2023-03-21", mention.Value?.ToString());
    }

    [Fact]
    public void Recognize_SeveralExpressions_ReturnedInTextOrderWithoutOverlap()
    {
        const string text = "Ties were cut in 2012, restored from 2018 to 2019, and on May 7, 2023 Syria rejoined; recently more.";
        var mentions = Recognize(text, "2023-05-20");
        Assert.Equal(["in 2012", "from 2018", "to 2019", "on May 7, 2023", "recently"], mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(["2012", "2018", "2019", "2023-05-07", ""], mentions.Select(m => m.Value?.ToString() ?? ""));
    }

    [Fact]
    public void Recognize_ConjunctionAfterMention_SpannedOnlyWhenItLicenses()
    {
        const string text = "Envoys met in June and July, then on Monday and Tuesday.";
        var mentions = Recognize(text, "2023-07-20");
        Assert.Equal(["in June", "and July", "on Monday", "Tuesday"], mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(["2023-06", "2023-07", "2023-07-17", "2023-07-18"], mentions.Select(m => m.Value?.ToString()));
    }

    [Theory]
    [InlineData("They met last month.", "2023")]
    [InlineData("They met on Tuesday.", "2023")]
    [InlineData("It reopened 3 years ago.", "2020")]
    public void Resolve_YearOnlyPublication_ResolvesOnlyToTheYear(string text, string expected)
    {
        var mention = Assert.Single(Recognize(text, "2023"));
        Assert.Equal(expected, mention.Value?.ToString());
    }

    [Fact]
    public void Resolve_MonthWithYearOnlyPublication_TakesPublicationYear()
    {
        var mention = Assert.Single(Recognize("Italy announced in November that", "2023"));
        Assert.Equal("2023-11", mention.Value?.ToString());
    }

    [Fact]
    public void Recognize_SubSpan_OffsetsIndexTheWholeText()
    {
        const string text = "Intro in 2011. In mid-2020 ties resumed. Outro in 2012.";
        var start = text.IndexOf("In mid", StringComparison.Ordinal);
        var end = text.IndexOf(" Outro", StringComparison.Ordinal);
        var mention = Assert.Single(Recognizer.Recognize(text, start, end, null));
        Assert.Equal("In mid-2020", text[mention.Start..mention.End]);
        Assert.Equal(new PartialDate(2020), mention.Value);
    }
}
