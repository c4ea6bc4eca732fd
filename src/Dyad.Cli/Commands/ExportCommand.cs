using System.CommandLine;
using System.Text;
using Dyad.Export;
using Dyad.Query;

namespace Dyad.Cli.Commands;

/// <summary>`dyad export`: the events export of the spec (events.md), to a file or standard output.</summary>
internal static class ExportCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var filters = new EventFilters();
        var format = new Option<string>("--format") { Description = "jsonl (the spec's fields, then the article's), csv (the same columns) or plover (PLOVER JSON records)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "plover");
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var stories = new Option<bool>("--stories") { Description = "One row per story (syndicated copies skipped), adding num_articles, num_sources and num_denials (articles denying a disputed story)" };
        var command = new Command("export", "Export events as JSON Lines, CSV or PLOVER records");
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outFile);
        command.Options.Add(stories);
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var pack = global.LoadPack(parse);
            var (query, problem) = filters.Build(parse, new ActorNames(pack));
            if (query is null) { error.WriteLine($"dyad: {problem}"); return 2; }
            using var store = global.OpenExistingStore(parse);
            // Streamed from the store, a row at a time (issue 19: 12 GB for ten million events); stories group them, so
            // they are read whole.
            var stream = store.StreamEvents(query with { Sort = Storage.EventSort.Document });
            var events = stream.Select(EventRow.From);
            IReadOnlyList<Storage.StoredEvent> Stored() => [.. stream];
            var path = parse.GetValue(outFile);
            using var writer = path is null ? null : new StreamWriter(path, false, new UTF8Encoding(false));
            var target = writer ?? output;
            if (parse.GetValue(format) == "plover")
            {
                var rows = parse.GetValue(stories) ? StoryView.Load(store, Stored()).Select(s => EventRow.From(s.Event)) : events;
                PloverExport.Write(rows, pack, target);
            }
            else if (parse.GetValue(stories))
            {
                var rows = StoryView.Rows(StoryView.Load(store, Stored()));
                if (parse.GetValue(format) == "csv") EventExport.WriteCsv(rows, StoryView.Fields, target);
                else EventExport.WriteJsonLines(rows, StoryView.Fields, target);
            }
            else if (parse.GetValue(format) == "csv") EventExport.WriteCsv(events, target);
            else EventExport.WriteJsonLines(events, target);
            return 0;
        }));
        return command;
    }
}
