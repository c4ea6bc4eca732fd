namespace Dyad.Ingest;

/// <summary>
/// An article read already (a document posted to the web API): a source of that one read, so that it goes through the
/// same ingest pipeline as files and feeds.
/// </summary>
public sealed class ReadSource(string name, ReadResult read) : IArticleSource
{
    /// <summary>The name the read was given (the API's "api:id").</summary>
    public string Name => name;

    /// <summary>The one read, as given.</summary>
    public IEnumerable<ReadResult> Read(CancellationToken cancellationToken = default)
    {
        yield return read;
    }
}
