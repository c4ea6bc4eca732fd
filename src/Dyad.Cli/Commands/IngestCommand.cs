using System.CommandLine;
using Dyad.Ingest;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>`dyad ingest PATH...`: reads, codes and stores articles, then shows where the focal state's relations stand.</summary>
internal static class IngestCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (.txt, .html, .htm, .pdf, .jsonl), folders of them, or URLs of pages, PDFs and RSS/Atom feeds", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date for every input (overrides meta.json and page metadata)" };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the summary, not the overview of dyads" };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction", DefaultValueFactory = _ => IngestRunner.DefaultBatchSize };
        var threads = new Option<int>("--threads") { Description = "Coding threads (the store is the same whatever the number)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for a URL", DefaultValueFactory = _ => 20 };
        var docTimeout = DocTimeout.Create();
        // The refresh of kept overviews costs a computation per focus kept (3.5 s at a million events, a minute at ten
        // million): a run of many small ingests may leave it to the next request instead.
        var noRefresh = new Option<bool>("--no-refresh") { Description = "Leave the overviews a server kept in the store to be computed by the next request, rather than now" };
        var command = new Command("ingest", "Read, code and store articles") { paths, published, quiet, batch, timeout, threads, docTimeout, noRefresh };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            Model.PartialDate? date = null;
            if (parse.GetValue(published) is { } p)
            {
                var parsed = Model.PartialDate.Parse(p);
                if (!parsed.TryGetValue(default, out var d)) { error.WriteLine($"dyad: --published {parsed.Message}"); return 2; }
                date = d;
            }
            var pipeline = global.Pipeline(parse);
            using var store = global.OpenStore(parse);
            if (parse.GetValue(batch) < 1) { error.WriteLine("dyad: --batch must be at least 1"); return 2; }
            if (parse.GetValue(threads) < 1) { error.WriteLine("dyad: --threads must be at least 1"); return 2; }
            var (budget, budgetError) = DocTimeout.Read(parse, docTimeout);
            if (budgetError is not null) { error.WriteLine($"dyad: {budgetError}"); return 2; }
            using var http = WebFetcher.CreateClient();
            // Without a progress bar to draw over, each error is printed as it happens, not only when the run ends.
            var live = !Consoles.IsTerminal(output);
            var runner = new IngestRunner(pipeline, store)
            {
                Failed = live ? e => error.WriteLine($"error: {e}") : null,
                Published = date,
                BatchSize = parse.GetValue(batch),
                Threads = parse.GetValue(threads),
                DocumentBudget = budget,
                Fetcher = new WebFetcher(http) { Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) },
            };
            var inputs = BundledInputs.Resolve(parse.GetValue(paths)!, output);
            IngestSummary summary;
            if (Consoles.IsTerminal(output))
            {
                IngestSummary? result = null;
                AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("ingesting", maxValue: 1);
                        result = runner.Run(inputs, new Progress(task));
                    });
                summary = result!;
            }
            else
            {
                summary = runner.Run(inputs);
            }
            Report(summary, store.Description, output, error, errorsPrinted: live);
            var (refresh, overview) = (summary.Added + summary.Replaced > 0 && !parse.GetValue(noRefresh), !parse.GetValue(quiet));
            var pack = refresh || overview ? global.LoadPack(parse) : null;
            if (refresh) RefreshKept(pack!, store, output);
            if (overview) DyadsCommand.Print(pack!, store, null, output);
            return summary.Errors.Count > 0 ? 3 : 0;
        }));
        return command;
    }

    private sealed class Progress(ProgressTask task) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = value.Current.Length == 0 ? "done" : Consoles.Clip(Path.GetFileName(value.Current), 30);
        }
    }

    // The overviews a server kept in the store (issue 19): computed again now, so that the first request after this
    // ingest reads a row instead of the focus's summary. Only the foci someone asked for are kept, so none on a store
    // no server has answered from.
    private static void RefreshKept(Packs.Pack pack, Storage.IDyadStore store, TextWriter output)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var foci = Web.Api.KeptOverviews.Refresh(store, pack);
        if (foci.Count > 0) output.WriteLine($"overviews kept in the store computed again: {string.Join(", ", foci)} ({watch.Elapsed.TotalSeconds:F1} s)");
    }

    internal static void Report(IngestSummary s, string store, TextWriter output, TextWriter error, bool errorsPrinted = false)
    {
        if (!errorsPrinted)
            foreach (var e in s.Errors) error.WriteLine($"error: {e}");
        foreach (var n in s.Notes) error.WriteLine($"note: {n}");
        output.WriteLine(
            $"{s.Added} documents added, {s.Duplicates} already stored, {s.Replaced} replaced; {s.Sentences} sentences, " +
            $"{s.Events} events ({s.StepEvents} steps); {(s.Linked > 0 ? $"{s.Linked} near-copies linked; " : "")}{s.Errors.Count} errors; {s.Elapsed.TotalSeconds:F1} s -> {store}");
        if (s.Undated > 0)
            output.WriteLine($"{s.Undated} documents have no publication date: relative dates in them stay null (give --published or a meta.json).");
    }
}
