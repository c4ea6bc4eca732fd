using Dyad.Model;

namespace Dyad.Storage;

/// <summary>An event as stored: the coded record, its id, and the document it came from.</summary>
public sealed record StoredEvent(long Id, Event Event, long DocumentId, string? Title, string? Url, PartialDate? Published)
{
    /// <summary>The document's source as stored: og:site_name, meta.json's "source", or a web page's host.</summary>
    public string? DocumentSource { get; init; }

    /// <summary>The outlet a reader knows the article by (<see cref="Outlets.Of"/>).</summary>
    public string? Outlet => Outlets.Of(DocumentSource, Url);
}

/// <summary>The outlet of an article: its stored source (og:site_name or meta.json's "source"), else its URL's host.</summary>
public static class Outlets
{
    public static string? Of(string? source, string? url)
    {
        if (!string.IsNullOrWhiteSpace(source)) return source.Trim();
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u) || string.IsNullOrEmpty(u.Host)) return null;
        return u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
    }
}

/// <summary>A stored document without its text.</summary>
public sealed record DocumentSummary(long Id, string Key, string? Title, string? Source, string? Url, PartialDate? Published, string ContentHash,
    DateTimeOffset IngestedAt, int Events);

/// <summary>A stored document with its text and every span the pipeline found in it.</summary>
public sealed record StoredDocument(DocumentSummary Summary, string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Dates.DateMention> Dates, IReadOnlyList<StoredEvent> Events);

/// <summary>Counts of what a store holds.</summary>
public sealed record StoreStats(int Documents, int Sentences, int Events, int StepEvents);
