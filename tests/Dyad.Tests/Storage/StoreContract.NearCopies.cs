using Dyad.Ingest;
using Dyad.Pipeline;

namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 19, failure 5: several writers at once keep the near-copy links one writer keeps. Each writer is a store
/// of its own on the same location with the linker ingest uses, as separate processes are.
/// </summary>
public abstract partial class StoreContract
{
    /// <summary>A second, empty store location, for a reference run.</summary>
    protected abstract IDyadStore OpenReference();

    private const int Originals = 12, CopiesEach = 2, Writers = 4, BatchSize = 3;

    // Articles of random words; each copy is its original with a tag line of its own (near-identical, a text of its own).
    private static List<(CodedDocument Doc, uint[] Signature)> Syndicated()
    {
        var random = new Random(19);
        var docs = new List<(CodedDocument, uint[])>();
        for (var o = 0; o < Originals; o++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 150).Select(_ => "w" + random.Next(5000)));
            for (var c = 0; c <= CopiesEach; c++)
            {
                var text = c == 0 ? body : $"{body} Reported by outlet {o} {c}.";
                docs.Add((Doc($"s{o:D2}-{c}", text), NearDuplicates.Signature(text)));
            }
        }
        return docs;
    }

    private static int Write(IDyadStore store, IEnumerable<(CodedDocument Doc, uint[] Signature)> docs)
    {
        var linker = new NearCopyLinker(store);
        linker.Open();
        var linked = 0;
        foreach (var batch in docs.Chunk(BatchSize))
        {
            var signatures = batch.Select(d => new DocumentSignature(d.Doc.Document.Id, d.Signature)).ToList();
            store.AddBatch(IngestBatch.Of([.. batch.Select(d => d.Doc)], signatures) with { Linker = linker });
            linked += linker.TakeCommitted().Count;
        }
        return linked;
    }

    [StoreFact]
    public void NearCopies_FourWritersAtOnce_KeepTheLinksOneWriterKeepsForTheOrderStored_AndCountWhatTheyWrote()
    {
        var docs = Syndicated();
        // Round robin: an original and its copies go to different writers, each writing in batches as ingest does.
        var shares = Enumerable.Range(0, Writers).Select(w => docs.Where((_, i) => i % Writers == w).ToList()).ToList();
        var stores = shares.Select(_ => Open()).ToList();
        int[] linked;
        try
        {
            using var start = new Barrier(Writers);
            linked = Task.WhenAll(shares.Select((share, w) => Task.Run(() =>
            {
                start.SignalAndWait();
                return Write(stores[w], share);
            }))).GetAwaiter().GetResult();
        }
        finally
        {
            foreach (var s in stores) s.Dispose();
        }

        using var together = Open();
        var links = together.Links();
        // Every document of a group but the first stored is linked to one stored before it: none lost.
        Assert.Equal(Originals * CopiesEach, links.Count);
        Assert.All(links, l => Assert.Equal(l.DocumentKey[..3], l.OriginalKey[..3]));
        // The summaries count the links written.
        Assert.Equal(links.Count, linked.Sum());

        // One writer, the same documents in the order the four stored them: the same links.
        var order = together.Documents().OrderBy(d => d.Id).Select(d => d.Key).ToList();
        Assert.Equal(docs.Count, order.Count);
        var byKey = docs.ToDictionary(d => d.Doc.Document.Id);
        using var reference = OpenReference();
        Assert.Equal(links.Count, Write(reference, order.Select(k => byKey[k])));
        Assert.Equal(reference.Links(), links);
    }
}
