using Dyad.Model;

namespace Dyad.Storage;

/// <summary>An event as stored: the coded record, its id, and the document it came from.</summary>
public sealed record StoredEvent(long Id, Event Event, long DocumentId, string? Title, string? Url, PartialDate? Published);

/// <summary>A stored document without its text.</summary>
public sealed record DocumentSummary(long Id, string Key, string? Title, string? Source, string? Url, PartialDate? Published, string ContentHash,
    DateTimeOffset IngestedAt, int Events);

/// <summary>A stored document with its text and every span the pipeline found in it.</summary>
public sealed record StoredDocument(DocumentSummary Summary, string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Dates.DateMention> Dates, IReadOnlyList<StoredEvent> Events);

/// <summary>Counts of what a store holds.</summary>
public sealed record StoreStats(int Documents, int Sentences, int Events, int StepEvents);
