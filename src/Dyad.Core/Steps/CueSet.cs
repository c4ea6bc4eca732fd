using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Cues tried together, indexed by their first words: whether any of them matches at a token costs one
/// look-up, not one per cue. Modality and topic cues are tried at every token before a trigger.
/// </summary>
internal sealed class CueSet
{
    private readonly Dictionary<string, Cue[]> _byFirstWord;
    private readonly (string Prefix, Cue Cue)[] _byPrefix;

    public CueSet(IEnumerable<Cue> cues)
    {
        var exact = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        var prefixed = new List<(string, Cue)>();
        foreach (var cue in cues)
        {
            foreach (var (text, prefix) in cue.FirstWords.Distinct())
            {
                if (prefix) prefixed.Add((text, cue));
                else if (exact.TryGetValue(text, out var list)) { if (!list.Contains(cue)) list.Add(cue); }
                else exact[text] = [cue];
            }
        }
        _byFirstWord = exact.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        _byPrefix = [.. prefixed];
    }

    public static CueSet Parse(IEnumerable<string> cues) => new(cues.Select(Cue.Parse));

    public bool IsEmpty => _byFirstWord.Count == 0 && _byPrefix.Length == 0;

    /// <summary>True when one of the cues matches from token <paramref name="start"/>.</summary>
    public bool MatchesAt(List<Token> tokens, int start, int maxGap)
    {
        var lower = tokens[start].Lower;
        if (_byFirstWord.TryGetValue(lower, out var candidates))
        {
            foreach (var cue in candidates)
            {
                if (cue.Match(tokens, start, maxGap) > 0) return true;
            }
        }
        foreach (var (prefix, cue) in _byPrefix)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && cue.Match(tokens, start, maxGap) > 0) return true;
        }
        return false;
    }
}
