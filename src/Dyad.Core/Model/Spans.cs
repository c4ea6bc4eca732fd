namespace Dyad.Model;

/// <summary>A sentence: a span of the document text. Uncoded sentences (boilerplate, notes) are kept but yield no event.</summary>
/// <param name="Index">The sentence's place in the document, from 0; events and mentions name their sentence by it.</param>
/// <param name="Start">Offset of its first character in the document text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Coded">False for a sentence the coder skips (a boilerplate line, a footnote).</param>
public readonly record struct Sentence(int Index, int Start, int End, bool Coded)
{
    /// <summary>The number of characters of the span.</summary>
    public int Length => End - Start;
}

/// <summary>What a mention names: decides whether it may act, be acted upon, or only locate an event.</summary>
/// <remarks>Stored by number in a document's spans: a value is never renumbered.</remarks>
public enum MentionKind
{
    /// <summary>A state by its name, alias or demonym ("Turkey", "Turkish"): acts for its government.</summary>
    State = 0,
    /// <summary>A capital standing for its government ("Ankara said").</summary>
    Capital = 1,
    /// <summary>A place other than the capital: locates an event, never acts.</summary>
    Place = 2,
    /// <summary>An organisation or named armed group ("the Arab League", "HTS").</summary>
    Organisation = 3,
    /// <summary>A person of the pack, resolved to whom they act for on the date ("Hakan Fidan").</summary>
    Person = 4,
    /// <summary>A description standing for an actor ("the regime", "the Syrian government").</summary>
    Description = 5,
    /// <summary>A group described in the pack ("Syrian refugees", "Hezbollah"): acted upon, never acting.</summary>
    Group = 6,
    /// <summary>Words resolved from the context to actors named before ("the two sides", "his").</summary>
    Pronoun = 7,
}

/// <summary>The level at which an actor speaks for its state: decides the rung of a contact.</summary>
/// <remarks>Stored by number in a document's spans: a value is never renumbered.</remarks>
public enum RoleLevel
{
    /// <summary>No role: a state, a place or a person of no known office.</summary>
    None = 0,
    /// <summary>An official or diplomat below a minister: a ministerial contact.</summary>
    Official = 1,
    /// <summary>An intelligence or security chief: a security contact.</summary>
    Security = 2,
    /// <summary>A minister or envoy: a ministerial contact.</summary>
    Minister = 3,
    /// <summary>A head of state or government: a leaders' contact or visit.</summary>
    Leader = 4,
}

/// <summary>An actor named in a sentence: a span and the actor id it resolves to on the document's date.</summary>
/// <param name="Sentence">The index of the sentence it is in.</param>
/// <param name="Start">Offset of its first character in the document text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Actor">The actor id it stands for: "TUR", "USA.LEG", "ARL" (spec: events.md, Actors).</param>
/// <param name="Kind">What the words name.</param>
/// <param name="Role">The level at which it speaks for the actor; <see cref="RoleLevel.None"/> for a state or place.</param>
public readonly record struct Mention(int Sentence, int Start, int End, string Actor, MentionKind Kind, RoleLevel Role)
{
    /// <summary>The number of characters of the span.</summary>
    public int Length => End - Start;
}
