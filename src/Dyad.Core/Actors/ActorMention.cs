using Dyad.Model;

namespace Dyad.Actors;

/// <summary>
/// An actor found in a sentence, by token span. <see cref="Actor"/> is null until a pronoun or anaphor
/// ("he", "the country", "this administration") is resolved by <see cref="Discourse"/>.
/// </summary>
internal sealed class ActorMention
{
    private string? actor;
    private string? baseActor;

    public required int First { get; init; }
    /// <summary>One past the last token.</summary>
    public required int Last { get; set; }
    public string? Actor
    {
        get => actor;
        set
        {
            actor = value;
            baseActor = null;
        }
    }
    public required MentionKind Kind { get; set; }
    public RoleLevel Level { get; set; }
    /// <summary>For a pronoun or anaphor: what it refers to ("person", "state", "speaker", "group", "subject").</summary>
    public string? Refers { get; init; }
    /// <summary>True when the actor came from a pronoun or an anaphor, not from a name.</summary>
    public bool Resolved { get; set; }
    /// <summary>The person named, when the mention names one.</summary>
    public Packs.PersonEntry? Person { get; set; }
    /// <summary>A person's short name ("Sharaa"): its meanings, kept until the document is read, since it names
    /// someone only where the document names them in full.</summary>
    public List<LexEntry>? ShortName { get; set; }
    /// <summary>A person named after every role they held had ended ("the fall of Assad" in 2025): the state they
    /// held it for, as a former office holder.</summary>
    public bool Former { get; set; }
    /// <summary>An instrument of sanctions ("the Caesar Act"): the state it is held against; its actor holds it.</summary>
    public string? Against { get; init; }
    /// <summary>For an armed group described by the pack, the state whose government it fights (descriptions.json "fights").</summary>
    public string? Fights { get; init; }
    /// <summary>For a reference to a state, the states it may name ("the kingdom": the monarchies); null for any.</summary>
    public string[]? Among { get; init; }

    /// <summary>True when the mention may act (be a source): places and groups of people are only acted upon.</summary>
    public bool CanAct => Kind is not (MentionKind.Place or MentionKind.Group) && Actor is not null;

    /// <summary>The state or organisation the actor belongs to: "SYR" for "SYR.MIL". Cached, as every rule asks for it.</summary>
    public string? BaseActor => actor is null ? null : baseActor ??= BaseOf(actor);

    // The opposition to a state's government is a party of its own, not the state: "the army and the RSF met in Jeddah".
    internal static string BaseOf(string code) => code.EndsWith(".OPP", StringComparison.Ordinal) ? code : StateOf(code);

    /// <summary>The state the actor belongs to, whatever its sector: the opposition's too ("SYR.OPP" is of "SYR").</summary>
    public string? State => actor is null ? null : StateOf(actor);

    internal static string StateOf(string code)
    {
        var dot = code.IndexOf('.');
        return dot < 0 ? code : code[..dot];
    }

    public ActorMention Clone() => (ActorMention)MemberwiseClone();

    /// <summary>
    /// A mention at this one's place that stands for the government of <paramref name="state"/>: whom an instrument of
    /// sanctions is held against, or whom an armed group fights and topples.
    /// </summary>
    public ActorMention GovernmentOf(string state)
    {
        var government = Clone();
        government.Actor = state;
        government.Kind = MentionKind.State;
        government.Level = RoleLevel.Official;
        return government;
    }

    public override string ToString() => $"{Actor ?? "?"}[{First},{Last}) {Kind} {Level}";
}
