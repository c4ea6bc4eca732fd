using Dyad.Storage;
using Dyad.Tests.Analysis;

namespace Dyad.Tests.Cli;

/// <summary>
/// `dyad dyads` lists the latest 20 changes of rung per era and disputed steps per counterpart, and says how many came
/// before (issue 19, seventh round: every one of them made a 28.6 MB table at 7.4 million events).
/// </summary>
public sealed class BoundedDyadsCommandTests : CliTest
{
    [Fact]
    public void Dyads_ListsTheLatestChangesAndDisputes_AndCountsTheEarlierOnes_Issue19()
    {
        using (var store = StoreFactory.Open(Db)) store.AddBatch(ChangingDyads.Documents());
        var (code, output, error) = Run("dyads", "--focus", "SYR");
        Assert.True(code == 0, error);
        // Qatar's Assad era: 60 changes, the latest 20 listed after "(40 earlier)"; its transitional era: 24, 20 listed.
        var assad = 2 * ChangingDyads.AssadRounds;
        // (The table wraps a long cell at its spaces: each check is of words with none between them.)
        Assert.Contains($"({assad - 20} earlier)", output);
        Assert.Contains($"({2 * ChangingDyads.TransitionRounds - 20} earlier)", output);
        Assert.All(Enumerable.Range(assad - 20, 20), n => Assert.Contains($"({ChangingDyads.ChangeDate(n)})", output));
        Assert.All(Enumerable.Range(0, assad - 20), n => Assert.DoesNotContain($"({ChangingDyads.ChangeDate(n)})", output));
        // Jordan's 30 disputes: the latest 20, after a line naming the command that lists them all.
        Assert.Contains($"({ChangingDyads.Disputes - 20} earlier: dyad timeline SYR JOR)", output);
        Assert.Equal(20, output.Split('\n').Count(l => l.Contains("mission.reopen 20", StringComparison.Ordinal)));
        // Every dispute is there in the timeline.
        var timeline = Run("timeline", "JOR", "SYR").Out;
        Assert.Equal(ChangingDyads.Disputes, timeline.Split('\n').Count(l => l.Contains("denied:", StringComparison.Ordinal)));
    }
}
