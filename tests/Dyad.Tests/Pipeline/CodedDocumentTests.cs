namespace Dyad.Tests.Pipeline;

public sealed class CodedDocumentTests
{
    [Fact]
    public void Seal_KeepsMentionsDatesAndEvents_DropsTheTokens()
    {
        var coded = Coding.Code("Turkey and Syria held talks in Damascus on Tuesday. On 7 March 2023 Jordan reopened its embassy in Damascus.");
        var mentions = coded.Mentions.ToList();
        var dates = coded.Dates.ToList();
        var events = coded.Events.ToList();
        Assert.NotEmpty(mentions);
        Assert.NotEmpty(dates);
        Assert.NotEmpty(events);

        coded.Seal();

        Assert.Empty(coded.TextLayer);
        Assert.Empty(coded.DateLayer);
        Assert.Empty(coded.ActorLayer);
        Assert.Equal(mentions, coded.Mentions);
        Assert.Equal(dates, coded.Dates);
        Assert.Equal(events, coded.Events);
    }
}
