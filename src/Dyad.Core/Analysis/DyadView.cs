using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>The rung of a dyad from a given date on, the step that put it there, and the era (<see cref="DyadEra.Index"/>) it belongs to.</summary>
public sealed record RungChange(PartialDate Date, int Rung, string Step, long EventId, int Era = 0);

/// <summary>
/// A counterpart of the focal state and where its relations stand: the rung with the governments now in power, the
/// ladder read per era of each side (a rung never carries over a change of government), the last step, the latest
/// stance, the conditions set and the sanctions. <see cref="DyadStanding.Rung"/> is the rung in the last era (the governments now
/// in power), null when no step there reached one; <see cref="DyadStanding.History"/> how the rung moved, era after era (each
/// change names its era); <see cref="Eras"/> the eras holding steps of the dyad, and always the last one;
/// <see cref="AcrossBreaks"/> the dated steps whose date straddles a change of government ("2024-12" for Syria):
/// placed in no era, they move no rung; <see cref="Disputes"/> the steps one source asserts and another denies, which
/// move no rung either.
/// </summary>
public sealed record DyadView : DyadStanding
{
    /// <param name="standing">Where the dyad stands.</param>
    /// <param name="sanctions">Sanctions imposed and eased, every modality, in the dyad's order.</param>
    /// <param name="events">Every step event of the dyad.</param>
    /// <param name="eras">The eras holding steps of the dyad, and always the last one.</param>
    /// <param name="acrossBreaks">The dated steps whose date straddles a change of government.</param>
    /// <param name="disputes">Steps one source asserts and another denies.</param>
    public DyadView(DyadStanding standing, IReadOnlyList<StoredEvent> sanctions, int events, IReadOnlyList<DyadEra> eras,
        IReadOnlyList<StoredEvent> acrossBreaks, IReadOnlyList<Dispute> disputes)
        : base(standing)
    {
        Sanctions = sanctions;
        Events = events;
        Eras = eras;
        AcrossBreaks = acrossBreaks;
        Disputes = disputes;
    }

    /// <summary>Sanctions imposed and eased, every modality.</summary>
    public IReadOnlyList<StoredEvent> Sanctions { get; }

    /// <summary>Every step event of the dyad.</summary>
    public int Events { get; }

    /// <summary>The eras holding steps of the dyad, and always the last one.</summary>
    public IReadOnlyList<DyadEra> Eras { get; }

    /// <summary>The dated steps whose date straddles a change of government: in no era, they move no rung.</summary>
    public IReadOnlyList<StoredEvent> AcrossBreaks { get; }

    /// <summary>Steps one source asserts and another denies, which move no rung.</summary>
    public IReadOnlyList<Dispute> Disputes { get; }

    /// <summary>The rung per era as one line: "rung 6 with the Assad government (2023-05); no rung with the transitional government (from 2024-12-09)".</summary>
    public string EraSummary => string.Join("; ", Eras.Select(e => e.Summary()));
}
