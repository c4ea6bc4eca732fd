using System.Diagnostics;
using System.Globalization;

namespace Dyad.Bench.Read;

/// <summary>
/// The read benchmark of issue 19: `dotnet run -c Release --project bench/Dyad.Bench -- read --events 1000000 --cli PATH/dyad.dll`.
/// Generates a store (unless it exists), starts `dyad serve` on it on 127.0.0.1, runs 16 clients over the API's main
/// queries, and prints p50/p95 per query and the server's peak memory (VmHWM from /proc); then the peak memory of
/// `dyad dyads` and `dyad export --format csv` on the same store.
/// </summary>
internal static class ReadBenchmark
{
    public static int Run(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var events = int.Parse(Arg("--events", "1000000"), CultureInfo.InvariantCulture);
        var db = Arg("--db", $"/tmp/dyad-read-bench-{events}.db");
        if (!Dyad.Storage.StoreFactory.IsPostgres(db)) db = Path.GetFullPath(db);
        var cli = Path.GetFullPath(Arg("--cli", "src/Dyad.Cli/bin/Release/net10.0/dyad.dll"));
        var clients = int.Parse(Arg("--clients", "16"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(Arg("--seconds", "20"), CultureInfo.InvariantCulture);
        // --only dyads/,events?dyad: the queries whose name holds one of the words (and no CSV export, no CLI runs).
        var only = Arg("--only", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var log = Console.Out;
        // A PostgreSQL store (a URL) is generated when --generate is given; a SQLite file when it is missing or when
        // --generate is given (a store whose generation was stopped is continued to --events).
        var postgres = Dyad.Storage.StoreFactory.IsPostgres(db);
        if (args.Contains("--generate") || args.Contains("--generate-only") || (!postgres && !File.Exists(db))) GeneratedStore.Write(db, events, 20, log);
        // --generate-only: write (or continue) the store and stop (a long generation run apart from the measurements).
        if (args.Contains("--generate-only")) return 0;
        if (!postgres) log.WriteLine($"store {db}: {new FileInfo(db).Length / 1e6:F0} MB");

        var port = 20000 + Random.Shared.Next(30000);
        using var server = Start(cli, $"serve --db \"{db}\" --urls http://127.0.0.1:{port}");
        try
        {
            Measure(server, port, clients, seconds, only, log);
        }
        finally
        {
            if (!server.HasExited) server.Kill();
            server.WaitForExit();
        }

        if (only.Length > 0) return 0;
        foreach (var command in new[] { $"dyads --db \"{db}\" --focus SYR", $"export --db \"{db}\" --format csv -o /dev/null" })
        {
            var watch = Stopwatch.StartNew();
            using var p = Start(cli, command);
            var peak = PeakWhileRunning(p);
            log.WriteLine($"dyad {command.Split(' ')[0],-8} {watch.Elapsed.TotalSeconds,8:F1} s   peak {peak / 1024.0:F0} MB   exit {p.ExitCode}");
        }
        return 0;
    }

    private static void Measure(Process server, int port, int clients, double seconds, string[] only, TextWriter log)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
        WaitUntilUp(http, server);
        var random = new Random(7);
        var others = GeneratedStore.Named[1..];
        string[] words = ["embassy", "minister talks", "sanctions", "border refugees", "envoy", "summit"];
        // The overview as a browser asks for it: accepting gzip (the body read as sent: the server's delivery is measured,
        // not the client's inflating), and again holding the answer (If-None-Match with its tag: 304 when unchanged).
        Action<HttpRequestMessage> gzip = r => r.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        Action<HttpRequestMessage>? held = null;
        (string Name, Func<Random, string> Path, Func<Action<HttpRequestMessage>?> Headers)[] queries =
        [
            ("/api/dyads?focus=SYR", _ => "/api/dyads?focus=SYR", () => null),
            ("/api/dyads?focus=SYR gzip", _ => "/api/dyads?focus=SYR", () => gzip),
            ("/api/dyads?focus=SYR held", _ => "/api/dyads?focus=SYR", () => held),
            // The overview's pages (issue 19, twelfth round: 20 counterparts unless asked): the first three, plain JSON, as
            // a client reading them all asks; and the largest page a client may ask for (100, every counterpart here).
            ("/api/dyads?focus=SYR&page=", r => $"/api/dyads?focus=SYR&page={1 + r.Next(3)}", () => null),
            ("/api/dyads?focus=SYR&pageSize=100", _ => "/api/dyads?focus=SYR&pageSize=100", () => null),
            ("/api/events?dyad=", r => $"/api/events?dyad=SYR:{others[r.Next(others.Length)]}&page={1 + r.Next(5)}", () => null),
            ("/api/events?from=&to=", r =>
            {
                var from = new DateOnly(2011 + r.Next(14), 1 + r.Next(12), 1);
                return $"/api/events?from={from:yyyy-MM-dd}&to={from.AddMonths(1):yyyy-MM-dd}";
            }, () => null),
            ("/api/events?q=", r => $"/api/events?q={Uri.EscapeDataString(words[r.Next(words.Length)])}", () => null),
            ("/api/dyads/{a}/{b}", r => $"/api/dyads/SYR/{others[r.Next(others.Length)]}", () => null),
        ];
        log.WriteLine($"{clients} clients, {seconds} s per query (or 2,000 requests)");
        log.WriteLine("query                    requests    p50 ms    p95 ms    max ms   server peak MB");
        foreach (var (name, path, headersOf) in queries)
        {
            if (only.Length > 0 && !only.Any(o => name.Contains(o, StringComparison.Ordinal))) continue;
            if (name.EndsWith(" held", StringComparison.Ordinal))
            {
                // The tag of the overview now (a server that sends none answers 200 with the whole body every time).
                using var current = http.GetAsync(path(random)).Result;
                var tag = current.Headers.ETag;
                held = r => { if (tag is not null) r.Headers.IfNoneMatch.Add(tag); };
            }
            var headers = headersOf();
            // One request alone first, reported on its own: the first overview after a start or a write is computed,
            // the next ones come from the cache (OverviewCache).
            var first = path(random);
            var cold = Load(http, 1, double.MaxValue, 1, () => first, headers);
            log.WriteLine($"{name + " (first, alone)",-24} {cold.Count,8} {cold[0],9:F1}");
            if (name == "/api/dyads/{a}/{b}")
            {
                // Every other page the clients will ask for, once each, alone: what computing a page costs (the first above
                // and these are computed; the load below asks for pages already kept, DyadPageCache, until a write).
                var each = new Queue<string>(others.Select(o => $"/api/dyads/SYR/{o}").Where(p => p != first));
                var computed = Load(http, 1, double.MaxValue, each.Count, each.Dequeue);
                Report(log, "  each page, first", computed, server);
            }
            var times = Load(http, clients, seconds, 2000, () => path(random), headers);
            Report(log, name, times, server);
        }
        if (only.Length > 0) return;
        // The CSV export of every event, two at once, each read to its end.
        var export = Load(http, 2, 1, 2, () => "/api/events?format=csv");
        Report(log, "/api/events?format=csv", export, server);
    }

    private static Process Start(string cli, string arguments)
    {
        var info = new ProcessStartInfo("dotnet", $"{cli} {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static void WaitUntilUp(HttpClient http, Process server)
    {
        for (var i = 0; i < 600; i++)
        {
            if (server.HasExited) throw new InvalidOperationException("the server stopped");
            try
            {
                if (http.GetAsync("/api/steps").Result.IsSuccessStatusCode) return;
            }
            catch (AggregateException)
            {
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException("the server did not answer");
    }

    private static List<double> Load(HttpClient http, int clients, double seconds, int maxRequests, Func<string> next, Action<HttpRequestMessage>? headers = null)
    {
        var times = new List<double>();
        var deadline = Stopwatch.StartNew();
        var started = 0;
        var gate = new Lock();
        var tasks = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (deadline.Elapsed.TotalSeconds < seconds && Interlocked.Increment(ref started) <= maxRequests)
            {
                string path;
                lock (gate) path = next();
                var watch = Stopwatch.StartNew();
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                headers?.Invoke(request);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync()) await body.CopyToAsync(Stream.Null);
                if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotModified) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
                lock (gate) times.Add(watch.Elapsed.TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(tasks);
        return times;
    }

    private static void Report(TextWriter log, string name, List<double> times, Process server)
    {
        times.Sort();
        double At(double q) => times.Count == 0 ? double.NaN : times[Math.Min(times.Count - 1, (int)(q * times.Count))];
        log.WriteLine($"{name,-24} {times.Count,8} {At(0.5),9:F1} {At(0.95),9:F1} {times.LastOrDefault(),9:F0} {PeakKb(server.Id) / 1024.0,12:F0}");
    }

    private static long PeakWhileRunning(Process p)
    {
        long peak = 0;
        while (!p.HasExited)
        {
            peak = Math.Max(peak, PeakKb(p.Id));
            Thread.Sleep(20);
        }
        p.WaitForExit();
        return peak;
    }

    /// <summary>The process's peak resident memory so far (VmHWM), in KB; 0 once it is gone.</summary>
    private static long PeakKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
