using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Tests.Analysis;

namespace Dyad.Tests.Storage;

/// <summary>
/// An outline that keeps the latest entries of its lists (<see cref="DyadOutliner.Keep"/>, issue 19, seventh round) on
/// every provider: each list is the tail of an outline keeping all, and each total that list's length there; the rest
/// of the outline (rungs, summaries, counts) is unchanged.
/// </summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void Outline_KeepingTheLatest_GivesTheTailOfEveryList_AndItsTotal()
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using var store = Open();
        store.AddBatch(ChangingDyads.Documents());
        Write(store, SpreadDocs(new Random(23), 240));
        var pairs = new[] { ("SYR", "QAT"), ("SYR", "JOR"), ("TUR", "SYR") };
        foreach (var (a, b) in pairs)
        {
            List<StepCount> rows = [.. store.StepCounts(a, b, sectors: false)];
            var all = new DyadOutliner(pack).Outline(store, a, b, rows, 10);
            foreach (var keep in new[] { 1, 3, 20 })
            {
                var kept = new DyadOutliner(pack) { Keep = keep }.Outline(store, a, b, rows, 10);
                AssertTails(all, kept, keep);
            }
        }
        var qatar = new DyadOutliner(pack).Outline(store, "SYR", "QAT", [.. store.StepCounts("SYR", "QAT", sectors: false)], 10);
        Assert.Equal(ChangingDyads.Changes, qatar.History.Count);
        // The overview's outlines likewise, counterpart by counterpart.
        var overview = CounterpartOutlines.Read(pack, store, "SYR", 10);
        var bounded = CounterpartOutlines.Read(new DyadOutliner(pack) { Keep = 20 }, store, "SYR", 10);
        Assert.Equal(overview.Select(o => o.Counterpart), bounded.Select(o => o.Counterpart));
        foreach (var (o, k) in overview.Zip(bounded)) AssertTails(o, k, 20);
        Assert.Contains(bounded, o => o.HistoryTotal > o.History.Count);
        Assert.Contains(bounded, o => o.DisputesTotal > o.Disputes.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DyadOutliner(pack) { Keep = 0 });
    }

    private static void AssertTails(DyadOutline all, DyadOutline kept, int keep)
    {
        Assert.Equal(all.History.TakeLast(keep), kept.History);
        Assert.Equal(all.History.Count, kept.HistoryTotal);
        Assert.Equal(all.Disputes.TakeLast(keep).Select(Key), kept.Disputes.Select(Key));
        Assert.Equal(all.Disputes.Count, kept.DisputesTotal);
        Assert.Equal((all.Rung, all.Events, all.LastStep?.Id, all.LatestStance?.Id, all.ConditionsTotal), (kept.Rung, kept.Events, kept.LastStep?.Id, kept.LatestStance?.Id, kept.ConditionsTotal));
        Assert.Equal(all.Eras.Count, kept.Eras.Count);
        foreach (var (e, k) in all.Eras.Zip(kept.Eras))
        {
            Assert.Equal(e.History.TakeLast(keep), k.History);
            Assert.Equal(e.History.Count, k.HistoryTotal);
            Assert.Equal(e.Disputed.TakeLast(keep).Select(x => x.Id), k.Disputed.Select(x => x.Id));
            Assert.Equal(e.Disputed.Count, k.DisputedTotal);
            Assert.Equal((e.Rung, e.StepCount, e.DisputedSteps, e.Summary()), (k.Rung, k.StepCount, k.DisputedSteps, k.Summary()));
        }
    }
}
