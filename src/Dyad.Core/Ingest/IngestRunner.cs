using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>
/// Reads, codes and stores articles: the main job of Dyad, and the one way in for `dyad ingest`, `dyad watch` and
/// POST /api/documents. Ingest is a pipeline of five stages, each a small class, all run from <see cref="Run(IReadOnlyList{IArticleSource}, int, IProgress{IngestProgress}?, CancellationToken)"/>:
/// <list type="number">
/// <item><see cref="SourceReader"/>: inputs (files, folders, JSON Lines, URLs, feeds), read lazily in input order;</item>
/// <item><see cref="StoredFilter"/>: a text already stored, or already read in this run, is skipped before coding;</item>
/// <item><see cref="DocumentCoder"/>: the coding pipeline, on <see cref="Threads"/> threads;</item>
/// <item><see cref="NearCopyLinker"/>: a near-identical document (a syndicated copy) is linked to its original;</item>
/// <item><see cref="BatchCommitter"/>: batches written in one transaction each, in input order.</item>
/// </list>
/// Stopping the process loses at most the batch being written, and a rerun completes it without duplicates. Bad inputs
/// are reported and the batch goes on. Runs of one runner take turns: its near-copy window is kept between them.
/// </summary>
public sealed class IngestRunner(CodingPipeline pipeline, IDyadStore store, TimeProvider? time = null)
{
    private readonly ArticleReader _reader = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly NearCopyLinker _linker = new(store);
    private readonly Lock _running = new();

    /// <summary>The publication date given on the command line, for inputs whose own metadata and text give none.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>
    /// Documents per transaction. A commit rewrites every index page its batch touched, and the pages of the unique
    /// index of texts are touched at random, so small batches multiply the pages written: a 90 MB ingest took 19 s
    /// with 64 and 15 s with 256. With smaller rows since, 512 took 90 MB in 11.4 to 11.7 s against 11.9 to 12.2 s,
    /// but 1 GB in the same time (157 s against 156) with a peak of 293 MB against 261, too near the 300 MB allowed.
    /// </summary>
    public const int DefaultBatchSize = 256;

    /// <summary>Documents per transaction (<see cref="DefaultBatchSize"/> unless told).</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Documents coded at once, on as many threads; the store is the same whatever the number.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// The time one document may take to code, on the runner's clock; null for none. A document that runs over is an
    /// error naming it, and the others of its batch are stored (issue 19).
    /// </summary>
    public TimeSpan? DocumentBudget { get; init; } = CodingBudget.DefaultLimit;

    /// <summary>
    /// Called for each error as it happens, in input order on the caller's thread, before the batch of the documents
    /// around it commits (issue 19: a long run printed nothing until it ended); the summary lists them all again.
    /// </summary>
    public Action<IngestError>? Failed { get; init; }

    /// <summary>Fetches URLs; tests give one over their own HttpClient.</summary>
    public WebFetcher? Fetcher { get; init; }

    /// <summary>
    /// Called for each document once its batch commits (a document already stored, in its place among them): in
    /// input order, on one thread at a time.
    /// </summary>
    public Action<CodedDocument?, Document, AddOutcome>? Stored { get; init; }

    /// <summary>Sources for command-line inputs: URLs become web sources, everything else files and folders.</summary>
    internal IReadOnlyList<IArticleSource> Sources(IReadOnlyList<string> paths) =>
        new ArticleSources(_reader, Fetcher).For(paths, new ArticleHintsDefaults(Published)).ToList();

    /// <summary>
    /// Ingests command-line inputs (files, folders, JSON Lines files, URLs): the sources <paramref name="paths"/> names, run as
    /// <see cref="Run(IReadOnlyList{IArticleSource}, int, IProgress{IngestProgress}?, CancellationToken)"/> does. With
    /// <paramref name="progress"/>, the files are counted first to size it.
    /// </summary>
    public IngestSummary Run(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sources = Sources(paths);
        // The total only sizes a progress bar: without one, the inputs are not walked a second time.
        var total = progress is null ? 0
            : new InputWalker().Walk(paths.Where(p => !WebFetcher.IsUrl(p)), []).Count() + paths.Count(WebFetcher.IsUrl);
        return Run(sources, total, progress, cancellationToken);
    }

    /// <summary>
    /// Reads, codes, links and stores every article of <paramref name="sources"/>, in input order, a batch per transaction.
    /// A text already stored is counted and skipped; a bad input or a document over its budget is an error in the summary,
    /// and the run goes on. Runs of one runner take turns.
    /// </summary>
    /// <param name="sources">The inputs, read lazily one after the other.</param>
    /// <param name="total">Inputs expected, for <paramref name="progress"/>; zero when unknown.</param>
    /// <param name="progress">Told of each input as it is read.</param>
    /// <param name="cancellationToken">Stops the run; the batches committed before stay stored.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IngestSummary Run(IReadOnlyList<IArticleSource> sources, int total = 0, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_running)
        {
            var start = _time.GetTimestamp();
            var log = new IngestLog(Failed);
            var reader = new SourceReader(sources, total, progress);
            var filter = new StoredFilter(store);
            var coder = new DocumentCoder(pipeline, DocumentBudget, _time);
            _linker.Open();
            try
            {
                using var commit = new BatchCommitter(store, BatchSize, writeBehind: Threads > 1, filter, _linker, Stored);
                // Reading and the checks that decide what to code run in input order on this thread; coding runs on
                // Threads workers; batching runs here, in input order again, and batches commit in that order (their
                // near-copies linked in their transactions), so the store ends up the same whatever the number of threads.
                var items = reader.Read(cancellationToken).Select(filter.Check);
                foreach (var (item, result) in OrderedParallel.Map(items, i => (i, coder.Code(i, cancellationToken)), Threads, 0, cancellationToken))
                {
                    if (log.Read(item) is not { } doc) continue;
                    if (item.Duplicate)
                    {
                        if (filter.FailedBefore(doc.ContentHash) is { } reason) log.CodingFailed(item, reason);
                        else commit.AddStored(doc, cancellationToken);
                    }
                    else if (result.Error is not null)
                    {
                        log.CodingFailed(item, result.Error, result.OverBudget);
                        filter.Failed(doc.ContentHash, result.Error);
                    }
                    else
                    {
                        commit.AddCoded(result.Document!, result.Signature!, cancellationToken);
                    }
                }
                var counts = commit.Complete(cancellationToken);
                reader.Done();
                return log.Summary(counts, _time.GetElapsedTime(start));
            }
            catch
            {
                // The window may remember documents that were never stored.
                _linker.Reset();
                throw;
            }
        }
    }
}
