using Dyad.Analysis;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using static Dyad.Tests.Storage.StoreData;

namespace Dyad.Tests.Storage;

/// <summary>
/// The step summary (migration 12, issue 19) on every provider: it counts what the events hold after inserts, re-ingests
/// and replaced documents, and the overview and a dyad read from it give what the analyzer gives over every event.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] SummaryActors = ["SYR", "SYR.OPP", "TUR", "TUR.LEG", "USA", "JOR"];

    private static readonly string[] SummarySteps =
    [
        "relations.sever", "contact.security", "contact.ministerial", "contact.leader", "mission.reopen", "ambassador.appoint",
        "visit.leader", "stance.support", "stance.oppose", "condition.set", "sanction.impose", "sanction.ease",
    ];

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
    public void Outlines_GiveTheAnalyzersViews_OnARandomStore()
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using var store = Open();
        store.AddBatch(RandomDocs(new Random(11), "r", 160));
        // A replaced half, so that ids have gaps and rows lost events.
        store.AddBatch(RandomDocs(new Random(12), "r", 80, salt: "v2"));
        foreach (var focus in new[] { "SYR", "TUR", "USA" }) AssertOutlinesAsAnalyzed(pack, store, focus);
        Assert.Contains(new DyadAnalyzer(pack).Counterparts("SYR", store.Events(new EventQuery { Actor = "SYR", StepsOnly = true })), v => v.Disputes.Count > 0);
        // One dyad, exactly its two ids, as the dyad page reads it.
        AssertDyadOutlineAsAnalyzed(pack, store);
    }

    // A focus's overview read from the summary gives what the analyzer gives over all its events; the analyzer's views.
    private static IReadOnlyList<DyadView> AssertOutlinesAsAnalyzed(Pack pack, IDyadStore store, string focus, IReadOnlySet<string>? copies = null)
    {
        var expected = new DyadAnalyzer(pack).Counterparts(focus, store.Events(new EventQuery { Actor = focus, StepsOnly = true }), copies);
        Assert.Equal(expected.Select(v => Describe(v, 20)), CounterpartOutlines.Read(pack, store, focus, 20).Select(o => Describe(store, o)));
        return expected;
    }

    // The TUR/SYR dyad outlined from its summary rows gives the analyzer's view of its events.
    private static void AssertDyadOutlineAsAnalyzed(Pack pack, IDyadStore store, IReadOnlySet<string>? copies = null)
    {
        var view = new DyadAnalyzer(pack).View("TUR", "SYR", store.Events(new EventQuery { Dyad = ("TUR", "SYR"), StepsOnly = true }), copies);
        var outline = new DyadOutliner(pack).Outline(store, "TUR", "SYR", [.. store.StepCounts("TUR", "SYR", sectors: false)], 1000);
        Assert.Equal(Describe(view, 1000), Describe(store, outline));
    }

    [StoreFact]
    public void Outline_ADayOfTwoRungs_OrdersTheEventsOfALargeRowByTheirIds()
    {
        // Leaders' contact (rung 3) in a, relations severed (rung 0) in b, two more contacts in c, all on one day: the
        // contacts' row counts three events whose ids lie on both sides of the severance, so the rung goes 3, 0, 3.
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using var store = Open();
        var day = new PartialDate(2023, 5, 7);
        Event Step(string doc, string label, string step) => Ev(label, doc, "TUR", "SYR", step, Modality.Asserted, day, DateBasis.Explicit, 0.9, label, 0);
        store.AddBatch([Doc("a", "Text a.", null, Step("a", "a1", "contact.leader")), Doc("b", "Text b.", null, Step("b", "b1", "relations.sever")),
            Doc("c", "Text c.", null, Step("c", "c1", "contact.leader"), Step("c", "c2", "contact.leader"))]);
        var view = new DyadAnalyzer(pack).View("TUR", "SYR", store.Events(new EventQuery { Dyad = ("TUR", "SYR"), StepsOnly = true }));
        var outline = new DyadOutliner(pack).Outline(store, "TUR", "SYR", [.. store.StepCounts("TUR", "SYR", sectors: false)], 10);
        Assert.Equal([3, 0, 3], view.History.Select(h => h.Rung));
        Assert.Equal(view.History, outline.History);
    }

    private static string Describe(DyadView v, int conditions) =>
        $"{v.Focus}/{v.Counterpart} rung {v.Rung} events {v.Events} last {v.LastStep?.Id} stance {v.LatestStance?.Id} " +
        $"conditions {string.Join(",", v.Conditions.TakeLast(conditions).Select(c => c.Id))} of {v.Conditions.Count} " +
        $"sanctions {v.Sanctions.Count(s => s.Event.Step == "sanction.impose")}/{v.Sanctions.Count(s => s.Event.Step == "sanction.ease")} " +
        $"history {string.Join(",", v.History)} eras {string.Join(" | ", v.Eras.Select(Describe))} " +
        $"across {string.Join(",", v.AcrossBreaks.Select(e => e.Id))} disputes {string.Join(" | ", v.Disputes.Select(Describe))}";

    private static string Describe(IDyadStore store, DyadOutline o) =>
        $"{o.Focus}/{o.Counterpart} rung {o.Rung} events {o.Events} last {o.LastStep?.Id} stance {o.LatestStance?.Id} " +
        $"conditions {string.Join(",", o.Conditions.Select(c => c.Id))} of {o.ConditionsTotal} sanctions {o.SanctionsImposed}/{o.SanctionsEased} " +
        $"history {string.Join(",", o.History)} eras {string.Join(" | ", o.Eras.Select(Describe))} " +
        $"across {string.Join(",", o.AcrossBreaks.SelectMany(r => store.EventsOf(r)).OrderBy(e => e.Event.Date!.Value.Start).ThenBy(e => e.Id).Select(e => e.Id))} " +
        $"disputes {string.Join(" | ", o.Disputes.Select(Describe))}";

    private static string Describe(DyadEra e) =>
        $"{e.Index} {e.Label} {e.From}-{e.To} rung {e.Rung} steps {e.StepCount} {e.Summary()} disputed {string.Join(",", e.Disputed.Select(x => x.Id))} " +
        string.Join(",", e.History);

    private static string Describe(Dispute d) =>
        $"{d.Source}>{d.Target} {d.Step} {d.Date} {d.Doc} {d.Evidence} / {d.DenialEvidence} asserted {string.Join(",", d.Asserted.Select(x => x.Id))} " +
        $"denied {string.Join(",", d.Denied.Select(x => x.Id))} docs {string.Join(",", d.AssertedDocs)} / {string.Join(",", d.DeniedDocs)}";

    // Documents of a few events each among a handful of actors and steps, dated on a few days (so that days hold steps
    // of different rungs), months and years around Syria's change of government (December 2024), or undated; a fifth denied.
    private static List<CodedDocument> RandomDocs(Random random, string prefix, int count, string salt = "")
    {
        PartialDate?[] dates =
        [
            new PartialDate(2023, 5, 7), new PartialDate(2023, 5, 8), new PartialDate(2023, 5, 12), new PartialDate(2023, 5), new PartialDate(2023),
            new PartialDate(2024, 12, 1), new PartialDate(2024, 12, 20), new PartialDate(2024, 12), new PartialDate(2024), new PartialDate(2025, 2, 3), null,
        ];
        Modality[] modalities = [Modality.Asserted, Modality.Asserted, Modality.Asserted, Modality.Negated, Modality.Planned];
        var docs = new List<CodedDocument>();
        for (var d = 0; d < count; d++)
        {
            var key = $"{prefix}{d}";
            var events = new List<Event>();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                var source = SummaryActors[random.Next(SummaryActors.Length)];
                var target = SummaryActors[random.Next(SummaryActors.Length)];
                if (source == target) continue;
                events.Add(Ev($"{key}-{n}", key, source, target, SummarySteps[random.Next(SummarySteps.Length)], modalities[random.Next(modalities.Length)],
                    dates[random.Next(dates.Length)], DateBasis.Explicit, Math.Round(random.NextDouble(), 2), $"Evidence {random.Next(1000)} of {key}", n));
            }
            docs.Add(Doc(key, $"Text of {key}{salt} {random.Next()}.", null, [.. events]));
        }
        return docs;
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
