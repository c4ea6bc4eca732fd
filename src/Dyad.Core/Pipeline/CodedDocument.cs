using Dyad.Actors;
using Dyad.Dates;
using Dyad.Ledger;
using Dyad.Model;
using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Pipeline;

/// <summary>
/// A document as it passes through the pipeline: each stage writes its own <see cref="Layer"/>: sentences
/// and their tokens, time expressions, actors, and last the events. Every span is an offset into
/// <see cref="Document.Text"/>.
/// </summary>
public sealed class CodedDocument(Document document)
{
    /// <summary>The document being coded, as read: its text is what every span points into.</summary>
    public Document Document { get; } = document;
    /// <summary>The sentences layer as the model sees it: each coded sentence's span and text, in document order.</summary>
    public List<Sentence> Sentences { get; internal set; } = [];
    /// <summary>The sentences layer: tokens and clauses of each coded sentence, in order.</summary>
    internal List<TokenizedSentence> TextLayer { get; } = [];
    /// <summary>The dates layer: one record per coded sentence, in the order of <see cref="TextLayer"/>.</summary>
    internal List<SentenceDates> DateLayer { get; } = [];
    /// <summary>The actors layer: one record per coded sentence, in the order of <see cref="TextLayer"/>.</summary>
    internal List<SentenceActors> ActorLayer { get; } = [];
    /// <summary>The steps layer.</summary>
    public List<Event> Events { get; internal set; } = [];
    /// <summary>The ledger layer: conditions, goals, status notes and indicator values of each sentence that has any.</summary>
    public List<SentenceLedger> Ledger { get; internal set; } = [];

    /// <summary>When traced: every step cue that fired, and what became of it (an event, or why none).</summary>
    public List<CueTrace>? Cues { get; init; }

    /// <summary>The time the document may take to code, when it has a budget.</summary>
    internal CodingBudget? Budget { get; init; }

    /// <summary>
    /// Between two sentences of a stage: stops when the run is cancelled or the budget ran out. Without a budget it
    /// reads a field; with one, the clock too.
    /// </summary>
    internal void Checkpoint(CancellationToken cancellationToken)
    {
        if (Budget is { } budget) budget.Check();
        else cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>The actors found, resolved, sentence by sentence.</summary>
    public IEnumerable<Mention> Mentions => MentionList();

    /// <summary><see cref="Mentions"/> as a list, without LINQ: the store writes it for every document.</summary>
    internal List<Mention> MentionList()
    {
        if (_mentions is not null) return _mentions;
        // Sized once: grown by doubling, the arrays left behind were the second largest allocation of coding.
        var count = 0;
        foreach (var v in ActorLayer) count += v.Mentions.Count;
        var list = new List<Mention>(count);
        foreach (var v in ActorLayer)
        {
            var tokens = v.Text.Tokens;
            foreach (var m in v.Mentions)
            {
                if (m.Actor is null) continue;
                list.Add(new Mention(v.Text.Sentence.Index, tokens[m.First].Start, tokens[m.Last - 1].End, m.Actor, m.Kind, m.Level));
            }
        }
        return list;
    }

    /// <summary><see cref="Dates"/> as a list.</summary>
    internal List<DateMention> DateList()
    {
        if (_dates is not null) return _dates;
        var count = 0;
        foreach (var v in DateLayer) count += v.Mentions.Count;
        var list = new List<DateMention>(count);
        foreach (var v in DateLayer)
        {
            foreach (var d in v.Mentions) list.Add(d.Date);
        }
        return list;
    }

    /// <summary>The time expressions found, with what they resolve to.</summary>
    public IEnumerable<DateMention> Dates => DateList();

    private List<Mention>? _mentions;
    private List<DateMention>? _dates;

    /// <summary>
    /// Keeps what the records of the document need (sentences, mentions, time expressions, events) and lets go of
    /// the working state of coding, the tokens of every sentence: a document waiting for its batch to be written
    /// then holds a few kilobytes instead of all its tokens. Coding is over: the stages must not run again.
    /// </summary>
    public void Seal()
    {
        if (_mentions is not null) return;
        _mentions = MentionList();
        _dates = DateList();
        // The layers above the text hold it too: all three go.
        TextLayer.Clear();
        TextLayer.TrimExcess();
        DateLayer.Clear();
        DateLayer.TrimExcess();
        ActorLayer.Clear();
        ActorLayer.TrimExcess();
    }
}
