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
        group.MapGet("/", List).WithSummary($"Counterparts of the focal state (focus: an id or name), in pages (page, pageSize: {OverviewPages.DefaultPageSize} unless asked, at most {OverviewPages.MaxPageSize}; total counts them all), highest rung first: rung with the governments now in power and per government (eras), last step, stance, conditions counted, sanctions, disputed steps; governments of the focus toppled (falls)")
            .Produces<DyadsDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{a}/{b}", Detail).WithSummary("One dyad (ids or names): the rung over time per era of each side's government, the latest steps with their evidence, the latest sanctions and conditions, governments toppled (falls), steps asserted by one source and denied by another (disputes); each list with its total")
            .Produces<DyadDetailDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{a}/{b}/history", History).WithSummary("Every change of a dyad's rung, era after era, earliest first, in pages (page, pageSize): the dyad page and the overview list the latest")
            .Produces<RungHistoryPageDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{a}/{b}/disputes", DisputesPage).WithSummary("Every disputed step of a dyad (asserted by one source, denied by another), earliest first, with its records, in pages (page, pageSize): the dyad page and the overview list the latest")
            .Produces<DisputePageDto>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<KeptJsonResult, ProblemHttpResult>> List(OverviewCache overviews, Pack pack, ActorNames names, CancellationToken cancellationToken,
        string? focus = null, string? page = null, string? pageSize = null)
    {
        if (!Paging.TryRead(page, pageSize, out var number, out var size, out var bad, Paging.Unbounded, OverviewPages.DefaultPageSize, OverviewPages.MaxPageSize))
            return Problems.BadParameter(bad!);
        if (string.IsNullOrWhiteSpace(focus)) focus = pack.Focus ?? "SYR";
        else if (names.Resolve(focus) is { Found: true } found) focus = found.Id!;
        else return Problems.UnknownActor($"focus: {names.Resolve(focus).Error}");
        return new KeptJsonResult(await overviews.Get(focus, number, size, cancellationToken));
    }

    // As many dyad pages computed at once as there are cores: a page is work for a core, so more at once would not end
    // sooner, and each holds its dyad's summary rows and claims while it runs (issue 19: sixteen at once peaked at 632 MB).
    private static readonly SemaphoreSlim Computing = new(Environment.ProcessorCount);

    private static async Task<Results<KeptJsonResult, ProblemHttpResult>> Detail(IDyadStore store, Pack pack, ActorNames names,
        DyadPageCache pages, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken,
        string a, string b)
    {
        if (Dyad(names, ref a, ref b) is { } problem) return problem;
        var mark = store.ChangeMark(cancellationToken);
        return new KeptJsonResult(await pages.Get($"{a}/{b}", mark,
            () => OnACore(() => new KeptJson(Json(Compute(store, pack, a, b, cancellationToken), json.Value.SerializerOptions)), cancellationToken), cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> History(IDyadStore store, Pack pack, ActorNames names,
        DyadListCache lists, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken,
        string a, string b, string? page = null, string? pageSize = null)
    {
        if (Dyad(names, ref a, ref b) is { } problem) return problem;
        if (!Paging.TryRead(page, pageSize, out var number, out var size, out var bad, Paging.Unbounded)) return Problems.BadParameter(bad!);
        // A slice of the list kept: a few bytes a change, written anew for each request rather than kept a second time.
        var history = (await Lists(store, pack, lists, a, b, cancellationToken)).History;
        return TypedResults.Bytes(Json(new RungHistoryPageDto(history.Count, number, size, Slice(history, number, size).Select(Dto.Rung).ToList()),
            json.Value.SerializerOptions), "application/json; charset=utf-8");
    }

    private static async Task<Results<KeptJsonResult, ProblemHttpResult>> DisputesPage(IDyadStore store, Pack pack, ActorNames names,
        DyadListCache lists, DyadPageCache pages, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        CancellationToken cancellationToken, string a, string b, string? page = null, string? pageSize = null)
    {
        if (Dyad(names, ref a, ref b) is { } problem) return problem;
        if (!Paging.TryRead(page, pageSize, out var number, out var size, out var bad, Paging.Unbounded)) return Problems.BadParameter(bad!);
        // The page's disputes read whole (their records' evidence, titles, outlets) from the list kept, and the page kept
        // as the dyad pages are: reading them is work for the database.
        var mark = store.ChangeMark(cancellationToken);
        return new KeptJsonResult(await pages.Get($"{a}/{b}/disputes?page={number}&pageSize={size}", mark, async () =>
        {
            var disputes = (await Lists(store, pack, lists, a, b, cancellationToken, mark)).Disputes;
            return await OnACore(() => new KeptJson(Json(new DisputePageDto(disputes.Count, number, size,
                DyadOutliner.ReadWhole(store, [.. Slice(disputes, number, size)], cancellationToken).Select(d => Dto.Dispute(d, pack)).ToList()),
                json.Value.SerializerOptions)), cancellationToken);
        }, cancellationToken));
    }

    private static IEnumerable<T> Slice<T>(IReadOnlyList<T> list, int page, int size) => list.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size);

    // Every change and dispute of the dyad, outlined once per store mark: the outline keeps them all (a few bytes each)
    // and reads no dispute whole.
    private static Task<DyadLists> Lists(IDyadStore store, Pack pack, DyadListCache lists, string a, string b, CancellationToken cancellationToken,
        (long, long)? mark = null) =>
        lists.Get($"{a}/{b}", mark ?? store.ChangeMark(cancellationToken), () => OnACore(() =>
        {
            var rows = store.StepCounts(a, b, sectors: false, cancellationToken).ToList();
            var view = new DyadOutliner(pack) { WholeDisputes = 0 }.Outline(store, a, b, rows, 0, cancellationToken);
            return new DyadLists(view.History, view.Disputes);
        }, cancellationToken), cancellationToken);

    // The two actors of a dyad as ids; a problem when either is unknown or both are one.
    private static ProblemHttpResult? Dyad(ActorNames names, ref string a, ref string b)
    {
        var (ra, rb) = (names.Resolve(a), names.Resolve(b));
        if (!ra.Found) return Problems.UnknownActor(ra.Error!);
        if (!rb.Found) return Problems.UnknownActor(rb.Error!);
        (a, b) = (ra.Id!, rb.Id!);
        return a == b ? Problems.BadParameter($"'{a}/{b}' is not a dyad of two different actors like TUR/SYR") : null;
    }

    // Work of a core: at most a core's worth at once. An answer is kept under the store's change mark read before it is
    // computed: a write while it is computed makes the next request compute it again.
    private static async Task<T> OnACore<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await Computing.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            Computing.Release();
        }
    }

    // Written as the API writes any answer (its JSON options), so that a kept page is the page it was.
    private static byte[] Json<T>(T answer, System.Text.Json.JsonSerializerOptions options) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(answer, options);

    private static DyadDetailDto Compute(IDyadStore store, Pack pack, string a, string b, CancellationToken cancellationToken)
    {
        // The summary's rows of the two ids, and the latest steps of each list read from the rows' latest days: memory and
        // time follow the page, not the dyad's events (issue 19: 438 MB answers, 5.6 s at p95).
        List<StepCount> rows = [.. store.StepCounts(a, b, sectors: false, cancellationToken)];
        var view = new DyadOutliner(pack) { WholeDisputes = Dto.MaxDisputes, Keep = Dto.MaxSteps }.Outline(store, a, b, rows, Dto.MaxDyadConditions, cancellationToken);
        var steps = store.LatestOf(rows, Dto.MaxSteps, cancellationToken);
        var sanctions = store.LatestOf([.. rows.Where(r => r.Step is "sanction.impose" or "sanction.ease")], Dto.MaxDyadSanctions, cancellationToken);
        var falls = Falls(store, [a, b], cancellationToken);
        var across = view.AcrossBreaks.SelectMany(r => store.EventsOf(r, cancellationToken)).OrderBy(e => e.Event.Date!.Value.Start).ThenBy(e => e.Id);
        return new DyadDetailDto(a, pack.DisplayName(a), b, pack.DisplayName(b), view.Rung, view.History.Select(Dto.Rung).ToList(),
            steps.Select(e => Dto.Event(e, pack)).ToList(), sanctions.Select(e => Dto.Event(e, pack)).ToList(),
            view.Conditions.Select(e => Dto.Event(e, pack)).ToList(),
            view.Eras.Select(Dto.Era).ToList(), across.Select(e => Dto.Event(e, pack)).ToList(),
            falls.Latest.Select(e => Dto.Event(e, pack)).ToList(),
            view.Disputes.TakeLast(Dto.MaxDisputes).Select(d => Dto.Dispute(d, pack)).ToList())
        {
            StepsTotal = view.Events,
            SanctionsTotal = view.SanctionsImposed + view.SanctionsEased,
            ConditionsTotal = view.ConditionsTotal,
            FallsTotal = falls.Total,
            DisputesTotal = view.DisputesTotal,
            HistoryTotal = view.HistoryTotal,
        };
    }

    /// <summary>
    /// The latest <see cref="Dto.MaxFalls"/> governments of the states toppled (regime.fall against a state or one of its
    /// sectors, by whoever, dated) and how many in all, read from the step summary (issue 19: every fall of either side
    /// was read through every event of the side and listed). In the order of the full list: by date, a day's falls of the
    /// first state before the second's, then by id.
    /// </summary>
    internal static GovernmentFalls Falls(IDyadStore store, IReadOnlyList<string> states, CancellationToken cancellationToken)
    {
        var falls = store.Falls(states, Dto.MaxFalls, cancellationToken);
        int Side(StoredEvent e) => states.Select((s, i) => (s, i)).First(x => Of(x.s, e)).i;
        return falls with { Latest = [.. falls.Latest.OrderBy(e => e.Event.Date!.Value.Start).ThenBy(Side).ThenBy(e => e.Id).TakeLast(Dto.MaxFalls)] };
    }

    // Whether a fall is the state's: its target is the state's, and a sector takes part in it.
    private static bool Of(string state, StoredEvent e)
    {
        var target = e.Event.Target!;
        if (Base(target) != Base(state)) return false;
        return state == Base(state) || new[] { e.Event.Source, target }.Any(x => x == state || x.StartsWith(state + ".", StringComparison.Ordinal));
    }

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
