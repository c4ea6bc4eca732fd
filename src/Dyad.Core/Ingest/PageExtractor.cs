namespace Dyad.Ingest;

/// <summary>
/// The main content of a web page: SmartReader (a port of Mozilla's Readability) finds the article body and
/// drops the rest of the page; when it finds nothing, <see cref="HtmlArticle"/>'s reading is used. Metadata
/// (title, date, canonical URL, site) always comes from <see cref="HtmlArticle"/>, which reads more of it.
/// </summary>
internal static class PageExtractor
{
    /// <summary>Below Readability's default of 500 characters: news briefs are short.</summary>
    public const int CharThreshold = 200;

    public static HtmlContent Read(string html, string? url)
    {
        var page = HtmlArticle.Read(html);
        string? main = null;
        try
        {
            var reader = new SmartReader.Reader(url ?? "http://localhost/", html) { CharThreshold = CharThreshold };
            var article = reader.GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                // Its HTML rather than TextContent, so paragraphs stay paragraphs.
                main = HtmlArticle.Read("<html><body><article>" + article.Content + "</article></body></html>").Text;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // SmartReader gives up on some markup; the plain reading below still holds.
        }
        if (string.IsNullOrWhiteSpace(main)) return page;
        var title = page.Title;
        var text = !string.IsNullOrWhiteSpace(title) && !main.StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + main : main;
        return page with { Text = text };
    }
}
