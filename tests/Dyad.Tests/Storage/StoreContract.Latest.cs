using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Tests.Storage;

/// <summary>
/// The latest events of summary rows (issue 19, third round) on every provider: what the dyad page lists as its latest
/// steps, sanctions and conditions, read from the rows' days instead of the dyad's whole index range.
/// </summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void LatestOf_TheRows_GivesTheirLatestEventsInADyadsOrder()
    {
        using var store = Open();
        store.AddBatch(RandomDocs(new Random(21), "l", 160));
        store.AddBatch(RandomDocs(new Random(22), "l", 60, salt: "v2"));
        var events = store.Events(new EventQuery { StepsOnly = true }).Where(e => e.Event.Target is not null).ToList();
        foreach (var rows in new[] { store.StepCounts("TUR", "SYR", sectors: false).ToList(), store.StepCounts("SYR").ToList() })
        {
            Func<StepCount, bool>[] subsets =
            [
                _ => true, r => r.Step == "condition.set", r => r.Step is "sanction.impose" or "sanction.ease",
                r => r.Modality == Modality.Asserted && r.Step != "stance.support", r => r.Date is null, r => r.Date is not null,
            ];
            foreach (var subset in subsets)
            {
                var chosen = rows.Where(subset).ToList();
                var keys = chosen.Select(r => (r.Source, r.Target, r.Step, r.Modality, r.Date?.ToString())).ToHashSet();
                var theirs = events.Where(e => keys.Contains((e.Event.Source, e.Event.Target!, e.Event.Step!, e.Event.Modality, e.Event.Date?.ToString()))).ToList();
                Assert.Equal(chosen.Sum(r => r.Count), theirs.Count);
                foreach (var count in new[] { 1, 3, 10, 40, 1000 })
                {
                    var latest = theirs.Where(e => e.Event.Date is null).OrderByDescending(e => e.Id).Take(count).ToList();
                    latest.AddRange(theirs.Where(e => e.Event.Date is not null).OrderByDescending(e => e.Event.Date!.Value.Start).ThenByDescending(e => e.Id)
                        .Take(count - latest.Count));
                    latest.Reverse();
                    var got = store.LatestOf(chosen, count);
                    Assert.Equal(latest.Select(e => e.Id), got.Select(e => e.Id));
                    Assert.Equal(latest.Select(e => e.Event.Evidence), got.Select(e => e.Event.Evidence));
                }
            }
        }
        Assert.True(events.Count > 300);
    }
}
