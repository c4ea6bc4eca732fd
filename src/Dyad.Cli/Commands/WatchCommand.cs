using System.CommandLine;
using System.Globalization;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// `dyad watch FEED|DIR... [--every 15m] [--once]`: polls feeds and folders and ingests only what is new,
/// printing a line for each new step. What it has seen lives in the store (job "watch"): the feed's ETag,
/// the ids of feed items stored, and each file's size and time, so a restart picks up where it stopped.
/// An item is marked seen only after its batch commits; one that failed is tried again at the next poll.
/// </summary>
internal static class WatchCommand
{
    public const string Job = "watch";

    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Feed URLs (RSS or Atom), page URLs, folders or files", Arity = ArgumentArity.OneOrMore };
        var every = new Option<string>("--every") { Description = "Time between polls: 30s, 15m, 1h", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "Poll once and exit" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for a URL", DefaultValueFactory = _ => 20 };
        var command = new Command("watch", "Poll feeds and folders, ingesting what is new");
        command.Arguments.Add(inputs);
        command.Options.Add(every);
        command.Options.Add(once);
        command.Options.Add(timeout);
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            if (ParseInterval(parse.GetValue(every)!) is not { } interval) { error.WriteLine($"dyad: --every '{parse.GetValue(every)}' is not a duration like 30s, 15m or 1h"); return 2; }
            var pipeline = global.Pipeline(parse);
            using var store = global.OpenStore(parse);
            using var http = WebFetcher.CreateClient();
            var fetcher = new WebFetcher(http) { Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) };
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
            Console.CancelKeyPress += onCancel;
            try
            {
                var failed = false;
                do
                {
                    failed = Poll(pipeline, store, fetcher, parse.GetValue(inputs)!, output, error, stop.Token) > 0;
                    if (parse.GetValue(once)) break;
                } while (!stop.Token.WaitHandle.WaitOne(interval));
                return failed && parse.GetValue(once) ? 3 : 0;
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

    /// <summary>One poll over every input; returns the number of errors.</summary>
    public static int Poll(Pipeline.CodingPipeline pipeline, IDyadStore store, WebFetcher fetcher, IReadOnlyList<string> inputs, TextWriter output,
        TextWriter error, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader();
        var sources = new List<IArticleSource>();
        foreach (var input in inputs)
        {
            if (WebFetcher.IsUrl(input))
            {
                sources.Add(new WebSource(reader, fetcher, input)
                {
                    ETag = store.GetJobState(Job, "etag:" + input),
                    SkipItem = id => store.GetJobState(Job, "seen:" + id) is not null,
                });
            }
            else
            {
                sources.Add(new FileSource(reader, [input]) { Skip = path => store.GetJobState(Job, "file:" + Path.GetFullPath(path)) == FileStamp(path) });
            }
        }
        var runner = new IngestRunner(pipeline, store)
        {
            Fetcher = fetcher,
            Stored = (coded, doc, outcome) =>
            {
                if (coded is not null && outcome != AddOutcome.Duplicate)
                {
                    foreach (var e in coded.Events.Where(e => e.Step is not null))
                    {
                        output.WriteLine($"new step: {e.Date?.ToString() ?? "undated"} {e.Source} -> {e.Target ?? "-"} {e.Step} " +
                                         $"({e.Modality.ToString().ToLowerInvariant()}) [{e.Doc}] \"{Consoles.Clip(e.Evidence, 100)}\"");
                    }
                }
                if (doc.Origin is { } origin && File.Exists(origin)) store.SetJobState(Job, "file:" + Path.GetFullPath(origin), FileStamp(origin));
                else store.SetJobState(Job, "seen:" + doc.Id, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            },
        };
        var summary = runner.Run(sources, 0, null, cancellationToken);
        // A feed's ETag is kept only when the whole poll went well: otherwise a 304 would hide the items that failed.
        if (summary.Errors.Count == 0)
        {
            foreach (var s in sources.OfType<WebSource>())
            {
                if (s.NewETag is not null) store.SetJobState(Job, "etag:" + s.Name, s.NewETag);
            }
        }
        foreach (var e in summary.Errors) error.WriteLine($"error: {e}");
        output.WriteLine($"{DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss} polled {inputs.Count} inputs: {summary.Added} new documents, {summary.Replaced} replaced, " +
                         $"{summary.StepEvents} new steps; {summary.Errors.Count} errors");
        return summary.Errors.Count;
    }

    private static string FileStamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "";
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
