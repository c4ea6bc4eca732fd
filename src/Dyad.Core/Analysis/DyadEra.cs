using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// A stretch of a dyad's history in which neither side changed government (pack governments.json), and the ladder
/// read within it: the rung starts from nothing at the stretch's first day and stops at its last, so a rung reached
/// with one government never carries over to the next.
/// </summary>
/// <param name="Index">Its place among the dyad's eras, from 0.</param>
/// <param name="A">The government of the first side in this stretch; null when the pack declares none for the time.</param>
/// <param name="B">The government of the second side; null likewise.</param>
/// <param name="From">The first day; null when the stretch runs back without limit.</param>
/// <param name="To">The last day; null for the stretch that lasts.</param>
/// <param name="Rung">The rung at the end of the stretch; null when no asserted, dated, undisputed step reached one.</param>
/// <param name="History">How the rung moved within the stretch.</param>
/// <param name="Steps">The dyad's steps dated inside the stretch.</param>
public sealed record DyadEra(int Index, EraEntry? A, EraEntry? B, DateOnly? From, DateOnly? To, int? Rung, IReadOnlyList<RungChange> History,
    IReadOnlyList<StoredEvent> Steps)
{
    /// <summary>Asserted ladder records of the stretch that another source denies (<see cref="Dispute"/>): they did not move the rung.</summary>
    public IReadOnlyList<StoredEvent> Disputed { get; init; } = [];

    /// <summary>
    /// How many of the dyad's steps are dated inside the stretch: <see cref="Steps"/>' count when the era was read from the
    /// events, the step summary's count when it was read from there (<see cref="DyadOutliner"/>, whose eras list no steps).
    /// </summary>
    public int StepCount
    {
        get => _stepCount ?? Steps.Count;
        init => _stepCount = value;
    }

    private readonly int? _stepCount;

    /// <summary>How many disputed steps (stories, each perhaps told by several records) the stretch left out.</summary>
    public int DisputedSteps { get; init; }

    /// <summary>
    /// How many times the rung moved within the stretch: <see cref="History"/>'s count, unless an outline kept only the
    /// latest changes (<see cref="DyadOutliner.Keep"/>; issue 19: every change made the overview grow with the store).
    /// </summary>
    public int HistoryTotal
    {
        get => _historyTotal ?? History.Count;
        init => _historyTotal = value;
    }

    private readonly int? _historyTotal;

    /// <summary>How many disputed records the stretch holds: <see cref="Disputed"/>'s count, unless an outline kept only the latest.</summary>
    public int DisputedTotal
    {
        get => _disputedTotal ?? Disputed.Count;
        init => _disputedTotal = value;
    }

    private readonly int? _disputedTotal;

    /// <summary>The governments by name ("the Assad government"; both, joined, when both sides have one); null when neither has.</summary>
    public string? Label => (A, B) switch
    {
        (null, null) => null,
        ({ } a, null) => a.Name,
        (null, { } b) => b.Name,
        ({ } a, { } b) => $"{a.Name} ({a.State}) and {b.Name} ({b.State})",
    };

    /// <summary>Whether a day lies inside the stretch.</summary>
    public bool Contains(DateOnly day) => (From is not { } f || day >= f) && (To is not { } t || day <= t);

    /// <summary>
    /// The era as one phrase: "rung 6 with the Assad government (2023-05)", "no rung yet with the transitional government
    /// (from 2024-12-09)"; the date is that of the step that set the rung. Not <paramref name="named"/>: without the governments' names and days (a heading that gives them).
    /// </summary>
    public string Summary(bool named = true)
    {
        var with = named && Label is { } label ? $" with {label}" : "";
        var rung = Rung is { } r ? $"rung {r}{with} ({History[^1].Date})" : $"no rung{with}";
        var span = (From, To) switch
        {
            (null, null) => "",
            ({ } f, null) => $" from {Day(f)}",
            (null, { } t) => $" to {Day(t)}",
            ({ } f, { } t) => $" {Day(f)} to {Day(t)}",
        };
        var held = DisputedSteps == 0 ? "" : $"; {DisputedSteps} disputed step{(DisputedSteps == 1 ? "" : "s")} not counted";
        return (named && Rung is null && span.Length > 0 ? $"{rung} ({span.Trim()})" : rung) + held;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
