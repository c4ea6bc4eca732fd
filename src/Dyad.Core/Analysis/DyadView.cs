using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>The rung of a dyad from a given date on, the step that put it there, and the era (<see cref="DyadEra.Index"/>) it belongs to.</summary>
public sealed record RungChange(PartialDate Date, int Rung, string Step, long EventId, int Era = 0);

/// <summary>
/// A counterpart of the focal state and where its relations stand: the rung with the governments now in power, the
/// ladder read per era of each side (a rung never carries over a change of government), the last step, the latest
/// stance, the conditions set and the sanctions. <see cref="Rung"/> is the rung in the last era (the governments now
/// in power), null when no step there reached one; <see cref="History"/> how the rung moved, era after era (each
/// change names its era); <see cref="Eras"/> the eras holding steps of the dyad, and always the last one;
/// <see cref="AcrossBreaks"/> the dated steps whose date straddles a change of government ("2024-12" for Syria):
/// placed in no era, they move no rung; <see cref="Disputes"/> the steps one source asserts and another denies, which
/// move no rung either.
/// </summary>
public sealed record DyadView(
    string Focus,
    string Counterpart,
    int? Rung,
    IReadOnlyList<RungChange> History,
    StoredEvent? LastStep,
    StoredEvent? LatestStance,
    IReadOnlyList<StoredEvent> Conditions,
    IReadOnlyList<StoredEvent> Sanctions,
    int Events,
    IReadOnlyList<DyadEra> Eras,
    IReadOnlyList<StoredEvent> AcrossBreaks,
    IReadOnlyList<Dispute> Disputes)
{
    /// <summary>The rung per era as one line: "rung 6 with the Assad government (2023-05); no rung with the transitional government (from 2024-12-09)".</summary>
    public string EraSummary => string.Join("; ", Eras.Select(e => e.Summary()));
}
