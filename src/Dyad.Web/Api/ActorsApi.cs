using Dyad.Packs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Web.Api;

public sealed record StateDto(string Id, string Name, IReadOnlyList<string> Aliases);
public sealed record OrganisationDto(string Id, string Name, IReadOnlyList<string> Names);
public sealed record RoleDto(string Actor, string ActorName, string Level, string? Title, string? From, string? To);
public sealed record PersonDto(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<RoleDto> Roles);

/// <summary>GET /api/actors: who the pack knows.</summary>
public sealed record ActorsDto(string Pack, string? Focus, IReadOnlyList<StateDto> States, IReadOnlyList<OrganisationDto> Organisations,
    IReadOnlyList<PersonDto> People);

/// <summary>A step of the ladder as the pack defines it.</summary>
public sealed record StepDto(string Code, int? Rung, string Kind, string Type, string? Description, string Label);

/// <summary>The pack: its actors and its steps.</summary>
internal static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Pack");
        group.MapGet("/actors", Actors).WithSummary("The pack's states, organisations and people with their roles over time");
        group.MapGet("/steps", Steps).WithSummary("The pack's steps: code, rung, kind (normalizing, pressure, conflict, stance)");
        return api;
    }

    private static Ok<ActorsDto> Actors(Pack pack) => TypedResults.Ok(new ActorsDto(pack.Name, pack.Focus,
        pack.States.Select(s => new StateDto(s.Id, s.Name, s.Aliases ?? [])).ToList(),
        pack.Organisations.Select(o => new OrganisationDto(o.Id, o.Names.FirstOrDefault() ?? o.Id, o.Names)).ToList(),
        pack.People.Select(p => new PersonDto(p.Name, p.Aliases ?? [],
            p.Roles.Select(r => new RoleDto(r.Actor, pack.DisplayName(r.Actor), Model.RoleLevelNames.ToCode(r.Level), r.Title, Dto.Iso(r.From), Dto.Iso(r.To))).ToList())).ToList()));

    private static Ok<List<StepDto>> Steps(Pack pack) =>
        TypedResults.Ok(pack.Steps.DistinctBy(s => s.Code).Select(s => new StepDto(s.Code, s.Rung, s.Kind, s.Type, s.Description, s.Label ?? s.Code)).ToList());
}
