using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// What one transaction stores: documents, in input order, with the near-copy signatures and links ingest found for
/// them. All of it is stored, or none of it.
/// </summary>
public sealed record IngestBatch(IReadOnlyList<PreparedDocument> Documents, IReadOnlyList<DocumentSignature> Signatures, IReadOnlyList<DocumentLink> Links)
{
    /// <summary>Coded documents, prepared here, with their signatures and links (none by default).</summary>
    public static IngestBatch Of(IReadOnlyList<CodedDocument> documents, IReadOnlyList<DocumentSignature>? signatures = null, IReadOnlyList<DocumentLink>? links = null) =>
        new([.. documents.Select(PreparedDocument.Of)], signatures ?? [], links ?? []);
}
