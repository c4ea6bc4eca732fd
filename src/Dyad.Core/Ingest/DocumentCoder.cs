using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>A document coded, sealed and prepared for the store, with its near-copy signature; or the reason coding failed.</summary>
internal readonly record struct CodeResult(PreparedDocument? Document, uint[]? Signature, string? Error, bool OverBudget = false);

/// <summary>
/// Ingest stage 3, code: runs the coding pipeline on a document not stored yet, on one of the runner's coding threads,
/// and does there the rest of the work that needs no store: the rows in the store's form and the MinHash signature
/// the linking stage compares, so that the threads that link and write only link and write.
/// </summary>
/// <remarks>
/// Each document is coded within <paramref name="budget"/> on the clock <paramref name="time"/> (issue 19): one that
/// runs over is given up with a reason, like a document that failed, and the run goes on with the next.
/// </remarks>
internal sealed class DocumentCoder(CodingPipeline pipeline, TimeSpan? budget, TimeProvider time)
{
    public CodeResult Code(IngestItem item, CancellationToken cancellationToken)
    {
        if (item.Read.Error is not null || item.Duplicate) return default;
        var doc = item.Read.Document!;
        using var limit = budget is { } b ? new CodingBudget(b, time, cancellationToken) : null;
        try
        {
            var coded = limit is null ? pipeline.Code(doc, cancellationToken) : pipeline.Code(doc, limit);
            // Sealed first: the mentions and time expressions are listed once, for the record and its spans.
            coded.Seal();
            return new CodeResult(PreparedDocument.Of(coded), NearCopyLinker.Sign(doc), null);
        }
        catch (OperationCanceledException) when (limit is { Exceeded: true } && !cancellationToken.IsCancellationRequested)
        {
            return new CodeResult(null, null, limit.Message, OverBudget: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new CodeResult(null, null, e.Message);
        }
    }
}
