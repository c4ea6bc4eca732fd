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
    public static IReadOnlyList<DyadView> Read(Pack pack, IDyadStore store, string focus, CancellationToken cancellationToken = default)
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
        return [.. views.OrderByDescending(v => v.Rung ?? -1).ThenByDescending(v => v.Events).ThenBy(v => v.Counterpart, StringComparer.Ordinal)];

        void Flush()
        {
            // What Counterparts skips: steps between the focus and its own sectors.
            if (current is not null && current != focus && group.Count > 0) views.Add(analyzer.View(focus, current, group));
            group = [];
        }
    }

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
