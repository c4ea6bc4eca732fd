using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Cues tried together, indexed by their first words: whether any of them matches at a token costs one
/// look-up, not one per cue. Modality and topic cues are tried at every token before a trigger.
/// </summary>
internal sealed class CueSet
{
    private readonly FirstWordIndex<Cue> _cues = new();

    public CueSet(IEnumerable<Cue> cues)
    {
        foreach (var cue in cues) _cues.Add(cue, cue);
    }

    public static CueSet Parse(IEnumerable<string> cues) => new(cues.Select(Cue.Parse));

    public bool IsEmpty => _cues.IsEmpty;

    /// <summary>True when one of the cues may start at this token: its first word is one of theirs. A cue that matches
    /// from a token starts there, so false here means <see cref="MatchesAt"/> is false at that token.</summary>
    public bool MayStart(in Token token) => _cues.For(token).Length > 0;

    /// <summary>True when one of the cues matches from token <paramref name="start"/>.</summary>
    public bool MatchesAt(List<Token> tokens, int start, int maxGap)
    {
        foreach (var cue in _cues.For(tokens[start]))
        {
            if (cue.Match(tokens, start, maxGap) > 0) return true;
        }
        return false;
    }
}
