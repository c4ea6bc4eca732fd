using Dyad.Dates;

namespace Dyad.Tests.Dates;

/// <summary>
/// A dateline or date line at the top of an article is the publication date, not an event date (spec:
/// Conventions, When): such a date takes the role <see cref="DateRole.Dateline"/>, and the text stays as stored.
/// </summary>
public class DatelineTests
{
    [Theory]
    [InlineData(" date 2019-10-09 Turkish President Erdogan announced on Wednesday the launch", "2019-10-09")]
    [InlineData(" date 2019-10-09 The visit", "2019-10-09")]
    [InlineData("LONDON, April 25 (NNN-AGENCIES) - The UK government announced", "April 25")]
    [InlineData("DAMASCUS, Dec. 21 (Xinhua) -- Syria said", "Dec. 21")]
    [InlineData("SEOUL, June 27 (Yonhap) -- Japan announced a decision Tuesday", "June 27")]
    [InlineData("Damascus [Syria], April 2 (ANI): The ministers met", "April 2")]
    [InlineData("MOSCOW (UrduPoint News / Sputnik - 11th May, 2023) Russia said", "11th May, 2023")]
    [InlineData("Headline of the day\nPosted: Aug 19, 2011 2:47 PM\nBRUSSELS (Reuters) - The EU agreed", "Aug 19, 2011")]
    [InlineData("News ID: 321329\nPublished: 0139 GMT April 29, 2022\n\nErdogan meets", "April 29, 2022")]
    [InlineData("Headline of the day\nLast updated: 7 February, 2012\n\nThe Gulf states", "7 February, 2012")]
    [InlineData("Assad's UAE visit\nMar 23, 2022 - World\nThe visit", "Mar 23, 2022")]
    [InlineData("A title\n2023-02-22\nThe visit", "2023-02-22")]
    [InlineData("A title\n\nWednesday, December 17, 2014 | 11:30 AM\nWASHINGTON", "December 17, 2014")]
    [InlineData("A title\n\nWednesday, December 17, 2014 | 11:30 AM\nWASHINGTON", "Wednesday")]
    [InlineData("By News Desk - September 27 2021\nJordan reopened", "September 27 2021")]
    public void Recognize_DatelineAtTheTop_IsADateline(string text, string span)
    {
        Assert.Equal(DateRole.Dateline, DateKit.Find(text, "2023-05-10", span).Role);
    }

    [Theory]
    [InlineData("On June 5, 2017, Saudi Arabia cut ties with Qatar.", "On June 5, 2017")]
    [InlineData("June 2014 saw the election.", "June 2014")]
    [InlineData("Assad visited Oman, May 7 was the date.", "May 7")]
    [InlineData(" date 2019-10-09 Turkish President Erdogan announced on Wednesday the launch", "on Wednesday")]
    [InlineData("LONDON, April 25 (Reuters) - The UK said on Monday it would act", "on Monday")]
    [InlineData("Last December, the ministers met in Moscow.", "Last December")]
    public void Recognize_EventDateAtTheTop_IsAPoint(string text, string span)
    {
        Assert.Equal(DateRole.Point, DateKit.Find(text, "2023-05-10", span).Role);
    }

    [Fact]
    public void Recognize_DatelineShapeFarDown_IsAPoint()
    {
        var text = new string('x', Datelines.HeadChars) + "\nLONDON, April 25 (Reuters) - The UK said";
        Assert.Equal(DateRole.Point, DateKit.Find(text, "2023-05-10", "April 25").Role);
    }

    [Fact]
    public void Recognize_Dateline_KeepsItsValueAndOffsets()
    {
        const string text = " date 2019-10-09 Turkish President Erdogan announced";
        var mention = DateKit.Find(text, "2019-10-09", "2019-10-09");
        Assert.Equal((6, 16), (mention.Start, mention.End));
        Assert.Equal("2019-10-09", mention.Value?.ToString());
    }
}
