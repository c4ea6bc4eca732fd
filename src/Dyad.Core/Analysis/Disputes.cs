using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Finds disputed steps: the stories (<see cref="Stories"/>) that one document asserts and another denies. The one
/// entry point for every reader of disputes: the dyad view, `dyad timeline`, the API, and a ledger listing
/// <c>kind: dispute</c>.
/// </summary>
public static class Disputes
{
    /// <summary>The disputes among the events, earliest first.</summary>
    /// <param name="events">Events in any order; the assertion and the denial must both be among them.</param>
    /// <param name="copies">Document keys of syndicated copies, skipped as in <see cref="Stories.Group"/>.</param>
    public static IReadOnlyList<Dispute> Find(IEnumerable<StoredEvent> events, IReadOnlySet<string>? copies = null) =>
        Stories.Group(events.Where(e => e.Event.Step is not null), copies).Where(s => s.Disputed).Select(From).ToList();

    /// <summary>The disputes among a store's events matching the query (its steps only), syndicated copies skipped.</summary>
    public static IReadOnlyList<Dispute> Find(IDyadStore store, EventQuery query) =>
        Find(store.Events(query with { StepsOnly = true, Limit = null, Offset = 0 }), Copies(store));

    /// <summary>Document keys of the store's syndicated copies.</summary>
    public static IReadOnlySet<string> Copies(IDyadStore store) => store.Links().Select(l => l.DocumentKey).ToHashSet(StringComparer.Ordinal);

    private static Dispute From(StoryEvent s)
    {
        var e = s.Event.Event;
        return new Dispute(e.Source, e.Target, e.Step!,
            s.Members.Select(m => m.Event.Doc).Distinct(StringComparer.Ordinal).ToList(),
            s.Denials.Select(m => m.Event.Doc).Distinct(StringComparer.Ordinal).ToList(),
            e.Doc, e.Date, e.Evidence, s.Denials[0].Event.Evidence, s.Members, s.Denials);
    }
}
