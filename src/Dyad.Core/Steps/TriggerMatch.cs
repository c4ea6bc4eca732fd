namespace Dyad.Steps;

/// <summary>A cue matched in a sentence: tokens [First, End).</summary>
internal sealed record TriggerMatch(CompiledPattern Pattern, int First, int End)
{
    public int Length => End - First;
    /// <summary>Tokens the cue's words matched; the rest of its span are words its gaps let through.</summary>
    public int Matched { get; init; }
    /// <summary>Words a gap let through: of two readings, the tighter is the better.</summary>
    public int Slack => Length - Matched;
    public bool Overlaps(TriggerMatch o) => First < o.End && o.First < End;

    /// <summary>
    /// Two cues read the same words when they overlap and name one step ("former ambassador to Kuwait, was appointed as
    /// the new ambassador": one appointment) or both are stances (for or against normalizing: "against the
    /// normalization of relations" is one stance), or when one lies inside the other or both end at one token. Cues of
    /// two steps that share a verb ("the exchange of embassies and ambassadors") or only a noun ("restore ... ties" and
    /// "ties ... severed", "lifting sanctions" and "sanctions imposed on Syria") are two events.
    /// </summary>
    public bool Competes(TriggerMatch o)
    {
        if (!Overlaps(o)) return false;
        // "lifting crippling sanctions on Syria": the sanctions lifted are not also sanctions imposed; one family, one reading.
        if (Pattern.Step == o.Pattern.Step || (Family(Pattern.Step).SequenceEqual(Family(o.Pattern.Step)) && Family(Pattern.Step) is "stance" or "sanction"))
            return true;
        // "ready to resume dialogue with Belgrade": the step a stance of readiness is about starts inside its words.
        if ((Family(Pattern.Step) is "stance" && Pattern.Priority > o.Pattern.Priority && o.First > First && o.First < End)
            || (Family(o.Pattern.Step) is "stance" && o.Pattern.Priority > Pattern.Priority && First > o.First && First < o.End))
            return true;
        // "restore diplomatic, trade and travel ties", "the exchange of embassies and ambassadors": one verb, two steps.
        if (First == o.First) return false;
        return End == o.End || (First <= o.First && o.End <= End) || (o.First <= First && End <= o.End);
    }

    private static ReadOnlySpan<char> Family(string step)
    {
        var dot = step.IndexOf('.');
        return dot < 0 ? step : step.AsSpan(0, dot);
    }
}
