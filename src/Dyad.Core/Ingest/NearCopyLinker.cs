using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>
/// Ingest stage 4, link near-copies: compares each new document with the recent ones and links a syndicated copy to
/// its original, the one stored first. It runs in each batch's transaction (<see cref="INearCopyLinker"/>): handed
/// what other writers stored since it last looked, then the batch's documents in the order they were stored, so
/// that several processes ingesting into one store keep the links one process keeps. The window (the documents the
/// store held when the first run began, then every one stored since) lives as long as the runner, so that
/// `dyad watch` and the web API do not read twenty thousand signatures back for every poll or request; it is read
/// again after a run that failed, whose documents may not all have been stored.
/// </summary>
internal sealed class NearCopyLinker(IDyadStore store) : INearCopyLinker
{
    private NearDuplicates? _window;
    private List<DocumentLink> _found = [];

    /// <summary>The signature the linker compares; thread-safe, computed on the coding threads.</summary>
    public static uint[] Sign(Document doc) => NearDuplicates.Signature(doc.Text);

    public long SeenUpTo { get; private set; }

    /// <summary>Reads the window from the store when there is none (first run, or after a failed one).</summary>
    public void Open()
    {
        if (_window is not null) return;
        var window = new NearDuplicates();
        SeenUpTo = window.Load(store);
        _window = window;
    }

    /// <summary>Forgets the window: what it remembers may not have been stored.</summary>
    public void Reset()
    {
        _window = null;
        _found = [];
    }

    private NearDuplicates Window => _window ?? throw new InvalidOperationException("the linker is not open");

    public void Seen(StoredSignature stored)
    {
        Window.Check(stored.DocumentKey, stored.Signature);
        SeenUpTo = Math.Max(SeenUpTo, stored.Id);
    }

    public IReadOnlyList<DocumentLink> Link(IReadOnlyList<StoredSignature> written)
    {
        var links = new List<DocumentLink>();
        foreach (var (id, key, signature) in written)
        {
            var (original, similarity) = Window.Check(key, signature);
            if (original is not null) links.Add(new DocumentLink(key, original, Math.Round(similarity, 3)));
            SeenUpTo = Math.Max(SeenUpTo, id);
        }
        _found = links;
        return links;
    }

    /// <summary>The links the last batch wrote, once it has committed; then none until the next.</summary>
    public IReadOnlyList<DocumentLink> TakeCommitted()
    {
        var links = _found;
        _found = [];
        return links;
    }
}
