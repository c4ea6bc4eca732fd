using Dyad.Analysis;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Web.Api;

/// <summary>
/// An event as the API shows it: the coded record, its step's label, kind and rung, and the article it came from
/// (title, outlet: og:site_name, meta.json's source or the URL's host, publication date).
/// </summary>
public sealed record EventDto(
    long Id,
    string Doc,
    long DocumentId,
    string? Title,
    string? Url,
    string? Published,
    string? Outlet,
    string Source,
    string SourceName,
    string? Target,
    string? TargetName,
    string? Step,
    string? StepLabel,
    string? Kind,
    int? Rung,
    string Type,
    string Modality,
    string? Date,
    string? DateStart,
    string? DateEnd,
    string? DatePrecision,
    string DateBasis,
    double Confidence,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    int Sentence);

/// <summary>The rung of a dyad from a date on, the step (event) that put it there, and the era (index into <c>eras</c>) it belongs to.</summary>
public sealed record RungPointDto(string Date, string DateStart, int Rung, string Step, long EventId, int Era);

/// <summary>A government of a state, as the pack declares it (governments.json): first and last day, either open.</summary>
public sealed record GovernmentDto(string State, string Name, string? Leader, string? From, string? To, string? Source);

/// <summary>
/// One era of a dyad: a stretch in which neither side changed government, and the ladder read within it (the rung
/// starts from nothing at <c>from</c> and stops at <c>to</c>). <c>a</c> and <c>b</c>: each side's government, null where
/// the pack declares none. <c>summary</c>: "rung 6 with the Assad government (2023-05)". <c>disputed</c>: ids of the
/// era's asserted steps another source denies, which did not move the rung.
/// </summary>
public sealed record EraDto(int Index, string? Label, string? From, string? To, GovernmentDto? A, GovernmentDto? B, int? Rung,
    IReadOnlyList<RungPointDto> History, int Steps, string Summary, IReadOnlyList<long> Disputed);

/// <summary>
/// One counterpart of the focal state and where relations stand. Conditions: the latest <see cref="Dto.MaxConditions"/>
/// (issue 19: every one of them made a 135 MB overview); ConditionsTotal counts them all.
/// </summary>
public sealed record CounterpartDto(
    string Counterpart,
    string Name,
    int? Rung,
    EventDto? LastStep,
    EventDto? LatestStance,
    string? Stance,
    IReadOnlyList<EventDto> Conditions,
    int SanctionsImposed,
    int SanctionsEased,
    int Events,
    IReadOnlyList<RungPointDto> History,
    IReadOnlyList<EraDto> Eras,
    IReadOnlyList<DisputeDto> Disputes)
{
    public int ConditionsTotal { get; init; }
}

/// <summary>
/// GET /api/dyads: the focal state and its counterparts. <c>rung</c> of a counterpart is the rung with the governments
/// now in power; <c>eras</c> the rung per government; <c>disputes</c> its disputed steps. <c>falls</c>: governments of the focal state toppled (regime.fall).
/// </summary>
public sealed record DyadsDto(string Focus, string FocusName, IReadOnlyList<CounterpartDto> Counterparts, IReadOnlyList<EventDto> Falls);

/// <summary>
/// GET /api/dyads/{a}/{b}: the rung over time, per era of each side's government, and the steps with their evidence:
/// the latest <see cref="Dto.MaxSteps"/> of each list (issue 19: every step made a 438 MB answer), StepsTotal,
/// SanctionsTotal and ConditionsTotal counting all. <c>disputes</c>: steps asserted by one source and denied by another
/// (they move no rung). <c>acrossBreaks</c>: steps dated across a change of government, in no era; <c>falls</c>: either
/// side's government toppled (regime.fall, by whoever).
/// </summary>
public sealed record DyadDetailDto(string A, string AName, string B, string BName, int? Rung, IReadOnlyList<RungPointDto> History,
    IReadOnlyList<EventDto> Steps, IReadOnlyList<EventDto> Sanctions, IReadOnlyList<EventDto> Conditions,
    IReadOnlyList<EraDto> Eras, IReadOnlyList<EventDto> AcrossBreaks, IReadOnlyList<EventDto> Falls, IReadOnlyList<DisputeDto> Disputes)
{
    public int StepsTotal { get; init; }
    public int SanctionsTotal { get; init; }
    public int ConditionsTotal { get; init; }
}

/// <summary>
/// A step asserted by one source and denied by another between the same actors within a story's window: both sides,
/// by document and by record. <c>doc</c>, <c>date</c>, <c>evidence</c>: the representative assertion's.
/// </summary>
public sealed record DisputeDto(string Source, string SourceName, string? Target, string? TargetName, string Step, string StepLabel, int? Rung,
    IReadOnlyList<string> AssertedDocs, IReadOnlyList<string> DeniedDocs, string Doc, string? Date, string? DateStart, string Evidence,
    string DenialEvidence, IReadOnlyList<EventDto> Asserted, IReadOnlyList<EventDto> Denied);

/// <summary>A page of events and how many match in all: when <see cref="TotalExact"/> is false, at least Total match (the count stops there).</summary>
public sealed record EventPageDto(int Total, int Page, int PageSize, IReadOnlyList<EventDto> Items)
{
    public bool TotalExact { get; init; } = true;
}

internal static class Dto
{
    /// <summary>The most conditions a counterpart of the overview lists (the latest).</summary>
    public const int MaxConditions = 20;

    /// <summary>The most steps (and sanctions, and conditions) a dyad's answer lists: the latest, in date order.</summary>
    public const int MaxSteps = 1000;

    /// <summary>The last <paramref name="max"/> of a list, in its order.</summary>
    public static IEnumerable<T> Latest<T>(IReadOnlyList<T> items, int max) => items.Skip(Math.Max(0, items.Count - max));

    public static EventDto Event(StoredEvent se, Pack pack)
    {
        var e = se.Event;
        var step = e.Step is null ? null : pack.FindStep(e.Step);
        return new EventDto(se.Id, e.Doc, se.DocumentId, se.Title, se.Url, se.Published?.ToString(), se.Outlet,
            e.Source, pack.DisplayName(e.Source), e.Target, e.Target is null ? null : pack.DisplayName(e.Target),
            e.Step, e.Step is null ? null : pack.StepLabel(e.Step), step?.Kind, step?.Rung, e.Type, e.Modality.ToCode(), e.Date?.ToString(),
            Iso(e.Date?.Start), Iso(e.Date?.End), Export.EventExport.Precision(e.Date), e.DateBasis.ToCode(), Math.Round(e.Confidence, 3), e.Evidence, e.EvidenceStart, e.EvidenceEnd, e.Sentence);
    }

    public static RungPointDto Rung(RungChange r) => new(r.Date.ToString(), Iso(r.Date.Start)!, r.Rung, r.Step, r.EventId, r.Era);

    public static DisputeDto Dispute(Dispute d, Pack pack) => new(d.Source, pack.DisplayName(d.Source), d.Target,
        d.Target is null ? null : pack.DisplayName(d.Target), d.Step, pack.StepLabel(d.Step), pack.FindStep(d.Step)?.Rung, d.AssertedDocs, d.DeniedDocs,
        d.Doc, d.Date?.ToString(), Iso(d.Date?.Start), d.Evidence, d.DenialEvidence,
        d.Asserted.Select(e => Event(e, pack)).ToList(), d.Denied.Select(e => Event(e, pack)).ToList());

    public static EraDto Era(DyadEra e) => new(e.Index, e.Label, Iso(e.From), Iso(e.To), Government(e.A), Government(e.B), e.Rung,
        e.History.Select(Rung).ToList(), e.StepCount, e.Summary(), e.Disputed.Select(x => x.Id).ToList());

    private static GovernmentDto? Government(EraEntry? g) => g is null ? null : new(g.State, g.Name, g.Leader, Iso(g.From), Iso(g.To), g.Source);

    public static CounterpartDto Counterpart(DyadOutline v, Pack pack) =>
        new(v.Counterpart, pack.DisplayName(v.Counterpart), v.Rung,
            v.LastStep is null ? null : Event(v.LastStep, pack),
            v.LatestStance is null ? null : Event(v.LatestStance, pack),
            v.LatestStance is null ? null : v.LatestStance.Event.Step == "stance.support" ? "for" : "against",
            v.Conditions.TakeLast(MaxConditions).Select(c => Event(c, pack)).ToList(), v.SanctionsImposed, v.SanctionsEased, v.Events,
            v.History.Select(Rung).ToList(), v.Eras.Select(Era).ToList(), v.Disputes.Select(d => Dispute(d, pack)).ToList())
        { ConditionsTotal = v.ConditionsTotal };

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
