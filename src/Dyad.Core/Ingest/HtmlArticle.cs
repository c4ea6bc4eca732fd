using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dyad.Ingest;

/// <summary>What an HTML page gives: its text, as paragraphs, and its metadata.</summary>
internal sealed record HtmlContent(string Text, string? Title, string? Published, string? Url, string? Source);

/// <summary>
/// Reads an HTML page with AngleSharp's HTML5 parser (which, like a browser, accepts broken markup): the
/// metadata (og:title, article:published_time, JSON-LD datePublished and headline, &lt;time&gt;) and the
/// article text, paragraph by paragraph, without scripts, styles, navigation, headers, footers and asides.
/// </summary>
internal static class HtmlArticle
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "template", "object", "embed",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
        "td", "th", "br", "hr", "figure", "figcaption", "dd", "dt", "dl", "address",
    };

    public static HtmlContent Read(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var title = Meta(doc, "og:title") ?? Meta(doc, "twitter:title");
        var published = Meta(doc, "article:published_time") ?? Meta(doc, "og:published_time") ?? Meta(doc, "date") ?? Meta(doc, "pubdate")
            ?? Meta(doc, "dc.date") ?? Meta(doc, "DC.date.issued");
        string? ldTitle = null, ldDate = null;
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            ReadJsonLd(script.TextContent, ref ldTitle, ref ldDate);
        }
        title ??= ldTitle ?? HeadingText(doc.QuerySelector("h1")) ?? doc.Title?.Trim();
        published ??= ldDate ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var url = Meta(doc, "og:url") ?? doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        var source = Meta(doc, "og:site_name");
        var root = (IElement?)doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.Body;
        var sb = new StringBuilder();
        if (root is not null) Walk(root, sb);
        var text = Dyad.Text.TextNormalizer.Normalize(sb.ToString());
        if (!string.IsNullOrWhiteSpace(title) && !text.StartsWith(title.Trim(), StringComparison.Ordinal) && root?.LocalName != "body")
            text = title.Trim() + "\n\n" + text;
        return new HtmlContent(text, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), published, url, source);
    }

    /// <summary>
    /// The words of a heading: the text of a script, style or template inside it is code, never a title (issue 19:
    /// an h1 holding a script became the article's title). Null when no words are left.
    /// </summary>
    private static string? HeadingText(IElement? heading)
    {
        if (heading is null) return null;
        var sb = new StringBuilder();
        foreach (var text in heading.Descendants<IText>())
        {
            if (text.ParentElement?.LocalName is "script" or "style" or "noscript" or "template") continue;
            sb.Append(text.Data).Append(' ');
        }
        var words = string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? null : words;
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data.Replace('\n', ' '));
                    break;
                case IElement e when Dropped.Contains(e.LocalName):
                    break;
                case IElement e when e.GetAttribute("hidden") is not null || (e.GetAttribute("aria-hidden") == "true"):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block) sb.Append("\n\n");
                    Walk(e, sb);
                    if (block) sb.Append("\n\n");
                    break;
            }
        }
    }

    private static string? Meta(IDocument doc, string name)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = m.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
            }
        }
        return null;
    }

    private static void ReadJsonLd(string json, ref string? title, ref string? date)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            Visit(doc.RootElement, ref title, ref date);
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common on the web; the page's other metadata still counts.
        }
    }

    private static void Visit(JsonElement e, ref string? title, ref string? date)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Visit(item, ref title, ref date);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        if (date is null && e.TryGetProperty("datePublished", out var d) && d.ValueKind == JsonValueKind.String) date = d.GetString();
        if (title is null && e.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String) title = h.GetString();
        if (e.TryGetProperty("@graph", out var g)) Visit(g, ref title, ref date);
    }
}
