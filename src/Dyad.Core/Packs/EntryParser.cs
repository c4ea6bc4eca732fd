using System.Globalization;
using Dyad.Model;

namespace Dyad.Packs;

/// <summary>
/// Reads the entries of a pack file into typed values, once, at load. Every problem is a <see cref="PackException"/>
/// naming the file and the entry ("people.json: \"Hakan Fidan\" role 2: \"from\" is not a date: \"2023-13-01\""), found
/// when the pack loads rather than as a FormatException in whichever stage first reads the value.
/// </summary>
internal static class EntryParser
{
    public static PersonEntry[] People(string path, PersonJson[] people) => [.. people.Select((p, i) => Person(path, p, i))];

    public static EraEntry[] Eras(string path, GovernmentJson[] governments) => [.. governments.Select((g, i) => Era(path, g, i))];

    public static DescriptionEntry[] Descriptions(string path, DescriptionJson[] descriptions) =>
        [.. descriptions.Select((d, i) => Description(path, d, i))];

    public static RoleNounGroup[] RoleNouns(string path, RoleNounsJson[] groups) => [.. groups.Select((g, i) => RoleNouns(path, g, i))];

    public static StepPattern[] Patterns(string path, PatternJson[] patterns) => [.. patterns.Select((p, i) => Pattern(path, p, i))];

    private static PersonEntry Person(string path, PersonJson p, int index)
    {
        var who = Name("person", p.Name, index);
        var name = Required(path, who, "name", p.Name);
        var raw = Required(path, who, "roles", p.Roles);
        var roles = new RoleSpan[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            var r = raw[i];
            var where = $"{who} role {i + 1}";
            roles[i] = new RoleSpan(Required(path, where, "actor", r.Actor), Level(path, where, Required(path, where, "level", r.Level)), r.Title,
                Date(path, where, "from", r.From), Date(path, where, "to", r.To));
        }
        return new PersonEntry(name, p.Aliases, roles, p.Source);
    }

    private static EraEntry Era(string path, GovernmentJson g, int index)
    {
        var where = g.Name is null ? $"government {index + 1}" : $"government \"{g.Name}\"";
        var state = Required(path, where, "state", g.State);
        var name = Required(path, where, "name", g.Name);
        var (from, to) = (Date(path, where, "from", g.From), Date(path, where, "to", g.To));
        if (from > to) throw new PackException(path, $"{where}: \"to\" ({g.To}) is before \"from\" ({g.From})");
        return new EraEntry(state, name, g.Leader, from, to, g.Source);
    }

    private static DescriptionEntry Description(string path, DescriptionJson d, int index)
    {
        var where = Name("description", d.Phrases?.FirstOrDefault(), index);
        return new DescriptionEntry(Required(path, where, "phrases", d.Phrases), Required(path, where, "actor", d.Actor), Level(path, where, d.Level),
            Kind(path, where, d.Kind), Date(path, where, "from", d.From), Date(path, where, "to", d.To), d.Against, d.Fights, d.Among);
    }

    private static RoleNounGroup RoleNouns(string path, RoleNounsJson g, int index)
    {
        var where = Name("role nouns", g.Words?.FirstOrDefault(), index);
        if (g.Kind is not (null or "place")) throw NotOneOf(path, where, "kind", "place", g.Kind);
        return new RoleNounGroup(Required(path, where, "words", g.Words), Level(path, where, g.Level), g.Sector, g.Kind == "place");
    }

    private static StepPattern Pattern(string path, PatternJson p, int index)
    {
        var where = Name("pattern", p.Id, index);
        var cues = Required(path, where, "cues", p.Cues);
        if (cues.Length == 0) throw new PackException(path, $"{where} has no cue");
        if (!FrameNames.TryParse(p.Frame, out var frame)) throw NotOneOf(path, where, "frame", FrameNames.Known, p.Frame!);
        Modality? modality = null;
        if (p.Modality is not null)
        {
            if (!ModalityNames.TryParse(p.Modality, out var m)) throw NotOneOf(path, where, "modality", ModalityNames.Known, p.Modality);
            modality = m;
        }
        return new StepPattern(Required(path, where, "id", p.Id), Required(path, where, "step", p.Step), p.Type, cues, p.Unless, frame,
            p.Confidence, p.Priority, p.Gap, p.Requires, p.Near, modality, p.Fallback);
    }

    // An absent level is none: a description or a role noun need not carry one.
    private static RoleLevel Level(string path, string where, string? text) =>
        text is null ? RoleLevel.None
        : RoleLevelNames.TryParse(text, out var level) ? level
        : throw NotOneOf(path, where, "level", RoleLevelNames.Known, text);

    private static DescriptionKind Kind(string path, string where, string? text) => text switch
    {
        null => DescriptionKind.Description,
        "place" => DescriptionKind.Place,
        "group" => DescriptionKind.Group,
        "pronoun" => DescriptionKind.Pronoun,
        _ => throw NotOneOf(path, where, "kind", "place, group, pronoun", text),
    };

    private static DateOnly? Date(string path, string where, string field, string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new PackException(path, $"{where}: \"{field}\" is not a date: \"{text}\"");

    private static T Required<T>(string path, string where, string field, T? value) where T : class =>
        value ?? throw new PackException(path, $"{where}: \"{field}\" is missing");

    private static PackException NotOneOf(string path, string where, string field, string known, string text) =>
        new(path, $"{where}: \"{field}\" is not one of {known}: \"{text}\"");

    // An entry by its name where it has one (a person by the name alone), else by its place in the file, counted from 1.
    private static string Name(string kind, string? name, int index) =>
        name is null ? $"{kind} {index + 1}" : kind == "person" ? $"\"{name}\"" : $"{kind} \"{name}\"";
}
