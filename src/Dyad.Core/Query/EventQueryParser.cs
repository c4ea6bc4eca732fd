using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Query;

/// <summary>Event filters as text, as they arrive from a command line or a query string.</summary>
public sealed record EventFilterText(
    string? Actor = null,
    string? Dyad = null,
    string? Step = null,
    string? Modality = null,
    string? From = null,
    string? To = null,
    string? Text = null,
    string? Doc = null);

/// <summary>An <see cref="EventQuery"/> read from text, or the message naming the bad value.</summary>
public sealed record EventQueryParse(EventQuery? Query, string? Error)
{
    /// <summary>Whether every filter read: <see cref="Query"/> is set and <see cref="Error"/> is null.</summary>
    public bool Ok => Query is not null;

    /// <summary>The error is an actor name the pack does not know (the API answers 404, not 400).</summary>
    public bool UnknownActor { get; init; }
}

/// <summary>
/// Reads event filters from text: the one parser the CLI and the web API share, so a filter means the same
/// thing everywhere. A bad value is a result with a message, never an exception.
/// </summary>
public static class EventQueryParser
{
    /// <summary>
    /// Parses the filters; <paramref name="prefix"/> is put before option names in messages ("--" for the CLI).
    /// With <paramref name="names"/>, actors may be given by name ("Turkey", "the UAE") and an unknown one fails;
    /// without, they are taken as ids.
    /// </summary>
    public static EventQueryParse Parse(EventFilterText f, string prefix = "", ActorNames? names = null)
    {
        var q = new EventQuery
        {
            Step = Blank(f.Step)?.Trim(),
            Text = Blank(f.Text),
            Document = Blank(f.Doc),
        };
        if (TextSearch.Parse(f.Text).Error is { } textError)
            return Fail($"{prefix}{(prefix.Length > 0 ? "text" : "q")} {textError}");
        if (Blank(f.Actor) is { } actor)
        {
            if (names is null) q = q with { Actor = actor.Trim().ToUpperInvariant() };
            else if (names.Resolve(actor) is { Found: true } found) q = q with { Actor = found.Id };
            else return Unknown($"{prefix}actor: {names.Resolve(actor).Error}");
        }
        if (Blank(f.Dyad) is { } dyad)
        {
            if (EventQuery.ParseDyad(dyad) is not { } pair) return Fail($"{prefix}dyad '{dyad}' is not two actor ids (or names) like TUR:SYR");
            if (names is not null)
            {
                var parts = dyad.Split(':', StringSplitOptions.TrimEntries);
                var (a, b) = (names.Resolve(parts[0]), names.Resolve(parts[1]));
                if (!a.Found) return Unknown($"{prefix}dyad: {a.Error}");
                if (!b.Found) return Unknown($"{prefix}dyad: {b.Error}");
                pair = (a.Id!, b.Id!);
            }
            q = q with { Dyad = pair };
        }
        if (Blank(f.Modality) is { } m)
        {
            if (!ModalityNames.TryParse(m.Trim(), out var modality))
                return Fail($"{prefix}modality '{m}' is not one of asserted, planned, demanded, negated, hypothetical");
            q = q with { Modality = modality };
        }
        if (Blank(f.From) is { } from)
        {
            var d = PartialDate.Parse(from);
            if (!d.Success) return Fail($"{prefix}from {d.Message}");
            q = q with { From = d.Value.Start };
        }
        if (Blank(f.To) is { } to)
        {
            var d = PartialDate.Parse(to);
            if (!d.Success) return Fail($"{prefix}to {d.Message}");
            q = q with { To = d.Value.End };
        }
        return new EventQueryParse(q, null);
    }

    /// <summary>Reads a sort key: date, confidence, source, step or document (case-insensitive).</summary>
    public static bool TryParseSort(string? text, out EventSort sort)
    {
        sort = EventSort.Date;
        if (string.IsNullOrWhiteSpace(text)) return true;
        return Enum.TryParse(text.Trim(), ignoreCase: true, out sort) && Enum.IsDefined(sort) && !int.TryParse(text, out _);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static EventQueryParse Fail(string message) => new(null, message);

    private static EventQueryParse Unknown(string message) => new(null, message) { UnknownActor = true };
}
