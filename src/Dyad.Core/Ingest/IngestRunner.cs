using System.Diagnostics;
using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>How far an ingest has come, for a progress bar.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Current);

/// <summary>What an ingest did, for the summary line.</summary>
public sealed record IngestSummary(
    int Added,
    int Duplicates,
    int Replaced,
    int Sentences,
    int Events,
    int StepEvents,
    int Undated,
    IReadOnlyList<IngestError> Errors,
    IReadOnlyList<string> Notes,
    TimeSpan Elapsed)
{
    /// <summary>Near-identical documents (syndicated copies) linked to their original.</summary>
    public int Linked { get; init; }
}

/// <summary>
/// Reads, codes and stores articles: the main job of Dyad. Inputs are <see cref="IArticleSource"/>s (files,
/// folders, JSON Lines, URLs, feeds), read lazily in one loop. Documents already stored (same text) are
/// skipped before coding; a near-identical one (a syndicated copy) is stored and linked to its original.
/// Each batch is written in one transaction, so stopping the process loses at most the batch being written
/// and a rerun completes it without duplicates. Bad inputs are reported and the batch goes on.
/// </summary>
public sealed class IngestRunner(CodingPipeline pipeline, IDyadStore store, TimeProvider? time = null)
{
    private readonly ArticleReader _reader = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public PartialDate? Published { get; init; }
    /// <summary>
    /// Documents per transaction. A commit rewrites every index page its batch touched, and the pages of the unique
    /// index of texts are touched at random, so small batches multiply the pages written: a 90 MB ingest took 19 s
    /// with 64 and 15 s with 256. With smaller rows since, 512 took 90 MB in 11.4 to 11.7 s against 11.9 to 12.2 s,
    /// but 1 GB in the same time (157 s against 156) with a peak of 293 MB against 261, too near the 300 MB allowed.
    /// </summary>
    public const int DefaultBatchSize = 256;

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Documents coded at once, on as many threads; the store is the same whatever the number.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Fetches URLs; tests give one over their own HttpClient.</summary>
    public WebFetcher? Fetcher { get; init; }

    /// <summary>
    /// Called for each document once its batch commits (a document already stored, in its place among them): in
    /// input order, on one thread at a time.
    /// </summary>
    public Action<CodedDocument?, Document, AddOutcome>? Stored { get; init; }

    public IngestSummary Run(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sources = new ArticleSources(_reader, Fetcher).For(paths, new ArticleHintsDefaults(Published)).ToList();
        // The total only sizes a progress bar: without one, the inputs are not walked a second time.
        var total = progress is null ? 0
            : new InputWalker().Walk(paths.Where(p => !WebFetcher.IsUrl(p)), []).Count() + paths.Count(WebFetcher.IsUrl);
        return Run(sources, total, progress, cancellationToken);
    }

    public IngestSummary Run(IReadOnlyList<IArticleSource> sources, int total = 0, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var start = _time.GetTimestamp();
        var errors = new List<IngestError>();
        var notes = new List<string>();
        var counts = new Counts();
        var inFlight = new InFlight();
        // Texts whose coding failed in this run, with the reason (rare: a bug met in a pack's patterns).
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = store;
        NearDuplicates? near = new NearDuplicates();
        near.Load(links);
        var batch = new Batch(BatchSize);
        // With several coding threads, batches are committed on a writer thread of their own while the next are coded.
        using var writer = Threads > 1 ? new WriteBehind() : null;

        void Flush()
        {
            if (batch.Entries.Count == 0) return;
            var full = batch;
            batch = new Batch(BatchSize);
            if (writer is null) Write(full, links, counts, inFlight, cancellationToken);
            else writer.Post(() => Write(full, links, counts, inFlight, cancellationToken));
        }

        var n = 0;
        // Reading and the checks that decide what to code run in input order on one thread; coding runs on
        // Threads workers; linking and batching run here, in input order again, and batches commit in that
        // order, so the store ends up the same whatever the number of threads.
        IEnumerable<Item> Items()
        {
            foreach (var source in sources)
            {
                foreach (var read in source.Read(cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var current = read.Document?.Origin ?? read.Error?.Input ?? source.Name;
                    progress?.Report(new IngestProgress(n, Math.Max(total, n + 1), current));
                    n++;
                    if (read.Error is not null) { yield return new Item(current, read, false); continue; }
                    var doc = read.Document!;
                    var duplicate = !inFlight.Add(doc.ContentHash) || store.Contains(doc.ContentHash);
                    yield return new Item(current, read, duplicate);
                }
            }
        }

        Coded Code(Item item)
        {
            if (item.Read.Error is not null || item.Duplicate) return default;
            var doc = item.Read.Document!;
            try
            {
                var coded = pipeline.Code(doc, cancellationToken);
                // Sealed first: the mentions and time expressions are listed once, for the record and its spans.
                coded.Seal();
                store.Prepare(coded);
                return new Coded(coded, near is null ? null : NearDuplicates.Signature(doc.Text), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new Coded(null, null, e.Message);
            }
        }

        foreach (var (item, result) in OrderedParallel.Map(Items(), i => (i, Code(i)), Threads, 0, cancellationToken))
        {
            var current = item.Current;
            var read = item.Read;
            if (read.Error is not null) { errors.Add(read.Error); continue; }
            if (read.Note is not null) notes.Add($"{current}: {read.Note}");
            var doc = read.Document!;
            if (item.Duplicate)
            {
                // A copy of a text whose coding failed is not stored either: it fails the same way (coding is
                // deterministic), whether it was read while the first was in flight or after.
                if (failed.TryGetValue(doc.ContentHash, out var reason))
                {
                    errors.Add(new IngestError(current, $"coding failed: {reason}"));
                    continue;
                }
                batch.Entries.Add((null, doc));
            }
            else if (result.Error is not null)
            {
                errors.Add(new IngestError(current, $"coding failed: {result.Error}"));
                failed[doc.ContentHash] = result.Error;
                // Never to be committed: not in flight any more.
                inFlight.Remove(doc.ContentHash);
                continue;
            }
            else
            {
                batch.Entries.Add((result.Document!, doc));
                if (near is not null)
                {
                    var signature = result.Signature!;
                    batch.Signatures.Add(new DocumentSignature(doc.Id, signature));
                    var (original, similarity) = near.Check(doc.Id, signature);
                    if (original is not null)
                    {
                        batch.Links.Add(new DocumentLink(doc.Id, original, Math.Round(similarity, 3)));
                        notes.Add($"{current}: near-identical to '{original}' ({similarity:P0} similar); linked as a copy");
                    }
                }
            }
            if (batch.Entries.Count >= BatchSize) Flush();
        }
        Flush();
        writer?.Complete();
        progress?.Report(new IngestProgress(n, n, ""));
        return new IngestSummary(counts.Added, counts.Duplicates, counts.Replaced, counts.Sentences, counts.Events, counts.StepEvents, counts.Undated,
            errors, notes, _time.GetElapsedTime(start))
        {
            Linked = counts.Linked,
        };
    }

    // Commits a batch (its documents with their signatures and links, in one transaction), then reports and counts
    // each entry in input order. Runs on one thread at a time: the caller's, or the writer's.
    private void Write(Batch batch, IDyadStore? links, Counts counts, InFlight inFlight, CancellationToken cancellationToken)
    {
        var docs = new List<CodedDocument>(batch.Entries.Count);
        foreach (var (coded, _) in batch.Entries) if (coded is not null) docs.Add(coded);
        IReadOnlyList<AddOutcome> outcomes = docs.Count == 0 ? []
            : store.AddBatch(new IngestBatch(docs, batch.Signatures, batch.Links), cancellationToken);
        counts.Linked += batch.Links.Count;
        // Committed: the store answers for these texts now.
        foreach (var (_, doc) in batch.Entries) inFlight.Remove(doc.ContentHash);
        var next = 0;
        foreach (var (coded, doc) in batch.Entries)
        {
            var outcome = coded is null ? AddOutcome.Duplicate : outcomes[next++];
            Stored?.Invoke(coded, doc, outcome);
            switch (outcome)
            {
                case AddOutcome.Duplicate: counts.Duplicates++; continue;
                case AddOutcome.Replaced: counts.Replaced++; break;
                default: counts.Added++; break;
            }
            counts.Sentences += coded!.Sentences.Count;
            counts.Events += coded.Events.Count;
            foreach (var e in coded.Events) if (e.Step is not null) counts.StepEvents++;
            if (doc.Published is null) counts.Undated++;
        }
    }

    private readonly record struct Item(string Current, ReadResult Read, bool Duplicate);

    /// <summary>
    /// Texts read in this run whose batch is not committed yet, by 128 bits of their SHA-256: a second copy among
    /// them is skipped before coding, as one already stored is. Only these are held, not every text of the run:
    /// an archive of millions of articles would otherwise hold tens of megabytes of them.
    /// </summary>
    private sealed class InFlight
    {
        private readonly HashSet<UInt128> _texts = [];
        private readonly Lock _gate = new();

        private static UInt128 Key(string contentHash) =>
            UInt128.Parse(contentHash.AsSpan(0, 32), System.Globalization.NumberStyles.HexNumber, null);

        /// <summary>False when the same text is already in flight.</summary>
        public bool Add(string contentHash)
        {
            lock (_gate) return _texts.Add(Key(contentHash));
        }

        public void Remove(string contentHash)
        {
            lock (_gate) _texts.Remove(Key(contentHash));
        }
    }

    private readonly record struct Coded(CodedDocument? Document, uint[]? Signature, string? Error);

    /// <summary>Documents to commit together, in input order: coded ones (to write) and ones already stored (coded is null).</summary>
    private sealed class Batch(int size)
    {
        public List<(CodedDocument? Coded, Document Document)> Entries { get; } = new(size);
        public List<DocumentSignature> Signatures { get; } = [];
        public List<DocumentLink> Links { get; } = [];
    }

    // Written by one thread at a time (see Write), read after the writer is done.
    private sealed class Counts
    {
        public int Added, Duplicates, Replaced, Sentences, Events, StepEvents, Undated, Linked;
    }
}
