using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Web.Api;

/// <summary>Where relations with the focal state stand, counterpart by counterpart, and one dyad in full.</summary>
internal static class DyadsApi
{
    public static RouteGroupBuilder MapDyads(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/dyads").WithTags("Dyads");
        group.MapGet("/", List).WithSummary("Counterparts of the focal state: current rung, last step, stance, conditions, sanctions");
        group.MapGet("/{a}/{b}", Detail).WithSummary("One dyad: the rung over time and every step with its evidence");
        return api;
    }

    private static Results<Ok<DyadsDto>, ProblemHttpResult> List(IDyadStore store, Pack pack, string? focus = null)
    {
        focus = string.IsNullOrWhiteSpace(focus) ? pack.Focus ?? "SYR" : focus.Trim().ToUpperInvariant();
        if (!Problems.IsActorId(focus)) return Problems.BadParameter($"focus '{focus}' is not an actor id like SYR");
        var events = store.Events(new EventQuery { Actor = focus, StepsOnly = true });
        var views = new DyadAnalyzer(pack).Counterparts(focus, events);
        return TypedResults.Ok(new DyadsDto(focus, pack.DisplayName(focus), views.Select(v => Dto.Counterpart(v, pack)).ToList()));
    }

    private static Results<Ok<DyadDetailDto>, ProblemHttpResult> Detail(IDyadStore store, Pack pack, string a, string b)
    {
        a = a.Trim().ToUpperInvariant();
        b = b.Trim().ToUpperInvariant();
        if (!Problems.IsActorId(a) || !Problems.IsActorId(b) || a == b)
            return Problems.BadParameter($"'{a}/{b}' is not a dyad of two different actor ids like TUR/SYR");
        var events = store.Events(new EventQuery { Dyad = (a, b), StepsOnly = true });
        var view = new DyadAnalyzer(pack).View(a, b, events);
        var steps = events.OrderBy(e => e.Event.Date is null ? 1 : 0).ThenBy(e => e.Event.Date?.Start).ThenBy(e => e.Id)
            .Select(e => Dto.Event(e, pack)).ToList();
        return TypedResults.Ok(new DyadDetailDto(a, pack.DisplayName(a), b, pack.DisplayName(b), view.Rung, view.History.Select(Dto.Rung).ToList(),
            steps, view.Sanctions.Select(e => Dto.Event(e, pack)).ToList(), view.Conditions.Select(e => Dto.Event(e, pack)).ToList()));
    }
}
