using Dyad.Actors;
using Dyad.Model;

namespace Dyad.Ledger;

/// <summary>What the ledger reads of a whole document: its steps by sentence, and the state it is about.</summary>
internal sealed class DocumentContext(Document document, IReadOnlyList<SentenceActors> layer, IReadOnlyList<Event> events, Packs.Pack pack)
{
    private ILookup<int, Event>? _steps;
    private string? _focus;
    private bool _focusRead;

    public Document Document { get; } = document;
    public IReadOnlyList<SentenceActors> Layer { get; } = layer;
    public string? PackFocus { get; } = pack.Focus;

    /// <summary>The rung of a step on the ladder; null for a stance, a sanction, a condition.</summary>
    public int? Rung(string step) => pack.FindStep(step)?.Rung;

    public IEnumerable<Event> StepsOf(int sentence) => (_steps ??= events.Where(e => e.Step is not null).ToLookup(e => e.Sentence))[sentence];

    /// <summary>The pack's focal state where the document names it, else the state it names most: a figure with no place is about it.</summary>
    public string? Focus
    {
        get
        {
            if (_focusRead) return _focus;
            _focusRead = true;
            var counts = Layer.SelectMany(v => v.Mentions)
                .Where(m => m.Actor is not null && m.Kind is MentionKind.State or MentionKind.Capital or MentionKind.Person or MentionKind.Description)
                .GroupBy(m => m.BaseActor!, StringComparer.Ordinal)
                .Select(g => (Actor: g.Key, Count: g.Count()))
                .ToList();
            _focus = PackFocus is not null && counts.Any(c => c.Actor == PackFocus) ? PackFocus
                : counts.OrderByDescending(c => c.Count).ThenBy(c => c.Actor, StringComparer.Ordinal).Select(c => c.Actor).FirstOrDefault();
            return _focus;
        }
    }

    /// <summary>The document's focus when it is not <paramref name="actor"/>'s state.</summary>
    public string? FocusOtherThan(string actor)
    {
        var focus = Focus;
        return focus is null || actor == focus || actor.StartsWith(focus + ".", StringComparison.Ordinal) ? null : focus;
    }
}
