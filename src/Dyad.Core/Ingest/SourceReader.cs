namespace Dyad.Ingest;

/// <summary>An input read, in input order: a document or an error, and the name shown for it.</summary>
internal readonly record struct ReadItem(string Current, ReadResult Read);

/// <summary>
/// Ingest stage 1, sources: reads every source in turn, lazily, on the caller's thread, reporting progress as each
/// input is reached.
/// </summary>
internal sealed class SourceReader(IReadOnlyList<IArticleSource> sources, int total, IProgress<IngestProgress>? progress)
{
    /// <summary>Inputs reached so far.</summary>
    public int Count { get; private set; }

    public IEnumerable<ReadItem> Read(CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            foreach (var read in source.Read(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = read.Document?.Origin ?? read.Error?.Input ?? source.Name;
                progress?.Report(new IngestProgress(Count, Math.Max(total, Count + 1), current));
                Count++;
                yield return new ReadItem(current, read);
            }
        }
    }

    /// <summary>Reports the end, a full bar.</summary>
    public void Done() => progress?.Report(new IngestProgress(Count, Count, ""));
}
