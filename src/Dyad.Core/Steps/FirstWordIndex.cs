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
    // The answer for a word that starts nothing, kept here: `[]` is Array.Empty, a static of a generic class, and read in
    // shared generic code it cost a call into the runtime at every such token.
    private readonly T[] _none = [];

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

    /// <summary>The items whose cue may start at this token, in the order they were added, exact words first: an array,
    /// read without an enumerator (a struct of seven fields, copied at every token of every index). Read only: a word's
    /// array is kept and shared.</summary>
    public T[] For(in Token token)
    {
        if (token.Word < 0) return Gather(token.Lower);
        var nothing = _nothing ??= new WordMemo();
        if (nothing.KnownToFindNothing(token)) return _none;
        var known = _known ??= new WordCache<T[]>();
        var items = known.Get(token.Word);
        if (items is null)
        {
            items = Gather(token.Lower);
            if (items.Length == 0)
            {
                nothing.FoundNothing(token);
                return items;
            }
            known.Set(token.Word, items);
        }
        return items;
    }

    // A word's candidates: the exact ones, then the prefixes it starts with. Nothing is allocated for a word that starts no
    // cue, as most words outside the pool (met after it filled up) do not.
    private T[] Gather(string lower)
    {
        List<T>? items = null;
        if (_exact.TryGetValue(lower, out var exact)) (items = []).AddRange(exact);
        if (lower.Length > 0 && _prefixed.TryGetValue(lower[0], out var prefixed))
        {
            foreach (var (prefix, item) in prefixed)
            {
                if (lower.StartsWith(prefix, StringComparison.Ordinal)) (items ??= []).Add(item);
            }
        }
        return items is null || items.Count == 0 ? _none : [.. items];
    }
}
