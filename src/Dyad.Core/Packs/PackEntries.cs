using Dyad.Model;

namespace Dyad.Packs;

// A pack's entries as the engine uses them: read from the files' text once, at load (EntryParser), so levels,
// frames, modalities and dates are values here and no stage parses them again.

/// <summary>A person and the roles they held, each bounded in time (either end open).</summary>
public sealed record PersonEntry(string Name, string[]? Aliases, RoleSpan[] Roles, string? Source = null);

/// <summary>Whom a person acts for, at which level, between two dates.</summary>
public sealed record RoleSpan(string Actor, RoleLevel Level, string? Title, DateOnly? From, DateOnly? To);

/// <summary>
/// A phrase that names an actor: "the regime" (SYR until 2024-12-08), "the State Department" (USA),
/// "Syrian Arab Army" (SYR.MIL), "Kurdish fighters" (SDF). Kind "place" makes it a location that may be
/// acted upon but never acts ("Idlib" as SYR.OPP). Kind "group" may be acted upon only.
/// </summary>
public sealed record DescriptionEntry(string[] Phrases, string Actor, RoleLevel Level, DescriptionKind Kind, DateOnly? From, DateOnly? To);

/// <summary>What a description's phrases name: descriptions.json "kind", absent for a description of an actor.</summary>
public enum DescriptionKind
{
    /// <summary>An actor described ("the regime"): it may act.</summary>
    Description,
    /// <summary>"place": a location, acted upon but never acting.</summary>
    Place,
    /// <summary>"group": acted upon only.</summary>
    Group,
    /// <summary>"pronoun": a word resolved from the context ("the two sides", actor "@pair").</summary>
    Pronoun,
}

/// <summary>
/// Nouns that, after a state's name or demonym ("Jordanian King", "U.S. officials", "Syrian opposition"),
/// make an actor: the role level (leader, minister, security, official) and the sector suffix (MIL, OPP, ...).
/// </summary>
/// <see cref="NamesPlace"/> (kind "place" in roles.json): the noun names a place of the state, not people ("the Syrian capital").
public sealed record RoleNounGroup(string[] Words, RoleLevel Level, string? Sector, bool NamesPlace = false);

/// <summary>
/// A cue pattern for a step. Cue syntax: elements separated by spaces, each a set of alternatives
/// separated by '|' ("reopen*|re-open*"), '*' a suffix wildcard, '_' joining words of one alternative
/// ("green_light"), and "..." a gap of up to <see cref="Gap"/> tokens between elements.
/// <see cref="Frame"/> says how source and target are found. <see cref="Modality"/> is the
/// modality when no cue word says otherwise (planned for an invitation). <see cref="Fallback"/> false: the target must be
/// named in the cue's clause, never taken from the document's focus (an offensive's target is named, or there is none).
/// </summary>
public sealed record StepPattern(
    string Id,
    string Step,
    string? Type,
    string[] Cues,
    string[]? Unless,
    Frame Frame,
    double? Confidence,
    int? Priority,
    int? Gap,
    string[]? Requires,
    int? Near = null,
    Modality? Modality = null,
    bool? Fallback = null);
