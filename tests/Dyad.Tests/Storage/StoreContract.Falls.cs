using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;
using static Dyad.Tests.Storage.StoreData;

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

    // Falls among a few actors and sectors on a handful of days (so that days hold several, in several rows), some
    // undated, some of other steps; every modality.
    private static List<CodedDocument> FallDocs(Random random, string prefix, int count, string salt)
    {
        string[] actors = ["SYR", "SYR.GOV", "SYR.OPP", "TUR", "TUR.LEG", "USA", "RUS"];
        PartialDate?[] dates = [new PartialDate(2011, 3, 15), new PartialDate(2012), new PartialDate(2012, 7), new PartialDate(2024, 12, 8),
            new PartialDate(2024, 12, 8), new PartialDate(2024, 12), new PartialDate(2025, 1, 2), null];
        var docs = new List<CodedDocument>();
        for (var d = 0; d < count; d++)
        {
            var key = $"{prefix}{d}";
            var events = new List<Event>();
            for (var n = random.Next(1, 5); n > 0; n--)
            {
                var source = actors[random.Next(actors.Length)];
                var target = actors[random.Next(actors.Length)];
                if (source == target) continue;
                var step = random.Next(4) == 0 ? "contact.leader" : "regime.fall";
                events.Add(Ev($"{key}-{n}", key, source, target, step, (Modality)random.Next(3), dates[random.Next(dates.Length)], DateBasis.Explicit,
                    0.5, $"Fall {random.Next(1000)} in {key}", n));
            }
            docs.Add(Doc(key, $"Text of {key}{salt} {random.Next()}.", null, [.. events]));
        }
        return docs;
    }
}
