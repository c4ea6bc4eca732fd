using Dyad.Model;

namespace Dyad.Storage;

/// <summary>
/// The one set of event filters that the CLI, the API and the exports share. Every filter is optional;
/// a dyad matches both directions; dates match when the event's date range meets [From, To].
/// </summary>
public sealed record EventQuery
{
    public string? Actor { get; init; }
    public (string A, string B)? Dyad { get; init; }
    public string? Step { get; init; }
    public Modality? Modality { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Words that must occur in the evidence sentence.</summary>
    public string? Text { get; init; }
    public string? Document { get; init; }
    /// <summary>Keep only events with a step (the spec's scored events).</summary>
    public bool StepsOnly { get; init; }
    public EventSort Sort { get; init; } = EventSort.Date;
    public bool Descending { get; init; }
    public int? Limit { get; init; }
    public int Offset { get; init; }

    /// <summary>Parses "TUR:SYR" into a dyad; null when the text is not two actor ids.</summary>
    public static (string, string)? ParseDyad(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(':', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant()) : null;
    }
}

public enum EventSort
{
    Date,
    Confidence,
    Source,
    Step,
    Document,
}
