using Dyad.Model;

namespace Dyad.Ingest;

/// <summary>
/// A URL: a page (main content), plain text, a PDF, or a feed whose items are read in turn (full content when
/// the feed carries it, else the item's page). The document id is the URL (spec), for a feed item its link.
/// </summary>
internal sealed class WebSource(ArticleReader reader, WebFetcher fetcher, string url, ArticleHintsDefaults? defaults = null) : IArticleSource
{
    public string Name => url;

    /// <summary>The feed's ETag from the last poll: an unchanged feed answers 304 and yields nothing.</summary>
    public string? ETag { get; init; }

    /// <summary>Feed items to pass over (by id) before their page is fetched: those `dyad watch` has seen.</summary>
    public Func<string, bool>? SkipItem { get; init; }

    /// <summary>The ETag the server sent this time, for the next poll.</summary>
    public string? NewETag { get; private set; }

    public IEnumerable<ReadResult> Read(CancellationToken cancellationToken = default)
    {
        var (body, error) = fetcher.Fetch(url, ETag, cancellationToken);
        if (error is not null) { yield return new ReadResult(null, error); yield break; }
        NewETag = body!.ETag;
        if (body.NotModified) yield break;
        if (body.Body.Length == 0) { yield return ReadResult.Fail(url, "empty response"); yield break; }
        if (body.MediaType == "application/pdf" || PdfArticle.LooksLikePdf(body.Body))
        {
            yield return Named(reader.ReadPdf(url, body.Body, Hints(url)), url);
            yield break;
        }
        if (!WebFetcher.TryDecode(body, out var text, out var decodeError)) { yield return ReadResult.Fail(url, decodeError!); yield break; }
        var xml = body.MediaType is "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" or "application/rdf+xml";
        if (xml || (body.MediaType is null or "text/plain" && FeedReader.LooksLikeFeed(text) && text.TrimStart().StartsWith('<')))
        {
            foreach (var r in Feed(text, body.Url, cancellationToken)) yield return r;
            yield break;
        }
        var html = body.MediaType is "text/html" or "application/xhtml+xml" || (body.MediaType is null && text.TrimStart().StartsWith('<'));
        yield return Named(reader.ReadText(url, text, html, Hints(url), mainContent: true), url);
    }

    private IEnumerable<ReadResult> Feed(string xml, Uri feedUri, CancellationToken cancellationToken)
    {
        var (feed, error) = FeedReader.Read(xml, feedUri);
        if (error is not null) { yield return ReadResult.Fail(url, error); yield break; }
        if (feed!.BadDates.Count > 0)
            yield return ReadResult.Fail(url, $"{feed.BadDates.Count} item dates cannot be read (e.g. '{feed.BadDates[0]}'); those items are read undated");
        if (feed.Items.Count == 0) yield return ReadResult.Fail(url, "feed has no items");
        foreach (var item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (SkipItem?.Invoke(item.Id) == true) continue;
            var published = defaults?.Published ?? (item.Published is { } d ? new PartialDate(d.UtcDateTime.Year, d.UtcDateTime.Month, d.UtcDateTime.Day) : null);
            var hints = new ArticleHints(item.Id, new MetaEntry(item.Title, feedUri.Host, null, item.Link), published);
            if (item.Html is not null)
            {
                yield return Named(reader.ReadText(item.Id, item.Html, html: true, hints, mainContent: true), item.Id);
                continue;
            }
            if (item.Link is null) { yield return ReadResult.Fail(item.Id, "feed item without content or link"); continue; }
            var (page, pageError) = fetcher.Fetch(item.Link, null, cancellationToken);
            if (pageError is not null) { yield return new ReadResult(null, pageError); continue; }
            if (page!.MediaType == "application/pdf" || PdfArticle.LooksLikePdf(page.Body))
            {
                yield return Named(reader.ReadPdf(item.Link, page.Body, hints), item.Id);
                continue;
            }
            if (!WebFetcher.TryDecode(page, out var text, out var decodeError)) { yield return ReadResult.Fail(item.Link, decodeError!); continue; }
            yield return Named(reader.ReadText(item.Link, text, page.MediaType is not "text/plain", hints, mainContent: true), item.Id);
        }
    }

    private ArticleHints Hints(string id) => new(id, new MetaEntry(null, null, null, id), defaults?.Published);

    // The document keeps the URL it was asked for as its id and url, whatever the page says of itself.
    private static ReadResult Named(ReadResult r, string id) =>
        r.Document is { } d ? r with { Document = d with { Id = id, Url = d.Url ?? id, Source = d.Source ?? Host(d.Url ?? id) } } : r;

    private static string? Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : null;
}
