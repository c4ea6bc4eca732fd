namespace Dyad.Ingest;

/// <summary>Files and folders: each article file read with <see cref="ArticleReader"/>; a .jsonl file gives one article per line.</summary>
public sealed class FileSource(ArticleReader reader, IReadOnlyList<string> paths, ArticleHintsDefaults? defaults = null) : IArticleSource
{
    /// <summary>The paths, comma-separated.</summary>
    public string Name => string.Join(", ", paths);

    /// <summary>Skips a file before it is read (by path); `dyad watch` uses it for files it has seen unchanged.</summary>
    public Func<string, bool>? Skip { get; init; }

    /// <summary>
    /// Every article file under the paths, in <see cref="InputWalker"/>'s order, each read as it is reached; a path that
    /// does not exist or a broken meta.json is an error result in its place, and the walk goes on.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between files).</exception>
    public IEnumerable<ReadResult> Read(CancellationToken cancellationToken = default)
    {
        var errors = new List<IngestError>();
        foreach (var input in new InputWalker().Walk(paths, errors))
        {
            foreach (var e in errors) yield return new ReadResult(null, e);
            errors.Clear();
            cancellationToken.ThrowIfCancellationRequested();
            if (Skip?.Invoke(input.Path) == true) continue;
            if (input.Path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var r in JsonLinesReader.Read(input.Path, defaults?.Published)) yield return r;
                continue;
            }
            yield return reader.ReadFile(input.Path, new ArticleHints(input.Id, input.Meta, defaults?.Published));
        }
        foreach (var e in errors) yield return new ReadResult(null, e);
    }
}
