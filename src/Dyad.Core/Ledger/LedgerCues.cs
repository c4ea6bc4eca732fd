using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Ledger;

/// <summary>
/// Cues of the ledger, each with a tag (a topic id, a status, a qualifier), indexed by their first words so that a
/// sentence is tried with one look-up per token. Matches are returned with their token span.
/// </summary>
internal sealed class LedgerCues<T>
{
    private const int Gap = 5;
    private readonly FirstWordIndex<(Cue Cue, T Tag)> _index = new();

    public LedgerCues(IEnumerable<(string Cue, T Tag)> cues)
    {
        foreach (var (text, tag) in cues)
        {
            var cue = Cue.Parse(text);
            _index.Add(cue, (cue, tag));
        }
    }

    public bool IsEmpty => _index.IsEmpty;

    /// <summary>The longest match starting at token <paramref name="start"/>: its tag and end, or false.</summary>
    public bool MatchAt(List<Token> tokens, int start, out T tag, out int end)
    {
        tag = default!;
        end = -1;
        foreach (var (cue, t) in _index.For(tokens[start]))
        {
            var e = cue.Match(tokens, start, Gap);
            if (e > end) { end = e; tag = t; }
        }
        return end > 0;
    }

    /// <summary>Every match in tokens [<paramref name="from"/>, <paramref name="to"/>), left to right, none overlapping.</summary>
    public void FindAll(List<Token> tokens, int from, int to, List<(T Tag, int Start, int End)> into)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            if (!MatchAt(tokens, i, out var tag, out var end)) continue;
            into.Add((tag, i, end));
            // A gap may reach far: the next match starts after this one's first word, not after its end.
            if (end - i <= 3) i = end - 1;
        }
    }

    /// <summary>True when a cue matches anywhere in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool Any(List<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            if (MatchAt(tokens, i, out _, out _)) return true;
        }
        return false;
    }
}
