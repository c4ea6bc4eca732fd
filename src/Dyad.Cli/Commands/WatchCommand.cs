using System.CommandLine;
using System.Globalization;
using Dyad.Ingest;

namespace Dyad.Cli.Commands;

/// <summary>
/// `dyad watch FEED|DIR... [--every 15m] [--once]`: polls feeds and folders and ingests only what is new, printing a
/// line for each new step and one per poll. What to poll, what counts as seen and when the next poll starts is
/// <see cref="WatchJob"/>'s business; this command parses options and prints.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Feed URLs (RSS or Atom), page URLs, folders or files", Arity = ArgumentArity.OneOrMore };
        var every = new Option<string>("--every") { Description = "Time between polls: 30s, 15m, 1h", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "Poll once and exit" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for a URL", DefaultValueFactory = _ => 20 };
        var docTimeout = DocTimeout.Create();
        var command = new Command("watch", "Poll feeds and folders, ingesting what is new") { inputs, every, once, timeout, docTimeout };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            if (ParseInterval(parse.GetValue(every)!) is not { } interval) { error.WriteLine($"dyad: --every '{parse.GetValue(every)}' is not a duration like 30s, 15m or 1h"); return 2; }
            var (budget, budgetError) = DocTimeout.Read(parse, docTimeout);
            if (budgetError is not null) { error.WriteLine($"dyad: {budgetError}"); return 2; }
            var pipeline = global.Pipeline(parse);
            using var store = global.OpenStore(parse);
            using var http = WebFetcher.CreateClient();
            var fetcher = new WebFetcher(http) { Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) };
            var job = new WatchJob(pipeline, store, fetcher)
            {
                DocumentBudget = budget,
                NewStep = e => output.WriteLine($"new step: {e.Date?.ToString() ?? "undated"} {e.Source} -> {e.Target ?? "-"} {e.Step} " +
                                                $"({e.Modality.ToString().ToLowerInvariant()}) [{e.Doc}] \"{Consoles.Clip(e.Evidence, 100)}\""),
            };
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
            Console.CancelKeyPress += onCancel;
            try
            {
                var last = job.Run(parse.GetValue(inputs)!, interval, parse.GetValue(once), poll => Print(poll, output, error), stop.Token);
                return last.Summary.Errors.Count > 0 ? 3 : 0;
            }
            catch (OperationCanceledException)
            {
                return 0;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }));
        return command;
    }

    private static void Print(WatchPoll poll, TextWriter output, TextWriter error)
    {
        var s = poll.Summary;
        foreach (var e in s.Errors) error.WriteLine($"error: {e}");
        output.WriteLine($"{poll.At.ToLocalTime():yyyy-MM-dd HH:mm:ss} polled {poll.Inputs} inputs: {s.Added} new documents, {s.Replaced} replaced, " +
                         $"{s.StepEvents} new steps; {s.Errors.Count} errors");
    }

    public static TimeSpan? ParseInterval(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length < 2 || !double.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return t[^1] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }
}
