using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Analysis;

/// <summary>The overview read counterpart by counterpart gives what the analyzer gives over every event (issue 19).</summary>
public sealed class CounterpartViewsTests
{
    [Theory]
    [InlineData("SYR")]
    [InlineData("TUR")]
    [InlineData("USA")]
    public void Read_GivesTheViewsOfTheAnalyzerOverEveryEvent(string focus)
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using var temp = new TempStore("dyad-views-");
        using var store = StoreFactory.Open(temp.Db);
        store.AddBatch(StoreData.CodedSamples());
        var all = store.Events(new EventQuery { Actor = focus, StepsOnly = true });
        var expected = new DyadAnalyzer(pack).Counterparts(focus, all);
        var read = CounterpartViews.Read(pack, store, focus);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Describe), read.Select(Describe));
    }

    private static string Describe(DyadView v) =>
        $"{v.Focus}/{v.Counterpart} rung {v.Rung} events {v.Events} last {v.LastStep?.Id} stance {v.LatestStance?.Id} " +
        $"conditions {string.Join(",", v.Conditions.Select(c => c.Id))} sanctions {string.Join(",", v.Sanctions.Select(c => c.Id))} " +
        $"history {string.Join(",", v.History)}";
}
