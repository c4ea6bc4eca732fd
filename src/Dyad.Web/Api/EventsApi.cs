using System.Text;
using Dyad.Export;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Api;

/// <summary>The query string of GET /api/events: the CLI's filters, plus paging and sorting. All text, parsed by <see cref="EventQueryParser"/>.</summary>
/// <param name="Actor">An actor by id or name (TUR, Turkey, the UAE); its sectors included. Unknown: 404.</param>
/// <param name="Dyad">Both directions between two actors, by id or name, e.g. TUR:SYR or Turkey:Syria. Unknown: 404.</param>
/// <param name="Step">A step code, or a prefix ending in * (contact.*).</param>
/// <param name="Modality">asserted, planned, demanded, negated or hypothetical.</param>
/// <param name="From">2023, 2023-05 or 2023-05-07: events dated from the start of that year, month or day.</param>
/// <param name="To">2023, 2023-05 or 2023-05-07: events dated up to the end of that year, month or day.</param>
/// <param name="Q">Words the evidence sentence must contain.</param>
/// <param name="Doc">A document id.</param>
/// <param name="StepsOnly">true: only events with a step.</param>
/// <param name="Sort">date, confidence, source, step or document.</param>
/// <param name="Desc">true: the sort in descending order; any other word than true or false is a 400.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">1 to 500; default 50.</param>
/// <param name="Format">csv for a CSV download of every matching event (same as Accept: text/csv).</param>
public sealed record EventsRequest(string? Actor, string? Dyad,
    [property: FromQuery(Name = "step")] string? Step,
    [property: FromQuery(Name = "modality")] string? Modality,
    string? From, string? To, string? Q, string? Doc,
    [property: FromQuery(Name = "stepsOnly")] string? StepsOnly,
    [property: FromQuery(Name = "sort")] string? Sort,
    [property: FromQuery(Name = "desc")] string? Desc,
    [property: FromQuery(Name = "page")] string? Page,
    [property: FromQuery(Name = "pageSize")] string? PageSize,
    [property: FromQuery(Name = "format")] string? Format) : EventFilterRequest(Actor, Dyad, From, To, Q, Doc);

/// <summary>GET /api/events: the stored events, filtered as the CLI filters them, paged and sorted; CSV on request.</summary>
internal static class EventsApi
{
    public const int MaxPageSize = Paging.MaxPageSize;

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapGroup("/events").WithTags("Events")
            .MapGet("/", List).WithSummary("Events, filtered, sorted and paged; text/csv when asked for")
            .Produces<EventPageDto>(contentType: "application/json").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<Ok<EventPageDto>, PushStreamHttpResult, ProblemHttpResult> List(
        [AsParameters] EventsRequest r, HttpRequest http, IDyadStore store, Pack pack, ActorNames names, CancellationToken cancellationToken)
    {
        var parse = EventQueryParser.Parse(r.Filters(r.Step, r.Modality), names: names);
        if (parse.Query is not { } query) return Problems.For(parse);
        if (!EventQueryParser.TryParseSort(r.Sort, out var sort))
            return Problems.BadParameter($"sort '{r.Sort}' is not one of date, confidence, source, step, document");
        if (!TryBool(r.Desc, out var desc)) return Problems.BadParameter($"desc '{r.Desc}' is not true or false");
        if (!TryBool(r.StepsOnly, out var stepsOnly)) return Problems.BadParameter($"stepsOnly '{r.StepsOnly}' is not true or false");
        query = query with { Sort = sort, Descending = desc, StepsOnly = stepsOnly };

        var csv = string.Equals(r.Format, "csv", StringComparison.OrdinalIgnoreCase)
                  || http.Headers.Accept.Any(a => a is not null && a.Contains("text/csv", StringComparison.OrdinalIgnoreCase));
        if (r.Format is { Length: > 0 } f && !csv && !string.Equals(f, "json", StringComparison.OrdinalIgnoreCase))
            return Problems.BadParameter($"format '{f}' is not json or csv");
        if (csv) return TypedResults.Stream(body => WriteCsv(http.HttpContext, store, query, body, cancellationToken), "text/csv; charset=utf-8", "events.csv");

        if (!Paging.TryRead(r.Page, r.PageSize, out var page, out var size, out var problem)) return Problems.BadParameter(problem!);
        // The total is counted no further than the last event a page can reach.
        var counted = store.CountEvents(query, Paging.MaxReach + 1, cancellationToken);
        var items = store.Events(query with { Limit = size, Offset = (page - 1) * size }, cancellationToken);
        return TypedResults.Ok(new EventPageDto(Math.Min(counted, Paging.MaxReach), page, size, items.Select(e => Dto.Event(e, pack)).ToList())
        {
            TotalExact = counted <= Paging.MaxReach,
        });
    }

    /// <summary>
    /// Every matching event as CSV, read from the store and written to the response row by row (issue 19: the export
    /// was built whole in memory, 12 GB for ten million events). The CSV writer is synchronous; the response's
    /// 64 KB buffer goes out as it fills.
    /// </summary>
    private static async Task WriteCsv(HttpContext http, IDyadStore store, Storage.EventQuery query, Stream body, CancellationToken cancellationToken)
    {
        if (http.Features.Get<IHttpBodyControlFeature>() is { } control) control.AllowSynchronousIO = true;
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 1 << 16);
        EventExport.WriteCsv(store.StreamEvents(query, cancellationToken).Select(EventRow.From), writer);
    }

    private static bool TryBool(string? s, out bool value)
    {
        value = false;
        if (string.IsNullOrWhiteSpace(s)) return true;
        switch (s.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "on": value = true; return true;
            case "false" or "0" or "no" or "off": return true;
            default: return false;
        }
    }
}
