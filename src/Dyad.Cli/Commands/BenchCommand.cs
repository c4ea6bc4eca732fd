using System.CommandLine;
using System.Globalization;
using Dyad.Cli.Bench;

namespace Dyad.Cli.Commands;

/// <summary>
/// `dyad bench`: how fast Dyad reads, codes and stores a corpus. With no --corpus it generates one of --size MB
/// from the bundled samples (and the shared seeds when found) into a temporary folder, deleted after.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var corpus = new Option<string?>("--corpus") { Description = "A folder of articles to benchmark on (default: a generated corpus)" };
        var repeat = new Option<int>("--repeat") { Description = "Times to run each phase", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Coding threads (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var size = new Option<int>("--size") { Description = "Size of the generated corpus in MB", DefaultValueFactory = _ => 20 };
        var noStore = new Option<bool>("--no-store") { Description = "Skip the phase that writes into a temporary SQLite store" };
        var keep = new Option<string?>("--corpus-out") { Description = "Write the generated corpus to this folder and keep it (for repeated runs, or `dyad ingest`)" };
        var command = new Command("bench", "Measure coding and ingest throughput (MB/s, sentences/s, events/s, memory)") { corpus, repeat, threads, size, noStore, keep };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var n = parse.GetValue(threads);
            var times = parse.GetValue(repeat);
            var mb = parse.GetValue(size);
            if (n < 1 || times < 1 || mb < 1) { error.WriteLine("dyad: --threads, --repeat and --size must be at least 1"); return 2; }
            var pipeline = global.Pipeline(parse);
            var folder = parse.GetValue(corpus);
            string? generated = null;
            try
            {
                if (folder is null)
                {
                    var kept = parse.GetValue(keep);
                    folder = kept ?? Path.Combine(Path.GetTempPath(), $"dyad-bench-corpus-{Guid.NewGuid():N}");
                    if (kept is null) generated = folder;
                    var templates = BenchCorpus.Templates();
                    var count = new CorpusGenerator(templates).WriteTo(folder, mb * 1_000_000L);
                    output.WriteLine($"generated {count:N0} articles ({mb} MB) from {templates.Count} templates in {folder}");
                }
                else if (!Directory.Exists(folder))
                {
                    error.WriteLine($"dyad: --corpus '{folder}' is not a folder");
                    return 2;
                }
                var bench = new Throughput(pipeline);
                output.WriteLine($"{"phase",-6} {"threads",7} {"docs",8} {"MB",8} {"s",7} {"cpu s",6} {"MB/s",7} {"sent/s",9} {"events/s",9} {"alloc MB",9} {"max heap MB",11} {"peak WS MB",10} {"GCs",6} {"GC pause s",10} {"disk MB",8}");
                // Untimed passes first (a few seconds): the JIT reaches its optimised code, the interned words fill up.
                var warm = Throughput.Read(folder).Take(300).ToList();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                while (clock.Elapsed < TimeSpan.FromSeconds(3)) foreach (var doc in warm) pipeline.Code(doc);
                for (var r = 0; r < times; r++) Print(bench.ReadOnly(folder), output);
                for (var r = 0; r < times; r++) Print(bench.Code(folder, 1), output);
                if (n > 1)
                    for (var r = 0; r < times; r++) Print(bench.Code(folder, n), output);
                if (!parse.GetValue(noStore))
                {
                    for (var r = 0; r < times; r++) Print(bench.Store(folder, 1), output);
                    if (n > 1)
                        for (var r = 0; r < times; r++) Print(bench.Store(folder, n), output);
                }
                return 0;
            }
            finally
            {
                if (generated is not null && Directory.Exists(generated)) Directory.Delete(generated, true);
            }
        }));
        return command;
    }

    private static void Print(PhaseResult p, TextWriter output)
    {
        Row(p, output);
        if (CollectionNote.For(p, Environment.GetEnvironmentVariable) is { } note) output.WriteLine(note);
    }

    private static void Row(PhaseResult p, TextWriter output) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{p.Phase,-6} {p.Threads,7} {p.Documents,8} {p.Bytes / 1e6,8:F1} {p.Elapsed.TotalSeconds,7:F2} {p.ProcessorTime.TotalSeconds,6:F2} {p.MegabytesPerSecond,7:F2} {p.SentencesPerSecond,9:F0} {p.EventsPerSecond,9:F0} {p.AllocatedBytes / 1e6,9:F0} {p.MaxGcHeapBytes / 1e6,11:F0} {p.PeakWorkingSetBytes / 1e6,10:F0} {p.Collections,6} {p.GcPause.TotalSeconds,10:F2} {(p.WrittenBytes is { } w ? (w / 1e6).ToString("F1", CultureInfo.InvariantCulture) : "-"),8}"));
}
