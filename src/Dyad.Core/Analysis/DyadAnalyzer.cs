using Dyad.Model;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Reads where each dyad stands from its events. Only asserted, dated steps between the governments move the
/// rung (planned, demanded, negated or hypothetical steps do not); a normalizing step raises the rung to its
/// own if higher; severance and suspension (rung 0) bring it down to 0. Sectors (USA.LEG, SYR.OPP) are not
/// the government and do not move it, but their stances and sanctions are listed.
/// </summary>
public sealed class DyadAnalyzer(Pack pack)
{
    public IReadOnlyList<DyadView> Counterparts(string focus, IReadOnlyList<StoredEvent> events)
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
        return byCounterpart.Select(kv => View(focus, kv.Key, kv.Value))
            .OrderByDescending(v => v.Rung ?? -1).ThenByDescending(v => v.Events).ThenBy(v => v.Counterpart, StringComparer.Ordinal).ToList();
    }

    public DyadView View(string a, string b, IReadOnlyList<StoredEvent> events)
    {
        var ordered = events.Where(e => e.Event.Step is not null)
            .OrderBy(e => e.Event.Date is null ? 1 : 0).ThenBy(e => e.Event.Date?.Start).ThenBy(e => e.Id).ToList();
        var history = new List<RungChange>();
        int? rung = null;
        foreach (var se in ordered)
        {
            var e = se.Event;
            if (e.Modality != Modality.Asserted || e.Date is not { } date || e.Source.Contains('.') || (e.Target?.Contains('.') ?? true)) continue;
            var step = pack.FindStep(e.Step!);
            if (step?.Rung is not { } r) continue;
            var next = r == 0 ? 0 : Math.Max(rung ?? 0, r);
            if (next != rung)
            {
                rung = next;
                history.Add(new RungChange(date, next, e.Step!, se.Id));
            }
        }
        // The last step taken: a dated deed before a plan or a possibility of the same day or later.
        var lastStep = ordered.LastOrDefault(e => e.Event.Date is not null && e.Event.Modality == Modality.Asserted && pack.FindStep(e.Event.Step!)?.Rung is not null)
            ?? ordered.LastOrDefault(e => e.Event.Date is not null && pack.FindStep(e.Event.Step!)?.Rung is not null)
            ?? ordered.LastOrDefault(e => pack.FindStep(e.Event.Step!)?.Rung is not null);
        var latestStance = ordered.Where(e => e.Event.Step is "stance.support" or "stance.oppose" && Base(e.Event.Source) != a)
            .LastOrDefault(e => !e.Event.Source.Contains('.')) ?? ordered.LastOrDefault(e => e.Event.Step is "stance.support" or "stance.oppose");
        return new DyadView(a, b, rung, history, lastStep, latestStance,
            ordered.Where(e => e.Event.Step == "condition.set").ToList(),
            ordered.Where(e => e.Event.Step is "sanction.impose" or "sanction.ease").ToList(),
            ordered.Count);
    }

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
