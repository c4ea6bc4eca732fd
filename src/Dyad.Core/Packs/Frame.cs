namespace Dyad.Packs;

/// <summary>How a pattern finds its source and target (see Steps/Arguments.cs).</summary>
public enum Frame
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

/// <summary>The names pack files give frames.</summary>
internal static class FrameNames
{
    // One list for reading and for the message that says what may be written: "demand" is an older name of a stance.
    private static readonly (string Name, Frame Frame)[] Names =
    [
        ("agent", Frame.Agent), ("mutual", Frame.Mutual), ("visit", Frame.Visit), ("membership", Frame.Membership),
        ("mission", Frame.Mission), ("stance", Frame.Stance), ("demand", Frame.Stance), ("invitation", Frame.Invitation),
        ("condition", Frame.Condition), ("nominal", Frame.Nominal),
    ];

    /// <summary>The names a pack may write, for messages.</summary>
    public static string Known { get; } = string.Join(", ", Names.Select(n => n.Name));

    /// <summary>Reads a frame name; an absent frame is <see cref="Frame.Agent"/>.</summary>
    public static bool TryParse(string? name, out Frame frame)
    {
        frame = Frame.Agent;
        if (name is null) return true;
        foreach (var (n, f) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                frame = f;
                return true;
            }
        }
        return false;
    }
}
