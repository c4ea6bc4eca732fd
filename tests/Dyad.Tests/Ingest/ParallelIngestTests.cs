using Dyad.Cli.Bench;
using Dyad.Export;
using Dyad.Ingest;
using Dyad.Tests.Corpus;
using Dyad.Tests.Pipeline;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Ingest;

/// <summary>Coding on several threads changes nothing: the same documents, in the same order, with the same events.</summary>
public sealed class ParallelIngestTests : TempStoreTest
{
    private (string Documents, string Events, IngestSummary Summary) Ingest(string input, int threads, int batch)
    {
        var path = Temp.PathOf($"t{threads}-b{batch}-{Guid.NewGuid():N}.db");
        using var store = SqliteStore.Open(path);
        var summary = new IngestRunner(Coding.Pipeline, store) { Threads = threads, BatchSize = batch }.Run([input]);
        var docs = string.Join('\n', store.Documents().OrderBy(d => d.Id).Select(d => $"{d.Id} {d.Key} {d.ContentHash} {d.Published} {d.Title} {d.Events}"));
        var events = new StringWriter();
        EventExport.WriteJsonLines(store.Events(new EventQuery { Sort = EventSort.Document }).Select(e => e.Event), events);
        var links = string.Join('\n', store.Links().Select(l => $"{l.DocumentKey} {l.OriginalKey} {l.Similarity}"));
        return (docs, events + "\n" + links, summary);
    }

    private void AssertSame(string input, int batch)
    {
        var one = Ingest(input, 1, batch);
        var four = Ingest(input, 4, batch);
        Assert.NotEmpty(one.Documents);
        Assert.Equal(one.Documents, four.Documents);
        Assert.Equal(one.Events, four.Events);
        var (a, b) = (one.Summary, four.Summary);
        Assert.Equal((a.Added, a.Duplicates, a.Sentences, a.Events, a.StepEvents, a.Linked), (b.Added, b.Duplicates, b.Sentences, b.Events, b.StepEvents, b.Linked));
        Assert.Equal(a.Errors.Select(e => e.ToString()), b.Errors.Select(e => e.ToString()));
        Assert.Equal(a.Notes, b.Notes);
    }

    [Fact]
    public void Samples_OneAndFourThreads_StoreTheSame() => AssertSame(RepoPaths.Samples, 17);

    [Fact]
    public void GeneratedCorpus_OneAndFourThreads_StoreTheSame()
    {
        var folder = Temp.PathOf("corpus");
        var generator = new CorpusGenerator(CorpusGenerator.LoadTemplates(RepoPaths.Samples), seed: 7);
        var count = generator.WriteTo(folder, 250_000);
        Assert.InRange(count, 150, 400);
        // A duplicate inside the run and a broken file: skipped and reported the same way.
        File.Copy(Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(), Path.Combine(folder, "zz-copy.txt"));
        File.WriteAllBytes(Path.Combine(folder, "zz-empty.txt"), []);
        AssertSame(folder, 7);
    }

    [Fact]
    public void NearDuplicates_BandedIndex_FindsWhatAFullScanFinds()
    {
        var templates = CorpusGenerator.LoadTemplates(RepoPaths.Samples);
        var docs = new CorpusGenerator(templates, seed: 5).Documents(150_000).ToList();
        // Exact copies with a tail and re-used keys too: the cases the index must not miss.
        docs.AddRange(docs.Take(20).Select((d, i) => d with { Id = $"copy{i}", Text = d.Text + " (Reporting by the wire.)" }));
        docs.AddRange(docs.Skip(5).Take(5).Select(d => d with { Text = d.Text + " Updated." }));
        var index = new NearDuplicates();
        var seen = new List<(string Key, uint[] Sig)>();
        foreach (var d in docs)
        {
            var sig = NearDuplicates.Signature(d.Text);
            string? best = null;
            double bestSim = 0;
            foreach (var (key, other) in seen)
            {
                if (key == d.Id) continue;
                var sim = NearDuplicates.Similarity(sig, other);
                if (sim >= index.Threshold && sim > bestSim) { best = key; bestSim = sim; }
            }
            seen.RemoveAll(e => e.Key == d.Id);
            seen.Add((d.Id, sig));
            Assert.Equal((best, bestSim), index.Check(d.Id, sig));
        }
    }
}
