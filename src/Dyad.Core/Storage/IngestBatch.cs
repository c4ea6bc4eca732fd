using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// What one transaction stores: documents, in input order, with their near-copy signatures and links. All of it is
/// stored, or none of it. Links are either given (<see cref="Links"/>) or found in the transaction by
/// <see cref="Linker"/>, which is what ingest does.
/// </summary>
internal sealed record IngestBatch(IReadOnlyList<PreparedDocument> Documents, IReadOnlyList<DocumentSignature> Signatures, IReadOnlyList<DocumentLink> Links)
{
    /// <summary>Finds the links of the documents written, in the batch's transaction, against every document stored before.</summary>
    public INearCopyLinker? Linker { get; init; }

    /// <summary>Coded documents, prepared here, with their signatures and links (none by default).</summary>
    public static IngestBatch Of(IReadOnlyList<CodedDocument> documents, IReadOnlyList<DocumentSignature>? signatures = null, IReadOnlyList<DocumentLink>? links = null) =>
        new([.. documents.Select(PreparedDocument.Of)], signatures ?? [], links ?? []);
}
