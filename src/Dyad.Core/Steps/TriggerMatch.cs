namespace Dyad.Steps;

/// <summary>A cue matched in a sentence: tokens [First, End).</summary>
internal sealed record TriggerMatch(CompiledPattern Pattern, int First, int End)
{
    public int Length => End - First;
    public bool Overlaps(TriggerMatch o) => First < o.End && o.First < End;

    /// <summary>
    /// Two cues read the same words when they overlap and both are stances (for or against normalizing: "against the
    /// normalization of relations" is one stance), or when one lies inside the other or both start, or both end, at one
    /// token. Cues that only share a noun ("restore ... ties" and "ties ... severed", "lifting sanctions" and "sanctions
    /// imposed on Syria") are two events.
    /// </summary>
    public bool Competes(TriggerMatch o) =>
        Overlaps(o) && ((Family(Pattern.Step).SequenceEqual("stance") && Family(o.Pattern.Step).SequenceEqual("stance")) || First == o.First
            || End == o.End || (First <= o.First && o.End <= End) || (o.First <= First && End <= o.End));

    private static ReadOnlySpan<char> Family(string step)
    {
        var dot = step.IndexOf('.');
        return dot < 0 ? step : step.AsSpan(0, dot);
    }
}
