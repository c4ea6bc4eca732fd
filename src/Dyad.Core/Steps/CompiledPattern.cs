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
            Frame = FrameNames.Parse(p.Frame),
            Type = type,
            DefaultModality = p.Modality is { } m && ModalityNames.TryParse(m, out var parsed) ? parsed : null,
        };
    }
}

/// <summary>How a pattern finds its source and target (see <see cref="Arguments"/>).</summary>
internal enum Frame
{
    /// <summary>Source: the subject before the cue (or "by X", or "X's"); target: the first actor after it.</summary>
    Agent,
    /// <summary>A two-sided contact: "A and B held talks", "a meeting between A and B", "A met B".</summary>
    Mutual,
    /// <summary>A trip: the visitor is the subject, the host where the trip goes.</summary>
    Visit,
    /// <summary>An organisation and a member, in any order: "readmit Syria to the Arab League".</summary>
    Membership,
    /// <summary>A diplomatic mission: its owner is the source, the state where it stands the target.</summary>
    Mission,
    /// <summary>An invitation: the invited (after the cue) is the source of a planned visit, the host the target.</summary>
    Invitation,
    /// <summary>A statement for or against normalizing: an appeal ("urged X to oppose") is the appealer's own stance.</summary>
    Stance,
    /// <summary>A condition: set by whoever states it ("Safadi added that ...") on whoever must meet it.</summary>
    Condition,
    /// <summary>A step named by a noun its author modifies: "US sanctions on Syria", "under EU sanctions".</summary>
    Nominal,
}

internal static class FrameNames
{
    public static Frame Parse(string? name) => name switch
    {
        null or "agent" => Frame.Agent,
        "mutual" => Frame.Mutual,
        "visit" => Frame.Visit,
        "membership" => Frame.Membership,
        "mission" => Frame.Mission,
        "stance" or "demand" => Frame.Stance,
        "invitation" => Frame.Invitation,
        "condition" => Frame.Condition,
        "nominal" => Frame.Nominal,
        _ => throw new FormatException($"unknown frame '{name}'"),
    };
}
