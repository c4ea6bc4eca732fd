using System.CommandLine;
using Dyad.Export;
using Dyad.Query;
using Dyad.Storage;
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
        var stories = new Option<bool>("--stories") { Description = $"One row per story, with its numbers of articles and sources: {Stories.Explanation}" };
        var command = new Command("events", "List stored events");
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(limit);
        command.Options.Add(stories);
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var pack = global.LoadPack(parse);
            var (query, problem) = filters.Build(parse, new ActorNames(pack));
            if (query is null) { error.WriteLine($"dyad: {problem}"); return 2; }
            using var store = global.OpenExistingStore(parse);
            if (parse.GetValue(stories))
            {
                var members = store.Events(query);
                var grouped = StoryView.Load(store, members);
                if (parse.GetValue(limit) is { } max) grouped = grouped.Take(max).ToList();
                switch (parse.GetValue(format))
                {
                    case "jsonl": EventExport.WriteJsonLines(StoryView.Rows(grouped), StoryView.Fields, output); break;
                    case "csv": EventExport.WriteCsv(StoryView.Rows(grouped), StoryView.Fields, output); break;
                    default: StoryTable(grouped, pack, output, members.Count); break;
                }
                return 0;
            }
            // JSON Lines and CSV are streamed from the store, a row at a time; a table is laid out whole.
            var events = store.StreamEvents(query with { Limit = parse.GetValue(limit) });
            switch (parse.GetValue(format))
            {
                case "jsonl": EventExport.WriteJsonLines(events.Select(EventRow.From), output); break;
                case "csv": EventExport.WriteCsv(events.Select(EventRow.From), output); break;
                default: Table([.. events], pack, output); break;
            }
            return 0;
        }));
        return command;
    }

    public static void StoryTable(IReadOnlyList<StoryEvent> stories, Packs.Pack pack, TextWriter output, int events)
    {
        var console = Consoles.For(output);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "date", "source", "target", "step", "modality", "articles", "sources", "first article", "evidence" }) table.AddColumn(c);
        foreach (var s in stories)
        {
            var e = s.Event.Event;
            table.AddRow(new[]
            {
                e.Date?.ToString() ?? "-", e.Source, e.Target ?? "-", Articles.Step(pack, e.Step),
                e.Modality.ToString().ToLowerInvariant() + (s.Disputed ? $", disputed: denied by {s.NumDenials} article{(s.NumDenials == 1 ? "" : "s")}" : ""),
                s.NumArticles.ToString(System.Globalization.CultureInfo.InvariantCulture), s.NumSources.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Articles.Label(s.Event, 40), Consoles.Clip(e.Evidence, 80),
            }.Select(Markup.Escape).ToArray());
        }
        console.Write(table);
        output.WriteLine($"{stories.Count} stories from {events} events: {Stories.Explanation}");
    }

    public static void Table(IReadOnlyList<StoredEvent> events, Packs.Pack pack, TextWriter output, bool evidence = true)
    {
        var console = Consoles.For(output);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "date", "source", "target", "step", "modality", "article" }) table.AddColumn(c);
        if (evidence) table.AddColumn("evidence");
        foreach (var se in events)
        {
            var e = se.Event;
            var row = new List<string>
            {
                e.Date?.ToString() ?? "-", e.Source, e.Target ?? "-", Articles.Step(pack, e.Step), e.Modality.ToString().ToLowerInvariant(), Articles.Label(se, 50),
            };
            if (evidence) row.Add(Consoles.Clip(e.Evidence, 90));
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        console.Write(table);
        output.WriteLine($"{events.Count} events");
    }
}
