using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>The rung of a dyad from a given date on, and the step that put it there.</summary>
public sealed record RungChange(PartialDate Date, int Rung, string Step, long EventId);

/// <summary>
/// A counterpart of the focal state and where its relations stand: the current rung, how the rung moved,
/// the last step, the latest stance, the conditions set and the sanctions.
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
    int Events);
