using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Dyad.Ingest;

/// <summary>One item of a feed: its link (the document id), title, date, and full content when the feed carries it.</summary>
internal sealed record FeedItem(string Id, string? Link, string? Title, DateTimeOffset? Published, string? Html);

/// <summary>A feed as read: its items, and the dates it holds that could not be read.</summary>
internal sealed record FeedContent(IReadOnlyList<FeedItem> Items, IReadOnlyList<string> BadDates);

/// <summary>
/// Reads RSS 2.0 and Atom feeds with System.ServiceModel.Syndication. The item's date is its publication
/// date, or (Atom) its &lt;updated&gt; when &lt;published&gt; is missing; a date that cannot be read is a
/// note on that item, never the end of the feed. Full content comes from content:encoded or Atom content.
/// </summary>
internal static class FeedReader
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static (FeedContent? Feed, string? Error) Read(string xml, Uri? baseUri)
    {
        SyndicationFeed feed;
        var badDates = new List<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            if (!formatter.CanRead(reader)) return (null, $"not an RSS 2.0 or Atom feed (root element <{reader.LocalName}>)");
            formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset value) =>
            {
                if (ParseDate(data.DateTimeString, out value)) return true;
                badDates.Add(data.DateTimeString ?? "");
                value = DateTimeOffset.MinValue;
                return true;
            };
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            return (null, $"malformed feed: {e.Message}");
        }
        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
                       ?? item.Links.FirstOrDefault()?.GetAbsoluteUri();
            if (link is not null && !link.IsAbsoluteUri && baseUri is not null) link = new Uri(baseUri, link);
            var id = link?.AbsoluteUri ?? item.Id;
            if (string.IsNullOrWhiteSpace(id)) continue;
            DateTimeOffset? date = item.PublishDate != default && item.PublishDate != DateTimeOffset.MinValue ? item.PublishDate
                : item.LastUpdatedTime != default && item.LastUpdatedTime != DateTimeOffset.MinValue ? item.LastUpdatedTime : null;
            items.Add(new FeedItem(id, link?.AbsoluteUri, item.Title?.Text, date, Content(item)));
        }
        return (new FeedContent(items, badDates), null);
    }

    private static string? Content(SyndicationItem item)
    {
        try
        {
            var encoded = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNs).FirstOrDefault();
            if (!string.IsNullOrWhiteSpace(encoded)) return encoded;
        }
        catch (Exception e) when (e is XmlException or System.Runtime.Serialization.SerializationException or InvalidOperationException)
        {
            // A malformed extension: the item's page is fetched instead.
        }
        return item.Content switch
        {
            TextSyndicationContent { Text: var t } tc when !string.IsNullOrWhiteSpace(t) =>
                tc.Type is "html" or "xhtml" ? t : "<p>" + System.Net.WebUtility.HtmlEncode(t) + "</p>",
            _ => null,
        };
    }

    // Feeds in the wild write every kind of date; one that is not RFC 822 or RFC 3339 is read leniently, and
    // one that cannot be read at all becomes MinValue (no date) instead of failing the whole feed.
    private static bool ParseDate(string? text, out DateTimeOffset value)
    {
        var s = text?.Trim() ?? "";
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return true;
        // RFC 822 with a named zone: "Tue, 07 Mar 2023 10:00:00 GMT" or "EST".
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && DateTimeOffset.TryParse(string.Join(' ', parts[..^1]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
