using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Items reached through the first words of their cues: a token costs one dictionary look-up for the exact
/// words, and a few prefix checks for the cues whose first word is a prefix ("reopen*") with its initial.
/// Candidates come in the order they were added, exact words first. A word's candidates are worked out once and
/// kept by its number in the pool of words (<see cref="WordCache{T}"/>), and a word that starts no cue, as most do,
/// is remembered (<see cref="WordMemo"/>): the same few hundred words make most of every text, and the cue indexes
/// are asked at every token.
/// </summary>
internal sealed class FirstWordIndex<T>
{
    private readonly Dictionary<string, List<T>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Prefix, T Item)>> _prefixed = [];
    // Made at the first look-up, and dropped when an item is added, so they never remember an older index. Most
    // words start no cue: one bit each says so, in a table small enough to stay in the processor's cache; the
    // candidates of the others are kept whole.
    private WordMemo? _nothing;
    private WordCache<T[]>? _known;

    public bool IsEmpty => _exact.Count == 0 && _prefixed.Count == 0;

    /// <summary>Files <paramref name="item"/> under each first word of <paramref name="cue"/>, once per word.</summary>
    public void Add(Cue cue, T item)
    {
        _nothing = null;
        _known = null;
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
        var lower = token.Lower;
        if (token.Word < 0) return new Candidates(_exact.GetValueOrDefault(lower), lower.Length > 0 ? _prefixed.GetValueOrDefault(lower[0]) : null, lower);
        var nothing = _nothing ??= new WordMemo();
        if (nothing.KnownToFindNothing(token)) return default;
        var known = _known ??= new WordCache<T[]>();
        var items = known.Get(token.Word);
        if (items is null)
        {
            items = Gather(lower);
            if (items.Length == 0)
            {
                nothing.FoundNothing(token);
                return default;
            }
            known.Set(token.Word, items);
        }
        return new Candidates(items);
    }

    // A word's candidates in the order the enumerator gives them: the exact ones, then the prefixes it starts with.
    private T[] Gather(string lower)
    {
        var items = new List<T>();
        foreach (var item in new Candidates(_exact.GetValueOrDefault(lower), lower.Length > 0 ? _prefixed.GetValueOrDefault(lower[0]) : null, lower)) items.Add(item);
        return items.Count == 0 ? [] : [.. items];
    }

    /// <summary>Enumerates without allocating: this runs for every token of every sentence.</summary>
    public struct Candidates
    {
        private readonly T[]? _known;
        private readonly List<T>? _exact;
        private readonly List<(string Prefix, T Item)>? _prefixed;
        private readonly string _lower;
        private int _exactAt = -1;
        private int _prefixAt = -1;
        private T _current = default!;

        // A word's candidates worked out before.
        public Candidates(T[] known)
        {
            _known = known;
            _lower = "";
        }

        // A word outside the pool: its candidates worked out as they are enumerated.
        public Candidates(List<T>? exact, List<(string Prefix, T Item)>? prefixed, string lower)
        {
            _exact = exact;
            _prefixed = prefixed;
            _lower = lower;
        }

        public readonly Candidates GetEnumerator() => this;

        public readonly T Current => _current;

        public bool MoveNext()
        {
            if (_known is not null)
            {
                if (++_exactAt >= _known.Length) return false;
                _current = _known[_exactAt];
                return true;
            }
            if (_exact is not null && ++_exactAt < _exact.Count)
            {
                _current = _exact[_exactAt];
                return true;
            }
            while (_prefixed is not null && ++_prefixAt < _prefixed.Count)
            {
                var (prefix, item) = _prefixed[_prefixAt];
                if (!_lower.StartsWith(prefix, StringComparison.Ordinal)) continue;
                _current = item;
                return true;
            }
            return false;
        }
    }
}
