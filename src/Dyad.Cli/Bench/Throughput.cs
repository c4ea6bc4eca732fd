using System.Diagnostics;
using System.Text;
using Dyad.Ingest;
using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Cli.Bench;

/// <summary>What one phase of a benchmark did and how fast: text in, sentences and events out, memory used.</summary>
internal sealed record PhaseResult(
    string Phase,
    int Threads,
    long Documents,
    long Bytes,
    long Sentences,
    long Events,
    TimeSpan Elapsed,
    long AllocatedBytes,
    long MaxGcHeapBytes,
    long PeakWorkingSetBytes)
{
    /// <summary>Processor time of the whole process during the phase (every thread, user and system): above the
    /// elapsed time when several cores worked; far above the work done, when threads waited by spinning.</summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>Garbage collections during the phase (all generations), and the time the process stood still for them.</summary>
    public int Collections { get; init; }

    public TimeSpan GcPause { get; init; }

    /// <summary>Bytes the process caused to be written to storage during the phase (Linux), or null where unknown.</summary>
    public long? WrittenBytes { get; init; }

    private double Seconds => Math.Max(Elapsed.TotalSeconds, 1e-9);
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
    public double DocumentsPerSecond => Documents / Seconds;
    public double SentencesPerSecond => Sentences / Seconds;
    public double EventsPerSecond => Events / Seconds;
}

/// <summary>Counts what a phase went through.</summary>
internal sealed class PhaseCounters
{
    public long Documents;
    public long Bytes;
    public long Sentences;
    public long Events;

    public void Add(Document doc, int sentences, int events)
    {
        Documents++;
        Bytes += Encoding.UTF8.GetByteCount(doc.Text);
        Sentences += sentences;
        Events += events;
    }
}

/// <summary>
/// Runs the phases of `dyad bench` over a corpus folder: reading only, coding in memory, and ingesting into a
/// temporary SQLite store (deleted after). Each phase is timed and watched for memory: bytes allocated,
/// the largest GC heap seen (sampled), and the process's peak working set so far.
/// </summary>
internal sealed class Throughput(CodingPipeline pipeline)
{
    public static PhaseResult Measure(string phase, int threads, Action<PhaseCounters> body)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var counters = new PhaseCounters();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var written = WrittenSoFar();
        long maxHeap = GC.GetTotalMemory(false);
        using var stop = new ManualResetEventSlim(false);
        var sampler = new Thread(() =>
        {
            do
            {
                var heap = GC.GetTotalMemory(false);
                if (heap > Interlocked.Read(ref maxHeap)) Interlocked.Exchange(ref maxHeap, heap);
            } while (!stop.Wait(10));
        })
        { IsBackground = true, Name = "dyad-bench-memory" };
        sampler.Start();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        try
        {
            body(counters);
        }
        finally
        {
            watch.Stop();
            stop.Set();
            sampler.Join();
        }
        process.Refresh();
        return new PhaseResult(phase, threads, counters.Documents, counters.Bytes, counters.Sentences, counters.Events, watch.Elapsed,
            GC.GetTotalAllocatedBytes(precise: false) - allocated, Interlocked.Read(ref maxHeap), process.PeakWorkingSet64)
        {
            ProcessorTime = process.TotalProcessorTime - cpu,
            // A collection of an older generation also collects generation 0, so its count is the total.
            Collections = GC.CollectionCount(0) - collections,
            GcPause = GC.GetTotalPauseDuration() - paused,
            WrittenBytes = WrittenSoFar() - written,
        };
    }

    // write_bytes of /proc/self/io: what reached (or will reach) the disk, the log and its checkpoint both counted.
    private static long? WrittenSoFar()
    {
        const string io = "/proc/self/io";
        if (!File.Exists(io)) return null;
        foreach (var line in File.ReadLines(io))
        {
            if (line.StartsWith("write_bytes:", StringComparison.Ordinal) &&
                long.TryParse(line.AsSpan("write_bytes:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture, out var bytes))
                return bytes;
        }
        return null;
    }

    /// <summary>The articles of a folder (as `dyad ingest` reads them), lazily.</summary>
    public static IEnumerable<Document> Read(string folder)
    {
        foreach (var r in new FileSource(new ArticleReader(), [folder]).Read())
        {
            if (r.Document is { } doc) yield return doc;
        }
    }

    /// <summary>Reads the corpus and nothing else: the floor under the other phases.</summary>
    public PhaseResult ReadOnly(string folder) => Measure("read", 1, c =>
    {
        foreach (var doc in Read(folder)) c.Add(doc, 0, 0);
    });

    /// <summary>
    /// Reads and codes the corpus in memory on <paramref name="threads"/> threads, each document within the default
    /// time budget as ingest codes it (so the budget's checks are measured too); results are counted and dropped.
    /// </summary>
    public PhaseResult Code(string folder, int threads) => Measure("code", threads, c =>
    {
        foreach (var coded in OrderedParallel.Map(Read(folder), CodeWithinBudget, threads))
            c.Add(coded.Document, coded.Sentences.Count, coded.Events.Count);
    });

    private CodedDocument CodeWithinBudget(Document doc)
    {
        using var budget = new CodingBudget(CodingBudget.DefaultLimit, TimeProvider.System);
        return pipeline.Code(doc, budget);
    }

    /// <summary>Ingests the corpus into a new SQLite store in a temporary file, deleted after.</summary>
    public PhaseResult Store(string folder, int threads, int batchSize = IngestRunner.DefaultBatchSize)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-bench-{Guid.NewGuid():N}.db");
        try
        {
            return Measure("store", threads, c =>
            {
                using var store = StoreFactory.Open(path);
                var runner = new IngestRunner(pipeline, store)
                {
                    Threads = threads,
                    BatchSize = batchSize,
                    Stored = (coded, doc, _) => { if (coded is not null) c.Add(doc, coded.Sentences.Count, coded.Events.Count); },
                };
                runner.Run([folder]);
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                if (File.Exists(f)) File.Delete(f);
            }
        }
    }
}
