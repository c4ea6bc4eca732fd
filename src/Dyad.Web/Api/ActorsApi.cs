using Dyad.Packs;

namespace Dyad.Web.Api;

/// <summary>A state the pack knows.</summary>
/// <param name="Id">Its ISO 3166-1 alpha-3 code, the actor id events carry ("TUR").</param>
/// <param name="Name">Its display name ("Turkey").</param>
/// <param name="Aliases">Other names that stand for it in text.</param>
public sealed record StateDto(string Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>An organisation or named armed group the pack knows.</summary>
/// <param name="Id">Its actor id ("ARL", "HTS").</param>
/// <param name="Name">Its display name: the first of its names.</param>
/// <param name="Names">Every name that stands for it in text.</param>
public sealed record OrganisationDto(string Id, string Name, IReadOnlyList<string> Names);

/// <summary>An office a person held: for whom, at which level, between which days.</summary>
/// <param name="Actor">The actor id the person acted for in the role.</param>
/// <param name="ActorName">That actor's display name ("United States (legislature)").</param>
/// <param name="Level">leader, minister, security, official or none: decides the rung of a contact.</param>
/// <param name="Title">The office as written ("foreign minister"); null when the pack gives none.</param>
/// <param name="From">The first day in the role, yyyy-mm-dd; null when open.</param>
/// <param name="To">The last day in the role, yyyy-mm-dd; null while it lasts.</param>
public sealed record RoleDto(string Actor, string ActorName, string Level, string? Title, string? From, string? To);

/// <summary>A person the pack knows, with the offices that decide whom their name stands for on a date.</summary>
/// <param name="Name">The full name.</param>
/// <param name="Aliases">Other names the person goes by.</param>
/// <param name="Roles">The offices held.</param>
public sealed record PersonDto(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<RoleDto> Roles);

/// <summary>GET /api/actors: who the pack knows.</summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Focus">The focal state's id (SYR for the Syria pack); null for a pack with none.</param>
/// <param name="States">Every state.</param>
/// <param name="Organisations">Every organisation.</param>
/// <param name="People">Every person.</param>
public sealed record ActorsDto(string Pack, string? Focus, IReadOnlyList<StateDto> States, IReadOnlyList<OrganisationDto> Organisations,
    IReadOnlyList<PersonDto> People);

/// <summary>A step of the ladder as the pack defines it.</summary>
/// <param name="Code">The step code events carry ("mission.reopen").</param>
/// <param name="Rung">The rung it stands for, 0 (cut off) to 6 (fully normal); null for a step off the ladder.</param>
/// <param name="Kind">normalizing, pressure, stance or conflict.</param>
/// <param name="Type">Its default PLOVER type.</param>
/// <param name="Description">What counts as the step.</param>
/// <param name="Label">The step as a reader says it ("embassy reopened"); the code when the pack gives none.</param>
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
