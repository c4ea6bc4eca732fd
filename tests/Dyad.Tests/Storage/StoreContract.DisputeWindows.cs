using Dyad.Analysis;
using Dyad.Ingest;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using static Dyad.Tests.Storage.StoreData;

namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 19, the first overview: disputes are found on the records of the contested windows only (DisputeWindows), with
/// the undated mentions of their documents and the syndicated copies among their documents, and give what the analyzer
/// gives over every event, on every provider.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] WindowActors = ["SYR", "SYR.OPP", "TUR", "USA"];
    private static readonly string[] WindowSteps = ["contact.leader", "visit.leader", "mission.reopen", "relations.sever"];

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

    // Documents of a few steps among four actors and four steps over eight months of 2023 (a tenth dated to the month, a
    // twentieth to the year, a tenth undated, a third denied), a document often mentioning one step twice; every fifth
    // document a syndicated copy of the one before it, with events of its own.
    private static List<(CodedDocument Doc, uint[] Signature)> SpreadDocs(Random random, int count)
    {
        Modality[] modalities = [Modality.Asserted, Modality.Asserted, Modality.Asserted, Modality.Negated, Modality.Negated, Modality.Planned];
        var docs = new List<(CodedDocument, uint[])>();
        var body = "";
        for (var d = 0; d < count; d++)
        {
            var key = $"w{d}";
            var events = new List<Event>();
            for (var n = random.Next(1, 5); n > 0; n--)
            {
                var source = WindowActors[random.Next(WindowActors.Length)];
                var target = WindowActors[random.Next(WindowActors.Length)];
                if (source == target) continue;
                var step = WindowSteps[random.Next(WindowSteps.Length)];
                var modality = modalities[random.Next(modalities.Length)];
                // Once or twice: a second mention of the step in the document, on another date or undated.
                for (var again = random.Next(3) == 0 ? 2 : 1; again > 0; again--)
                {
                    var day = new DateOnly(2023, 1, 1).AddDays(random.Next(240));
                    var p = random.Next(20);
                    PartialDate? date = p < 2 ? null : p < 4 ? new PartialDate(day.Year, day.Month) : p < 5 ? new PartialDate(day.Year) : PartialDate.FromDate(day);
                    events.Add(Ev($"{key}-{n}-{again}", key, source, target, step, modality, date, DateBasis.Explicit, Math.Round(random.NextDouble(), 2),
                        $"Evidence {random.Next(1000)} of {key}", n));
                }
            }
            var text = d % 5 == 4 ? $"{body} Reported again by outlet {d}." : body = string.Join(' ', Enumerable.Range(0, 150).Select(_ => "w" + random.Next(5000)));
            docs.Add((Doc(key, text, null, [.. events]), NearDuplicates.Signature(text)));
        }
        return docs;
    }
}
