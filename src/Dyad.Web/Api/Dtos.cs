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

/// <summary>The rung of a dyad from a date on, and the step (event) that put it there.</summary>
public sealed record RungPointDto(string Date, string DateStart, int Rung, string Step, long EventId);

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
    IReadOnlyList<RungPointDto> History)
{
    public int ConditionsTotal { get; init; }
}

/// <summary>GET /api/dyads: the focal state and its counterparts.</summary>
public sealed record DyadsDto(string Focus, string FocusName, IReadOnlyList<CounterpartDto> Counterparts);

/// <summary>
/// GET /api/dyads/{a}/{b}: the rung over time and the steps with their evidence: the latest <see cref="Dto.MaxSteps"/>
/// of each list (issue 19: every step made a 438 MB answer), StepsTotal, SanctionsTotal and ConditionsTotal counting all.
/// </summary>
public sealed record DyadDetailDto(string A, string AName, string B, string BName, int? Rung, IReadOnlyList<RungPointDto> History,
    IReadOnlyList<EventDto> Steps, IReadOnlyList<EventDto> Sanctions, IReadOnlyList<EventDto> Conditions)
{
    public int StepsTotal { get; init; }
    public int SanctionsTotal { get; init; }
    public int ConditionsTotal { get; init; }
}

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

    public static RungPointDto Rung(RungChange r) => new(r.Date.ToString(), Iso(r.Date.Start)!, r.Rung, r.Step, r.EventId);

    public static CounterpartDto Counterpart(DyadView v, Pack pack)
    {
        var imposed = v.Sanctions.Count(s => s.Event.Step == "sanction.impose");
        return new CounterpartDto(v.Counterpart, pack.DisplayName(v.Counterpart), v.Rung,
            v.LastStep is null ? null : Event(v.LastStep, pack),
            v.LatestStance is null ? null : Event(v.LatestStance, pack),
            v.LatestStance is null ? null : v.LatestStance.Event.Step == "stance.support" ? "for" : "against",
            v.Conditions.Skip(Math.Max(0, v.Conditions.Count - MaxConditions)).Select(c => Event(c, pack)).ToList(), imposed, v.Sanctions.Count - imposed, v.Events,
            v.History.Select(Rung).ToList())
        { ConditionsTotal = v.Conditions.Count };
    }

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
