using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 19, failure 5, as it was found: four `dyad ingest` processes on overlapping folders of syndicated articles
/// link every copy, as one process does (they kept 105 and 90 links of 243), and their summaries add up to the links stored.
/// </summary>
public abstract partial class ConcurrentIngestLinks : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("dyad-links-");

    protected abstract string Parallel { get; }

    protected abstract string Single { get; }

    public virtual void Dispose() => _work.Delete(recursive: true);

    private const int Pairs = 20;

    // Articles of random words, each with a copy: a tag line added (gNN-a and gNN-b, near-identical). The folder
    // holds the articles numbered first..last, their originals, their copies, or both.
    private string Folder(string name, int first, int last, string which = "ab")
    {
        var dir = Directory.CreateDirectory(Path.Combine(_work.FullName, name)).FullName;
        var random = new Random(5);
        for (var g = 0; g < Pairs; g++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 150).Select(_ => "w" + random.Next(5000))) + ".";
            if (g < first || g > last) continue;
            if (which.Contains('a')) File.WriteAllText(Path.Combine(dir, $"g{g:D2}-a.txt"), body);
            if (which.Contains('b')) File.WriteAllText(Path.Combine(dir, $"g{g:D2}-b.txt"), body + " Reported by the wire.");
        }
        return dir;
    }

    [GeneratedRegex(@"(\d+) near-copies linked")]
    private static partial Regex LinkedCount();

    private static int Linked(string output) =>
        LinkedCount().Match(output) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [StoreFact]
    public void Ingest_FourProcessesOnFoldersThatSplitThePairs_LinkEveryCopyAsOneProcessDoes_AndCountWhatTheyWrote()
    {
        // One process has the originals, one the copies, two both halves: most pairs are split between processes.
        // Before, the table kept 10 links of 20 here and the summaries counted 20.
        var folders = new[] { Folder("originals", 0, Pairs - 1, "a"), Folder("copies", 0, Pairs - 1, "b"), Folder("first", 0, 9), Folder("last", 10, Pairs - 1) };
        // The four make the store at once (SQLite: each migration read the version before its transaction, and two
        // processes created the same tables); small batches, so that their batches interleave.
        var processes = folders.Select(f => IngestProcesses.Start(f, Parallel, "--batch", "2")).ToList();
        var outputs = processes.Select(IngestProcesses.Finish).ToList();
        Assert.Equal(Pairs, Linked(IngestProcesses.Finish(IngestProcesses.Start(Folder("all", 0, Pairs - 1), Single))));

        using var parallel = StoreFactory.Open(Parallel);
        using var single = StoreFactory.Open(Single);
        Assert.Equal(2 * Pairs, parallel.Documents().Count);
        var links = parallel.Links();
        // Which of a pair is the original depends on which batch committed first; the pairs are those of one process.
        static IEnumerable<string> Undirected(IEnumerable<DocumentLink> links) => links.Select(l => string.Join('+', new[] { l.DocumentKey, l.OriginalKey }.Order(StringComparer.Ordinal)));
        Assert.Equal(Undirected(single.Links()), Undirected(links).Order(StringComparer.Ordinal));
        Assert.Equal(links.Count, outputs.Sum(Linked));
    }
}

public sealed class SqliteConcurrentIngestLinksTests : ConcurrentIngestLinks
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-links-db-").FullName;

    protected override string Parallel => Path.Combine(_dir, "parallel.db");

    protected override string Single => Path.Combine(_dir, "single.db");

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        base.Dispose();
    }
}

[RequiresPostgres]
public sealed class PostgresConcurrentIngestLinksTests : ConcurrentIngestLinks
{
    private readonly PostgresTestDatabase _parallel = new();
    private readonly PostgresTestDatabase _single = new();

    protected override string Parallel => _parallel.ConnectionString;

    protected override string Single => _single.ConnectionString;

    public override void Dispose()
    {
        _parallel.Dispose();
        _single.Dispose();
        base.Dispose();
    }
}
