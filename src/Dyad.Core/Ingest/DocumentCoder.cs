using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>A document coded, sealed and prepared for the store, with its near-copy signature; or the reason coding failed.</summary>
internal readonly record struct CodeResult(PreparedDocument? Document, uint[]? Signature, string? Error);

/// <summary>
/// Ingest stage 3, code: runs the coding pipeline on a document not stored yet, on one of the runner's coding threads,
/// and does there the rest of the work that needs no store: the rows in the store's form and the MinHash signature
/// the linking stage compares, so that the threads that link and write only link and write.
/// </summary>
internal sealed class DocumentCoder(CodingPipeline pipeline)
{
    public CodeResult Code(IngestItem item, CancellationToken cancellationToken)
    {
        if (item.Read.Error is not null || item.Duplicate) return default;
        var doc = item.Read.Document!;
        try
        {
            var coded = pipeline.Code(doc, cancellationToken);
            // Sealed first: the mentions and time expressions are listed once, for the record and its spans.
            coded.Seal();
            return new CodeResult(PreparedDocument.Of(coded), NearCopyLinker.Sign(doc), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new CodeResult(null, null, e.Message);
        }
    }
}
