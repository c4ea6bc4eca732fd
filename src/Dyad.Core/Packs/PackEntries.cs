using Dyad.Model;

namespace Dyad.Packs;

// A pack's entries as the engine uses them: read from the files' text once, at load (EntryParser), so levels,
// frames, modalities and dates are values here and no stage parses them again.

/// <summary>A person and the roles they held, each bounded in time (either end open).</summary>
/// <param name="Name">The full name as news writes it ("Hakan Fidan"); its short forms ("Fidan") name the person only in a document that names them in full.</param>
/// <param name="Aliases">Other names the person goes by ("Abu Mohammed al-Jolani" for Ahmed al-Sharaa).</param>
/// <param name="Roles">The offices held, in any order; a name resolves to the actor of the role held on the sentence's date.</param>
/// <param name="Source">Where the roles and dates come from, for a reader who checks them.</param>
public sealed record PersonEntry(string Name, string[]? Aliases, RoleSpan[] Roles, string? Source = null);

/// <summary>
/// An era: one government of a state, from its first day to its last (both days inside it; either end open). A break
/// between eras is a change of regime (a revolution, a coup, the end of a transitional authority), not an election or
/// a new office holder within one regime: the normalization ladder measures relations with a government, so it starts
/// again with each (governments.json; <c>Analysis/Eras</c>).
/// </summary>
/// <param name="State">The state's ISO 3166-1 alpha-3 id.</param>
/// <param name="Name">How a reader names the government: "the Assad government", "the transitional government".</param>
/// <param name="Leader">Who led it, for display ("Bashar al-Assad"); null when no one person did.</param>
/// <param name="From">Its first day; null for a state's first government with no known start.</param>
/// <param name="To">Its last day (the day of its fall); null while it lasts.</param>
/// <param name="Source">Where the dates come from, as people.json notes its sources.</param>
public sealed record EraEntry(string State, string Name, string? Leader, DateOnly? From, DateOnly? To, string? Source = null)
{
    /// <summary>Whether the day falls inside the era.</summary>
    public bool Contains(DateOnly day) => (From is not { } f || day >= f) && (To is not { } t || day <= t);
}

/// <summary>Whom a person acts for, at which level, between two dates.</summary>
/// <param name="Actor">The actor id the person acts for in the role ("TUR", "SYR.OPP").</param>
/// <param name="Level">The level at which the role speaks for the actor: decides the rung of a contact.</param>
/// <param name="Title">The office as written ("foreign minister"), for display; null when none is given.</param>
/// <param name="From">The first day in the role; null when it started before anything the pack covers.</param>
/// <param name="To">The last day in the role; null while it lasts.</param>
public sealed record RoleSpan(string Actor, RoleLevel Level, string? Title, DateOnly? From, DateOnly? To);

/// <summary>
/// A phrase that names an actor: "the regime" (SYR until 2024-12-08), "the State Department" (USA),
/// "Syrian Arab Army" (SYR.MIL), "Kurdish fighters" (SDF). Kind "place" makes it a location that may be
/// acted upon but never acts ("Idlib" as SYR.OPP). Kind "group" may be acted upon only. <see cref="Against"/>: the
/// phrase names an instrument of sanctions its actor holds against that state ("the Caesar Act": USA against SYR).
/// <see cref="Fights"/>: the phrase names an armed group and the government it fights ("the rebels": SYR.OPP fighting SYR).
/// </summary>
/// <param name="Phrases">The phrases, matched as whole words; one written with a capital must be capitalised in the text, an acronym written exactly.</param>
/// <param name="Actor">The actor id they stand for, or a context reference such as "@pair" for a pronoun.</param>
/// <param name="Level">The level at which the description speaks for its actor ("the Syrian president": leader).</param>
/// <param name="Kind">Whether it names an actor, a place, a group or words resolved from the context.</param>
/// <param name="From">The first day the phrases mean the actor; null for no start.</param>
/// <param name="To">The last day; null while they do ("the regime" is SYR until 2024-12-08).</param>
/// <param name="Against">For a law of sanctions, the state it is held against ("the Caesar Act": SYR); null otherwise.</param>
/// <param name="Fights">For an armed group, the state whose government it fights: whom its offensives are against when
/// no one else is named; null otherwise.</param>
/// <param name="Among">For a reference to a state ("the kingdom": "@state"), the states it may name (the monarchies); null for any.</param>
public sealed record DescriptionEntry(string[] Phrases, string Actor, RoleLevel Level, DescriptionKind Kind, DateOnly? From, DateOnly? To,
    string? Against = null, string? Fights = null, string[]? Among = null);

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
/// <param name="Words">The nouns ("minister", "officials", "troops").</param>
/// <param name="Level">The level at which the noun speaks for the state.</param>
/// <param name="Sector">The sector the noun makes ("MIL" for troops, so "Turkish troops" is TUR.MIL); null for the state itself.</param>
/// <param name="NamesPlace">True when the noun names a place, not people.</param>
public sealed record RoleNounGroup(string[] Words, RoleLevel Level, string? Sector, bool NamesPlace = false);

/// <summary>
/// A cue pattern for a step. Cue syntax: elements separated by spaces, each a set of alternatives
/// separated by '|' ("reopen*|re-open*"), '*' a suffix wildcard, '_' joining words of one alternative
/// ("green_light"), and "..." a gap of up to <see cref="Gap"/> tokens between elements.
/// <see cref="Frame"/> says how source and target are found. <see cref="Modality"/> is the
/// modality when no cue word says otherwise (planned for an invitation). <see cref="Fallback"/> false: the target must be
/// named in the cue's clause, never taken from the document's focus (an offensive's target is named, or there is none).
/// </summary>
/// <param name="Id">The pattern's id, unique in the pack: an event names the pattern it came from.</param>
/// <param name="Step">The step code it codes, or "contact.*" / "visit.*" for a contact whose rung is picked from who takes part.</param>
/// <param name="Type">The PLOVER type of its events; null for the step's default type.</param>
/// <param name="Cues">The cues, any of which triggers the pattern.</param>
/// <param name="Unless">Cues that, matched around the trigger, drop it ("embassy" unless "bombed").</param>
/// <param name="Frame">How source and target are found.</param>
/// <param name="Confidence">The confidence of its events, 0 to 1; null for 0.7.</param>
/// <param name="Priority">Of two patterns matching the same words, the higher priority wins; null for 0.</param>
/// <param name="Gap">The most tokens a "..." of the cue lets through; null for 5.</param>
/// <param name="Requires">Words the sentence must also hold, each a set of '|' alternatives.</param>
/// <param name="Near">For a noun cue: the subject must stand within this many tokens of it, or own it; null or 0 for a verb cue.</param>
/// <param name="Modality">The modality when no cue word says otherwise; null for the cue words' reading.</param>
/// <param name="Fallback">False when the target must be named in the cue's clause; null for true.</param>
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
