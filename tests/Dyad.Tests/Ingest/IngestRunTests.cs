using System.Diagnostics;
using Dyad.Ingest;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Ingest;

public sealed class IngestRunTests(TestServer server) : TempStoreTest, IClassFixture<TestServer>
{
    private static readonly Lazy<CodingPipeline> Pipeline = new(() => CodingPipeline.Create(PackLoader.Load(PackLoader.DefaultDirectory)));

    private string Db(string name = "t.db") => Path.Combine(Temp.Folder, name);

    [Fact]
    public void Urls_And_Feeds_StoreDocumentsById_AndReportFaults_BatchGoesOn()
    {
        using var store = SqliteStore.Open(Db());
        var runner = new IngestRunner(Pipeline.Value, store) { Fetcher = new WebFetcher(WebFetcher.CreateClient()) { Timeout = TimeSpan.FromSeconds(8) }, BatchSize = 2 };
        var summary = runner.Run([server.Url("/not-found"), server.Url("/rss"), server.Url("/slow"), server.Url("/doc.pdf")]);
        Assert.True(summary.Errors.Count == 2, string.Join("; ", summary.Errors));
        Assert.Contains(summary.Errors, e => e.Input == server.Url("/not-found") && e.Reason.StartsWith("HTTP 404", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.Input == server.Url("/slow") && e.Reason.StartsWith("timed out", StringComparison.Ordinal));
        Assert.Equal(3, summary.Added);
        var keys = store.Documents().Select(d => d.Key).Order().ToList();
        Assert.Equal([server.Url("/doc.pdf"), server.Url("/full-content"), server.Url("/page")], keys);
        var again = runner.Run([server.Url("/rss")]);
        Assert.Equal((0, 2), (again.Added, again.Duplicates));
    }

    [Fact]
    public void NearCopy_IsLinkedToOriginal_AndSkippedInStories()
    {
        var body = string.Join(' ', Enumerable.Repeat(TestServer.ArticleText, 2));
        File.WriteAllText(Temp.PathOf("a-orig.txt"), "Ties restored\nMarch 7, 2023\n\n" + body);
        File.WriteAllText(Temp.PathOf("b-copy.txt"), "Ties restored\nMarch 7, 2023\n\n" + body + " (Reporting by the wire.)");
        using var store = SqliteStore.Open(Db());
        var summary = new IngestRunner(Pipeline.Value, store).Run([Temp.Folder]);
        Assert.Equal((2, 1), (summary.Added, summary.Linked));
        var link = Assert.Single(store.Links());
        Assert.Equal(("b-copy", "a-orig"), (link.DocumentKey, link.OriginalKey));
        var events = store.Events(new EventQuery { StepsOnly = true });
        Assert.Contains(events, e => e.Event.Doc == "b-copy");
        var stories = Dyad.Query.Stories.Group(events, new HashSet<string> { link.DocumentKey });
        Assert.All(stories, s => Assert.DoesNotContain(s.Members, m => m.Event.Doc == "b-copy"));
    }

    [Fact]
    public void Watch_Once_IngestsOnlyWhatIsNew_AcrossRestarts()
    {
        var folder = Directory.CreateDirectory(Temp.PathOf("in")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Ties restored\nMarch 7, 2023\n\nSaudi Arabia reopened its embassy in Damascus on Monday.");
        string Watch()
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = Dyad.Cli.Cli.Run(["watch", server.Url("/rss"), folder, "--once", "--db", Db()], output, error);
            Assert.True(code == 0, error.ToString());
            return output.ToString();
        }
        var first = Watch();
        Assert.Contains("3 new documents", first);
        Assert.Contains("new step:", first);
        var hits = server.FeedHits;
        var second = Watch();
        Assert.Contains("0 new documents", second);
        Assert.DoesNotContain("new step:", second);
        Assert.Equal(hits + 1, server.FeedHits);
        using var store = SqliteStore.Open(Db());
        Assert.Equal("\"rss-v1\"", store.GetJobState("watch", "etag:" + server.Url("/rss")));
        Assert.NotNull(store.GetJobState("watch", "seen:" + server.Url("/page")));
        File.WriteAllText(Path.Combine(folder, "b.txt"), "More ties\nMarch 9, 2023\n\nJordan and Syria agreed to reopen the border crossing on Thursday.");
        store.Dispose();
        SqliteConnection.ClearAllPools();
        Assert.Contains("1 new documents", Watch());
    }

    [Fact]
    public void Stories_Cli_AddsNumArticlesAndSources()
    {
        var output = new StringWriter();
        Assert.Equal(0, Dyad.Cli.Cli.Run(["ingest", server.Url("/page"), server.Url("/page2"), "--quiet", "--db", Db()], output, new StringWriter()));
        var export = new StringWriter();
        Assert.Equal(0, Dyad.Cli.Cli.Run(["export", "--stories", "--db", Db()], export, new StringWriter()));
        var lines = export.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("\"num_articles\":", l));
        Assert.All(lines, l => Assert.Contains("\"num_sources\":1", l));
        var table = new StringWriter();
        Assert.Equal(0, Dyad.Cli.Cli.Run(["events", "--stories", "--db", Db()], table, new StringWriter()));
        Assert.Contains("stories", table.ToString());
    }

    [Fact]
    public void KilledMidIngest_RerunFinishes_SameStoreAsCleanRun()
    {
        var input = Directory.CreateDirectory(Temp.PathOf("many")).FullName;
        var countries = new[] { "Turkey", "Saudi Arabia", "Jordan", "Egypt", "Iraq", "Iran", "Russia", "France" };
        for (var i = 0; i < 240; i++)
        {
            var sentences = Enumerable.Range(0, 25).Select(k =>
                $"{countries[(i + k) % countries.Length]} and Syria held talks in Damascus on day {k} of round {i}, and officials said relations were improving step {i * 31 + k}.");
            File.WriteAllText(Path.Combine(input, $"doc{i:D3}.txt"), $"Round {i}\nMarch {1 + i % 28}, 2023\n\n" + string.Join(' ', sentences));
        }
        var cli = Path.Combine(AppContext.BaseDirectory, "dyad.dll");
        Process Start(string db) => Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "ingest", input, "--db", db, "--batch", "2", "--quiet"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        int Count(string db)
        {
            try
            {
                using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT COUNT(*) FROM documents";
                return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (SqliteException) { return 0; }
        }

        var killed = Db("killed.db");
        using (var p = Start(killed))
        {
            var watch = Stopwatch.StartNew();
            while (!p.HasExited && Count(killed) == 0 && watch.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(10);
            Assert.False(p.HasExited, "the ingest finished before it could be killed");
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        var atKill = Count(killed);
        Assert.InRange(atKill, 1, 239);
        using (var p = Start(killed)) { p.WaitForExit(); Assert.Equal(0, p.ExitCode); }
        var clean = Db("clean.db");
        using (var p = Start(clean)) { p.WaitForExit(); Assert.Equal(0, p.ExitCode); }

        SqliteConnection.ClearAllPools();
        using var a = SqliteStore.Open(killed);
        using var b = SqliteStore.Open(clean);
        var docsA = a.Documents().Select(d => (d.Key, d.ContentHash, d.Events)).ToList();
        var docsB = b.Documents().Select(d => (d.Key, d.ContentHash, d.Events)).ToList();
        Assert.Equal(240, docsA.Count);
        Assert.Equal(docsB, docsA);
        Assert.Equal(docsA.Count, docsA.Select(d => d.ContentHash).Distinct().Count());
        Assert.Equal(b.Stats(), a.Stats());
        var eventsA = a.Events(new EventQuery()).Select(e => e.Event).ToList();
        var eventsB = b.Events(new EventQuery()).Select(e => e.Event).ToList();
        Assert.Equal(eventsB, eventsA);
    }

    // A stage that fails on every text mentioning "boom", as a bug in a pack's patterns would.
    private sealed class Boom : IStage
    {
        public string Name => "boom";
        public IReadOnlyList<Layer> Writes => [];
        public IReadOnlyList<Layer> Reads => [Layer.Sentences];

        public void Process(CodedDocument doc, CancellationToken cancellationToken)
        {
            if (doc.Document.Text.Contains("boom", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void CodingFailure_IsAnError_AndACopyOfTheTextIsTriedAgain_NotCountedAsStored(int threads)
    {
        var folder = Directory.CreateDirectory(Temp.PathOf("boom")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Ties\nMarch 7, 2023\n\nJordan and Syria agreed to reopen the border crossing on Thursday.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Talks\nMarch 7, 2023\n\nThe talks went boom.");
        File.WriteAllText(Path.Combine(folder, "c.txt"), "Talks\nMarch 7, 2023\n\nThe talks went boom.");
        var pipeline = new PipelineBuilder(Pipeline.Value.Pack).UseSentences().Use(new Boom()).Build();
        using var store = SqliteStore.Open(Db());
        var summary = new IngestRunner(pipeline, store) { Threads = threads, BatchSize = 1 }.Run([folder]);
        Assert.Equal((1, 0), (summary.Added, summary.Duplicates));
        Assert.Equal([Path.Combine(folder, "b.txt"), Path.Combine(folder, "c.txt")], summary.Errors.Select(e => e.Input));
        Assert.All(summary.Errors, e => Assert.Equal("coding failed: boom", e.Reason));
    }
}
