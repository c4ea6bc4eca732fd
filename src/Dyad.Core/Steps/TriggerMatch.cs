namespace Dyad.Steps;

/// <summary>A cue matched in a sentence: tokens [First, End) and where each cue element starts.</summary>
internal sealed record TriggerMatch(CompiledPattern Pattern, int First, int End, int[] ElementStarts)
{
    public int Length => End - First;
    public bool Overlaps(TriggerMatch o) => First < o.End && o.First < End;
}
