using System.CommandLine;
using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// `dyad timeline A B`: every step between two actors in date order, with its evidence, under the era it belongs to (a
/// change of government on either side starts a new ladder, and a government toppled is shown where it fell).
/// </summary>
internal static class TimelineCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var a = new Argument<string>("a") { Description = "An actor, by id or name: TUR, Turkey, the UAE" };
        var b = new Argument<string>("b") { Description = "Another actor, by id or name: SYR, Syria" };
        var command = new Command("timeline", "Every step between two actors in date order, era by era") { a, b };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var pack = global.LoadPack(parse);
            var names = new ActorNames(pack);
            var (idA, idB) = (GlobalOptions.Actor(names, parse.GetValue(a)!), GlobalOptions.Actor(names, parse.GetValue(b)!));
            using var store = global.OpenExistingStore(parse);
            Print(pack, store, idA, idB, output);
            return 0;
        }));
        return command;
    }

    public static void Print(Pack pack, IDyadStore store, string idA, string idB, TextWriter output)
    {
        var events = store.Events(new EventQuery { Dyad = (idA, idB), StepsOnly = true });
        var view = new DyadAnalyzer(pack).View(idA, idB, events, Disputes.Copies(store));
        var disputed = view.Disputes.SelectMany(d => d.Asserted.Concat(d.Denied)).Select(e => e.Id).ToHashSet();
        var ids = events.Select(e => e.Id).ToHashSet();
        var falls = Falls(store, idA, idB).Where(f => !ids.Contains(f.Id)).ToList();
        var shown = 0;
        foreach (var era in view.Eras)
        {
            if (view.Eras.Count > 1 || era.Label is not null) output.WriteLine($"== {Heading(era)}: {era.Summary(named: false)}");
            foreach (var se in era.Steps) Step(pack, se, output, disputed.Contains(se.Id));
            shown += era.Steps.Count;
            // A government toppled in this era, by whoever (regime.fall against either side): where its era ends.
            foreach (var fall in falls.Where(f => era.Contains(f.Event.Date!.Value.Start) && era.Contains(f.Event.Date!.Value.End)))
            {
                output.WriteLine($"   -- government toppled {fall.Event.Date}: {fall.Event.Source} -> {fall.Event.Target} \"{fall.Event.Evidence}\" [{fall.Event.Doc}]");
                if (!EraSplitter.Declares(pack, fall.Event.Target!, fall.Event.Date!.Value))
                    output.WriteLine($"      (no government of {Base(fall.Event.Target!)} in the pack ends then: the ladder runs on; governments.json would mark the break)");
            }
        }
        if (view.AcrossBreaks.Count > 0)
        {
            output.WriteLine("== dated across a change of government (in no era; they move no rung)");
            foreach (var se in view.AcrossBreaks) Step(pack, se, output, disputed.Contains(se.Id));
        }
        var undated = events.Where(e => e.Event.Date is null).ToList();
        if (undated.Count > 0 && view.Eras.Count > 1) output.WriteLine("== undated");
        foreach (var se in undated) Step(pack, se, output, disputed.Contains(se.Id));
        if (view.Disputes.Count > 0)
        {
            output.WriteLine("== disputed: asserted by one article, denied by another; the rung does not move on them");
            foreach (var d in view.Disputes)
            {
                output.WriteLine($"{d.Date?.ToString() ?? "undated",-10}  {Articles.Step(pack, d.Step),-44} {d.Source} -> {d.Target}");
                output.WriteLine($"            asserted: \"{d.Evidence}\" [{string.Join(", ", d.AssertedDocs)}]");
                output.WriteLine($"            denied:   \"{d.DenialEvidence}\" [{string.Join(", ", d.DeniedDocs)}]");
            }
        }
        output.WriteLine($"{events.Count} steps between {idA} and {idB}");
    }

    // "the Assad government, to 2024-12-08"; "the transitional government, from 2024-12-09".
    private static string Heading(DyadEra era)
    {
        var name = era.Label ?? "no change of government";
        return (era.From, era.To) switch
        {
            (null, null) => name,
            ({ } f, null) => $"{name}, from {f:yyyy-MM-dd}",
            (null, { } t) => $"{name}, to {t:yyyy-MM-dd}",
            ({ } f, { } t) => $"{name}, {f:yyyy-MM-dd} to {t:yyyy-MM-dd}",
        };
    }

    // A government of either side toppled (regime.fall against it, by whoever): shown where its era ends. Between two
    // states, every fall against either, read from the step summary (issue 19: every event of each side was read to find
    // them); with a sector, the falls each side takes part in, read from its events as before.
    private static List<StoredEvent> Falls(IDyadStore store, string a, string b) => a.Contains('.') || b.Contains('.')
        ? [.. new[] { a, b }.SelectMany(x => store.Events(new EventQuery { Actor = x, Step = "regime.fall" }))
            .Where(e => e.Event.Date is not null && e.Event.Target is { } t && (Base(t) == Base(a) || Base(t) == Base(b)))
            .DistinctBy(e => e.Id).OrderBy(e => e.Event.Date!.Value.Start).ThenBy(e => e.Id)]
        : [.. store.Falls([a, b], int.MaxValue).Latest];

    private static void Step(Pack pack, StoredEvent se, TextWriter output, bool disputed)
    {
        var e = se.Event;
        output.WriteLine($"{e.Date?.ToString() ?? "undated",-10}  {Articles.Step(pack, e.Step),-44} {e.Modality.ToString().ToLowerInvariant(),-12} {e.Source} -> {e.Target}{(disputed ? "  DISPUTED" : "")}");
        output.WriteLine($"            \"{e.Evidence}\"");
        output.WriteLine($"            {Articles.Label(se, 100)} [{e.Doc}]");
    }

    private static string Base(string actor) => actor.Split('.')[0];
}
