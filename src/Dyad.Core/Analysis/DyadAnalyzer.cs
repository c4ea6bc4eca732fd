using Dyad.Model;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Reads where each dyad stands from its events. Only asserted, dated steps between the governments move the
/// rung (planned, demanded, negated or hypothetical steps do not); a normalizing step raises the rung to its
/// own if higher; severance and suspension (rung 0) bring it down to 0. Sectors (USA.LEG, SYR.OPP) are not
/// the government and do not move it, but their stances and sanctions are listed. The ladder is read per era
/// (<see cref="EraSplitter"/>): it starts again when either side's government changes, and stops at its fall. A step
/// that one source asserts and another denies (<see cref="Disputes"/>) does not move it: the era marks it disputed.
/// </summary>
public sealed class DyadAnalyzer(Pack pack)
{
    /// <param name="focus">The focal state.</param>
    /// <param name="events">Its events.</param>
    /// <param name="copies">Document keys of syndicated copies: not a second source of a dispute (<see cref="Disputes.Copies"/>).</param>
    public IReadOnlyList<DyadView> Counterparts(string focus, IReadOnlyList<StoredEvent> events, IReadOnlySet<string>? copies = null)
    {
        var byCounterpart = new Dictionary<string, List<StoredEvent>>(StringComparer.Ordinal);
        foreach (var se in events)
        {
            var e = se.Event;
            if (e.Step is null || e.Target is null) continue;
            string? other = Base(e.Source) == focus ? Base(e.Target) : Base(e.Target) == focus ? Base(e.Source) : null;
            if (other is null || other == focus) continue;
            if (!byCounterpart.TryGetValue(other, out var list)) byCounterpart[other] = list = [];
            list.Add(se);
        }
        return Order(byCounterpart.Select(kv => View(focus, kv.Key, kv.Value, copies)));
    }

    /// <summary>The order of an overview: the rung with the governments now in power first, then the last rung reached
    /// with an earlier government, then the number of events.</summary>
    public static IReadOnlyList<DyadView> Order(IEnumerable<DyadView> views) =>
        views.OrderByDescending(v => v.Rung ?? -1).ThenByDescending(v => v.Eras.LastOrDefault(e => e.Rung is not null)?.Rung ?? -1)
            .ThenByDescending(v => v.Events).ThenBy(v => v.Counterpart, StringComparer.Ordinal).ToList();

    /// <param name="a">One side.</param>
    /// <param name="b">The other side.</param>
    /// <param name="events">The events between them.</param>
    /// <param name="copies">Document keys of syndicated copies: not a second source of a dispute (<see cref="Disputes.Copies"/>).</param>
    public DyadView View(string a, string b, IReadOnlyList<StoredEvent> events, IReadOnlySet<string>? copies = null)
    {
        var disputes = Disputes.Find(events, copies);
        var disputed = disputes.SelectMany((d, i) => d.Asserted.Select(e => (e.Id, i))).ToDictionary(x => x.Id, x => x.i);
        var ordered = events.Where(e => e.Event.Step is not null)
            .OrderBy(e => e.Event.Date is null ? 1 : 0).ThenBy(e => e.Event.Date?.Start).ThenBy(e => e.Id).ToList();
        var stretches = EraSplitter.Stretches(pack, a, b);
        var placed = stretches.Select(_ => new List<StoredEvent>()).ToArray();
        var across = new List<StoredEvent>();
        foreach (var se in ordered)
        {
            if (se.Event.Date is null) continue;
            var at = EraSplitter.Place(stretches, se.Event.Date);
            if (at < 0) across.Add(se);
            else placed[at].Add(se);
        }
        var eras = new List<DyadEra>();
        for (var i = 0; i < stretches.Count; i++)
        {
            if (placed[i].Count == 0 && i < stretches.Count - 1) continue;
            var s = stretches[i];
            var (history, held) = Ladder(placed[i], eras.Count, disputed);
            eras.Add(new DyadEra(eras.Count, s.A, s.B, s.From, s.To, history.Count == 0 ? null : history[^1].Rung, history, placed[i]) { Disputed = held, DisputedSteps = held.Select(e => disputed[e.Id]).Distinct().Count() });
        }
        // The last step taken: a dated deed before a plan or a possibility of the same day or later.
        var lastStep = ordered.LastOrDefault(e => e.Event.Date is not null && e.Event.Modality == Modality.Asserted && pack.FindStep(e.Event.Step!)?.Rung is not null)
            ?? ordered.LastOrDefault(e => e.Event.Date is not null && pack.FindStep(e.Event.Step!)?.Rung is not null)
            ?? ordered.LastOrDefault(e => pack.FindStep(e.Event.Step!)?.Rung is not null);
        var latestStance = ordered.Where(e => e.Event.Step is "stance.support" or "stance.oppose" && Base(e.Event.Source) != a)
            .LastOrDefault(e => !e.Event.Source.Contains('.')) ?? ordered.LastOrDefault(e => e.Event.Step is "stance.support" or "stance.oppose");
        return new DyadView(new DyadStanding(a, b, eras[^1].Rung, eras.SelectMany(e => e.History).ToList(), lastStep, latestStance,
                ordered.Where(e => e.Event.Step == "condition.set").ToList()),
            ordered.Where(e => e.Event.Step is "sanction.impose" or "sanction.ease").ToList(),
            ordered.Count, eras, across, disputes);
    }

    // The rung within one era, from nothing: each asserted, dated step between the governments with a rung moves it,
    // unless another source denies it (then it is held aside as disputed).
    private (List<RungChange>, List<StoredEvent>) Ladder(IEnumerable<StoredEvent> steps, int era, Dictionary<long, int> disputed)
    {
        var history = new List<RungChange>();
        var held = new List<StoredEvent>();
        int? rung = null;
        foreach (var se in steps)
        {
            var e = se.Event;
            if (e.Modality != Modality.Asserted || e.Date is not { } date || e.Source.Contains('.') || (e.Target?.Contains('.') ?? true)) continue;
            var step = pack.FindStep(e.Step!);
            if (step?.Rung is not { } r) continue;
            if (disputed.ContainsKey(se.Id))
            {
                held.Add(se);
                continue;
            }
            var next = r == 0 ? 0 : Math.Max(rung ?? 0, r);
            if (next != rung)
            {
                rung = next;
                history.Add(new RungChange(date, next, e.Step!, se.Id, era));
            }
        }
        return (history, held);
    }

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
