using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Every phrase of the pack that names or describes an actor, in a trie over lower-case tokens, so that one
/// pass over a sentence finds the longest phrase at each token. Capitalised phrases match only capitalised
/// text ("Chad", "May"); short all-capital acronyms match only as written ("US" is not "us").
/// </summary>
internal sealed class Lexicon
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        // The same children by the number of their word in the pool, for a token that has one (nearly all): an
        // integer is hashed and compared where the string was read twice. A word has its number for good, so a
        // token without one can only be one of the children without one, found by the string.
        public Dictionary<int, Node>? ByNumber;
        // ByNumber made into a table of word numbers once the lexicon is built (Freeze): the trie is walked at every
        // token that starts a name, and a look-up there is a multiplication and a compare instead of a dictionary's
        // hash, bucket and entry.
        public WordTable<Node>? Next;
        // The phrase's meanings, handed out as they are when each fits the text's case (nearly always): read only,
        // shared. Cases[k] is the case rule of Entries[k].
        public List<LexEntry>? Entries;
        public List<CaseRule>? Cases;
        // The one case rule of all the entries, when they share one that the first token alone decides (Any or Capital),
        // set by Freeze: a name held through many roles has an entry for each, and each was checked the same way.
        public CaseRule? Shared;
    }

    private enum CaseRule : byte { Any, Capital, Exact }

    private readonly Node _root = new();
    // Words that start no phrase, remembered by number (most words of a text start none), and the root's child for
    // each of the others, read from an array instead of hashed. Dropped when a phrase is added.
    private WordMemo? _startsNothing;
    private WordCache<Node>? _starts;
    private readonly Dictionary<LexEntry, string> _exact = new(ReferenceEqualityComparer.Instance);

    public static Lexicon Build(Pack pack)
    {
        var lex = new Lexicon();
        foreach (var s in pack.States)
        {
            lex.Add(s.Name, new LexEntry(LexKind.State, s.Id));
            foreach (var a in s.Aliases ?? []) lex.Add(a, new LexEntry(LexKind.State, s.Id));
            foreach (var c in s.Capitals ?? []) lex.Add(c, new LexEntry(LexKind.Capital, s.Id));
            foreach (var p in s.Places ?? []) lex.Add(p, new LexEntry(LexKind.Place, s.Id));
            foreach (var d in s.Demonyms ?? [])
            {
                // A demonym ending in s that is not the adjective form ("Syrians") names people, not the state.
                var plural = d.EndsWith('s') && !d.EndsWith("ese", StringComparison.Ordinal) && (s.Demonyms ?? []).Any(o => o != d && d.StartsWith(o, StringComparison.Ordinal));
                lex.Add(d, new LexEntry(plural ? LexKind.DemonymPlural : LexKind.Demonym, s.Id));
            }
        }
        foreach (var o in pack.Organisations)
        {
            foreach (var n in o.Names) lex.Add(n, new LexEntry(LexKind.Organisation, o.Id));
        }
        var givenNames = new List<string>();
        foreach (var p in pack.People)
        {
            var space = p.Name.IndexOf(' ');
            if (space > 0) givenNames.Add(p.Name[..space]);
        }
        var variants = new NameVariants(pack.Names, givenNames);
        var organisations = pack.Organisations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var p in pack.People)
        {
            var full = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in new[] { p.Name }.Concat(p.Aliases ?? []))
            {
                full.UnionWith(variants.Full(name));
                full.UnionWith(variants.FatherOnly(name, p.Roles.FirstOrDefault()?.Actor));
                foreach (var titled in variants.Titled(name)) full.UnionWith(variants.Full(titled));
            }
            // "Mohamed Mursi", an alias of Mohamed Morsi, is "Mursi" alone as well.
            var shortForms = new[] { p.Name }.Concat(p.Aliases ?? []).SelectMany(n => variants.Short(n, p.Roles.FirstOrDefault()?.Actor))
                .Where(s => !full.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var r in p.Roles)
            {
                var (level, from, to) = (r.Level, r.From, r.To);
                // The head of an organisation meets and travels as a state's envoys do: a leader is a head of state or government.
                if (level == RoleLevel.Leader && organisations.Contains(r.Actor.Split('.')[0])) level = RoleLevel.Minister;
                foreach (var name in full) lex.Add(name, new LexEntry(LexKind.Person, r.Actor, level, null, from, to, MentionKind.Person, p));
                foreach (var name in shortForms) lex.Add(name, new LexEntry(LexKind.Person, r.Actor, level, null, from, to, MentionKind.Person, p, Short: true));
            }
        }
        foreach (var d in pack.Descriptions)
        {
            var kind = d.Kind switch
            {
                DescriptionKind.Place => MentionKind.Place,
                DescriptionKind.Group => MentionKind.Group,
                DescriptionKind.Pronoun => MentionKind.Pronoun,
                _ => MentionKind.Description,
            };
            foreach (var phrase in d.Phrases)
            {
                lex.Add(phrase, new LexEntry(kind == MentionKind.Pronoun ? LexKind.Pronoun : LexKind.Description, d.Actor,
                    d.Level, null, d.From, d.To, kind, Against: d.Against, Fights: d.Fights, Among: d.Among), keepArticle: true);
            }
        }
        foreach (var g in pack.Roles)
        {
            var place = g.NamesPlace ? MentionKind.Capital : (MentionKind?)null;
            foreach (var w in g.Words) lex.Add(w, new LexEntry(LexKind.RoleNoun, null, g.Level, g.Sector, As: place), keepArticle: true);
        }
        foreach (var m in pack.EliteModifiers) lex.Add(m, new LexEntry(LexKind.Elite, null), keepArticle: true);
        Freeze(lex._root);
        return lex;
    }

    private static void Freeze(Node node)
    {
        if (node.ByNumber is { } byNumber) node.Next = new WordTable<Node>(byNumber.Select(kv => (kv.Key, kv.Value)).ToList());
        if (node.Cases is [var rule, ..] cases && rule != CaseRule.Exact && cases.TrueForAll(c => c == rule)) node.Shared = rule;
        foreach (var child in node.Children?.Values ?? Enumerable.Empty<Node>()) Freeze(child);
    }

    private void Add(string phrase, LexEntry entry, bool keepArticle = false)
    {
        AddPhrase(phrase, entry, keepArticle);
        // A feed that loses its accented letters writes "Türkiye" as "Trkiye" and "Erdoğan" as "Erdoan": a name is known
        // so too. Only letters inside a word are dropped; a word that would lose its first letter keeps the name as it is.
        if (Dropped(phrase) is { } dropped) AddPhrase(dropped, entry, keepArticle);
    }

    private static string? Dropped(string phrase)
    {
        var any = false;
        var kept = new System.Text.StringBuilder(phrase.Length);
        // Letters kept of the word being read, and whether it lost one: a word cut down to fewer than four letters ("Gül"
        // to "Gl") would read as another name or an acronym.
        var letters = 0;
        var lost = false;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var c = i < phrase.Length ? phrase[i] : ' ';
            if (!char.IsLetter(c))
            {
                if (lost && letters < 4) return null;
                letters = 0;
                lost = false;
            }
            else if (c >= 128)
            {
                if (letters == 0 && !lost) return null;
                any = lost = true;
                continue;
            }
            else letters++;
            if (i < phrase.Length) kept.Append(c);
        }
        return any ? kept.ToString() : null;
    }

    private void AddPhrase(string phrase, LexEntry entry, bool keepArticle)
    {
        // The pack's words are pooled as rare ones: the small table of the pool is kept for the words texts use most.
        var tokens = Tokenizer.Tokenize(phrase, 0, phrase.Length, rare: true);
        if (!keepArticle && tokens.Count > 1 && tokens[0].Is("the")) tokens.RemoveAt(0);
        if (tokens.Count == 0) return;
        var first = phrase[tokens[0].Start];
        var rule = IsAcronym(phrase) ? CaseRule.Exact : char.IsUpper(first) ? CaseRule.Capital : CaseRule.Any;
        _startsNothing = null;
        _starts = null;
        var node = _root;
        foreach (var t in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t.Lower, out var next))
            {
                node.Children[t.Lower] = next = new Node();
                if (t.Word >= 0) (node.ByNumber ??= [])[t.Word] = next;
            }
            node = next;
        }
        node.Entries ??= [];
        node.Entries.Add(entry);
        node.Cases ??= [];
        node.Cases.Add(rule);
        if (rule == CaseRule.Exact) _exact[entry] = phrase.Trim();
    }

    internal static bool IsAcronym(string phrase)
    {
        var letters = phrase.Where(char.IsLetter).ToArray();
        return letters.Length is > 0 and <= 5 && letters.All(char.IsUpper) && !phrase.Contains(' ');
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="i"/>: its length in tokens and its meanings (a list the
    /// caller only reads: it may be shared).
    /// </summary>
    public (int Length, List<LexEntry>? Entries) Longest(string text, List<Token> tokens, int i)
    {
        var node = Start(tokens[i]);
        if (node is null) return (0, null);
        var bestLen = 0;
        List<LexEntry>? best = null;
        for (var k = i; k < tokens.Count; k++)
        {
            if (k > i)
            {
                var token = tokens[k];
                Node? next = null;
                if (token.Word >= 0) next = node.Next?.Find(token.Word);
                else node.Children?.TryGetValue(token.Lower, out next);
                if (next is null) break;
                node = next;
            }
            if (node.Entries is null) continue;
            var ok = Fitting(text, tokens[i], tokens[k], node);
            if (ok is not null)
            {
                bestLen = k - i + 1;
                best = ok;
            }
        }
        return (bestLen, best);
    }

    // The node of the phrases a token's word starts, or null when it starts none.
    private Node? Start(in Token token)
    {
        Node? next = null;
        if (token.Word < 0) return _root.Children?.TryGetValue(token.Lower, out next) == true ? next : null;
        var startsNothing = _startsNothing ??= new WordMemo();
        if (startsNothing.KnownToFindNothing(token)) return null;
        var starts = _starts ??= new WordCache<Node>();
        var node = starts.Get(token.Word);
        if (node is not null) return node;
        if (_root.ByNumber?.TryGetValue(token.Word, out next) == true) return starts.Set(token.Word, next!);
        startsNothing.FoundNothing(token);
        return null;
    }

    // The node's entries whose case fits the text, or null when none does. When all do, the node's own list: a
    // list for every phrase found was a sixth of what coding allocated.
    private List<LexEntry>? Fitting(string text, Token first, Token last, Node node)
    {
        var entries = node.Entries!;
        if (node.Shared is { } shared) return shared == CaseRule.Any || char.IsUpper(text[first.Start]) ? entries : null;
        List<LexEntry>? some = null;
        for (var e = 0; e < entries.Count; e++)
        {
            if (CaseFits(text, first, last, node.Cases![e], entries[e]))
            {
                some?.Add(entries[e]);
                continue;
            }
            // The first that does not fit: the ones before it did.
            some ??= entries.GetRange(0, e);
        }
        return some is null ? entries : some.Count > 0 ? some : null;
    }

    private bool CaseFits(string text, Token first, Token last, CaseRule rule, LexEntry entry) => rule switch
    {
        CaseRule.Capital => char.IsUpper(text[first.Start]),
        CaseRule.Exact => text.AsSpan(first.Start, last.End - first.Start).SequenceEqual(_exact[entry]),
        _ => true,
    };
}
