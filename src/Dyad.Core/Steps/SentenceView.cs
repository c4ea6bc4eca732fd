using Dyad.Actors;
using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;
using Token = Dyad.Text.Token;

namespace Dyad.Steps;

/// <summary>
/// One coded sentence as the step rules read it: the text layer's tokens and clauses at hand, the dates layer in
/// <see cref="Dates"/>, the actors layer in <see cref="Actors"/>. The step stage fills these views from the layers
/// and reuses them from document to document (<see cref="Fill"/>), so the join allocates nothing per sentence.
/// </summary>
internal sealed class SentenceView
{
    // The text layer's members are copied, not forwarded: the rules read them token by token.
    public Sentence Sentence { get; private set; }
    public List<Token> Tokens { get; private set; } = null!;
    /// <summary>Clause number of each token (<see cref="TokenizedSentence.Clause"/>).</summary>
    public int[] Clause { get; private set; } = null!;
    /// <summary>Tokens in a relative clause or parentheses (<see cref="TokenizedSentence.Aside"/>).</summary>
    public bool[] Aside { get; private set; } = null!;
    public bool Headline { get; private set; }
    /// <summary>True when a quotation opened in an earlier sentence is still open at this one's start.</summary>
    public bool QuoteOpenAtStart { get; private set; }
    /// <summary>The document text.</summary>
    public string Text { get; private set; } = null!;
    public SentenceDates Dates { get; private set; } = null!;
    public SentenceActors Actors { get; private set; } = null!;
    /// <summary>The coded sentence before this one, if any: actors may be "plainly referred to" there.</summary>
    public SentenceView? Previous { get; private set; }

    private TokenizedSentence _text = null!;
    private string? _evidence;

    /// <summary>The sentence's own text, cut from the document once: each event of the sentence quotes it, and a copy per
    /// event was a sixteenth of what coding allocated.</summary>
    public string Evidence => _evidence ??= Text[Sentence.Start..Sentence.End];

    /// <summary>True when token <paramref name="token"/> stands inside quotation marks.</summary>
    public bool InQuote(int token) => _text.InQuote(token);

    /// <summary>The first token of the clause that holds <paramref name="token"/>.</summary>
    public int ClauseStart(int token)
    {
        var t = token;
        while (t > 0 && Clause[t - 1] == Clause[token]) t--;
        return t;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is a "that" that opens a clause: not the determiner of a time ("later that
    /// month", "that year"), which tells when, not what was said or which one.
    /// </summary>
    public bool ThatOpens(int t) =>
        Tokens[t].Is("that") && !(t + 1 < Tokens.Count && Tokens[t + 1].Lower is "month" or "year" or "day" or "week" or "morning" or "evening"
            or "afternoon" or "night" or "weekend" or "summer" or "spring" or "autumn" or "winter" or "time" or "decade");

    /// <summary>Index of the token that starts at or covers character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset) => _text.TokenAt(offset);

    /// <summary>Whether one of <paramref name="words"/> stands among the tokens from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    public bool HasWordBetween(int from, int to, HashSet<string> words)
    {
        for (var t = from; t < to; t++)
        {
            if (words.Contains(Tokens[t].Lower)) return true;
        }
        return false;
    }

    /// <summary>Whether an actor mention starts strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool NamesActorBetween(int from, int to)
    {
        foreach (var x in Actors.Mentions)
        {
            if (x.First > from && x.First < to) return true;
        }
        return false;
    }

    /// <summary>
    /// The views of a document's coded sentences, joined from the actors layer (which links the text and dates
    /// layers). The list and its views belong to the calling thread and are refilled for its next document.
    /// </summary>
    public static List<SentenceView> Fill(IReadOnlyList<SentenceActors> actors)
    {
        var views = t_views ??= [];
        var pool = t_pool ??= [];
        views.Clear();
        SentenceView? previous = null;
        for (var i = 0; i < actors.Count; i++)
        {
            if (i == pool.Count) pool.Add(new SentenceView());
            var view = pool[i];
            view.Set(actors[i], previous);
            views.Add(view);
            previous = view;
        }
        return views;
    }

    /// <summary>Lets go of the document last filled in, so the thread's views keep no tokens alive.</summary>
    public static void Release(List<SentenceView> views)
    {
        foreach (var view in views) view.Clear();
        views.Clear();
    }

    [ThreadStatic] private static List<SentenceView>? t_views;
    [ThreadStatic] private static List<SentenceView>? t_pool;

    private void Set(SentenceActors actors, SentenceView? previous)
    {
        var text = actors.Text;
        _text = text;
        Sentence = text.Sentence;
        Tokens = text.Tokens;
        Clause = text.Clause;
        Aside = text.Aside;
        Headline = text.Headline;
        QuoteOpenAtStart = text.QuoteOpenAtStart;
        Text = text.Text;
        Dates = actors.Dates;
        Actors = actors;
        Previous = previous;
        _evidence = null;
    }

    private void Clear()
    {
        _text = null!;
        Tokens = null!;
        Clause = null!;
        Aside = null!;
        Text = null!;
        Dates = null!;
        Actors = null!;
        Previous = null;
        _evidence = null;
    }
}
