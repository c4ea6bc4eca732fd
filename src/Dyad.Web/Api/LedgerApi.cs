using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Api;

/// <summary>The query string of the ledger endpoints: the event filters that apply to the ledger, and a topic.</summary>
/// <param name="Actor">A focal actor by id or name: lines it is party to or, for indicators, about. Default: the pack's focus. Unknown: 404.</param>
/// <param name="Dyad">Two actors, e.g. JOR:SYR: lines between them, and indicators about either. Unknown: 404.</param>
/// <param name="From">2023, 2023-05 or 2023-05-07: lines dated from the start of that year, month or day.</param>
/// <param name="To">2023, 2023-05 or 2023-05-07: lines dated up to the end of that year, month or day.</param>
/// <param name="Q">Words the evidence sentence must contain.</param>
/// <param name="Doc">A document id.</param>
/// <param name="Topic">A pack topic id: drugs, refugee-return, withdrawal, ...</param>
public sealed record LedgerRequest(string? Actor, string? Dyad, string? From, string? To, string? Q, string? Doc,
    [property: FromQuery(Name = "topic")] string? Topic) : EventFilterRequest(Actor, Dyad, From, To, Q, Doc);

/// <summary>GET /api/ledger, /api/conditions, /api/indicators: the ledger beside the steps (issue 20).</summary>
internal static class LedgerApi
{
    public static RouteGroupBuilder MapLedger(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Ledger");
        group.MapGet("/ledger", (Delegate)All).WithSummary("Conditions with their status, goals claimed and indicator values with conflicts, filtered as events are")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/conditions", (Delegate)Conditions).WithSummary("Conditions set, with their status from later evidence")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/indicators", (Delegate)Indicators).WithSummary("Indicator values, one per source, conflicting values flagged")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<Ok<LedgerDto>, ProblemHttpResult> All([AsParameters] LedgerRequest r, IDyadStore store, Pack pack, ActorNames names) =>
        Read(r, null, store, pack, names);

    private static Results<Ok<LedgerDto>, ProblemHttpResult> Conditions([AsParameters] LedgerRequest r, IDyadStore store, Pack pack, ActorNames names) =>
        Read(r, "condition", store, pack, names);

    private static Results<Ok<LedgerDto>, ProblemHttpResult> Indicators([AsParameters] LedgerRequest r, IDyadStore store, Pack pack, ActorNames names) =>
        Read(r, "indicator", store, pack, names);

    private static Results<Ok<LedgerDto>, ProblemHttpResult> Read(LedgerRequest r, string? kind, IDyadStore store, Pack pack, ActorNames names)
    {
        var parse = EventQueryParser.Parse(r.Filters(), names: names);
        if (parse.Query is not { } q) return Problems.For(parse);
        var focus = q.Dyad is null ? q.Actor ?? pack.Focus : null;
        var lines = LedgerView.Read(store, new LedgerQuery { Kind = kind, Topic = r.Topic, Document = q.Document, From = q.From, To = q.To }, focus, q.Dyad);
        // Disputed steps (issue 20) have no topic: the whole ledger lists them when no topic narrows it.
        if (kind is null && r.Topic is null) lines = [.. lines, .. DisputeLines.Read(store, focus, q.Dyad, q.From, q.To).Where(l => q.Document is null || (string?)l["doc"] == q.Document)];
        if (q.Text is { } text) lines = [.. lines.Where(l => ((string?)l["evidence"] ?? "").Contains(text, StringComparison.OrdinalIgnoreCase))];
        return TypedResults.Ok(new LedgerDto(focus, q.Dyad is { } d ? $"{d.A}:{d.B}" : null, [.. lines.Select(l => LedgerLineDto.From(l, pack))]));
    }
}

/// <summary>The ledger's lines for a focal actor or a dyad.</summary>
/// <param name="Focus">The focal actor's id (the pack's focus unless an actor was asked); null when a dyad was asked.</param>
/// <param name="Dyad">The dyad asked, "A:B"; null for a focal actor.</param>
/// <param name="Lines">The lines: conditions, goals and indicators, then the disputed steps.</param>
public sealed record LedgerDto(string? Focus, string? Dyad, IReadOnlyList<LedgerLineDto> Lines);

/// <summary>
/// One ledger line: <see cref="Kind"/> condition (setter, target, topic, demand, gates, status), goal (actor, counterpart,
/// topic), indicator (indicator, value, unit, qualifier, place, period, conflict) or dispute (source, target, step,
/// assertedDocs, deniedDocs: a step one source asserts and another denies); all with doc, date and evidence. Fields of
/// other kinds are null.
/// </summary>
/// <param name="Kind">condition, goal, indicator or dispute.</param>
/// <param name="Doc">The document id the line was read from.</param>
/// <param name="Date">When the line holds, 2023, 2023-05 or 2023-05-07; null when unknown.</param>
/// <param name="Evidence">The sentence it was read from.</param>
/// <param name="EvidenceStart">Offset of the evidence in the document's text.</param>
/// <param name="EvidenceEnd">Offset just past its end.</param>
/// <param name="Setter">Condition: the actor id of who sets it.</param>
/// <param name="Target">Condition: who must meet it; dispute: whom the step was taken toward.</param>
/// <param name="Topic">Condition or goal: the pack topic's id ("refugee-return").</param>
/// <param name="TopicLabel">The topic in words, from the pack.</param>
/// <param name="Demand">Condition: the demand's own words.</param>
/// <param name="Gates">Condition: the step code it is set on, where the sentence codes one.</param>
/// <param name="Status">Condition: open, met, unmet or dropped, from the latest later evidence.</param>
/// <param name="StatusDoc">Condition: the document of the evidence that set its status.</param>
/// <param name="StatusEvidence">Condition: that evidence.</param>
/// <param name="Actor">Goal: the actor id of who states it.</param>
/// <param name="Counterpart">Goal: the other side, where named.</param>
/// <param name="Indicator">Indicator: the pack indicator's id ("refugees.hosted").</param>
/// <param name="IndicatorLabel">The indicator in words, from the pack.</param>
/// <param name="Value">Indicator: the amount as a number.</param>
/// <param name="Unit">Indicator: the unit's id, or ratio.</param>
/// <param name="Qualifier">Indicator: about, nearly, over, under or up to; null for an amount said plainly.</param>
/// <param name="Place">Indicator: the actor id of the place or actor it is about.</param>
/// <param name="PeopleOf">Indicator: the state whose people it counts ("2.3 million Syrians": SYR).</param>
/// <param name="Period">Indicator: the period it covers, as written ("since 2023").</param>
/// <param name="Amount">Indicator: the amount's own words.</param>
/// <param name="Conflict">Indicator: true when other documents give a clearly different value for the same indicator, place, unit and period.</param>
/// <param name="ConflictingDocs">Indicator: those documents.</param>
/// <param name="Source">Dispute: the actor id of who took the step, as asserted.</param>
/// <param name="Step">Dispute: the step code.</param>
/// <param name="AssertedDocs">Dispute: the documents asserting the step.</param>
/// <param name="DeniedDocs">Dispute: the documents denying it.</param>
public sealed record LedgerLineDto(
    string Kind, string Doc, string? Date, string Evidence, int EvidenceStart, int EvidenceEnd,
    string? Setter, string? Target, string? Topic, string? TopicLabel, string? Demand, string? Gates, string? Status, string? StatusDoc, string? StatusEvidence,
    string? Actor, string? Counterpart,
    string? Indicator, string? IndicatorLabel, double? Value, string? Unit, string? Qualifier, string? Place, string? PeopleOf, string? Period, string? Amount,
    bool? Conflict, IReadOnlyList<string>? ConflictingDocs,
    string? Source = null, string? Step = null, IReadOnlyList<string>? AssertedDocs = null, IReadOnlyList<string>? DeniedDocs = null)
{
    /// <summary>The line of the API from a ledger line of the query layer, with the pack's labels of its topic and indicator.</summary>
    public static LedgerLineDto From(LedgerLine l, Pack pack)
    {
        string? S(string field) => l[field] as string;
        return new(l.Kind, S("doc")!, S("date"), S("evidence")!, (int)l["evidence_start"]!, (int)l["evidence_end"]!,
            S("setter"), S("target"), S("topic"), S("topic") is { } t ? pack.Ledger.TopicLabel(t) : null, S("demand"), S("gates"), S("status"), S("status_doc"),
            S("status_evidence"), S("actor"), S("counterpart"),
            S("indicator"), S("indicator") is { } i ? pack.Ledger.IndicatorLabel(i) : null, l["value"] as double?, S("unit"), S("qualifier"), S("place"),
            S("people_of"), S("period"), S("amount"), l["conflict"] as bool?, l["conflicting_docs"] as IReadOnlyList<string>,
            S("source"), S("step"), l["asserted_docs"] as IReadOnlyList<string>, l["denied_docs"] as IReadOnlyList<string>);
    }
}
