using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// The counterparts of a focal state from the step summary (<see cref="IDyadStore.StepCounts"/>), one counterpart's rows
/// at a time: what <see cref="CounterpartViews"/> reads from every step event, without reading them (issue 19).
/// </summary>
public static class CounterpartOutlines
{
    /// <param name="pack">The pack: steps, rungs, governments.</param>
    /// <param name="store">The store.</param>
    /// <param name="focus">The focal state.</param>
    /// <param name="conditions">How many of each counterpart's latest conditions to read.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static IReadOnlyList<DyadOutline> Read(Pack pack, IDyadStore store, string focus, int conditions,
        CancellationToken cancellationToken = default) => Read(new DyadOutliner(pack), store, focus, conditions, cancellationToken);

    /// <param name="outliner">The outliner of each counterpart (how many of its disputes it reads whole).</param>
    /// <param name="store">The store.</param>
    /// <param name="focus">The focal state.</param>
    /// <param name="conditions">How many of each counterpart's latest conditions to read.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static IReadOnlyList<DyadOutline> Read(DyadOutliner outliner, IDyadStore store, string focus, int conditions,
        CancellationToken cancellationToken = default)
    {
        // A counterpart per core at once (issue 19: the first overview of a million events took 15 s on one core): the
        // rows are read on this thread, at most one counterpart's per core held while they are outlined, and the order
        // of the overview does not depend on which ends first.
        var outlines = new List<Task<DyadOutline>>();
        using var cores = new SemaphoreSlim(Environment.ProcessorCount);
        var group = new List<StepCount>();
        string? current = null;
        try
        {
            foreach (var row in store.StepCounts(focus, cancellationToken: cancellationToken))
            {
                var other = Base(Base(row.Source) == focus ? row.Target : row.Source);
                if (other != current) Flush();
                current = other;
                group.Add(row);
            }
            Flush();
        }
        finally
        {
            // Never leave an outline running on the semaphore disposed here.
            Task.WhenAll(outlines).ContinueWith(_ => { }, TaskScheduler.Default).Wait(CancellationToken.None);
        }
        return Order(Task.WhenAll(outlines).GetAwaiter().GetResult());

        void Flush()
        {
            // As CounterpartViews: no counterpart of the focus's own sectors.
            if (current is not null && current != focus && group.Count > 0)
            {
                cores.Wait(cancellationToken);
                var (counterpart, rows) = (current, group);
                outlines.Add(Task.Run(() =>
                {
                    try
                    {
                        return outliner.Outline(store, focus, counterpart, rows, conditions, cancellationToken);
                    }
                    finally
                    {
                        cores.Release();
                    }
                }, CancellationToken.None));
            }
            group = [];
        }
    }

    /// <summary>The order of an overview, as <see cref="DyadAnalyzer.Order"/>.</summary>
    public static IReadOnlyList<DyadOutline> Order(IEnumerable<DyadOutline> outlines) =>
        outlines.OrderByDescending(v => v.Rung ?? -1).ThenByDescending(v => v.Eras.LastOrDefault(e => e.Rung is not null)?.Rung ?? -1)
            .ThenByDescending(v => v.Events).ThenBy(v => v.Counterpart, StringComparer.Ordinal).ToList();

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
