using Dyad.Model;

namespace Dyad.Storage;

/// <summary>
/// The one set of event filters that the CLI, the API and the exports share. Every filter is optional;
/// a dyad matches both directions; dates match when the event's date range meets [From, To].
/// </summary>
public sealed record EventQuery
{
    /// <summary>An actor id, as source or target; its sectors match too ("USA" matches "USA.LEG", not "USAF").</summary>
    public string? Actor { get; init; }

    /// <summary>Two actor ids: events between them, in either direction (the same id twice: events of an actor with itself).</summary>
    public (string A, string B)? Dyad { get; init; }

    /// <summary>A step code ("sanction.impose"), or a family of them ending in '*' or '.' ("sanction.*", "sanction.").</summary>
    public string? Step { get; init; }

    /// <summary>Only events of this modality (asserted, planned, demanded, negated, hypothetical).</summary>
    public Modality? Modality { get; init; }

    /// <summary>The first day of the window: events whose date ends on or after it (undated events never match).</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day of the window: events whose date starts on or before it (undated events never match).</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// Words that must occur in the evidence sentence, each as the start of a word; words in double quotes together, in
    /// that order. A store's read throws <see cref="ArgumentException"/> for a text it cannot search (over 500
    /// characters or 32 words, or no letters or digits).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>A document's key: only that document's events.</summary>
    public string? Document { get; init; }

    /// <summary>Keep only events with a step (the spec's scored events).</summary>
    public bool StepsOnly { get; init; }

    /// <summary>The order of the events; ties are broken by document, sentence and the order they were stored in.</summary>
    public EventSort Sort { get; init; } = EventSort.Date;

    /// <summary>Reverse the order of <see cref="Sort"/> (events without the sorted value stay last).</summary>
    public bool Descending { get; init; }

    /// <summary>At most this many events (a page); null for all of them.</summary>
    public int? Limit { get; init; }

    /// <summary>Skip this many events of the order first (the start of a page).</summary>
    public int Offset { get; init; }

    /// <summary>Parses "TUR:SYR" into a dyad; null when the text is not two actor ids.</summary>
    public static (string, string)? ParseDyad(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(':', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant()) : null;
    }
}

/// <summary>The orders a store returns events in (<see cref="EventQuery.Sort"/>).</summary>
public enum EventSort
{
    /// <summary>By the first day of the event's date, events of one day in the order they were stored; undated events last.</summary>
    Date,

    /// <summary>By the coder's confidence in the event.</summary>
    Confidence,

    /// <summary>By the source actor's id.</summary>
    Source,

    /// <summary>By step code; events without a step last.</summary>
    Step,

    /// <summary>By document key, then sentence.</summary>
    Document,
}
