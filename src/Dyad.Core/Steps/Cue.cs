using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// A compiled cue: a sequence of elements, each a set of alternatives, each alternative one or more word
/// patterns (exact, or a prefix ending in '*'). Elements follow one another directly or, after "...",
/// within a gap of tokens.
/// </summary>
internal sealed class Cue
{
    private readonly Element[] _elements;

    /// <summary>A word pattern: a lower-case word, or a prefix where it was written ending in '*'.</summary>
    internal sealed record Word(string Text, bool Prefix)
    {
        // An exact word is the pool's own string (a word of the pack, pooled as rare): a token of it is then the same
        // string, and comparing them stops at the reference. Its number (-1 when the pool is full) finds it by a token's.
        public static Word Parse(string w) => w.EndsWith('*') ? new Word(Norm(w[..^1]), true) : Pooled(Norm(w));

        private static Word Pooled(string text)
        {
            var pooled = LowerPool.Intern(text, rare: true);
            return new Word(pooled.Lower, false) { Number = pooled.Number };
        }

        /// <summary>The exact word's number in the pool of words, or -1 (a prefix, or a word the full pool lacks).</summary>
        public int Number { get; private init; } = -1;

        public bool Matches(string lower) => Prefix ? lower.StartsWith(Text, StringComparison.Ordinal) : lower == Text;
    }

    private sealed record Element(Word[][] Alternatives, bool GapBefore)
    {
        // The alternatives a word may start, by the word: those whose first word it is, and those whose first word
        // is a prefix of it, in the order they were written (the first that matches wins). A token costs one look-up
        // and then only its own alternatives are tried: an element may list dozens, and a gap tries the element at
        // every position (trying each alternative in turn made six million word comparisons per pass of the bench's
        // corpus; cue matching was an eighth of coding).
        private readonly FrozenDictionary<string, Word[][]> _byFirst = ByFirst(Alternatives);
        // The same by the first word's number in the pool, for a token that has one (nearly all): a token's word with a
        // number is never an exact word without one (the pool was full before either was met), so a miss here is a miss.
        private readonly WordTable<Word[][]> _byNumber = new(Alternatives.Select(a => a[0]).Where(w => !w.Prefix && w.Number >= 0)
            .DistinctBy(w => w.Number).Select(w => (w.Number, Matching(Alternatives, w.Text))).ToList());
        // The alternatives a prefix starts, for a word that is no alternative's first word.
        private readonly Word[][] _prefixed = Alternatives.Where(a => a[0].Prefix).ToArray();

        private static FrozenDictionary<string, Word[][]> ByFirst(Word[][] alternatives) =>
            alternatives.Where(a => !a[0].Prefix).Select(a => a[0].Text).Distinct()
                .ToFrozenDictionary(w => w, w => Matching(alternatives, w), StringComparer.Ordinal);

        private static Word[][] Matching(Word[][] alternatives, string word) => alternatives.Where(a => a[0].Matches(word)).ToArray();

        /// <summary>The alternatives that may match from a token: every other one's first word differs from its word.</summary>
        public ReadOnlySpan<Word[]> StartingWith(in Token token) =>
            (token.Word >= 0 ? _byNumber.Find(token.Word) : _byFirst.GetValueOrDefault(token.Lower)) ?? _prefixed;
    }

    private Cue(Element[] elements) => _elements = elements;

    /// <summary>The words that can start a match: the pipeline only tries cues whose first word occurs.</summary>
    public IEnumerable<(string Text, bool Prefix)> FirstWords =>
        _elements[0].Alternatives.Select(a => (a[0].Text, a[0].Prefix));

    /// <summary>
    /// Words the sentence must hold for the cue to match, one set for each element that can be told apart this way: of
    /// each alternative, its longest word, which is the rarest ("phone" of "in_a_phone_call", "reopened" of
    /// "*_and_reopened_it"). A set is met when a word of the sentence is one of its words (or starts with one that is a
    /// prefix). The first element is tried only where its first word stands, so its set is of its other words, and it has
    /// none when an alternative is one word: "in", "to" and "the" start many cues of several words, and most such cues lack
    /// their other words in the sentence.
    /// </summary>
    public IEnumerable<IEnumerable<Word>> Anchors
    {
        get
        {
            if (_elements[0].Alternatives.All(a => a.Length > 1)) yield return _elements[0].Alternatives.Select(a => Longest(a.AsSpan(1)));
            foreach (var e in _elements.Skip(1)) yield return e.Alternatives.Select(a => Longest(a));
        }
    }

    // The first of the longest words; a prefix counts only the letters it fixes ("*" none).
    private static Word Longest(ReadOnlySpan<Word> words)
    {
        var best = words[0];
        foreach (var w in words)
        {
            if (w.Text.Length > best.Text.Length) best = w;
        }
        return best;
    }

    public static Cue Parse(string cue)
    {
        var elements = new List<Element>();
        var gap = false;
        foreach (var part in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "...") { gap = true; continue; }
            var alternatives = part.Split('|', StringSplitOptions.RemoveEmptyEntries)
                .Select(alt => alt.Split('_', StringSplitOptions.RemoveEmptyEntries)
                    .Select(Word.Parse).ToArray())
                .ToArray();
            if (alternatives.Length == 0) throw new FormatException($"empty element in cue '{cue}'");
            elements.Add(new Element(alternatives, gap));
            gap = false;
        }
        if (elements.Count == 0) throw new FormatException($"empty cue '{cue}'");
        return new Cue([.. elements]);
    }

    private static string Norm(string w) => w.ToLowerInvariant().Replace('\u2019', '\'');

    /// <summary>Tries the cue at token <paramref name="start"/>; returns one past the last matched token, or -1.</summary>
    public int Match(List<Token> tokens, int start, int maxGap) => Match(tokens, start, maxGap, out _);

    /// <summary>As <see cref="Match(List{Token}, int, int)"/>, with the number of tokens the cue's words themselves matched.</summary>
    public int Match(List<Token> tokens, int start, int maxGap, out int matched)
    {
        matched = 0;
        // The tokens read in place: a token copied out of the list at each word of a gap was most of the cost of a gap.
        var span = CollectionsMarshal.AsSpan(tokens);
        var pos = start;
        for (var e = 0; e < _elements.Length; e++)
        {
            var el = _elements[e];
            var end = e > 0 && el.GapBefore ? MatchAfterGap(el, span, pos, maxGap, out var at) : MatchAlternatives(el, span, at = pos);
            if (end < 0) return -1;
            matched += end - at;
            pos = end;
        }
        return pos;
    }

    // The element at the first word of the gap from pos where it matches, or -1: the gap ends at a barrier, or past maxGap
    // words. A gap counts words: quotation marks and commas do not lengthen it ("lifting \"brutal and crippling\" sanctions").
    private static int MatchAfterGap(Element el, ReadOnlySpan<Token> tokens, int pos, int maxGap, out int at)
    {
        var words = 0;
        for (var p = pos; p < tokens.Length; p++)
        {
            ref readonly var t = ref tokens[p];
            if (MayStop(t) && (IsBarrier(t) || JoinsVerb(tokens, p))) break;
            var end = MatchAlternatives(el, tokens, p);
            if (end > 0)
            {
                at = p;
                return end;
            }
            if (t.Kind != TokenKind.Punct && ++words > maxGap) break;
        }
        at = -1;
        return -1;
    }

    // The words that may end a gap, by their numbers in the pool: a word of a gap is nearly always none of them, and one
    // bit says so where the tests below compared its string with seven others.
    private static readonly ulong[] StopWords = StopWordBits("while", "whereas", "because", "although", "though", "and", "but");

    private static ulong[] StopWordBits(params string[] words)
    {
        var bits = new ulong[(LowerPool.MaxEntries + 63) / 64];
        foreach (var w in words)
        {
            var n = LowerPool.Intern(w, rare: true).Number;
            if (n >= 0) bits[n >> 6] |= 1UL << n;
        }
        return bits;
    }

    // False only when the token is surely no barrier and no "and"/"but": a word with a number in the pool that is not one
    // of the stop words (a word with a number has no other spelling in the pool, so its string is none of theirs).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStop(in Token t) =>
        t.Kind == TokenKind.Punct || t.Word < 0 || (StopWords[t.Word >> 6] & (1UL << t.Word)) != 0;

    // A gap never runs across a clause boundary or a sentence-internal stop, nor into a clause of contrast or cause
    // ("expanding contacts while the bloc's sanctions remain").
    private static bool IsBarrier(in Token t) => t.Kind == TokenKind.Punct
        ? t.Is(";") || t.Is(".") || t.Is(":")
        : t.Lower is "while" or "whereas" or "because" or "although" or "though";

    // "suspended Syria's membership and imposed sanctions": nor across "and" before a second verb, whose own words follow.
    private static bool JoinsVerb(ReadOnlySpan<Token> tokens, int p)
    {
        if (p + 1 >= tokens.Length || tokens[p].Lower is not ("and" or "but")) return false;
        return Participles.PastVerb(tokens[p + 1].Lower);
    }

    // One past the element's words matched from token p, or -1 (also when p is past the end).
    private static int MatchAlternatives(Element el, ReadOnlySpan<Token> tokens, int p)
    {
        if (p >= tokens.Length) return -1;
        ref readonly var token = ref tokens[p];
        var first = token.Lower;
        foreach (var alt in el.StartingWith(token))
        {
            if (p + alt.Length > tokens.Length || !alt[0].Matches(first)) continue;
            var ok = true;
            for (var w = 1; w < alt.Length && ok; w++) ok = alt[w].Matches(tokens[p + w].Lower);
            if (ok) return p + alt.Length;
        }
        return -1;
    }
}
