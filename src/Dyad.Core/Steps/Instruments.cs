using Dyad.Actors;
using Dyad.Model;

namespace Dyad.Steps;

/// <summary>
/// Sanctions told by the law or order that holds them ("repealing the Caesar Act", "sanctions imposed under the Caesar
/// Act"): the instrument names who holds them, and the pack names whom they are against (descriptions.json "against").
/// Its holder is no target of its own sanctions, and whoever welcomes their end is not who ends them.
/// </summary>
internal static class Instruments
{
    public static StepArguments Apply(StepArguments found)
    {
        var instrument = found.Targets.FirstOrDefault(t => t.Against is not null) ?? found.Sources.FirstOrDefault(s => s.Against is not null);
        if (instrument?.Against is not { } against) return found;
        var targets = found.Targets.Select(t => t.Against is null ? t : t.GovernmentOf(t.Against)).ToList();
        // "The Syrian government has welcomed the repeal of the Caesar Act": the state the act is against did not repeal it.
        var sources = found.Sources.Select(s => s.BaseActor == against ? instrument : s).DistinctBy(s => s.Actor).ToList();
        if (sources.Exists(s => s.BaseActor == against) || targets.Exists(t => sources.Exists(s => s.BaseActor == t.BaseActor))) return found;
        return found with { Sources = sources, Targets = targets };
    }
}
