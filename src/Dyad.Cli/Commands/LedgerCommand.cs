using Dyad.Analysis;
using System.CommandLine;
using Dyad.Export;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>
/// `dyad ledger [A B]`: the ledger beside the steps (issue 20): conditions set and their status, goals claimed, and each
/// indicator's values over time with their sources, for a dyad or for every counterpart of the focal state.
/// </summary>
internal static class LedgerCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var actors = new Argument<string[]>("actors") { Description = "Two actors (ids or names): the ledger of that dyad", Arity = new ArgumentArity(0, 2) };
        var focus = new Option<string?>("--focus") { Description = "The focal state, by id or name (default: the pack's focus, SYR)" };
        var topic = new Option<string?>("--topic") { Description = "Only conditions, goals and notes on this topic (pack topic id: drugs, refugee-return, ...)" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind of line: condition, goal, indicator or dispute" };
        var format = new Option<string>("--format") { Description = "table, jsonl or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var command = new Command("ledger", "Conditions set and their status, goals claimed, and measured outcomes, beside the steps") { actors, focus, topic, kind, format };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var pack = global.LoadPack(parse);
            var names = new ActorNames(pack);
            var pair = parse.GetValue(actors) ?? [];
            if (pair.Length == 1) { error.WriteLine("dyad: give two actors for a dyad, or none"); return 2; }
            (string, string)? dyad = pair.Length == 2 ? (GlobalOptions.Actor(names, pair[0]), GlobalOptions.Actor(names, pair[1])) : null;
            var focal = dyad is null ? parse.GetValue(focus) is { } f ? GlobalOptions.Actor(names, f) : pack.Focus : null;
            using var store = global.OpenStore(parse);
            var (only, about) = (parse.GetValue(kind), parse.GetValue(topic));
            IReadOnlyList<LedgerLine> lines = only == "dispute" ? [] : LedgerView.Read(store, new LedgerQuery { Topic = about, Kind = only }, focal, dyad);
            // Disputes have no topic: listed when no topic narrows the ledger.
            if (only is null or "dispute" && about is null) lines = [.. lines, .. DisputeLines.Read(store, focal, dyad)];
            switch (parse.GetValue(format))
            {
                case "jsonl": LedgerExport.WriteJsonLines(lines, output); break;
                case "csv": LedgerExport.WriteCsv(lines, output); break;
                default: Print(pack, lines, focal, output); break;
            }
            return 0;
        }));
        return command;
    }

    private static void Print(Pack pack, IReadOnlyList<LedgerLine> lines, string? focus, TextWriter output)
    {
        var console = Consoles.For(output);
        string Counterpart(LedgerLine l) => l.Actors.Select(a => a.Split('.')[0]).FirstOrDefault(a => a != focus) ?? focus ?? "-";
        var conditions = new Table().Border(TableBorder.Simple).Title("Conditions");
        foreach (var c in new[] { "counterpart", "date", "setter", "target", "topic", "status", "demand", "gates", "doc" }) conditions.AddColumn(c);
        foreach (var l in lines.Where(l => l.Kind == "condition").OrderBy(Counterpart, StringComparer.Ordinal))
        {
            conditions.AddRow(new[] { Counterpart(l), T(l["date"]), T(l["setter"]), T(l["target"]), pack.Ledger.TopicLabel(T(l["topic"])), T(l["status"]),
                Consoles.Clip(T(l["demand"]), 50), T(l["gates"]), T(l["doc"]) }.Select(Markup.Escape).ToArray());
        }
        var goals = new Table().Border(TableBorder.Simple).Title("Goals claimed");
        foreach (var c in new[] { "counterpart", "date", "actor", "toward", "topic", "doc" }) goals.AddColumn(c);
        foreach (var l in lines.Where(l => l.Kind == "goal").OrderBy(Counterpart, StringComparer.Ordinal))
            goals.AddRow(new[] { Counterpart(l), T(l["date"]), T(l["actor"]), T(l["counterpart"]), pack.Ledger.TopicLabel(T(l["topic"])), T(l["doc"]) }.Select(Markup.Escape).ToArray());
        var indicators = new Table().Border(TableBorder.Simple).Title("Indicators over time (! another source gives another value)");
        foreach (var c in new[] { "indicator", "date", "value", "unit", "qualifier", "place", "period", "source", "" }) indicators.AddColumn(c);
        foreach (var l in lines.Where(l => l.Kind == "indicator").OrderBy(l => T(l["indicator"]), StringComparer.Ordinal).ThenBy(l => T(l["date"]), StringComparer.Ordinal))
        {
            indicators.AddRow(new[] { pack.Ledger.IndicatorLabel(T(l["indicator"])), T(l["date"]), T(l["value"]), T(l["unit"]), T(l["qualifier"]), T(l["place"]),
                T(l["period"]), T(l["doc"]), l["conflict"] is true ? "!" : "" }.Select(Markup.Escape).ToArray());
        }
        var disputes = new Table().Border(TableBorder.Simple).Title("Disputed steps (asserted by one source, denied by another: they move no rung)");
        foreach (var c in new[] { "date", "source", "target", "step", "asserted in", "denied in" }) disputes.AddColumn(c);
        foreach (var l in lines.Where(l => l.Kind == "dispute"))
        {
            disputes.AddRow(new[] { T(l["date"]), T(l["source"]), T(l["target"]), T(l["step"]), T(l["asserted_docs"]), T(l["denied_docs"]) }.Select(Markup.Escape).ToArray());
        }
        console.Write(conditions);
        console.Write(goals);
        console.Write(indicators);
        console.Write(disputes);
        output.WriteLine($"{lines.Count(l => l.Kind == "condition")} conditions, {lines.Count(l => l.Kind == "goal")} goals, {lines.Count(l => l.Kind == "indicator")} indicator values, " +
            $"{lines.Count(l => l.Kind == "dispute")} disputed steps");
    }

    private static string T(object? value) => LedgerExport.Text(value) is { Length: > 0 } s ? s : "-";
}
