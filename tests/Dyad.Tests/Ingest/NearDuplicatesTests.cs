using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

/// <summary>A syndicated copy is found near-identical to its original; another article on the same news is not.</summary>
public sealed class NearDuplicatesTests
{
    [Fact]
    public void NearDuplicates_SyndicatedCopyMatches_OtherArticleDoesNot()
    {
        var original = TestServer.ArticleText + " " + string.Join(' ', Enumerable.Range(1, 12).Select(i =>
            $"In paragraph {i} the correspondent described meeting number {i * 7} between delegations from Ankara and Damascus at hotel {i}."));
        var copy = "REUTERS - " + original.Replace("press conference", "news conference") + " Reporting by Jane Doe.";
        var other = "Jordan and Syria agreed to reopen the border crossing on Thursday, the interior ministers said, after a meeting in Amman.";
        Assert.True(NearDuplicates.Jaccard(original, copy) >= 0.8);
        Assert.True(NearDuplicates.Jaccard(original, other) < 0.2);
        var near = new NearDuplicates();
        Assert.Null(near.Check("orig", NearDuplicates.Signature(original)).OriginalKey);
        var (match, similarity) = near.Check("copy", NearDuplicates.Signature(copy));
        Assert.Equal("orig", match);
        Assert.InRange(similarity, 0.8, 1.0);
        Assert.Null(near.Check("other", NearDuplicates.Signature(other)).OriginalKey);
        // The same key again (an edited version of a document) is not a copy of itself.
        var alone = new NearDuplicates();
        alone.Check("orig", NearDuplicates.Signature(original));
        Assert.Null(alone.Check("orig", NearDuplicates.Signature(copy)).OriginalKey);
    }
}
