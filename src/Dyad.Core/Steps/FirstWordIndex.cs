using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Items reached through the first words of their cues: a token costs one dictionary look-up for the exact
/// words, and a few prefix checks for the cues whose first word is a prefix ("reopen*") with its initial.
/// Candidates come in the order they were added, exact words first. A word that starts no cue is remembered
/// (<see cref="WordMemo"/>): most words start none.
/// </summary>
internal sealed class FirstWordIndex<T>
{
    private readonly Dictionary<string, List<T>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Prefix, T Item)>> _prefixed = [];
    // Made at the first look-up, and dropped when an item is added, so it never remembers an older index.
    private WordMemo? _nothing;

    public bool IsEmpty => _exact.Count == 0 && _prefixed.Count == 0;

    /// <summary>Files <paramref name="item"/> under each first word of <paramref name="cue"/>, once per word.</summary>
    public void Add(Cue cue, T item)
    {
        _nothing = null;
        foreach (var (text, prefix) in cue.FirstWords.Distinct())
        {
            if (prefix)
            {
                if (!_prefixed.TryGetValue(text[0], out var list)) _prefixed[text[0]] = list = [];
                list.Add((text, item));
            }
            else
            {
                if (!_exact.TryGetValue(text, out var list)) _exact[text] = list = [];
                list.Add(item);
            }
        }
    }

    /// <summary>The items whose cue may start at this token.</summary>
    public Candidates For(in Token token)
    {
        var nothing = _nothing ??= new WordMemo();
        if (nothing.KnownToFindNothing(token)) return default;
        var lower = token.Lower;
        var candidates = new Candidates(_exact.GetValueOrDefault(lower), lower.Length > 0 ? _prefixed.GetValueOrDefault(lower[0]) : null, lower);
        // A copy tries the first step: the enumerator is a struct, so the one returned starts from the beginning.
        var probe = candidates;
        if (probe.MoveNext()) return candidates;
        nothing.FoundNothing(token);
        return default;
    }

    /// <summary>Enumerates without allocating: this runs for every token of every sentence.</summary>
    public struct Candidates(List<T>? exact, List<(string Prefix, T Item)>? prefixed, string lower)
    {
        private int _exactAt = -1;
        private int _prefixAt = -1;
        private T _current = default!;

        public readonly Candidates GetEnumerator() => this;

        public readonly T Current => _current;

        public bool MoveNext()
        {
            if (exact is not null && ++_exactAt < exact.Count)
            {
                _current = exact[_exactAt];
                return true;
            }
            while (prefixed is not null && ++_prefixAt < prefixed.Count)
            {
                var (prefix, item) = prefixed[_prefixAt];
                if (!lower.StartsWith(prefix, StringComparison.Ordinal)) continue;
                _current = item;
                return true;
            }
            return false;
        }
    }
}
