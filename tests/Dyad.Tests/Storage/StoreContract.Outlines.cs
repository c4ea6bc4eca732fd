using Dyad.Analysis;
using Dyad.Packs;

namespace Dyad.Tests.Storage;

/// <summary>
/// Outlines read from the step summary (issue 19) on every provider: the overview and a dyad give what the analyzer gives
/// over every event. Disputes are found on the records of the contested windows only (DisputeWindows), with the undated
/// mentions of their documents and the syndicated copies among their documents; an outline reads only its latest
/// disputes whole (<see cref="DyadOutliner.WholeDisputes"/>), and the disputes, their records and the eras' disputed
/// steps stay those of an outline that reads them all.
/// </summary>
public abstract partial class StoreContract
{
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

    [StoreFact]
    public void Outlines_FromContestedWindows_GiveTheAnalyzersDisputes_OnAStoreSpreadOverMonths()
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using var store = Open();
        // Written as ingest writes them, the copies linked (NearCopies' Write).
        var linked = Write(store, SpreadDocs(new Random(23), 240));
        Assert.True(linked > 0);
        foreach (var focus in new[] { "SYR", "TUR", "USA" })
            Assert.Contains(AssertOutlinesAsAnalyzed(pack, store, focus, Disputes.Copies(store)), v => v.Disputes.Count > 0);
        // The store is one where windows matter: steps with windows that are read and windows that are not.
        var rows = store.StepCounts("TUR", "SYR", sectors: false).Where(r => r.Modality is Modality.Asserted or Modality.Negated)
            .GroupBy(r => (r.Source, r.Target, r.Step)).Select(g => DisputeWindows.Of(g)).ToList();
        Assert.Contains(rows, w => w.Any(x => x.Contested) && w.Any(x => !x.Contested));
        AssertDyadOutlineAsAnalyzed(pack, store, Disputes.Copies(store));
    }

    [StoreFact]
    public void Outline_AnUndatedMentionWhoseDocumentSpeaksOfTheStepInAnUncontestedWindow_JoinsTheStoryThere()
    {
        // Document d: a visit in January (no one denies it), the same visit in June (e denies it) and an undated mention of
        // it. The undated mention joins d's first story, January's, not the disputed one of June: the step is read whole.
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        using var store = Open();
        Event Visit(string doc, string label, Modality modality, PartialDate? date) =>
            Ev(label, doc, "TUR", "SYR", "visit.leader", modality, date, DateBasis.Explicit, 0.9, $"visit {label}", 0);
        store.AddBatch([
            Doc("d", "Text d.", null, Visit("d", "d1", Modality.Asserted, new PartialDate(2023, 1, 5)), Visit("d", "d2", Modality.Asserted, new PartialDate(2023, 6, 1)),
                Visit("d", "d3", Modality.Asserted, null)),
            Doc("e", "Text e.", null, Visit("e", "e1", Modality.Negated, new PartialDate(2023, 6, 2))),
        ]);
        var events = store.Events(new EventQuery { Dyad = ("TUR", "SYR"), StepsOnly = true });
        var view = new DyadAnalyzer(pack).View("TUR", "SYR", events);
        var outline = new DyadOutliner(pack).Outline(store, "TUR", "SYR", [.. store.StepCounts("TUR", "SYR", sectors: false)], 10);
        var dispute = Assert.Single(outline.Disputes);
        Assert.Equal([events.Single(e => e.Event.Pattern == "d2").Id], dispute.Asserted.Select(e => e.Id));
        Assert.Equal(Describe(view, 10), Describe(store, outline));
    }

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

    private static string Describe(Dispute d) => $"{Key(d)} evidence {d.Evidence} / {d.DenialEvidence}";

    // A dispute without its evidence, which an outline reads for its latest disputes only.
    private static string Key(Dispute d) =>
        $"{d.Source}>{d.Target} {d.Step} {d.Date} {d.Doc} asserted {string.Join(",", d.Asserted.Select(x => x.Id))} " +
        $"denied {string.Join(",", d.Denied.Select(x => x.Id))} docs {string.Join(",", d.AssertedDocs)} / {string.Join(",", d.DeniedDocs)}";
}
