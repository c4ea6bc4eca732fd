using Dyad.Ingest;
using Dyad.Pipeline;

namespace Dyad.Tests.Storage;

/// <summary>
/// The random stores of the contract, written by one loop: documents of a few draws of two actors each, where each store
/// says what a draw writes and what text a document has. A store draws from its seeded <see cref="Random"/> in one fixed
/// order (how many draws, each draw's actors, what the draw writes, the text last), so a seed always gives the same
/// documents and the tests can assert exact figures on them.
/// </summary>
public abstract partial class StoreContract
{
    // Documents prefix0, prefix1, ... of one to `most` draws each; a draw of one actor twice writes nothing, so a document
    // may hold no event. `eventsOf` gets the document's key, the draw's number (counting down) and its two actors.
    private static List<CodedDocument> RandomStore(Random random, string prefix, int count, int most, string[] actors,
        Func<string, int, string, string, IEnumerable<Event>> eventsOf, Func<int, string, string> textOf)
    {
        var docs = new List<CodedDocument>();
        for (var d = 0; d < count; d++)
        {
            var key = $"{prefix}{d}";
            var events = new List<Event>();
            for (var n = random.Next(1, most + 1); n > 0; n--)
            {
                var source = actors[random.Next(actors.Length)];
                var target = actors[random.Next(actors.Length)];
                if (source != target) events.AddRange(eventsOf(key, n, source, target));
            }
            docs.Add(Doc(key, textOf(d, key), null, [.. events]));
        }
        return docs;
    }

    // Documents of a few events each among a handful of actors and steps, dated on a few days (so that days hold steps
    // of different rungs), months and years around Syria's change of government (December 2024), or undated; a fifth denied.
    private static List<CodedDocument> RandomDocs(Random random, string prefix, int count, string salt = "")
    {
        string[] actors = ["SYR", "SYR.OPP", "TUR", "TUR.LEG", "USA", "JOR"];
        string[] steps =
        [
            "relations.sever", "contact.security", "contact.ministerial", "contact.leader", "mission.reopen", "ambassador.appoint",
            "visit.leader", "stance.support", "stance.oppose", "condition.set", "sanction.impose", "sanction.ease",
        ];
        PartialDate?[] dates =
        [
            new PartialDate(2023, 5, 7), new PartialDate(2023, 5, 8), new PartialDate(2023, 5, 12), new PartialDate(2023, 5), new PartialDate(2023),
            new PartialDate(2024, 12, 1), new PartialDate(2024, 12, 20), new PartialDate(2024, 12), new PartialDate(2024), new PartialDate(2025, 2, 3), null,
        ];
        Modality[] modalities = [Modality.Asserted, Modality.Asserted, Modality.Asserted, Modality.Negated, Modality.Planned];
        return RandomStore(random, prefix, count, 5, actors,
            (key, n, source, target) =>
            [
                Ev($"{key}-{n}", key, source, target, steps[random.Next(steps.Length)], modalities[random.Next(modalities.Length)],
                    dates[random.Next(dates.Length)], DateBasis.Explicit, Math.Round(random.NextDouble(), 2), $"Evidence {random.Next(1000)} of {key}", n),
            ],
            (_, key) => $"Text of {key}{salt} {random.Next()}.");
    }

    // Documents of a few steps among four actors and four steps over eight months of 2023 (a tenth dated to the month, a
    // twentieth to the year, a tenth undated, a third denied), a document often mentioning one step twice; every fifth
    // document a syndicated copy of the one before it, with events of its own.
    private static List<(CodedDocument Doc, uint[] Signature)> SpreadDocs(Random random, int count)
    {
        string[] steps = ["contact.leader", "visit.leader", "mission.reopen", "relations.sever"];
        Modality[] modalities = [Modality.Asserted, Modality.Asserted, Modality.Asserted, Modality.Negated, Modality.Negated, Modality.Planned];
        var body = "";
        var docs = RandomStore(random, "w", count, 4, ["SYR", "SYR.OPP", "TUR", "USA"],
            (key, n, source, target) =>
            {
                var step = steps[random.Next(steps.Length)];
                var modality = modalities[random.Next(modalities.Length)];
                var events = new List<Event>();
                // Once or twice: a second mention of the step in the document, on another date or undated.
                for (var again = random.Next(3) == 0 ? 2 : 1; again > 0; again--)
                {
                    var day = new DateOnly(2023, 1, 1).AddDays(random.Next(240));
                    var p = random.Next(20);
                    PartialDate? date = p < 2 ? null : p < 4 ? new PartialDate(day.Year, day.Month) : p < 5 ? new PartialDate(day.Year) : PartialDate.FromDate(day);
                    events.Add(Ev($"{key}-{n}-{again}", key, source, target, step, modality, date, DateBasis.Explicit, Math.Round(random.NextDouble(), 2),
                        $"Evidence {random.Next(1000)} of {key}", n));
                }
                return events;
            },
            (d, _) => d % 5 == 4 ? $"{body} Reported again by outlet {d}." : body = string.Join(' ', Enumerable.Range(0, 150).Select(_ => "w" + random.Next(5000))));
        return [.. docs.Select(doc => (doc, NearDuplicates.Signature(doc.Document.Text)))];
    }

    // Falls among a few actors and sectors on a handful of days (so that days hold several, in several rows), some
    // undated, some of other steps; every modality.
    private static List<CodedDocument> FallDocs(Random random, string prefix, int count, string salt)
    {
        PartialDate?[] dates = [new PartialDate(2011, 3, 15), new PartialDate(2012), new PartialDate(2012, 7), new PartialDate(2024, 12, 8),
            new PartialDate(2024, 12, 8), new PartialDate(2024, 12), new PartialDate(2025, 1, 2), null];
        return RandomStore(random, prefix, count, 4, ["SYR", "SYR.GOV", "SYR.OPP", "TUR", "TUR.LEG", "USA", "RUS"],
            (key, n, source, target) =>
            [
                Ev($"{key}-{n}", key, source, target, random.Next(4) == 0 ? "contact.leader" : "regime.fall", (Modality)random.Next(3),
                    dates[random.Next(dates.Length)], DateBasis.Explicit, 0.5, $"Fall {random.Next(1000)} in {key}", n),
            ],
            (_, key) => $"Text of {key}{salt} {random.Next()}.");
    }
}
