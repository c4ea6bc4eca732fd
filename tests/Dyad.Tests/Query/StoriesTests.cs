using Dyad.Ingest;
using Dyad.Query;

namespace Dyad.Tests.Query;

public class StoriesTests
{
    private static long _id;

    private static StoredEvent Ev(string doc, long docId, string step, string? date, string source = "TUR", string target = "SYR",
        string? url = null, double confidence = 0.8, Modality modality = Modality.Asserted)
    {
        PartialDate? d = date is null ? null : PartialDate.TryParse(date, out var v) ? v : throw new ArgumentException(date);
        var e = new Event(doc, source, target, step, "COOPERATE", modality, d, DateBasis.Explicit, confidence, "evidence", 0, 8, 0, "p");
        return new StoredEvent(Interlocked.Increment(ref _id), e, docId, null, url, null);
    }

    [Fact]
    public void SameStepSameActors_WithinThreeDays_IsOneStory_CountingArticlesAndSources()
    {
        var stories = Stories.Group(
        [
            Ev("a", 1, "relations.restore", "2023-03-07", url: "https://www.reuters.com/a"),
            Ev("b", 2, "relations.restore", "2023-03-08", url: "https://reuters.com/b"),
            Ev("c", 3, "relations.restore", "2023-03-10", url: "https://apnews.com/c"),
            Ev("d", 4, "relations.restore", "2023-03-20", url: "https://apnews.com/d"),
        ]);
        Assert.Equal(2, stories.Count);
        Assert.Equal((3, 2), (stories[0].NumArticles, stories[0].NumSources));
        Assert.Equal((1, 1), (stories[1].NumArticles, stories[1].NumSources));
    }

    [Fact]
    public void OtherStepOrOtherActorsOrDisagreeingDate_AreOtherStories()
    {
        var stories = Stories.Group(
        [
            Ev("a", 1, "relations.restore", "2023-03-07"),
            Ev("b", 2, "mission.reopen", "2023-03-07"),
            Ev("c", 3, "relations.restore", "2023-03-07", source: "SAU"),
            Ev("d", 4, "relations.restore", "2023-04"),
            Ev("e", 5, "relations.restore", "2023-04"),
            Ev("f", 6, "relations.restore", null),
            Ev("g", 7, "relations.restore", null),
        ]);
        Assert.Equal(6, stories.Count);
        Assert.Equal(2, stories.Single(s => s.Event.Event.Date is { Precision: DatePrecision.Month }).NumArticles);
    }

    // Issue 21: the UAE's embassy reopening, told as 2018-12 by two articles and 2018-12-27 by a third, is one story.
    [Fact]
    public void DatesOfDifferentPrecision_AgreeingAtTheCoarser_AreOneStory_DatedByTheMostPrecise()
    {
        var stories = Stories.Group(
        [
            Ev("06", 1, "mission.reopen", "2018-12", source: "ARE", confidence: 0.9),
            Ev("07", 2, "mission.reopen", "2018-12", source: "ARE", confidence: 0.9),
            Ev("03", 3, "mission.reopen", "2018-12-27", source: "ARE", confidence: 0.8),
            Ev("xx", 4, "mission.reopen", "2018", source: "ARE"),
            Ev("yy", 5, "mission.reopen", "2018-11", source: "ARE"),
        ]);
        Assert.Equal(2, stories.Count);
        var december = stories.Single(s => s.Members.Count == 4);
        Assert.Equal("2018-12-27", december.Event.Event.Date.ToString());
        Assert.Equal(4, december.NumArticles);
        Assert.Equal("2018-11", Assert.Single(stories, s => s.Members.Count == 1).Event.Event.Date.ToString());
    }

    // Issue 21: two mentions of one step in one document are one story, even when only one is dated.
    [Fact]
    public void MentionsOfOneStepInOneDocument_AreOneStory()
    {
        var stories = Stories.Group(
        [
            Ev("a", 1, "mission.reopen", "2018-12-27"),
            Ev("a", 1, "mission.reopen", null),
            Ev("b", 2, "mission.reopen", null),
        ]);
        Assert.Equal(2, stories.Count);
        var a = stories.Single(s => s.Members.Count == 2);
        Assert.Equal(1, a.NumArticles);
        Assert.All(a.Members, m => Assert.Equal("a", m.Event.Doc));
    }

    [Fact]
    public void Explanation_NamesTheWindow()
    {
        Assert.Contains($"within {Stories.WindowDays} days", Stories.Explanation);
        Assert.Contains("2018-12 and 2018-12-27", Stories.Explanation);
    }

    [Fact]
    public void OneDocumentTwice_CountsOneArticle_RepresentativeIsMostConfident()
    {
        var low = Ev("a", 1, "relations.restore", "2023-03-07", confidence: 0.5);
        var high = Ev("a", 1, "relations.restore", "2023-03-08", confidence: 0.9);
        var story = Assert.Single(Stories.Group([low, high]));
        Assert.Equal(1, story.NumArticles);
        Assert.Same(high, story.Event);
    }

    [Fact]
    public void SyndicatedCopy_IsSkipped()
    {
        var story = Assert.Single(Stories.Group(
            [Ev("orig", 1, "relations.restore", "2023-03-07"), Ev("copy", 2, "relations.restore", "2023-03-07")],
            new HashSet<string> { "copy" }));
        Assert.Equal(1, story.NumArticles);
    }

    // Issue 20: an assertion and a denial of the same step are one disputed story carrying both sides.
    [Fact]
    public void AssertedInOneArticle_DeniedInAnotherWithinTheWindow_IsOneDisputedStory_Issue20()
    {
        var stories = Stories.Group(
        [
            Ev("a", 1, "mission.reopen", "2023-05-02", source: "JOR"),
            Ev("b", 2, "mission.reopen", "2023-05-03", source: "JOR"),
            Ev("c", 3, "mission.reopen", "2023-05-04", source: "JOR", modality: Modality.Negated),
        ]);
        var story = Assert.Single(stories);
        Assert.True(story.Disputed);
        Assert.Equal(Modality.Asserted, story.Event.Event.Modality);
        Assert.Equal((2, 1), (story.NumArticles, story.NumDenials));
        Assert.Equal("c", Assert.Single(story.Denials).Event.Doc);
    }

    [Theory]
    [InlineData("2023-05-09", "JOR", "a")] // outside the window
    [InlineData("2023-05-04", "SAU", "b")] // another source
    [InlineData("2023-05-04", "JOR", "a")] // the asserting article contradicting itself
    public void DenialOutsideTheWindowOfAnotherActorOrFromTheSameArticle_IsNoDispute(string date, string source, string doc)
    {
        var stories = Stories.Group(
        [
            Ev("a", 1, "mission.reopen", "2023-05-02", source: "JOR"),
            Ev(doc, doc == "a" ? 1 : 2, "mission.reopen", date, source: source, modality: Modality.Negated),
        ]);
        Assert.Equal(2, stories.Count);
        Assert.All(stories, s => Assert.False(s.Disputed));
    }
}
