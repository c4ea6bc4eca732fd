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
    public bool ActiveOn(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
