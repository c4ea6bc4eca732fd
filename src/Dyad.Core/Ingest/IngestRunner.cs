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
    public int BatchSize { get; init; } = 16;

    /// <summary>Documents coded at once, on as many threads; the store is the same whatever the number.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Fetches URLs; tests give one over their own HttpClient.</summary>
    public WebFetcher? Fetcher { get; init; }

    /// <summary>Called for each document once it is in the store: after its batch commits, or at once when it was there already.</summary>
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
        int added = 0, duplicates = 0, replaced = 0, sentences = 0, events = 0, stepEvents = 0, undated = 0, linked = 0;
        var batch = new List<CodedDocument>(BatchSize);
        // Texts met in this run, by 128 bits of their SHA-256: 16 bytes each rather than a 64-character string.
        var seen = new HashSet<UInt128>();
        var links = store as IDocumentLinkStore;
        NearDuplicates? near = null;
        if (links is not null)
        {
            near = new NearDuplicates();
            near.Load(links.Signatures());
        }
        var signatures = new List<(string, string)>();
        var newLinks = new List<DocumentLink>();

        void Flush()
        {
            if (batch.Count == 0) return;
            // Signatures and links first: if the process stops before the batch commits, the rerun rewrites them.
            links?.SaveSignatures(signatures, newLinks);
            linked += newLinks.Count;
            signatures.Clear();
            newLinks.Clear();
            var outcomes = store.AddBatch(batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                Stored?.Invoke(batch[i], batch[i].Document, outcomes[i]);
                switch (outcomes[i])
                {
                    case AddOutcome.Duplicate: duplicates++; continue;
                    case AddOutcome.Replaced: replaced++; break;
                    default: added++; break;
                }
                sentences += batch[i].Sentences.Count;
                events += batch[i].Events.Count;
                foreach (var e in batch[i].Events) if (e.Step is not null) stepEvents++;
                if (batch[i].Document.Published is null) undated++;
            }
            batch.Clear();
        }

        var n = 0;
        // Reading and the checks that decide what to code run in input order on one thread; coding runs on
        // Threads workers; everything that counts, links or writes runs here, in input order again, so the
        // store ends up the same whatever the number of threads.
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
                    var duplicate = !seen.Add(UInt128.Parse(doc.ContentHash.AsSpan(0, 32), System.Globalization.NumberStyles.HexNumber, null))
                        || store.Contains(doc.ContentHash);
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
                duplicates++;
                Stored?.Invoke(null, doc, AddOutcome.Duplicate);
                continue;
            }
            if (result.Error is not null)
            {
                errors.Add(new IngestError(current, $"coding failed: {result.Error}"));
                continue;
            }
            batch.Add(result.Document!);
            if (near is not null)
            {
                var signature = result.Signature!;
                signatures.Add((doc.Id, NearDuplicates.Format(signature)));
                var (original, similarity) = near.Check(doc.Id, signature);
                if (original is not null)
                {
                    newLinks.Add(new DocumentLink(doc.Id, original, Math.Round(similarity, 3)));
                    notes.Add($"{current}: near-identical to '{original}' ({similarity:P0} similar); linked as a copy");
                }
            }
            if (batch.Count >= BatchSize) Flush();
        }
        Flush();
        progress?.Report(new IngestProgress(n, n, ""));
        return new IngestSummary(added, duplicates, replaced, sentences, events, stepEvents, undated, errors, notes, _time.GetElapsedTime(start))
        {
            Linked = linked,
        };
    }

    private readonly record struct Item(string Current, ReadResult Read, bool Duplicate);

    private readonly record struct Coded(CodedDocument? Document, ulong[]? Signature, string? Error);
}
