namespace Dyad.Model;

/// <summary>A sentence: a span of the document text. Uncoded sentences (boilerplate, notes) are kept but yield no event.</summary>
public readonly record struct Sentence(int Index, int Start, int End, bool Coded)
{
    public int Length => End - Start;
}

/// <summary>What a mention names: decides whether it may act, be acted upon, or only locate an event.</summary>
public enum MentionKind
{
    State,
    Capital,
    Place,
    Organisation,
    Person,
    Description,
    Group,
    Pronoun,
}

/// <summary>The level at which an actor speaks for its state: decides the rung of a contact.</summary>
public enum RoleLevel
{
    None = 0,
    Official,
    Security,
    Minister,
    Leader,
}

/// <summary>An actor named in a sentence: a span and the actor id it resolves to on the document's date.</summary>
public readonly record struct Mention(int Sentence, int Start, int End, string Actor, MentionKind Kind, RoleLevel Role)
{
    public int Length => End - Start;
}
