using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Actors;

internal enum LexKind : byte
{
    State,
    Capital,
    Place,
    Organisation,
    Person,
    Description,
    Demonym,
    DemonymPlural,
    RoleNoun,
    Elite,
    Pronoun,
}

/// <summary>
/// One meaning of a phrase in the lexicon. A phrase may have several (a person with several roles). A <see cref="Short"/>
/// entry is a person's short name ("Sharaa"): it names the person only where the document also names them in full.
/// </summary>
internal sealed record LexEntry(
    LexKind Kind,
    string? Actor,
    RoleLevel Level = RoleLevel.None,
    string? Sector = null,
    DateOnly? From = null,
    DateOnly? To = null,
    MentionKind? As = null,
    PersonEntry? Person = null,
    bool Short = false,
    string? Against = null,
    string? Fights = null,
    string[]? Among = null)
{
    // Worked out once per entry: a pronoun is met in nearly every sentence, and each one cut a new string.
    /// <summary>A reference to an actor named elsewhere ("@state"): the actor without its "@"; null for an actor named here.</summary>
    public string? Reference { get; } = Actor is ['@', ..] ? Actor[1..] : null;

    /// <summary>The actor with any leading "@" trimmed.</summary>
    public string? Unmarked { get; } = Actor?.TrimStart('@');

    public bool ActiveOn(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>
    /// Held at some time in a span: "spoke by telephone in May" names the minister who took office on May 13; a month or a
    /// year is not its first day.
    /// </summary>
    public bool ActiveIn(Model.PartialDate span) => (From is null || span.End >= From) && (To is null || span.Start <= To);
}
