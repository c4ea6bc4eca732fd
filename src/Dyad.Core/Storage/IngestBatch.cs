using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// What one transaction stores: coded documents, in input order, with the near-copy signatures and links ingest found
/// for them. All of it is stored, or none of it.
/// </summary>
public sealed record IngestBatch(IReadOnlyList<CodedDocument> Documents, IReadOnlyList<DocumentSignature> Signatures, IReadOnlyList<DocumentLink> Links)
{
    /// <summary>Documents alone, without signatures or links (tests, tools that do not look for copies).</summary>
    public IngestBatch(IReadOnlyList<CodedDocument> documents) : this(documents, [], [])
    {
    }
}
