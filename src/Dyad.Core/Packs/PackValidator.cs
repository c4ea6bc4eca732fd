namespace Dyad.Packs;

/// <summary>Checks a loaded pack for mistakes a pack author makes: unknown steps, bad dates, unknown actors.</summary>
internal static class PackValidator
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal) { "leader", "minister", "security", "official", "none" };
    private static readonly HashSet<string> Frames = new(StringComparer.Ordinal)
    {
        "agent", "mutual", "visit", "membership", "mission", "stance", "demand", "invitation", "condition", "nominal",
    };

    public static void Validate(Pack pack)
    {
        var where = Path.Combine(pack.Directory, "pack.json");
        var steps = pack.Steps.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var actors = pack.States.Select(s => s.Id).Concat(pack.Organisations.Select(o => o.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var p in pack.Patterns)
        {
            var step = p.Step.EndsWith(".*", StringComparison.Ordinal) ? null : p.Step;
            if (step is not null && !steps.Contains(step)) throw new PackException(where, $"pattern '{p.Id}' names unknown step '{p.Step}'");
            if (p.Frame is not null && !Frames.Contains(p.Frame)) throw new PackException(where, $"pattern '{p.Id}' names unknown frame '{p.Frame}'");
            if (p.Cues.Length == 0) throw new PackException(where, $"pattern '{p.Id}' has no cue");
            if (p.Modality is not null && !Model.ModalityNames.TryParse(p.Modality, out _))
                throw new PackException(where, $"pattern '{p.Id}' names unknown modality '{p.Modality}'");
        }
        foreach (var person in pack.People)
        {
            foreach (var r in person.Roles)
            {
                CheckActor(where, actors, r.Actor, $"person '{person.Name}'");
                if (!Levels.Contains(r.Level)) throw new PackException(where, $"person '{person.Name}' has unknown level '{r.Level}'");
                CheckDate(where, r.From, person.Name);
                CheckDate(where, r.To, person.Name);
            }
        }
        foreach (var d in pack.Descriptions)
        {
            CheckActor(where, actors, d.Actor, $"description '{d.Phrases.FirstOrDefault()}'");
            CheckDate(where, d.From, d.Phrases.FirstOrDefault() ?? "?");
            CheckDate(where, d.To, d.Phrases.FirstOrDefault() ?? "?");
        }
    }

    private static void CheckActor(string where, HashSet<string> actors, string actor, string who)
    {
        if (actor.StartsWith('@')) return;
        var baseId = actor.Split('.')[0];
        if (actors.Count > 0 && !actors.Contains(baseId)) throw new PackException(where, $"{who} names unknown actor '{actor}'");
    }

    private static void CheckDate(string where, string? date, string who)
    {
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _))
            throw new PackException(where, $"'{who}' has a date that is not yyyy-mm-dd: '{date}'");
    }
}
