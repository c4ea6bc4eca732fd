namespace Dyad.Steps;

/// <summary>A cue matched in a sentence: tokens [First, End).</summary>
internal sealed record TriggerMatch(CompiledPattern Pattern, int First, int End)
{
    public int Length => End - First;
    public bool Overlaps(TriggerMatch o) => First < o.End && o.First < End;
}
