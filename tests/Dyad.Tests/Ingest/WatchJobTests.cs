using Dyad.Ingest;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Dyad.Tests.Ingest;

/// <summary>The watch policy (issue 18): job-state keys, when an ETag is kept, when to poll, all on the clock it is given.</summary>
public sealed class WatchJobTests(TestServer server) : TempStoreTest, IClassFixture<TestServer>
{
    private static readonly Lazy<CodingPipeline> Pipeline = new(() => CodingPipeline.Create(PackLoader.Load(PackLoader.DefaultDirectory)));
    private static readonly DateTimeOffset Start = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private readonly HttpClient _http = WebFetcher.CreateClient();

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private WatchJob Job(IDyadStore store, TimeProvider time) =>
        new(Pipeline.Value, store, new WebFetcher(_http) { Timeout = TimeSpan.FromSeconds(8) }, time);

    [Fact]
    public void Poll_MarksItemsSeenAtTheGivenTime_AndKeepsTheETag()
    {
        using var store = SqliteStore.Open(Temp.PathOf("t.db"));
        var time = new FakeTimeProvider(Start);
        var poll = Job(store, time).Poll([server.Url("/rss")], CancellationToken.None);
        Assert.Equal(Start, poll.At);
        Assert.Empty(poll.Summary.Errors);
        Assert.Equal(Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture), store.GetJobState(WatchJob.Job, WatchJob.SeenKey(server.Url("/page"))));
        Assert.Equal("\"rss-v1\"", store.GetJobState(WatchJob.Job, WatchJob.ETagKey(server.Url("/rss"))));
    }

    [Fact]
    public void Poll_WithAnError_KeepsNoETag_SoTheFailedItemsAreFetchedAgain()
    {
        using var store = SqliteStore.Open(Temp.PathOf("t.db"));
        var poll = Job(store, new FakeTimeProvider(Start)).Poll([server.Url("/rss"), server.Url("/not-found")], CancellationToken.None);
        Assert.Single(poll.Summary.Errors);
        Assert.Null(store.GetJobState(WatchJob.Job, WatchJob.ETagKey(server.Url("/rss"))));
    }

    [Fact]
    public void Run_PollsAgainOnlyWhenTheIntervalHasPassedOnTheGivenClock()
    {
        var folder = Directory.CreateDirectory(Temp.PathOf("in")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Ties restored\nMarch 7, 2023\n\nSaudi Arabia reopened its embassy in Damascus on Monday.");
        using var store = SqliteStore.Open(Temp.PathOf("t.db"));
        var time = new TimerSignallingTime(Start, TimeSpan.FromMinutes(15));
        using var polled = new SemaphoreSlim(0);
        var polls = new List<WatchPoll>();
        using var stop = new CancellationTokenSource();
        var job = Job(store, time);
        var run = Task.Run(() => job.Run([folder], TimeSpan.FromMinutes(15), once: false, p => { lock (polls) polls.Add(p); polled.Release(); }, stop.Token));

        Assert.True(polled.Wait(TimeSpan.FromSeconds(30)));
        // The clock is moved only once the wait is set on it.
        Assert.True(time.TimerSet.Wait(TimeSpan.FromSeconds(30)));
        time.Advance(TimeSpan.FromMinutes(14));
        Assert.False(polled.Wait(TimeSpan.FromMilliseconds(300)));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(polled.Wait(TimeSpan.FromSeconds(30)));
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => run.GetAwaiter().GetResult());
        Assert.Equal([1, 0], polls.Select(p => p.Summary.Added));
        Assert.Equal([Start, Start.AddMinutes(15)], polls.Select(p => p.At));
    }

    // A fake clock that tells when the wait between polls is set on it. Only a timer of that length counts: each
    // document's coding budget sets one on the same clock during a poll, and moving the clock on that signal raced the
    // job to its wait (seen failing once under load).
    private sealed class TimerSignallingTime(DateTimeOffset start, TimeSpan wait) : FakeTimeProvider(start)
    {
        public SemaphoreSlim TimerSet { get; } = new(0);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime == wait) TimerSet.Release();
            return timer;
        }
    }
}
