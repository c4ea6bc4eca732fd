namespace Dyad.Model;

/// <summary>A sentence: a span of the document text. Uncoded sentences (boilerplate, notes) are kept but yield no event.</summary>
public readonly record struct Sentence(int Index, int Start, int End, bool Coded)
{
    public int Length => End - Start;
}

/// <summary>What a mention names: decides whether it may act, be acted upon, or only locate an event.</summary>
/// <remarks>Stored by number in a document's spans: a value is never renumbered.</remarks>
public enum MentionKind
{
    State = 0,
    Capital = 1,
    Place = 2,
    Organisation = 3,
    Person = 4,
    Description = 5,
    Group = 6,
    Pronoun = 7,
}

/// <summary>The level at which an actor speaks for its state: decides the rung of a contact.</summary>
/// <remarks>Stored by number in a document's spans: a value is never renumbered.</remarks>
public enum RoleLevel
{
    None = 0,
    Official = 1,
    Security = 2,
    Minister = 3,
    Leader = 4,
}

/// <summary>An actor named in a sentence: a span and the actor id it resolves to on the document's date.</summary>
public readonly record struct Mention(int Sentence, int Start, int End, string Actor, MentionKind Kind, RoleLevel Role)
{
    public int Length => End - Start;
}
