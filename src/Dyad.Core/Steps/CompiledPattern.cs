using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Steps;

/// <summary>A pack pattern made ready for matching.</summary>
internal sealed class CompiledPattern
{
    public required StepPattern Source { get; init; }
    public required Cue[] Cues { get; init; }
    public required CueSet Unless { get; init; }
    /// <summary>Words the sentence must hold, each a set of alternatives (a prefix ends in '*').</summary>
    public required Cue.Word[][] Requires { get; init; }
    public required Frame Frame { get; init; }
    public required string Type { get; init; }
    public double Confidence => Source.Confidence ?? 0.7;
    public int Priority => Source.Priority ?? 0;
    public int Gap => Source.Gap ?? 5;
    /// <summary>For a noun cue ("rapprochement"): the subject must stand within this many tokens, or own the cue ("Erdogan's attempt").</summary>
    public int Near => Source.Near ?? 0;
    /// <summary>False when the target must be named in the clause, not taken from the document's focal states.</summary>
    public bool Fallback => Source.Fallback ?? true;
    /// <summary>The modality when no cue word gives one: an invitation is a plan.</summary>
    public Modality? DefaultModality { get; private init; }
    public string Step => Source.Step;
    public string Id => Source.Id;

    public static CompiledPattern Compile(StepPattern p, Pack pack)
    {
        var type = p.Type ?? (p.Step.EndsWith(".*", StringComparison.Ordinal) ? "CONSULT" : pack.FindStep(p.Step)?.Type) ?? "COOPERATE";
        return new CompiledPattern
        {
            Source = p,
            Cues = p.Cues.Select(Cue.Parse).ToArray(),
            Unless = CueSet.Parse(p.Unless ?? []),
            Requires = (p.Requires ?? []).Select(r => r.Split('|').Select(Cue.Word.Parse).ToArray()).ToArray(),
            Frame = p.Frame,
            Type = type,
            DefaultModality = p.Modality,
        };
    }
}
