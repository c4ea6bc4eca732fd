using Dyad.Model;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Web.Api;

/// <summary>An actor of the network: a state or an organisation (sectors fold into their state).</summary>
/// <param name="Id">The actor id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Type">state, organisation or other.</param>
/// <param name="Degree">The weight of the edges that touch it: how many steps it took or was the target of.</param>
public sealed record NodeDto(string Id, string Name, string Type, int Degree);

/// <summary>Steps of one kind from one actor to another in the period.</summary>
/// <param name="Source">The actor id of who took the steps.</param>
/// <param name="Target">The actor id of whom they were taken toward.</param>
/// <param name="Kind">The steps' kind: normalizing, pressure, stance or conflict ("other" for a step the pack does not define).</param>
/// <param name="Weight">How many steps.</param>
/// <param name="Steps">The step codes, each once.</param>
public sealed record EdgeDto(string Source, string Target, string Kind, int Weight, IReadOnlyList<string> Steps);

/// <summary>GET /api/network: actors as nodes, asserted steps as edges, for a period.</summary>
/// <param name="From">The first day of the period, yyyy-mm-dd; null for no bound.</param>
/// <param name="To">The last day of the period, yyyy-mm-dd; null for no bound.</param>
/// <param name="Nodes">The actors.</param>
/// <param name="Edges">The steps between them.</param>
public sealed record NetworkDto(string? From, string? To, IReadOnlyList<NodeDto> Nodes, IReadOnlyList<EdgeDto> Edges);

internal static class NetworkApi
{
    public static RouteGroupBuilder MapNetwork(this RouteGroupBuilder api)
    {
        api.MapGroup("/network").WithTags("Network")
            .MapGet("/", Get).WithSummary("Actors as nodes and asserted steps as edges (weight = steps, by kind) between from and to")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static Results<Ok<NetworkDto>, ProblemHttpResult> Get(IDyadStore store, Pack pack, CancellationToken cancellationToken, string? from = null,
        string? to = null, string? modality = null)
    {
        var parse = EventQueryParser.Parse(new EventFilterText(From: from, To: to, Modality: modality ?? "asserted"));
        if (parse.Query is not { } query) return Problems.BadParameter(parse.Error!);
        // Counted as the events stream by (issue 19): memory holds the edges, not the period's events.
        var counts = new Dictionary<(string S, string T, string Kind), (int Weight, SortedSet<string> Steps)>();
        foreach (var se in store.StreamEvents(query with { StepsOnly = true }, cancellationToken))
        {
            var e = se.Event;
            if (e.Target is null) continue;
            var key = (Base(e.Source), Base(e.Target), pack.FindStep(e.Step!)?.Kind ?? "other");
            if (key.Item1 == key.Item2) continue;
            var (weight, steps) = counts.TryGetValue(key, out var c) ? c : (0, new SortedSet<string>(StringComparer.Ordinal));
            steps.Add(e.Step!);
            counts[key] = (weight + 1, steps);
        }
        var edges = counts.Select(kv => new EdgeDto(kv.Key.S, kv.Key.T, kv.Key.Kind, kv.Value.Weight, kv.Value.Steps.ToList()))
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            degree[e.Source] = degree.GetValueOrDefault(e.Source) + e.Weight;
            degree[e.Target] = degree.GetValueOrDefault(e.Target) + e.Weight;
        }
        var nodes = degree.Select(kv => new NodeDto(kv.Key, pack.DisplayName(kv.Key), Type(pack, kv.Key), kv.Value))
            .OrderByDescending(n => n.Degree).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new NetworkDto(query.From is { } f ? Dto.Iso(f) : null, query.To is { } t ? Dto.Iso(t) : null, nodes, edges));
    }

    private static string Type(Pack pack, string id) =>
        pack.States.Any(s => s.Id == id) ? "state" : pack.Organisations.Any(o => o.Id == id) ? "organisation" : "other";

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
