using Dyad.Analysis;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Web.Api;

/// <summary>
/// An event as the API shows it: the coded record, its step's label, kind and rung, and the article it came from
/// (title, outlet: og:site_name, meta.json's source or the URL's host, publication date).
/// </summary>
/// <param name="Id">The stored event's id.</param>
/// <param name="Doc">The document id (file name without extension, or URL), as the export's <c>doc</c>.</param>
/// <param name="DocumentId">The stored document's id: GET /api/documents/{documentId} shows it with its spans.</param>
/// <param name="Title">The article's headline, when known.</param>
/// <param name="Url">Where the article was read, when it came from the web.</param>
/// <param name="Published">The publication date, 2023, 2023-05 or 2023-05-07.</param>
/// <param name="Outlet">The outlet that published it.</param>
/// <param name="Source">The actor id of who takes the step ("TUR", "USA.LEG").</param>
/// <param name="SourceName">Its display name.</param>
/// <param name="Target">The actor id of whom it is done to or with; null when none is named.</param>
/// <param name="TargetName">Its display name.</param>
/// <param name="Step">The step code; null for an event outside the step list.</param>
/// <param name="StepLabel">The step as a reader says it ("embassy reopened").</param>
/// <param name="Kind">The step's kind: normalizing, pressure, stance or conflict.</param>
/// <param name="Rung">The rung the step stands for, 0 to 6; null off the ladder.</param>
/// <param name="Type">The PLOVER event type.</param>
/// <param name="Modality">asserted, planned, demanded, negated or hypothetical.</param>
/// <param name="Date">When the event happened, at the precision the text allows; null when unknown.</param>
/// <param name="DateStart">The first day the date can mean, yyyy-mm-dd.</param>
/// <param name="DateEnd">The last day the date can mean, yyyy-mm-dd ("2011" ends 2011-12-31).</param>
/// <param name="DatePrecision">year, month or day; null for an undated event.</param>
/// <param name="DateBasis">How the date was found: explicit, relative, publication or none.</param>
/// <param name="Confidence">0 to 1, rounded to three places.</param>
/// <param name="Evidence">The sentence or clause the event was read from.</param>
/// <param name="EvidenceStart">Offset of the evidence in the document's text.</param>
/// <param name="EvidenceEnd">Offset just past its end.</param>
/// <param name="Sentence">The index of the sentence in the document.</param>
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
/// <param name="Date">The step's date, at its precision.</param>
/// <param name="DateStart">The first day of that date, yyyy-mm-dd, for plotting.</param>
/// <param name="Rung">The rung from then on, 0 to 6.</param>
/// <param name="Step">The step code that set it.</param>
/// <param name="EventId">The stored event of the step.</param>
/// <param name="Era">The index of its era in the dyad's <c>eras</c>.</param>
public sealed record RungPointDto(string Date, string DateStart, int Rung, string Step, long EventId, int Era);

/// <summary>A government of a state, as the pack declares it (governments.json): first and last day, either open.</summary>
/// <param name="State">The state's id.</param>
/// <param name="Name">How a reader names the government ("the Assad government").</param>
/// <param name="Leader">Who led it, when one person did.</param>
/// <param name="From">Its first day, yyyy-mm-dd; null when open.</param>
/// <param name="To">Its last day, yyyy-mm-dd; null while it lasts.</param>
/// <param name="Source">Where the dates come from.</param>
public sealed record GovernmentDto(string State, string Name, string? Leader, string? From, string? To, string? Source);

/// <summary>
/// One era of a dyad: a stretch in which neither side changed government, and the ladder read within it (the rung
/// starts from nothing at <c>from</c> and stops at <c>to</c>). <c>a</c> and <c>b</c>: each side's government, null where
/// the pack declares none. <c>summary</c>: "rung 6 with the Assad government (2023-05)". <c>disputed</c>: ids of the
/// era's asserted steps another source denies, which did not move the rung. In the overview <c>history</c> and <c>disputed</c>
/// list the latest <see cref="Dto.MaxCounterpartHistory"/> entries, on a dyad's page the latest <see cref="Dto.MaxSteps"/>;
/// <c>historyTotal</c> and <c>disputedTotal</c> count them all.
/// </summary>
/// <param name="Index">The era's place in the dyad's eras, from 0, earliest first.</param>
/// <param name="Label">The governments of the era in words; null when neither side's government is declared.</param>
/// <param name="From">Its first day, yyyy-mm-dd; null when open.</param>
/// <param name="To">Its last day, yyyy-mm-dd; null for the era now.</param>
/// <param name="A">The first side's government.</param>
/// <param name="B">The second side's government.</param>
/// <param name="Rung">The rung reached within the era; null when no step of it reached one.</param>
/// <param name="History">How the rung moved within the era: the latest changes.</param>
/// <param name="Steps">How many steps the era holds.</param>
/// <param name="Summary">The era in a phrase.</param>
/// <param name="Disputed">Ids of the era's disputed steps: the latest.</param>
public sealed record EraDto(int Index, string? Label, string? From, string? To, GovernmentDto? A, GovernmentDto? B, int? Rung,
    IReadOnlyList<RungPointDto> History, int Steps, string Summary, IReadOnlyList<long> Disputed)
{
    /// <summary>How many times the rung moved within the era, of which <c>history</c> lists the latest.</summary>
    public int HistoryTotal { get; init; }

    /// <summary>How many disputed records the era holds, of which <c>disputed</c> lists the latest.</summary>
    public int DisputedTotal { get; init; }
}

/// <summary>
/// One counterpart of the focal state and where relations stand. <c>history</c>, <c>disputes</c> and each era's
/// <c>history</c> and <c>disputed</c> list the latest <see cref="Dto.MaxCounterpartHistory"/>, with their totals (issue 19:
/// every change of rung and disputed step made a 24.7 MB overview at 7.4 million events); the dyad's page
/// (GET /api/dyads/{a}/{b}, /history and /disputes for every one) lists more. The conditions are counted
/// (ConditionsTotal) and the disputes told without their records: the dyad's page lists them with their evidence (issue
/// 19, twelfth round: the latest twenty conditions and the records of twenty disputes per counterpart were 88 % of a
/// 4 MB overview that the dashboard does not show).
/// </summary>
/// <param name="Counterpart">The counterpart's actor id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Rung">The rung with the governments now in power; null when no step reached one.</param>
/// <param name="LastStep">The latest step between the two.</param>
/// <param name="LatestStance">The latest stance for or against normalizing.</param>
/// <param name="Stance">"for" or "against", from <paramref name="LatestStance"/>; null without one.</param>
/// <param name="SanctionsImposed">How many sanctions were imposed.</param>
/// <param name="SanctionsEased">How many were eased.</param>
/// <param name="Events">How many events the dyad has.</param>
/// <param name="History">How the rung moved, era after era: the latest changes.</param>
/// <param name="Eras">The eras holding steps of the dyad, and always the last one.</param>
/// <param name="Disputes">The latest <see cref="Dto.MaxCounterpartDisputes"/> steps asserted by one source and denied by another.</param>
public sealed record CounterpartDto(
    string Counterpart,
    string Name,
    int? Rung,
    EventDto? LastStep,
    EventDto? LatestStance,
    string? Stance,
    int SanctionsImposed,
    int SanctionsEased,
    int Events,
    IReadOnlyList<RungPointDto> History,
    IReadOnlyList<EraDto> Eras,
    IReadOnlyList<DisputedStepDto> Disputes)
{
    /// <summary>How many conditions the dyad has in all (the dyad's page lists the latest).</summary>
    public int ConditionsTotal { get; init; }

    /// <summary>How many disputed steps the dyad has in all, of which <c>disputes</c> lists the latest.</summary>
    public int DisputesTotal { get; init; }

    /// <summary>How many times the rung moved in all, of which <c>history</c> lists the latest.</summary>
    public int HistoryTotal { get; init; }
}

/// <summary>
/// GET /api/dyads: the focal state and a page of its counterparts (issue 19, twelfth round: every counterpart in one
/// answer, 4 MB at a million events). <c>rung</c> of a counterpart is the rung with the governments now in power;
/// <c>eras</c> the rung per government; <c>disputes</c> its disputed steps. The counterparts in a stable order: the
/// highest rung now first, then the highest rung of the latest era that reached one, the most events, the id.
/// <c>falls</c>: governments of the focal state toppled (regime.fall), on every page.
/// </summary>
/// <param name="Focus">The focal state's id.</param>
/// <param name="FocusName">Its display name.</param>
/// <param name="Counterparts">The page's states and organisations with events toward or from the focal state.</param>
/// <param name="Falls">The focal state's governments toppled: the latest <see cref="Dto.MaxFalls"/>.</param>
public sealed record DyadsDto(string Focus, string FocusName, IReadOnlyList<CounterpartDto> Counterparts, IReadOnlyList<EventDto> Falls)
{
    /// <summary>How many falls there are in all, of which <c>falls</c> lists the latest.</summary>
    public long FallsTotal { get; init; }

    /// <summary>How many counterparts the focal state has in all.</summary>
    public int Total { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; }

    /// <summary>The most counterparts a page holds.</summary>
    public int PageSize { get; init; }
}

/// <summary>
/// GET /api/dyads/{a}/{b}: the rung over time, per era of each side's government, and the steps with their evidence:
/// the latest <see cref="Dto.MaxSteps"/> steps (issue 19: every step made a 438 MB answer), the latest
/// <see cref="Dto.MaxDyadSanctions"/> sanctions and <see cref="Dto.MaxDyadConditions"/> conditions, StepsTotal,
/// SanctionsTotal and ConditionsTotal counting all; <c>history</c> and each era's <c>history</c> and <c>disputed</c> the latest
/// <see cref="Dto.MaxSteps"/>, HistoryTotal and the eras' totals counting all (every change, in pages:
/// GET /api/dyads/{a}/{b}/history). <c>disputes</c>: steps asserted by one source and denied by another
/// (they move no rung), the latest <see cref="Dto.MaxDisputes"/>, DisputesTotal counting all (every one, in pages:
/// GET /api/dyads/{a}/{b}/disputes). <c>acrossBreaks</c>: steps
/// dated across a change of government, in no era; <c>falls</c>: either side's government toppled (regime.fall, by
/// whoever), the latest <see cref="Dto.MaxFalls"/>, FallsTotal counting all.
/// </summary>
/// <param name="A">The first actor's id, as asked.</param>
/// <param name="AName">Its display name.</param>
/// <param name="B">The second actor's id.</param>
/// <param name="BName">Its display name.</param>
/// <param name="Rung">The rung with the governments now in power; null when no step reached one.</param>
/// <param name="History">How the rung moved.</param>
/// <param name="Steps">The latest steps, in date order.</param>
/// <param name="Sanctions">The latest sanctions imposed or eased.</param>
/// <param name="Conditions">The latest conditions set.</param>
/// <param name="Eras">The ladder per era of the two governments.</param>
/// <param name="AcrossBreaks">Steps dated across a change of government.</param>
/// <param name="Falls">Either side's government toppled.</param>
/// <param name="Disputes">Steps asserted by one source and denied by another.</param>
public sealed record DyadDetailDto(string A, string AName, string B, string BName, int? Rung, IReadOnlyList<RungPointDto> History,
    IReadOnlyList<EventDto> Steps, IReadOnlyList<EventDto> Sanctions, IReadOnlyList<EventDto> Conditions,
    IReadOnlyList<EraDto> Eras, IReadOnlyList<EventDto> AcrossBreaks, IReadOnlyList<EventDto> Falls, IReadOnlyList<DisputeDto> Disputes)
{
    /// <summary>How many steps the dyad has in all, of which <c>steps</c> lists the latest.</summary>
    public int StepsTotal { get; init; }

    /// <summary>How many sanctions the dyad has in all, of which <c>sanctions</c> lists the latest.</summary>
    public int SanctionsTotal { get; init; }

    /// <summary>How many conditions the dyad has in all, of which <c>conditions</c> lists the latest.</summary>
    public int ConditionsTotal { get; init; }

    /// <summary>How many governments of either side fell in all, of which <c>falls</c> lists the latest.</summary>
    public long FallsTotal { get; init; }

    /// <summary>How many disputed steps the dyad has in all, of which <c>disputes</c> lists the latest.</summary>
    public int DisputesTotal { get; init; }

    /// <summary>How many times the rung moved in all, of which <c>history</c> lists the latest.</summary>
    public int HistoryTotal { get; init; }
}

/// <summary>A page of a dyad's changes of rung, earliest first, and how many there are in all (GET /api/dyads/{a}/{b}/history).</summary>
/// <param name="Total">How many times the rung moved in all eras.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">The most changes a page holds.</param>
/// <param name="Items">The page's changes.</param>
public sealed record RungHistoryPageDto(int Total, int Page, int PageSize, IReadOnlyList<RungPointDto> Items);

/// <summary>A page of a dyad's disputed steps, earliest first, and how many there are in all (GET /api/dyads/{a}/{b}/disputes).</summary>
/// <param name="Total">How many disputed steps the dyad has.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">The most disputed steps a page holds.</param>
/// <param name="Items">The page's disputed steps, each with its records.</param>
public sealed record DisputePageDto(int Total, int Page, int PageSize, IReadOnlyList<DisputeDto> Items);

/// <summary>
/// A step asserted by one source and denied by another between the same actors within a story's window: both sides,
/// by document and by record. <c>doc</c>, <c>date</c>, <c>evidence</c>: the representative assertion's.
/// </summary>
/// <param name="Source">The actor id of who took the step, as asserted.</param>
/// <param name="SourceName">Its display name.</param>
/// <param name="Target">The actor id of whom it was taken toward.</param>
/// <param name="TargetName">Its display name.</param>
/// <param name="Step">The step code.</param>
/// <param name="StepLabel">The step in words.</param>
/// <param name="Rung">The rung it stands for, when on the ladder.</param>
/// <param name="AssertedDocs">The documents asserting it.</param>
/// <param name="DeniedDocs">The documents denying it.</param>
/// <param name="Doc">The representative assertion's document.</param>
/// <param name="Date">Its date.</param>
/// <param name="DateStart">The first day of that date, yyyy-mm-dd.</param>
/// <param name="Evidence">Its evidence.</param>
/// <param name="DenialEvidence">The evidence of a denial.</param>
/// <param name="Asserted">The asserting records.</param>
/// <param name="Denied">The denying records.</param>
public sealed record DisputeDto(string Source, string SourceName, string? Target, string? TargetName, string Step, string StepLabel, int? Rung,
    IReadOnlyList<string> AssertedDocs, IReadOnlyList<string> DeniedDocs, string Doc, string? Date, string? DateStart, string Evidence,
    string DenialEvidence, IReadOnlyList<EventDto> Asserted, IReadOnlyList<EventDto> Denied);

/// <summary>
/// A disputed step as the overview tells it: who asserted what toward whom, when, and the documents on either side; the
/// dyad's page (GET /api/dyads/{a}/{b}, and /disputes for every one) gives it with its evidence and records.
/// </summary>
/// <param name="Source">The actor id of who took the step, as asserted.</param>
/// <param name="SourceName">Its display name.</param>
/// <param name="Target">The actor id of whom it was taken toward.</param>
/// <param name="TargetName">Its display name.</param>
/// <param name="Step">The step code.</param>
/// <param name="StepLabel">The step in words.</param>
/// <param name="Rung">The rung it stands for, when on the ladder.</param>
/// <param name="AssertedDocs">The documents asserting it.</param>
/// <param name="DeniedDocs">The documents denying it.</param>
/// <param name="Doc">The representative assertion's document.</param>
/// <param name="Date">Its date.</param>
/// <param name="DateStart">The first day of that date, yyyy-mm-dd.</param>
public sealed record DisputedStepDto(string Source, string SourceName, string? Target, string? TargetName, string Step, string StepLabel, int? Rung,
    IReadOnlyList<string> AssertedDocs, IReadOnlyList<string> DeniedDocs, string Doc, string? Date, string? DateStart);

/// <summary>A page of events and how many match in all: when <see cref="TotalExact"/> is false, at least Total match (the count stops there).</summary>
/// <param name="Total">How many events match in all.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">The most events a page holds.</param>
/// <param name="Items">The page's events.</param>
public sealed record EventPageDto(int Total, int Page, int PageSize, IReadOnlyList<EventDto> Items)
{
    /// <summary>False: at least Total events match (the count stops there).</summary>
    public bool TotalExact { get; init; } = true;
}

internal static class Dto
{
    /// <summary>The most steps a dyad's answer lists: the latest, in date order.</summary>
    public const int MaxSteps = 1000;

    /// <summary>
    /// The most sanctions a dyad's answer lists (the latest, in date order), as its falls and disputes: sanctions are steps
    /// too, and every one is in /api/events?dyad=&amp;step=sanction.* (issue 19, twelfth round: a thousand sanctions and a
    /// thousand conditions with their evidence were 1.3 MB of a 2.4 MB dyad page at a million events).
    /// </summary>
    public const int MaxDyadSanctions = 100;

    /// <summary>The most conditions a dyad's answer lists (the latest), as its sanctions; every one is in /api/conditions?dyad=.</summary>
    public const int MaxDyadConditions = 100;

    /// <summary>
    /// The most governments toppled an answer lists (the latest): a real archive tells a few per state, a generated one
    /// thousands (issue 19: 11,749 falls made 8.9 MB of an 11 MB dyad page).
    /// </summary>
    public const int MaxFalls = 100;

    /// <summary>The most disputed steps a dyad lists: the latest, each with its records.</summary>
    public const int MaxDisputes = 100;

    /// <summary>
    /// The most disputed steps a counterpart of the overview lists, as `dyad dyads`: sixty counterparts of a hundred
    /// disputes each made 11 MB of a 16 MB overview at a million events.
    /// </summary>
    public const int MaxCounterpartDisputes = DyadOutliner.OverviewListed;

    /// <summary>
    /// The most changes of rung and disputed records a counterpart of the overview lists, for the dyad and for each era:
    /// the latest (issue 19: every one of them made a 24.7 MB overview at 7.4 million events).
    /// </summary>
    public const int MaxCounterpartHistory = DyadOutliner.OverviewListed;

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

    public static DisputedStepDto DisputedStep(Dispute d, Pack pack) => new(d.Source, pack.DisplayName(d.Source), d.Target,
        d.Target is null ? null : pack.DisplayName(d.Target), d.Step, pack.StepLabel(d.Step), pack.FindStep(d.Step)?.Rung, d.AssertedDocs, d.DeniedDocs,
        d.Doc, d.Date?.ToString(), Iso(d.Date?.Start));

    public static EraDto Era(DyadEra e) => new(e.Index, e.Label, Iso(e.From), Iso(e.To), Government(e.A), Government(e.B), e.Rung,
        e.History.Select(Rung).ToList(), e.StepCount, e.Summary(), e.Disputed.Select(x => x.Id).ToList())
    { HistoryTotal = e.HistoryTotal, DisputedTotal = e.DisputedTotal };

    private static GovernmentDto? Government(EraEntry? g) => g is null ? null : new(g.State, g.Name, g.Leader, Iso(g.From), Iso(g.To), g.Source);

    public static CounterpartDto Counterpart(DyadOutline v, Pack pack) =>
        new(v.Counterpart, pack.DisplayName(v.Counterpart), v.Rung,
            v.LastStep is null ? null : Event(v.LastStep, pack),
            v.LatestStance is null ? null : Event(v.LatestStance, pack),
            v.LatestStance is null ? null : v.LatestStance.Event.Step == "stance.support" ? "for" : "against",
            v.SanctionsImposed, v.SanctionsEased, v.Events,
            v.History.Select(Rung).ToList(), v.Eras.Select(Era).ToList(), v.Disputes.TakeLast(MaxCounterpartDisputes).Select(d => DisputedStep(d, pack)).ToList())
        { ConditionsTotal = v.ConditionsTotal, DisputesTotal = v.DisputesTotal, HistoryTotal = v.HistoryTotal };

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
