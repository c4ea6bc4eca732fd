using Dyad.Actors;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Ledger;

/// <summary>What the ledger reads of one sentence: its tokens, actors, dates and steps, and the records' common fields.</summary>
internal sealed class SentenceContext(DocumentContext context, SentenceActors view, int index)
{
    // A demand's words run to the end of its phrase, and no further than this.
    private const int DemandWords = 10;

    public DocumentContext Context { get; } = context;
    public int Index { get; } = index;
    public List<Token> Tokens => view.Text.Tokens;
    public string Text => view.Text.Text;
    private Sentence Sentence => view.Text.Sentence;

    public T Stamp<T>(T record) where T : LedgerRecord => record with
    {
        Doc = Context.Document.Id,
        Date = view.Dates.MainDate()?.Value ?? view.Dates.StoryDate ?? Context.Document.Published,
        Evidence = Text[Sentence.Start..Sentence.End],
        EvidenceStart = Sentence.Start,
        EvidenceEnd = Sentence.End,
        Sentence = Sentence.Index,
    };

    /// <summary>The words of a phrase from token <paramref name="start"/> to its first comma or stop.</summary>
    public string Words(List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && end - start < DemandWords && !(tokens[end].Kind == TokenKind.Punct && tokens[end].Lower is "," or ";" or "." or ":" or ")" or "\"" or "-"))
            end++;
        return Text[tokens[start].Start..tokens[Math.Max(start, end - 1)].End];
    }

    // The mentions that name an actor are read by loops, not queries: the ledger asks these of every sentence with an
    // amount or a condition, and the queries' closures and iterators were a twentieth of what coding allocated.
    private List<ActorMention> Mentions => view.Mentions;

    /// <summary>The actor that acts nearest before token <paramref name="cue"/>, outside asides.</summary>
    public string? SubjectBefore(int cue)
    {
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            var m = Mentions[i];
            if (m.Actor is not null && m.Last <= cue && Acting(m)) return m.Actor;
        }
        return null;
    }

    /// <summary>
    /// The first actor of the sentence that may act, outside asides; with <paramref name="notFocus"/>, the first other than
    /// the pack's focal state where there is one ("the decision to re-admit Syria to the Arab League" is the League's).
    /// </summary>
    public string? FirstActing(bool notFocus = false)
    {
        ActorMention? first = null;
        foreach (var m in Mentions)
        {
            if (m.Actor is null || !Acting(m)) continue;
            if (!notFocus || m.BaseActor != Context.PackFocus) return m.Actor;
            first ??= m;
        }
        return first?.Actor;
    }

    private bool Acting(ActorMention m) => m.CanAct && !view.Text.Aside[m.First];

    public string? OtherAfter(int cue, string actor)
    {
        var own = Base(actor);
        foreach (var m in Mentions)
        {
            if (m.Actor is not null && m.First >= cue && m.BaseActor != own) return m.BaseActor;
        }
        return null;
    }

    public string? OtherBefore(int cue, string actor)
    {
        var own = Base(actor);
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            var m = Mentions[i];
            if (m.Actor is not null && m.Last <= cue && m.BaseActor != own) return m.BaseActor;
        }
        return null;
    }

    /// <summary>Whom an actor's goal is toward: the pack's focal state where the sentence names it, else the next actor named.</summary>
    public string? Counterpart(string actor)
    {
        var focus = Context.PackFocus;
        var own = Base(actor);
        string? other = null;
        foreach (var m in Mentions)
        {
            if (m.Actor is null) continue;
            if (focus is not null && focus != own && m.BaseActor == focus) return focus;
            if (m.BaseActor != own) other ??= m.BaseActor;
        }
        return other ?? Context.FocusOtherThan(actor);
    }

    /// <summary>
    /// The ladder step (one with a rung) coded from this sentence between the setter and the target, else any of them:
    /// the step the condition is for, not the stance of setting it.
    /// </summary>
    public string? Gates(string setter, string? target)
    {
        var steps = Context.StepsOf(Sentence.Index).Where(e => Context.Rung(e.Step!) is not null).ToList();
        return (steps.FirstOrDefault(e => Base(e.Source) == Base(setter) || (target is not null && Base(e.Source) == target)) ?? steps.FirstOrDefault())?.Step;
    }

    /// <summary>The first step coded from this sentence.</summary>
    public Event? Step() => Context.StepsOf(Sentence.Index).FirstOrDefault();


    /// <summary>True when token <paramref name="t"/> lies in a time expression ("May 8", "2023"): no amount.</summary>
    public bool InDate(int t)
    {
        var at = Tokens[t].Start;
        foreach (var (d, _) in view.Dates.Mentions)
        {
            if (at >= d.Start && at < d.End) return true;
        }
        return false;
    }

    /// <summary>
    /// Where an amount is: the states named after its noun ("Syrians living in Turkey"; "in Lebanon, Jordan and Iraq"
    /// all of them), else the state of its noun ("350,000 Syrians"), else the last named before it, else the document's focus.
    /// </summary>
    public string? Place(Amount amount)
    {
        List<string>? places = null;
        ActorMention? previous = null;
        foreach (var m in Mentions)
        {
            if (m.Actor is null || m.First <= amount.End || m.First >= amount.End + 12) continue;
            if (previous is not null && !Listed(previous.Last, m.First)) break;
            places ??= [];
            if (!places.Contains(m.BaseActor!)) places.Add(m.BaseActor!);
            previous = m;
        }
        if (places is not null) return string.Join('+', places);
        return PeopleOf(amount) ?? LastBefore(amount.First) ?? Context.Focus;
    }

    /// <summary>The state whose people an amount counts, where its noun names them ("350,000 Syrians").</summary>
    public string? PeopleOf(Amount amount)
    {
        foreach (var m in Mentions)
        {
            if (m.Actor is not null && m.First == amount.End) return m.BaseActor;
        }
        return null;
    }

    private string? LastBefore(int token)
    {
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            if (Mentions[i].Actor is not null && Mentions[i].Last <= token) return Mentions[i].BaseActor;
        }
        return null;
    }

    // Only commas and "and" between two mentions: one list.
    private bool Listed(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!(Tokens[i].Is(",") || Tokens[i].Is("and"))) return false;
        }
        return true;
    }

    /// <summary>The period an amount covers where a time expression follows it in its clause ("since 2023").</summary>
    public string? Period(Amount amount)
    {
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token < amount.End || token > amount.End + 8 || d.Value is not { } value) continue;
            // "since 2023" keeps its word: the value counts from then; else the time it resolves to ("last month": 2024-09).
            var since = Tokens[token].Is("since") || (token > 0 && Tokens[token - 1].Is("since"));
            return since ? $"since {value}" : value.ToString();
        }
        return null;
    }

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
