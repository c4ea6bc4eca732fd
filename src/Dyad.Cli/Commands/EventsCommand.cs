using System.CommandLine;
using Dyad.Export;
using Dyad.Query;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>`dyad events`: the stored events, filtered, as a table, JSON Lines or CSV.</summary>
internal static class EventsCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var filters = new EventFilters();
        var format = new Option<string>("--format") { Description = "table, jsonl or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var command = new Command("events", "List stored events");
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(limit);
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var (query, problem) = filters.Build(parse);
            if (query is null) { error.WriteLine($"dyad: {problem}"); return 2; }
            using var store = global.OpenStore(parse);
            var events = store.Events(query with { Limit = parse.GetValue(limit) });
            switch (parse.GetValue(format))
            {
                case "jsonl": EventExport.WriteJsonLines(events.Select(e => e.Event), output); break;
                case "csv": EventExport.WriteCsv(events.Select(e => e.Event), output); break;
                default: Table(events, output); break;
            }
            return 0;
        }));
        return command;
    }

    public static void Table(IReadOnlyList<StoredEvent> events, TextWriter output, bool evidence = true)
    {
        var console = Consoles.For(output);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "date", "source", "target", "step", "modality", "doc" }) table.AddColumn(c);
        if (evidence) table.AddColumn("evidence");
        foreach (var se in events)
        {
            var e = se.Event;
            var row = new List<string>
            {
                e.Date?.ToString() ?? "-", e.Source, e.Target ?? "-", e.Step ?? "-", e.Modality.ToString().ToLowerInvariant(), Consoles.Clip(e.Doc, 24),
            };
            if (evidence) row.Add(Consoles.Clip(e.Evidence, 90));
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        console.Write(table);
        output.WriteLine($"{events.Count} events");
    }
}
