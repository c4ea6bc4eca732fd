using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>A document's signature as stored, and its link when it is a near-copy of one seen before.</summary>
internal readonly record struct LinkResult(DocumentSignature Signature, DocumentLink? Link, double Similarity);

/// <summary>
/// Ingest stage 4, link near-copies: compares each new document with the recent ones (those the store held when the
/// first run began, then every one this runner has seen since), in input order, and links a syndicated copy to
/// its original. The window lives as long as the runner, so that `dyad watch` and the web API do not read twenty
/// thousand signatures back for every poll or request; it is read again after a run that failed, whose
/// documents may not all have been stored.
/// </summary>
internal sealed class NearCopyLinker(IDyadStore store)
{
    private NearDuplicates? _window;

    /// <summary>The signature the linker compares; thread-safe, computed on the coding threads.</summary>
    public static uint[] Sign(Document doc) => NearDuplicates.Signature(doc.Text);

    /// <summary>Reads the window from the store when there is none (first run, or after a failed one).</summary>
    public void Open()
    {
        if (_window is not null) return;
        var window = new NearDuplicates();
        window.Load(store);
        _window = window;
    }

    /// <summary>Forgets the window: what it remembers may not have been stored.</summary>
    public void Reset() => _window = null;

    public LinkResult Link(Document doc, uint[] signature)
    {
        var window = _window ?? throw new InvalidOperationException("the linker is not open");
        var (original, similarity) = window.Check(doc.Id, signature);
        var link = original is null ? null : new DocumentLink(doc.Id, original, Math.Round(similarity, 3));
        return new LinkResult(new DocumentSignature(doc.Id, signature), link, similarity);
    }
}
