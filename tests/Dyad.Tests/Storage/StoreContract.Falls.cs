using Dyad.Pipeline;

namespace Dyad.Tests.Storage;

/// <summary>
/// Governments toppled read from the step summary (issue 19, third round) on every provider: the latest days of falls
/// and the total are what a query of every event of the states by actor and step gives.
/// </summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void Falls_FromTheSummary_AreTheLatestDaysOfTheFallsTheEventsHold()
    {
        using var store = Open();
        store.AddBatch(FallDocs(new Random(5), "f", 60, ""));
        // A replaced third, so that rows lose events and ids have gaps.
        store.AddBatch(FallDocs(new Random(6), "f", 20, "v2"));
        string[][] statesOf = [["SYR"], ["TUR"], ["SYR.GOV"], ["SYR", "TUR"], ["TUR.LEG", "SYR"], ["SYR.GOV", "SYR"], ["JOR"]];
        foreach (var states in statesOf)
        {
            var all = AllFalls(store, states);
            foreach (var count in new[] { 1, 2, 5, 17, 1000 })
            {
                var falls = store.Falls(states, count);
                Assert.Equal(all.Count, falls.Total);
                // Every fall from the day the count is reached (counting back from the latest), in date and id order.
                var from = all.Count == 0 ? DateOnly.MaxValue : all[Math.Max(0, all.Count - count)].Event.Date!.Value.Start;
                Assert.Equal(all.Where(e => e.Event.Date!.Value.Start >= from).Select(e => e.Id), falls.Latest.Select(e => e.Id));
                Assert.Equal(all.Where(e => e.Event.Date!.Value.Start >= from).Select(e => e.Event.Evidence), falls.Latest.Select(e => e.Event.Evidence));
            }
        }
        Assert.True(AllFalls(store, ["SYR"]).Count > 20);
    }

    // What the dyad page listed before the summary: each state's regime.fall events by actor, dated, against the state.
    private static List<StoredEvent> AllFalls(IDyadStore store, string[] states) =>
        [.. states.SelectMany(s => store.Events(new EventQuery { Actor = s, Step = "regime.fall" })
                .Where(e => e.Event.Date is not null && e.Event.Target is { } t && t.Split('.')[0] == s.Split('.')[0]))
            .DistinctBy(e => e.Id).OrderBy(e => e.Event.Date!.Value.Start).ThenBy(e => e.Id)];
}
