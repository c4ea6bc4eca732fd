using System.Globalization;
using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>What one poll of <see cref="WatchJob"/> did, and when it ended.</summary>
public sealed record WatchPoll(DateTimeOffset At, int Inputs, IngestSummary Summary);

/// <summary>
/// The policy of `dyad watch`: polls feeds and folders and ingests only what is new, through one
/// <see cref="IngestRunner"/> kept for every poll. What it has seen lives in the store (job <see cref="Job"/>): the
/// feed's ETag, the ids of feed items stored, and each file's size and time, so a restart picks up where it stopped.
/// An item is marked seen only after its batch commits; one that failed is tried again at the next poll. Time is
/// read from the <see cref="TimeProvider"/> given, never from the clock.
/// </summary>
public sealed class WatchJob
{
    /// <summary>The job name under which the store keeps what was seen.</summary>
    public const string Job = "watch";

    private readonly IDyadStore _store;
    private readonly WebFetcher _fetcher;
    private readonly TimeProvider _time;
    private readonly IngestRunner _runner;
    private readonly CodingPipeline _pipeline;
    private readonly ArticleReader _reader = new();

    /// <param name="pipeline">Codes what is new.</param>
    /// <param name="store">Where documents and the job's state go.</param>
    /// <param name="fetcher">Fetches feeds and pages.</param>
    /// <param name="time">The clock: when items were seen, when to poll next.</param>
    public WatchJob(CodingPipeline pipeline, IDyadStore store, WebFetcher fetcher, TimeProvider? time = null)
    {
        _store = store;
        _fetcher = fetcher;
        _time = time ?? TimeProvider.System;
        _pipeline = pipeline;
        _runner = new IngestRunner(pipeline, store, _time) { Fetcher = fetcher, Stored = Stored };
    }

    /// <summary>The time one document may take to code (<see cref="IngestRunner.DocumentBudget"/>); null for none.</summary>
    public TimeSpan? DocumentBudget
    {
        get => _runner.DocumentBudget;
        init => _runner = new IngestRunner(_pipeline, _store, _time) { Fetcher = _fetcher, Stored = Stored, DocumentBudget = value };
    }

    /// <summary>Called for each event with a step of a document new or replaced, in input order, once its batch commits.</summary>
    public Action<Event>? NewStep { get; init; }

    /// <summary>The key of a feed's ETag.</summary>
    public static string ETagKey(string url) => "etag:" + url;

    /// <summary>The key of a feed item (or page) stored, by document id.</summary>
    public static string SeenKey(string id) => "seen:" + id;

    /// <summary>The key of a file stored, by its full path.</summary>
    public static string FileKey(string path) => "file:" + Path.GetFullPath(path);

    /// <summary>
    /// Polls every <paramref name="every"/> until cancelled (the cancellation is thrown), handing each poll to
    /// <paramref name="polled"/>; with <paramref name="once"/>, polls once and returns that poll.
    /// </summary>
    public WatchPoll Run(IReadOnlyList<string> inputs, TimeSpan every, bool once, Action<WatchPoll> polled, CancellationToken cancellationToken)
    {
        while (true)
        {
            var poll = Poll(inputs, cancellationToken);
            polled(poll);
            if (once) return poll;
            // The next poll starts a full interval after this one ended: a slow poll never makes them overlap.
            Task.Delay(every, _time, cancellationToken).GetAwaiter().GetResult();
        }
    }

    /// <summary>One poll over every input.</summary>
    public WatchPoll Poll(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var sources = new List<IArticleSource>();
        foreach (var input in inputs)
        {
            if (WebFetcher.IsUrl(input))
            {
                sources.Add(new WebSource(_reader, _fetcher, input)
                {
                    ETag = _store.GetJobState(Job, ETagKey(input)),
                    SkipItem = id => _store.GetJobState(Job, SeenKey(id)) is not null,
                });
            }
            else
            {
                sources.Add(new FileSource(_reader, [input]) { Skip = path => _store.GetJobState(Job, FileKey(path)) == FileStamp(path) });
            }
        }
        var summary = _runner.Run(sources, 0, null, cancellationToken);
        // A feed's ETag is kept only when the whole poll went well: otherwise a 304 would hide the items that failed.
        if (summary.Errors.Count == 0)
        {
            foreach (var s in sources.OfType<WebSource>())
            {
                if (s.NewETag is not null) _store.SetJobState(Job, ETagKey(s.Name), s.NewETag);
            }
        }
        return new WatchPoll(_time.GetUtcNow(), inputs.Count, summary);
    }

    // Marks an input seen once its batch committed; a file by its size and time, so an edited file is read again.
    private void Stored(CodedDocument? coded, Document doc, AddOutcome outcome)
    {
        if (coded is not null && outcome != AddOutcome.Duplicate && NewStep is { } newStep)
        {
            foreach (var e in coded.Events) if (e.Step is not null) newStep(e);
        }
        if (doc.Origin is { } origin && File.Exists(origin)) _store.SetJobState(Job, FileKey(origin), FileStamp(origin));
        else _store.SetJobState(Job, SeenKey(doc.Id), _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
    }

    private static string FileStamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "";
    }
}
