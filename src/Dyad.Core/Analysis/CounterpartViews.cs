using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// The counterparts of a focal state read from the store one at a time (<see cref="IDyadStore.StepsByCounterpart"/>):
/// the same views as <see cref="DyadAnalyzer.Counterparts"/> over every event, holding one counterpart's events at a
/// time rather than the store's.
/// </summary>
public static class CounterpartViews
{
    /// <param name="pack">The pack: steps, rungs, governments.</param>
    /// <param name="store">The store the steps are read from.</param>
    /// <param name="focus">The focal state.</param>
    /// <param name="copies">Document keys of syndicated copies: not a second source of a dispute (<see cref="Disputes.Copies"/>).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static IReadOnlyList<DyadView> Read(Pack pack, IDyadStore store, string focus, IReadOnlySet<string>? copies = null,
        CancellationToken cancellationToken = default)
    {
        var analyzer = new DyadAnalyzer(pack);
        var views = new List<DyadView>();
        var group = new List<StoredEvent>();
        string? current = null;
        foreach (var se in store.StepsByCounterpart(focus, cancellationToken))
        {
            var e = se.Event;
            var other = Base(Base(e.Source) == focus ? e.Target! : e.Source);
            if (other != current) Flush();
            current = other;
            group.Add(se);
        }
        Flush();
        return DyadAnalyzer.Order(views);

        void Flush()
        {
            // What Counterparts skips: steps between the focus and its own sectors.
            if (current is not null && current != focus && group.Count > 0) views.Add(analyzer.View(focus, current, group, copies));
            group = [];
        }
    }

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
