namespace Dyad.Steps;

/// <summary>
/// Items reached through the first words of their cues: a token costs one dictionary look-up for the exact
/// words, and a few prefix checks for the cues whose first word is a prefix ("reopen*") with its initial.
/// Candidates come in the order they were added, exact words first.
/// </summary>
internal sealed class FirstWordIndex<T>
{
    private readonly Dictionary<string, List<T>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Prefix, T Item)>> _prefixed = [];

    public bool IsEmpty => _exact.Count == 0 && _prefixed.Count == 0;

    /// <summary>Files <paramref name="item"/> under each first word of <paramref name="cue"/>, once per word.</summary>
    public void Add(Cue cue, T item)
    {
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

    /// <summary>The items whose cue may start at a token of this lower-case form.</summary>
    public Candidates For(string lower) => new(
        _exact.GetValueOrDefault(lower),
        lower.Length > 0 ? _prefixed.GetValueOrDefault(lower[0]) : null,
        lower);

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
