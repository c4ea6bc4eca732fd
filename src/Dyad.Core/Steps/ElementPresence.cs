using System.Runtime.InteropServices;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Which elements of a set of cues a sentence can match at all: an element can match only in a sentence that holds a word
/// of each alternative's, its anchor (<see cref="Cue.Anchors"/>). The trigger finder asks this before trying a cue whose
/// first word it met: most such cues ("restore", "talks", "sanctions" each start several; "in", "to", "that" start
/// phrases such as "in_a_phone_call") lack another element's or word's anchor anywhere in the sentence, and trying them
/// scanned their gaps word by word and their phrases alternative by alternative. The sets a word is in are worked out
/// once per word and kept by its number in the pool, as the cue indexes keep their candidates.
/// </summary>
internal sealed class ElementPresence
{
    private readonly Dictionary<string, List<int>> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Element)> _prefixed = [];
    private readonly WordMemo _startsNone = new();
    private readonly WordCache<int[]> _starts = new();
    private int _count;

    /// <summary>Numbers the anchor sets of <paramref name="cue"/>; a sentence may match the cue only when it has every one
    /// of the numbers returned (none for a cue of one element with an alternative of one word).</summary>
    public int[] Add(Cue cue)
    {
        var ids = new List<int>();
        foreach (var anchors in cue.Anchors)
        {
            var id = _count++;
            ids.Add(id);
            foreach (var w in anchors.Distinct())
            {
                if (w.Prefix) _prefixed.Add((w.Text, id));
                else
                {
                    if (!_exact.TryGetValue(w.Text, out var list)) _exact[w.Text] = list = [];
                    list.Add(id);
                }
            }
        }
        return [.. ids];
    }

    /// <summary>Bits for as many elements as have been added.</summary>
    public int Words => (_count + 63) / 64;

    /// <summary>Marks in <paramref name="present"/> (cleared by the caller, <see cref="Words"/> long) every anchor set some token is in.</summary>
    public void Mark(List<Token> tokens, Span<ulong> present)
    {
        // Read in place: a token copied out of the list at each word of each sentence with a candidate cue.
        foreach (ref readonly var token in CollectionsMarshal.AsSpan(tokens))
        {
            foreach (var id in Starts(token)) present[id >> 6] |= 1UL << id;
        }
    }

    /// <summary>True when every element of <paramref name="ids"/> is marked.</summary>
    public static bool All(ReadOnlySpan<ulong> present, int[] ids)
    {
        foreach (var id in ids)
        {
            if ((present[id >> 6] & (1UL << id)) == 0) return false;
        }
        return true;
    }

    private int[] Starts(in Token token)
    {
        if (token.Word < 0) return Gather(token.Lower);
        if (_startsNone.KnownToFindNothing(token)) return [];
        if (_starts.Get(token.Word) is { } known) return known;
        var ids = Gather(token.Lower);
        if (ids.Length == 0) _startsNone.FoundNothing(token);
        else _starts.Set(token.Word, ids);
        return ids;
    }

    private int[] Gather(string lower)
    {
        List<int>? ids = _exact.TryGetValue(lower, out var exact) ? [.. exact] : null;
        foreach (var (prefix, id) in _prefixed)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal)) (ids ??= []).Add(id);
        }
        return ids is null ? [] : [.. ids];
    }
}
