namespace Dyad.Tests.Storage;

/// <summary>
/// The step summary (migration 12, issue 19) on every provider: it counts what the events hold after inserts, re-ingests
/// and replaced documents, and the latest events of its rows (issue 19, third round) are what the dyad page lists as its
/// latest steps, sanctions and conditions, read from the rows' days instead of the dyad's whole index range.
/// </summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void StepCounts_CountTheEvents_AfterInsertReingestAndReplace()
    {
        using var store = Open();
        store.AddBatch(RandomDocs(new Random(7), "a", 40));
        AssertSummaryMatchesEvents(store);
        // The same texts again: duplicates, nothing changes.
        store.AddBatch(RandomDocs(new Random(7), "a", 40));
        AssertSummaryMatchesEvents(store);
        // Other texts under the same ids: each document's events are deleted (some rows lose their first or last
        // event, some go altogether) and new ones written; then every document emptied.
        store.AddBatch(RandomDocs(new Random(8), "a", 40, salt: "v2"));
        AssertSummaryMatchesEvents(store);
        store.AddBatch(RandomDocs(new Random(9), "a", 20, salt: "v3"));
        AssertSummaryMatchesEvents(store);
        store.AddBatch([.. Enumerable.Range(0, 40).Select(i => Doc($"a{i}", $"Emptied document {i}."))]);
        AssertSummaryMatchesEvents(store);
        Assert.Empty(SummaryRows(store));
    }

    [StoreFact]
    public void EventsById_MoreIdsThanOneStatementTakes_GivesEachStoredOneInIdOrder()
    {
        // The ids go to the database as one array parameter (json_each, = ANY), 5,000 a statement.
        using var store = Open();
        store.AddBatch(CommonWordDocs("i", 26));
        var all = store.Events(new EventQuery()).Select(e => e.Id).Order().ToList();
        var asked = all.Where((_, i) => i % 4 != 1).Concat([-5, all[^1] + 1000]).Reverse().Concat(all.Take(3)).ToList();
        Assert.Equal(all.Where(asked.Contains), store.EventsById(asked).Select(e => e.Id));
        // The claims of every row: more than 5,000 read by id (rows of one or two events), the others by their day.
        var rows = store.StepCounts("TUR").ToList();
        Assert.True(rows.Where(r => r.Count <= 2).Sum(r => r.Count) > 5000);
        Assert.Equal(all, store.ClaimsOf(rows).Select(e => e.Id));
    }

    [StoreFact]
    public void StepCounts_ReplacingTheFirstOfARow_MovesItsFirstIdToTheNextEvent()
    {
        using var store = Open();
        var day = new PartialDate(2023, 5, 7);
        Event Visit(string doc, string label) => Ev(label, doc, "TUR", "SYR", "visit.leader", Modality.Asserted, day, DateBasis.Explicit, 0.9, "visit", 0);
        store.AddBatch([Doc("x", "First text.", null, Visit("x", "x1")), Doc("y", "Second text.", null, Visit("y", "y1"), Visit("y", "y2"))]);
        var row = Assert.Single(store.StepCounts("TUR", "SYR", sectors: false));
        Assert.Equal(3, row.Count);
        store.AddBatch([Doc("x", "First text, without the visit.")]);
        var after = Assert.Single(store.StepCounts("TUR", "SYR", sectors: false));
        var ids = store.Events(new EventQuery { Dyad = ("TUR", "SYR") }).Select(e => e.Id).ToList();
        Assert.Equal((2L, ids.Min(), ids.Max()), (after.Count, after.FirstId, after.LastId));
        Assert.True(after.FirstId > row.FirstId);
    }

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

    private static void AssertSummaryMatchesEvents(IDyadStore store)
    {
        var expected = store.Events(new EventQuery { StepsOnly = true }).Where(e => e.Event.Target is not null)
            .GroupBy(e => (e.Event.Source, e.Event.Target, e.Event.Step, Modality: e.Event.Modality.ToCode(), Date: e.Event.Date?.ToString() ?? ""))
            .Select(g => $"{g.Key} {g.Count()} {g.Min(e => e.Id)} {g.Max(e => e.Id)}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, SummaryRows(store));
    }

    private static List<string> SummaryRows(IDyadStore store)
    {
        using var reading = Reading.Start(((SqlStore)store).Readers,
            "SELECT source, target, step, modality, date, n, first_id, last_id FROM step_counts", [], CancellationToken.None);
        var rows = new List<string>();
        var r = reading.Reader;
        while (reading.Next())
            rows.Add($"({r.GetString(0)}, {r.GetString(1)}, {r.GetString(2)}, {r.GetString(3)}, {r.GetString(4)}) {r.GetValue(5)} {r.GetValue(6)} {r.GetValue(7)}");
        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
