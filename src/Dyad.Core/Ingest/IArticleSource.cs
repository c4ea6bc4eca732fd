namespace Dyad.Ingest;

/// <summary>
/// Where articles come from: files and folders, a JSON Lines file, a web page, a feed. A source yields its
/// articles lazily, one <see cref="ReadResult"/> each (a document, or an error naming the input and the
/// reason), so the ingest loop is one loop whatever the input.
/// </summary>
public interface IArticleSource
{
    /// <summary>The input as named on the command line.</summary>
    string Name { get; }

    /// <summary>The source's articles, read lazily in input order: each a document, or an error naming the input and the reason.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IEnumerable<ReadResult> Read(CancellationToken cancellationToken = default);
}

/// <summary>Makes sources from command-line inputs: URLs become web sources, everything else files and folders.</summary>
internal sealed class ArticleSources(ArticleReader reader, WebFetcher? fetcher = null)
{
    public IEnumerable<IArticleSource> For(IEnumerable<string> inputs, ArticleHintsDefaults? defaults = null)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (WebFetcher.IsUrl(input))
            {
                if (files.Count > 0) { yield return new FileSource(reader, [.. files], defaults); files.Clear(); }
                yield return new WebSource(reader, fetcher ?? new WebFetcher(WebFetcher.CreateClient()), input, defaults);
            }
            else
            {
                files.Add(input);
            }
        }
        if (files.Count > 0) yield return new FileSource(reader, files, defaults);
    }
}

/// <summary>What the command line says of every input (for now the publication date).</summary>
public sealed record ArticleHintsDefaults(Model.PartialDate? Published);
