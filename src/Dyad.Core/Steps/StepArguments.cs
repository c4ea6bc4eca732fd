using Dyad.Actors;

namespace Dyad.Steps;

/// <summary>
/// The actors of one step: who acts (one or more, when coordinated) and to or with whom (one or more: "visits to Qatar,
/// the UAE and Jordan"); the place it happens in, and how sure the frame is of them.
/// </summary>
internal sealed record StepArguments(IReadOnlyList<ActorMention> Sources, IReadOnlyList<ActorMention> Targets, ActorMention? Location,
    double Certainty)
{
    public StepArguments(IReadOnlyList<ActorMention> sources, ActorMention target, ActorMention? location, double certainty)
        : this(sources, [target], location, certainty)
    {
    }

    /// <summary>True when the source made an appeal ("urged X not to normalize") and the stance is the appeal.</summary>
    public bool SourceFromAppeal { get; init; }
    /// <summary>The token of the appeal verb when the source made an appeal.</summary>
    public int Appeal { get; init; } = -1;
    /// <summary>Two parties took the step toward each other: the record is also made the other way.</summary>
    public bool Reciprocal { get; init; }
    /// <summary>
    /// The step was taken before the sentence's time: "On Sunday Assad congratulated him on the reopening of the border"
    /// dates the praise, not the reopening.
    /// </summary>
    public bool Earlier { get; init; }
    /// <summary>
    /// Sources that took the step at some earlier time the sentence does not give: "Oman became the third Gulf state, after
    /// the UAE and Bahrain, to reopen its embassy on Monday" dates Oman's step only.
    /// </summary>
    public IReadOnlyList<ActorMention>? Before { get; init; }
    /// <summary>The step recorded, when it is not the cue's own: a third party's call for a step is its stance.</summary>
    public string? Step { get; init; }
}
