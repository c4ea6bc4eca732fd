using System.CommandLine;
using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>`dyad dyads`: one row per counterpart of the focal state: rung, last step, stance, conditions, sanctions, and how the rung moved.</summary>
internal static class DyadsCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var focus = new Option<string?>("--focus") { Description = "The focal state, by id or name (default: the pack's focus, SYR)" };
        var command = new Command("dyads", "Where relations with the focal state stand, counterpart by counterpart") { focus };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var pack = global.LoadPack(parse);
            var focal = parse.GetValue(focus) is { } name ? GlobalOptions.Actor(new ActorNames(pack), name) : null;
            using var store = global.OpenExistingStore(parse);
            Print(pack, store, focal, output);
            return 0;
        }));
        return command;
    }

    public static void Print(Pack pack, IDyadStore store, string? focus, TextWriter output)
    {
        focus = (focus ?? pack.Focus ?? "SYR").ToUpperInvariant();
        // The table names each dispute by its step and date: none is read whole. A row lists the latest changes of rung per
        // era and disputed steps, as many as the API's overview; the rest are counted, and `dyad timeline` lists them
        // (issue 19: every one of them made a 28.6 MB table, 1.1 GB to render, at 7.4 million events).
        var views = CounterpartOutlines.Read(new DyadOutliner(pack) { WholeDisputes = 0, Keep = DyadOutliner.OverviewListed }, store, focus, conditions: 0);
        var console = Consoles.For(output);
        var table = new Table().Border(TableBorder.Simple).Title($"Relations with {pack.DisplayName(focus)} ({focus})");
        foreach (var c in new[] { "counterpart", "rung", "last step", "latest stance", "conditions", "sanctions", "rung by government", "disputed" }) table.AddColumn(c);
        foreach (var v in views)
        {
            var last = v.LastStep?.Event;
            var stance = v.LatestStance?.Event;
            table.AddRow(
                Markup.Escape($"{v.Counterpart} {pack.DisplayName(v.Counterpart)}"),
                v.Rung?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(last is null ? "-" : $"{Articles.Step(pack, last.Step)} {last.Date?.ToString() ?? "undated"}{(last.Modality == Model.Modality.Asserted ? "" : $" ({last.Modality.ToString().ToLowerInvariant()})")}"),
                Markup.Escape(stance is null ? "-" : $"{(stance.Step == "stance.support" ? "for" : "against")} ({stance.Source}, {stance.Date?.ToString() ?? "undated"})"),
                v.ConditionsTotal.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(Sanctions(v)),
                Markup.Escape(ByGovernment(v)),
                Markup.Escape(Disputed(focus, v)));
        }
        console.Write(table);
        output.WriteLine($"{views.Count} counterparts; rung 0 = cut off ... 6 = fully normal, from asserted dated steps only, " +
            "read anew with each government (the pack's governments.json); 'rung' is the rung with the governments now in power; " +
            "a disputed step (asserted by one article, denied by another) moves no rung");
    }

    /// <summary>
    /// How the rung moved, one line per era: "the Assad government: 2 (2022-12)", then "the transitional government: 4
    /// (2024-12-14)". A dyad whose governments never changed has one line without a name.
    /// </summary>
    public static string ByGovernment(DyadOutline v) => string.Join('\n', v.Eras.Select(e =>
    {
        var moves = e.History.Count == 0 ? "-" : string.Join(" > ", e.History.Select(h => $"{h.Rung} ({h.Date})"));
        // Only the latest changes are listed: the earlier ones counted first.
        if (e.HistoryTotal > e.History.Count) moves = $"({e.HistoryTotal - e.History.Count} earlier) > {moves}";
        return e.Label is { } label ? $"{label}: {moves}" : moves;
    }));

    // The latest disputed steps, one a line, after how many earlier ones `dyad timeline` lists.
    private static string Disputed(string focus, DyadOutline v)
    {
        if (v.Disputes.Count == 0) return "-";
        var lines = v.Disputes.Select(d => $"{d.Step} {d.Date?.ToString() ?? "undated"}");
        var earlier = v.DisputesTotal - v.Disputes.Count;
        return string.Join('\n', earlier > 0 ? lines.Prepend($"({earlier} earlier: dyad timeline {focus} {v.Counterpart})") : lines);
    }

    private static string Sanctions(DyadOutline v) =>
        v.SanctionsImposed + v.SanctionsEased == 0 ? "-" : $"{v.SanctionsImposed} imposed, {v.SanctionsEased} eased";
}
