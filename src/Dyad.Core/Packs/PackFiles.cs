namespace Dyad.Packs;

// The shapes of a pack's data files. Every file is JSON (comments and trailing commas allowed); every list
// may be absent. A pack may include other packs: their lists are merged, the including pack's entries last.

/// <summary>pack.json: the pack's name, its focus state and the packs it builds on.</summary>
internal sealed record PackManifest(string Name, string? Description, string? Focus, string[]? Include);

/// <summary>A state of the world: ISO 3166-1 alpha-3 id, names, demonyms, capitals (metonyms) and places (locations only).</summary>
/// <param name="Id">The ISO 3166-1 alpha-3 code: the state's actor id ("TUR").</param>
/// <param name="Name">Its common English name, for display ("Turkey").</param>
/// <param name="Aliases">Other names that act for it ("Türkiye", "Republic of Turkey").</param>
/// <param name="Demonyms">Adjectives of the state ("Turkish"): with a role noun they make an actor ("Turkish officials").</param>
/// <param name="Capitals">Cities that stand for the government when they act ("Ankara said").</param>
/// <param name="Places">Other places of the state: they locate an event and never act.</param>
public sealed record StateEntry(string Id, string Name, string[]? Aliases, string[]? Demonyms, string[]? Capitals, string[]? Places);

internal sealed record StatesFile(StateEntry[]? States);

/// <summary>An organisation or named armed group, e.g. ARL "Arab League".</summary>
/// <param name="Id">Its actor id ("ARL", "HTS").</param>
/// <param name="Names">The names that stand for it; the first is its display name.</param>
public sealed record OrganisationEntry(string Id, string[] Names);

internal sealed record OrganisationsFile(OrganisationEntry[]? Organisations);

/// <summary>An entry of people.json as written: dates "yyyy-mm-dd", levels by name (typed in <see cref="PersonEntry"/>).</summary>
internal sealed record PersonJson(string? Name, string[]? Aliases, RoleJson[]? Roles, string? Source = null);

internal sealed record RoleJson(string? Actor, string? Level, string? Title, string? From, string? To);

internal sealed record PeopleFile(PersonJson[]? People);

/// <summary>An entry of governments.json as written: a state's government between two dates "yyyy-mm-dd" (typed in <see cref="EraEntry"/>).</summary>
internal sealed record GovernmentJson(string? State, string? Name, string? Leader, string? From, string? To, string? Source = null);

internal sealed record GovernmentsFile(GovernmentJson[]? Governments);

/// <summary>
/// names.json: how news spells and shortens people's names. <see cref="Spellings"/>: groups of words that stand for
/// each other (Mohammed, Mohammad, Muhammad); <see cref="Articles"/>: forms of the Arabic article before a surname
/// ("al", "el"); <see cref="Connectors"/>: words joining a given name to a father's or clan name ("bin");
/// <see cref="FamilyNameFirst"/>: states whose people are named family name first; <see cref="NotAlone"/>: words
/// never taken alone as a person; <see cref="Honorifics"/>: titles put before a ruler's given name ("Sheikh Tamim");
/// <see cref="GivenNameAlone"/>: states whose people news calls by their given name ("Abiy" for Abiy Ahmed);
/// <see cref="FamilyHonorifics"/>: titles put before a given and a family name ("Sheikh Salem al-Sabah");
/// <see cref="GivenPrefixes"/>: words that begin a given name of two words ("Abdel Fattah").
/// </summary>
public sealed record NamesFile(string[][]? Spellings, string[]? Articles, string[]? Connectors, string[]? FamilyNameFirst, string[]? NotAlone,
    string[]? Honorifics = null, string[]? GivenNameAlone = null, string[]? FamilyHonorifics = null, string[]? GivenPrefixes = null);

/// <summary>An entry of descriptions.json as written (typed in <see cref="DescriptionEntry"/>).</summary>
internal sealed record DescriptionJson(string[]? Phrases, string? Actor, string? Level, string? Kind, string? From, string? To, string? Against = null, string? Fights = null, string[]? Among = null);

internal sealed record DescriptionsFile(DescriptionJson[]? Descriptions);

/// <summary>A group of role nouns in roles.json as written (typed in <see cref="RoleNounGroup"/>).</summary>
internal sealed record RoleNounsJson(string[]? Words, string? Level, string? Sector, string? Kind = null);

internal sealed record RolesFile(RoleNounsJson[]? Roles, string[]? EliteModifiers, string[]? Pronouns);

/// <summary>
/// A step of the ladder (steps.json): its code, rung (null for stances, sanctions...), kind and default PLOVER type.
/// </summary>
/// <param name="Code">The step code ("mission.reopen"), as events carry it.</param>
/// <param name="Rung">The rung of the normalization ladder it stands for, 0 (cut off) to 6 (fully normal); null for a step off the ladder.</param>
/// <param name="Kind">Which way the step moves relations: "normalizing", "pressure", "stance" or "conflict".</param>
/// <param name="Type">The PLOVER type of its events when the pattern names none (CONSULT, SANCTION...).</param>
/// <param name="Description">What counts as the step, in words.</param>
/// <param name="Reciprocal">True for a step two parties take toward each other when a sentence names both as its
/// subject and no one else as its object ("Iran and Saudi Arabia severed ties", "the two countries agreed to restore
/// relations"): one record each way.</param>
/// <param name="Label">The step as a reader says it ("embassy reopened"), shown beside the code; null for the code itself.</param>
/// <param name="PloverMode">PLOVER modes of the step's type (CONSULT "visit", SANCTION "withdraw"), for the PLOVER export.</param>
/// <param name="PloverContext">PLOVER contexts of the step ("diplomatic"), for the PLOVER export.</param>
public sealed record StepDefinition(string Code, int? Rung, string Kind, string Type, string? Description, bool? Reciprocal = null, string? Label = null,
    string[]? PloverMode = null, string[]? PloverContext = null);

internal sealed record StepsFile(StepDefinition[]? Steps);

/// <summary>An entry of patterns.json as written: frame and modality by name (typed in <see cref="StepPattern"/>).</summary>
internal sealed record PatternJson(
    string? Id,
    string? Step,
    string? Type,
    string[]? Cues,
    string[]? Unless,
    string? Frame,
    double? Confidence,
    int? Priority,
    int? Gap,
    string[]? Requires,
    int? Near = null,
    string? Modality = null,
    bool? Fallback = null);

internal sealed record PatternsFile(PatternJson[]? Patterns);

/// <summary>
/// Cue words for modality, by modality code; topic cues (talk about an idea, not a report of a deed); and appeal cues
/// ("called on", "urged"): a call on another to take a step is the caller's stance; repeat cues ("similar action",
/// "followed suit"): a step of the sentence before taken again by others.
/// </summary>
internal sealed record ModalityFile(Dictionary<string, string[]>? Cues, string[]? Topics, string[]? Appeals = null, string[]? Repeats = null);

/// <summary>Boilerplate cues: exact lines, line prefixes, and lines after which the rest is not article.</summary>
/// <param name="SkipLines">Lines kept in the stored text but never coded when a line is one of them, ignoring case ("advertisement").</param>
/// <param name="SkipPrefixes">Starts of lines kept but never coded.</param>
/// <param name="TailLines">Lines after which the rest of the document (notes, related links, bios) is never coded.</param>
/// <param name="Abbreviations">Words whose full stop ends no sentence ("Gen.", "U.S."), added to the splitter's own.</param>
/// <param name="WidgetLines">Lines that open a block of links which a site may put inside the article ("Recommended"):
/// the lines after are not coded until the article's prose resumes.</param>
public sealed record TextFile(string[]? SkipLines, string[]? SkipPrefixes, string[]? TailLines, string[]? Abbreviations,
    string[]? WidgetLines = null);
