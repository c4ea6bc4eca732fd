using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Where a dyad stands, read from the step summary (<see cref="DyadOutliner"/>) rather than from every event: the same
/// rung, history, eras, last step, latest stance and disputes as <see cref="DyadView"/>, with counts where the view
/// holds lists (its steps, conditions, sanctions), and the latest <see cref="DyadStanding.Conditions"/> only.
/// </summary>
public sealed record DyadOutline : DyadStanding
{
    /// <param name="standing">Where the dyad stands, with the latest conditions only (as many as asked for).</param>
    /// <param name="eras">The eras (their <see cref="DyadEra.StepCount"/> counts, their <see cref="DyadEra.Steps"/> are empty).</param>
    /// <param name="acrossBreaks">Summary rows of the steps dated across a change of government.</param>
    /// <param name="disputes">Steps one source asserts and another denies.</param>
    /// <param name="pairs">Each (source, target) of the dyad's steps with its steps: where a reader of its events looks.</param>
    public DyadOutline(DyadStanding standing, IReadOnlyList<DyadEra> eras, IReadOnlyList<StepCount> acrossBreaks, IReadOnlyList<Dispute> disputes,
        IReadOnlyList<(string Source, string Target, string Step)> pairs)
        : base(standing)
    {
        Eras = eras;
        AcrossBreaks = acrossBreaks;
        Disputes = disputes;
        Pairs = pairs;
    }

    /// <summary>The eras (their <see cref="DyadEra.StepCount"/> counts, their <see cref="DyadEra.Steps"/> are empty).</summary>
    public IReadOnlyList<DyadEra> Eras { get; }

    /// <summary>Summary rows of the steps dated across a change of government.</summary>
    public IReadOnlyList<StepCount> AcrossBreaks { get; }

    /// <summary>Steps one source asserts and another denies: the latest <see cref="DyadOutliner.Keep"/>.</summary>
    public IReadOnlyList<Dispute> Disputes { get; }

    /// <summary>Each (source, target) of the dyad's steps with its steps: where a reader of its events looks.</summary>
    public IReadOnlyList<(string Source, string Target, string Step)> Pairs { get; }

    /// <summary>Every step event of the dyad.</summary>
    public int Events { get; init; }

    /// <summary>How many times the rung moved in all eras, of which <see cref="DyadStanding.History"/> holds the latest (<see cref="DyadOutliner.Keep"/>).</summary>
    public int HistoryTotal { get; init; }

    /// <summary>How many disputes the dyad has, of which <see cref="Disputes"/> holds the latest (<see cref="DyadOutliner.Keep"/>).</summary>
    public int DisputesTotal { get; init; }

    /// <summary>Every condition set (<see cref="DyadStanding.Conditions"/> lists the latest).</summary>
    public int ConditionsTotal { get; init; }

    /// <summary>Sanctions imposed, every modality.</summary>
    public int SanctionsImposed { get; init; }

    /// <summary>Sanctions eased, every modality.</summary>
    public int SanctionsEased { get; init; }

    /// <summary>The (source, target) pairs holding any of the steps given (any step when none).</summary>
    public IReadOnlyList<(string Source, string Target)> PairsOf(params string[] steps) =>
        [.. Pairs.Where(p => steps.Length == 0 || steps.Contains(p.Step)).Select(p => (p.Source, p.Target)).Distinct()];
}
