namespace Dyad.Packs;

/// <summary>
/// Checks what one entry cannot know alone: that a pattern's step and a role's or description's actor exist somewhere
/// in the merged pack. Each entry's own values were parsed and checked as its file was read (<see cref="EntryParser"/>).
/// </summary>
internal static class PackValidator
{
    public static void Validate(Pack pack, IEnumerable<(string Path, StepPattern[] Entries)> patterns,
        IEnumerable<(string Path, PersonEntry[] Entries)> people, IEnumerable<(string Path, DescriptionEntry[] Entries)> descriptions)
    {
        var steps = pack.Steps.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var actors = pack.States.Select(s => s.Id).Concat(pack.Organisations.Select(o => o.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, entries) in patterns)
        {
            foreach (var p in entries)
            {
                if (!p.Step.EndsWith(".*", StringComparison.Ordinal) && !steps.Contains(p.Step))
                    throw new PackException(path, $"pattern \"{p.Id}\": \"step\" names an unknown step: \"{p.Step}\"");
            }
        }
        foreach (var (path, entries) in people)
        {
            foreach (var person in entries)
            {
                for (var i = 0; i < person.Roles.Length; i++) CheckActor(path, actors, person.Roles[i].Actor, $"\"{person.Name}\" role {i + 1}");
            }
        }
        foreach (var (path, entries) in descriptions)
        {
            foreach (var d in entries)
            {
                CheckActor(path, actors, d.Actor, $"description \"{d.Phrases.FirstOrDefault()}\"");
                if (d.Against is { } against) CheckActor(path, actors, against, $"description \"{d.Phrases.FirstOrDefault()}\"", "against");
                if (d.Fights is { } fights) CheckActor(path, actors, fights, $"description \"{d.Phrases.FirstOrDefault()}\"", "fights");
                foreach (var among in d.Among ?? []) CheckActor(path, actors, among, $"description \"{d.Phrases.FirstOrDefault()}\"", "among");
            }
        }
    }

    // "@person", "@pair", ...: resolved from the context, not an id. An actor with a sector ("SYR.MIL") needs its base
    // id known; a pack without states and organisations cannot say which ids exist.
    private static void CheckActor(string path, HashSet<string> actors, string actor, string who, string field = "actor")
    {
        if (actor.StartsWith('@')) return;
        var baseId = actor.Split('.')[0];
        if (actors.Count > 0 && !actors.Contains(baseId)) throw new PackException(path, $"{who}: \"{field}\" names an unknown actor: \"{actor}\"");
    }

    /// <summary>
    /// A government's state must exist, and one state's governments must follow each other without overlapping: only the
    /// first may have no start and only the last no end. A gap between two is a time the packs leave undivided.
    /// </summary>
    public static void ValidateEras(Pack pack, IEnumerable<(string Path, EraEntry[] Entries)> eras)
    {
        var states = pack.States.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var all = eras.SelectMany(f => f.Entries.Select(e => (f.Path, Era: e))).ToList();
        foreach (var (path, era) in all)
        {
            if (states.Count > 0 && !states.Contains(era.State))
                throw new PackException(path, $"government \"{era.Name}\": \"state\" names an unknown state: \"{era.State}\"");
        }
        foreach (var state in all.GroupBy(e => e.Era.State, StringComparer.Ordinal))
        {
            var ordered = state.OrderBy(e => e.Era.From ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (before, after) = (ordered[i - 1].Era, ordered[i]);
                if (after.Era.From is null || before.To is null || before.To >= after.Era.From)
                    throw new PackException(after.Path, $"government \"{after.Era.Name}\" of {state.Key} overlaps \"{before.Name}\": " +
                        "one state's governments must follow each other, each \"from\" after the \"to\" of the one before");
            }
        }
    }
}
