using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Where a dyad stands, read from the step summary (<see cref="DyadOutliner"/>) rather than from every event: the same
/// rung, history, eras, last step, latest stance and disputes as <see cref="DyadView"/>, with counts where the view
/// holds lists (its steps, conditions, sanctions), and the latest <see cref="Conditions"/> only.
/// </summary>
/// <param name="Focus">One side (the focal state of an overview).</param>
/// <param name="Counterpart">The other side.</param>
/// <param name="Rung">The rung with the governments now in power (the last era's).</param>
/// <param name="History">How the rung moved, era after era.</param>
/// <param name="LastStep">The last step taken (as <see cref="DyadView.LastStep"/>).</param>
/// <param name="LatestStance">The latest stance (as <see cref="DyadView.LatestStance"/>).</param>
/// <param name="Conditions">The latest conditions set, in date order (as many as asked for).</param>
/// <param name="Eras">The eras (their <see cref="DyadEra.StepCount"/> counts, their <see cref="DyadEra.Steps"/> are empty).</param>
/// <param name="AcrossBreaks">Summary rows of the steps dated across a change of government.</param>
/// <param name="Disputes">Steps one source asserts and another denies.</param>
/// <param name="Pairs">Each (source, target) of the dyad's steps with its steps: where a reader of its events looks.</param>
public sealed record DyadOutline(
    string Focus,
    string Counterpart,
    int? Rung,
    IReadOnlyList<RungChange> History,
    StoredEvent? LastStep,
    StoredEvent? LatestStance,
    IReadOnlyList<StoredEvent> Conditions,
    IReadOnlyList<DyadEra> Eras,
    IReadOnlyList<StepCount> AcrossBreaks,
    IReadOnlyList<Dispute> Disputes,
    IReadOnlyList<(string Source, string Target, string Step)> Pairs)
{
    /// <summary>Every step event of the dyad.</summary>
    public int Events { get; init; }

    /// <summary>Every condition set (<see cref="Conditions"/> lists the latest).</summary>
    public int ConditionsTotal { get; init; }

    /// <summary>Sanctions imposed, every modality.</summary>
    public int SanctionsImposed { get; init; }

    /// <summary>Sanctions eased, every modality.</summary>
    public int SanctionsEased { get; init; }

    /// <summary>The (source, target) pairs holding any of the steps given (any step when none).</summary>
    public IReadOnlyList<(string Source, string Target)> PairsOf(params string[] steps) =>
        [.. Pairs.Where(p => steps.Length == 0 || steps.Contains(p.Step)).Select(p => (p.Source, p.Target)).Distinct()];
}
