using System.Diagnostics;
using Dyad.Query;

namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 5: several `dyad ingest` processes on different, overlapping folders against one PostgreSQL store give the
/// same events as one process, and store every document once, though they are handed the same files at the same moment.
/// </summary>
[RequiresPostgres]
public sealed class PostgresIngestConcurrencyTests : IDisposable
{
    private readonly PostgresTestDatabase _parallel = new();
    private readonly PostgresTestDatabase _single = new();
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("dyad-ingest-");

    public void Dispose()
    {
        _parallel.Dispose();
        _single.Dispose();
        _work.Delete(recursive: true);
    }

    /// <summary>A folder with the samples numbered first..last and the samples' meta.json.</summary>
    private string Folder(string name, int first, int last)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_work.FullName, name)).FullName;
        foreach (var file in Directory.GetFiles(StoreData.SamplesDirectory))
        {
            var fileName = Path.GetFileName(file);
            var take = fileName == "meta.json" || (int.TryParse(fileName.AsSpan(0, 2), out var n) && n >= first && n <= last);
            if (take) File.Copy(file, Path.Combine(dir, fileName));
        }
        return dir;
    }

    private static Process StartIngest(string folder, string db) => IngestProcesses.Start(folder, db);

    private static string Finish(Process p) => IngestProcesses.Finish(p);

    [StoreFact]
    public void Ingest_ThreeProcessesOnOverlappingFolders_SameEventsAsOneProcess_NoDuplicateDocuments()
    {
        var all = Folder("all", 1, 16);
        var first = Folder("first", 1, 11);
        var last = Folder("last", 6, 16);
        // Three processes at once; every sample is handed to at least two of them, 06-11 to all three.
        var processes = new[] { first, last, all }.Select(f => StartIngest(f, _parallel.ConnectionString)).ToList();
        var outputs = processes.Select(Finish).ToList();
        Finish(StartIngest(all, _single.ConnectionString));

        using var parallel = StoreFactory.Open(_parallel.ConnectionString);
        using var single = StoreFactory.Open(_single.ConnectionString);
        var docs = parallel.Documents();
        Assert.Equal(16, docs.Count);
        Assert.Equal(16, docs.Select(d => d.ContentHash).Distinct().Count());
        Assert.Equal(16, docs.Select(d => d.Key).Distinct().Count());
        Assert.Equal(single.Documents().Select(d => (d.Key, d.ContentHash, d.Title, d.Published, d.Events)),
            docs.Select(d => (d.Key, d.ContentHash, d.Title, d.Published, d.Events)));
        Assert.Equal(single.Stats(), parallel.Stats());
        var byDocument = new EventQuery { Sort = EventSort.Document };
        Assert.Equal(single.Events(byDocument).Select(e => e.Event), parallel.Events(byDocument).Select(e => e.Event));
        // Each document was added by exactly one process; the others found it stored (before coding, or at the write).
        var added = outputs.Sum(o => int.Parse(o.AsSpan(0, o.IndexOf(' ', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(16, added);
        // Every span of every document is there once.
        foreach (var d in docs)
        {
            var doc = parallel.Document(d.Id)!;
            var reference = single.Document(d.Key)!;
            Assert.Equal(reference.Sentences, doc.Sentences);
            Assert.Equal(reference.Mentions, doc.Mentions);
            Assert.Equal(reference.Dates, doc.Dates);
        }
    }
}
