using Dyad.Ingest;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>The story view of `events --stories` and `export --stories`: events grouped by <see cref="Stories"/>, syndicated copies skipped.</summary>
internal static class StoryView
{
    /// <summary>The story's numbers: articles and outlets reporting it, and articles denying it (a disputed story's other side).</summary>
    public static readonly string[] Fields = ["num_articles", "num_sources", "num_denials"];

    public static IReadOnlyList<StoryEvent> Load(IDyadStore store, IReadOnlyList<StoredEvent> events)
    {
        var copies = store.Links().Select(l => l.DocumentKey).ToHashSet(StringComparer.Ordinal);
        // Each event carries its article's outlet (og:site_name, meta.json's source, else the URL's host).
        return Stories.Group(events, copies);
    }

    public static IEnumerable<(Export.EventRow, long[])> Rows(IEnumerable<StoryEvent> stories) =>
        stories.Select(s => (Export.EventRow.From(s.Event), new long[] { s.NumArticles, s.NumSources, s.NumDenials }));
}
