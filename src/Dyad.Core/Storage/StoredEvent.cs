using Dyad.Model;

namespace Dyad.Storage;

/// <summary>An event as stored: the coded record, its id, and the document it came from.</summary>
/// <param name="Id">The event's row id: ids grow in the order events were stored and are never reused.</param>
/// <param name="Event">The coded event, as the pipeline found it.</param>
/// <param name="DocumentId">The row id of the document it came from.</param>
/// <param name="Title">The document's title, if it had one.</param>
/// <param name="Url">The document's URL, if it came from the web or its meta.json gave one.</param>
/// <param name="Published">The document's publication date, as precise as it was known.</param>
public sealed record StoredEvent(long Id, Event Event, long DocumentId, string? Title, string? Url, PartialDate? Published)
{
    /// <summary>The document's source as stored: og:site_name, meta.json's "source", or a web page's host.</summary>
    public string? DocumentSource { get; init; }

    /// <summary>The outlet a reader knows the article by (<see cref="Outlets.Of"/>).</summary>
    public string? Outlet => Outlets.Of(DocumentSource, Url);
}

/// <summary>The outlet of an article: its stored source (og:site_name or meta.json's "source"), else its URL's host.</summary>
internal static class Outlets
{
    /// <summary>The trimmed source when there is one, else the URL's host without "www."; null when neither says.</summary>
    public static string? Of(string? source, string? url)
    {
        if (!string.IsNullOrWhiteSpace(source)) return source.Trim();
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u) || string.IsNullOrEmpty(u.Host)) return null;
        return u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
    }
}

/// <summary>A stored document without its text.</summary>
/// <param name="Id">The document's row id; a replaced document gets a new one.</param>
/// <param name="Key">The document's key: its <see cref="Model.Document.Id"/> (a file name without extension, or the URL).</param>
/// <param name="Title">Its title, if it had one.</param>
/// <param name="Source">Its source as stored: og:site_name, meta.json's "source", or a web page's host.</param>
/// <param name="Url">Its URL, if known.</param>
/// <param name="Published">Its publication date, as precise as it was known.</param>
/// <param name="ContentHash">The SHA-256 of its text (<see cref="Model.Document.ContentHash"/>): a text is stored once.</param>
/// <param name="IngestedAt">When it was stored.</param>
/// <param name="Events">How many events were coded in it.</param>
public sealed record DocumentSummary(long Id, string Key, string? Title, string? Source, string? Url, PartialDate? Published, string ContentHash,
    DateTimeOffset IngestedAt, int Events);

/// <summary>A stored document with its text and every span the pipeline found in it.</summary>
/// <param name="Summary">What <see cref="IDyadStore.Documents()"/> lists of it.</param>
/// <param name="Text">Its text, as coded (offsets of spans and events point into it).</param>
/// <param name="Sentences">Its sentences, in order.</param>
/// <param name="Mentions">The actor mentions found in it.</param>
/// <param name="Dates">The date mentions found in it.</param>
/// <param name="Events">Its events, in sentence order.</param>
public sealed record StoredDocument(DocumentSummary Summary, string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Dates.DateMention> Dates, IReadOnlyList<StoredEvent> Events);

/// <summary>Counts of what a store holds.</summary>
/// <param name="Documents">Documents stored.</param>
/// <param name="Sentences">Sentences in them.</param>
/// <param name="Events">Events coded in them.</param>
/// <param name="StepEvents">Events among those with a step.</param>
public sealed record StoreStats(int Documents, int Sentences, int Events, int StepEvents);
