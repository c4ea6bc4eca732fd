using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Where a dyad stands, as both readings of it say: a view over every event (<see cref="DyadView"/>) and an outline
/// from the step summary (<see cref="DyadOutline"/>). One record for what the two share (issue 18: each listed the same
/// seven members).
/// </summary>
/// <param name="Focus">One side (the focal state of an overview).</param>
/// <param name="Counterpart">The other side.</param>
/// <param name="Rung">The rung with the governments now in power (the last era's), null when no step there reached one.</param>
/// <param name="History">How the rung moved, era after era (each change names its era).</param>
/// <param name="LastStep">The last step taken with a rung: asserted and dated if any, then dated, then any.</param>
/// <param name="LatestStance">The latest stance taken on the focus, a state's own before a part of one.</param>
/// <param name="Conditions">The conditions set, in date order (an outline holds the latest only).</param>
public record DyadStanding(
    string Focus,
    string Counterpart,
    int? Rung,
    IReadOnlyList<RungChange> History,
    StoredEvent? LastStep,
    StoredEvent? LatestStance,
    IReadOnlyList<StoredEvent> Conditions);
