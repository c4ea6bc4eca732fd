using Dyad.Analysis;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 19, fifth round: an outline reads only its latest disputes whole (<see cref="DyadOutliner.WholeDisputes"/>), the
/// overview twenty per counterpart, `dyad dyads` none; the disputes themselves, their records and the eras' disputed
/// steps stay those of an outline that reads them all.
/// </summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void Outline_WithTheLatestDisputesWhole_FindsTheSameDisputes_AndReadsOnlyTheLatestWhole()
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using var store = Open();
        Write(store, SpreadDocs(new Random(23), 240));
        List<StepCount> rows = [.. store.StepCounts("TUR", "SYR", sectors: false)];
        var all = new DyadOutliner(pack).Outline(store, "TUR", "SYR", rows, 10);
        Assert.True(all.Disputes.Count >= 3, $"{all.Disputes.Count} disputes");
        Assert.All(all.Disputes, d => Assert.NotEqual("", d.Evidence));
        foreach (var latest in new[] { 0, 1, all.Disputes.Count })
        {
            var some = new DyadOutliner(pack) { WholeDisputes = latest }.Outline(store, "TUR", "SYR", rows, 10);
            // The same disputes, records and eras (the evidence aside).
            Assert.Equal(all.Disputes.Select(Key), some.Disputes.Select(Key));
            Assert.Equal(all.Eras.Select(Describe), some.Eras.Select(Describe));
            Assert.Equal(all.History, some.History);
            // The latest ones whole, as an outline reading them all has them; the earlier ones without their evidence.
            var from = all.Disputes.Count - latest;
            Assert.Equal(all.Disputes.Skip(from).Select(Describe), some.Disputes.Skip(from).Select(Describe));
            Assert.All(some.Disputes.Take(from), d => Assert.Equal(("", ""), (d.Evidence, d.DenialEvidence)));
            Assert.All(some.Disputes.Take(from).SelectMany(d => d.Asserted.Concat(d.Denied)), e => Assert.Equal("", e.Event.Evidence));
        }
    }

    private static string Key(Dispute d) =>
        $"{d.Source}>{d.Target} {d.Step} {d.Date} {d.Doc} asserted {string.Join(",", d.Asserted.Select(x => x.Id))} " +
        $"denied {string.Join(",", d.Denied.Select(x => x.Id))} docs {string.Join(",", d.AssertedDocs)} / {string.Join(",", d.DeniedDocs)}";
}
