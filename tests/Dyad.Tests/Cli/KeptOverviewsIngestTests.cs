using Dyad.Packs;
using Dyad.Storage;
using Dyad.Tests.Analysis;
using Dyad.Web.Api;

namespace Dyad.Tests.Cli;

/// <summary>
/// `dyad ingest` computes again, at its end, the overviews a server kept in the store (issue 19, ninth round), so that
/// the first /api/dyads after it reads a row; a run that adds nothing computes none.
/// </summary>
public sealed class KeptOverviewsIngestTests : CliTest
{
    [Fact]
    public void Ingest_ComputesTheKeptOverviewsAgain_AsTheServerWould_Issue19()
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using (var store = StoreFactory.Open(Db))
        {
            store.AddBatch(ChangingDyads.Documents());
            store.KeepAnswer(KeptOverviews.Name("SYR"), KeptOverviews.Version(store.ChangeMark(), pack)!, [1]);
        }
        var article = Temp.Write("closing.txt", "Turkey closed its embassy in Damascus on 3 March 2024, the foreign ministry said.");
        var (code, output, error) = Run("ingest", article, "--quiet");
        Assert.True(code == 0, error);
        Assert.Contains("overviews kept in the store computed again: SYR (", output);
        using (var store = StoreFactory.Open(Db))
        {
            var kept = store.KeptAnswer(KeptOverviews.Name("SYR"), KeptOverviews.Version(store.ChangeMark(), pack)!);
            Assert.Equal(KeptOverviews.Compute(store, pack, "SYR", default), kept);
            Assert.Contains("Turkey closed its embassy in Damascus"u8.ToArray(), kept!);
        }
        // The same file again adds nothing: nothing is computed.
        (code, output, error) = Run("ingest", article, "--quiet");
        Assert.True(code == 0, error);
        Assert.DoesNotContain("computed again", output);
    }

    [Fact]
    public void Ingest_NoRefresh_LeavesTheKeptOverviewToTheNextRequest_Issue19()
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        string before;
        using (var store = StoreFactory.Open(Db))
        {
            store.AddBatch(ChangingDyads.Documents());
            before = KeptOverviews.Version(store.ChangeMark(), pack)!;
            store.KeepAnswer(KeptOverviews.Name("SYR"), before, [1]);
        }
        var article = Temp.Write("closing.txt", "Turkey closed its embassy in Damascus on 3 March 2024, the foreign ministry said.");
        var (code, output, error) = Run("ingest", article, "--quiet", "--no-refresh");
        Assert.True(code == 0, error);
        Assert.Contains("1 documents added", output);
        Assert.DoesNotContain("computed again", output);
        using var after = StoreFactory.Open(Db);
        Assert.Equal([(KeptOverviews.Name("SYR"), before)], after.KeptAnswers());
        Assert.Null(after.KeptAnswer(KeptOverviews.Name("SYR"), KeptOverviews.Version(after.ChangeMark(), pack)!));
    }
}
