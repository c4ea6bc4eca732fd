using Dyad.Actors;
using Dyad.Dates;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Pipeline;

/// <summary>Sentences with offsets, boilerplate and notes marked uncoded, tokens and clauses of each coded sentence.</summary>
internal sealed class SentenceStage(Pack pack) : IStage
{
    private readonly SentenceSplitter _splitter = new(pack.Text.Abbreviations);
    private readonly Boilerplate _boilerplate = new(pack.Text.SkipLines ?? [], pack.Text.SkipPrefixes ?? [], pack.Text.TailLines ?? [],
        pack.Text.WidgetLines ?? []);

    public string Name => "sentences";
    public IReadOnlyList<Layer> Writes => [Layer.Sentences];
    public IReadOnlyList<Layer> Reads => [];

    public void Process(CodedDocument doc, CancellationToken cancellationToken)
    {
        var text = doc.Document.Text;
        doc.Sentences = _boilerplate.Mark(text, _splitter.Split(text));
        var layer = doc.TextLayer;
        var paragraph = 0;
        var lastEnd = 0;
        var quoteOpen = false;
        foreach (var s in doc.Sentences)
        {
            doc.Checkpoint(cancellationToken);
            if (text.AsSpan(lastEnd, s.Start - lastEnd).Contains('\n')) paragraph++;
            lastEnd = s.End;
            if (!s.Coded) continue;
            var tokens = Text.Tokenizer.Tokenize(text, s.Start, s.End);
            var (clause, aside) = ClauseSplitter.Split(tokens);
            // Quotation marks are followed across coded sentences only: a skipped line does not open or close one.
            var quoteOpenAtEnd = TokenizedSentence.QuoteOpenAfter(text, s, quoteOpen);
            layer.Add(new TokenizedSentence
            {
                Sentence = s, Tokens = tokens, Clause = clause, Aside = aside, Paragraph = paragraph, Text = text,
                Headline = Headlines.IsHeadline(text, s, tokens), QuoteOpenAtStart = quoteOpen, QuoteOpenAtEnd = quoteOpenAtEnd,
            });
            quoteOpen = quoteOpenAtEnd;
        }
    }
}

/// <summary>
/// Time expressions of each coded sentence, resolved against the publication date; event-relative ones ("the
/// same year", "four days later") against the last point in time of the sentence before. Each sentence also
/// learns the day of the news told before it (<see cref="SentenceDates.StoryDate"/>).
/// </summary>
internal sealed class DateStage : IStage
{
    private readonly DateRecognizer _recognizer = new();

    public string Name => "dates";
    public IReadOnlyList<Layer> Writes => [Layer.Dates];
    public IReadOnlyList<Layer> Reads => [Layer.Sentences];

    public void Process(CodedDocument doc, CancellationToken cancellationToken)
    {
        var before = DateReference.None;
        PartialDate? story = null, toldBefore = null;
        int sentence = 0, toldAt = -1, paragraph = -1;
        var layer = doc.DateLayer;
        layer.Capacity = doc.TextLayer.Count;
        foreach (var view in doc.TextLayer)
        {
            doc.Checkpoint(cancellationToken);
            var dates = new SentenceDates { Text = view, StoryDate = story };
            layer.Add(dates);
            if (view.Tokens.Count == 0) continue;
            PartialDate? last = null, told = null, storyHere = null;
            var carried = false;
            // By index: a foreach over the interface boxed an enumerator for every sentence.
            before = before with { SameParagraph = paragraph == view.Paragraph };
            paragraph = view.Paragraph;
            var found = _recognizer.Recognize(doc.Document.Text, view.Sentence.Start, view.Sentence.End, doc.Document.Published, before);
            if (found.Count > 0) dates.Mentions.Capacity = found.Count;
            for (var k = 0; k < found.Count; k++)
            {
                var d = found[k];
                dates.Mentions.Add((d, view.TokenAt(d.Start)));
                if (d.Role != DateRole.Point || d.Value is not { } value) continue;
                var token = dates.Mentions[k].Token;
                if (k == 0 && value.Precision is DatePrecision.Year or DatePrecision.Month && Opening(view, token)) (told, carried) = (value, false);
                else if (value.Precision == DatePrecision.Day && !DateRecognizer.Bounding(doc.Document.Text, d.Start)) (told, carried) = (value, d.Basis != DateBasis.Explicit);
                last = value;
                // "The committee met today to consider the actions of India on 5 August": the day of the news is the latest day
                // of the week up to publication the sentence names, not the last one it names.
                if (NewsDay(value, doc.Document.Published) && !(storyHere is { } here && here.Start > value.Start)) story = storyHere = value;
            }
            // Only the sentence right before counts: a time told further back no longer frames the story, except for an
            // explicit anaphor ("that year"), which may reach three sentences back.
            var earlier = last ?? (toldBefore is { } t && toldAt >= sentence - 3 ? t : null);
            if (last is not null) (toldBefore, toldAt) = (last, sentence);
            before = new DateReference(last, view.Sentence.Start, view.Sentence.End) { Earlier = earlier, Story = told, StoryCarried = carried };
            sentence++;
        }
    }

    // "In 2018 ...", "In the summer of 2018 ...", "In early 2019, ...": a year the sentence opens on, after "in" or "of".
    private static bool Opening(TokenizedSentence view, int token) =>
        view.Tokens[0].Lower == "in" && (token == 0 || (token <= 4 && view.Tokens[token - 1].Lower is "in" or "of"));

    // A day in the week up to publication is the day of the news; an older one is background.
    private static bool NewsDay(PartialDate value, PartialDate? published) =>
        value.Precision == DatePrecision.Day && published is { Precision: DatePrecision.Day } p
        && p.Start.DayNumber - value.Start.DayNumber is >= 0 and <= 7;
}

/// <summary>Actors of each coded sentence from the pack's lexicon, then pronouns, anaphors and quoted speakers.</summary>
internal sealed class ActorStage(Pack pack) : IStage
{
    private readonly ActorRecognizer _recognizer = new(Actors.Lexicon.Build(pack));

    public string Name => "actors";
    public IReadOnlyList<Layer> Writes => [Layer.Actors];
    public IReadOnlyList<Layer> Reads => [Layer.Sentences, Layer.Dates];

    public void Process(CodedDocument doc, CancellationToken cancellationToken)
    {
        var published = doc.Document.Published;
        // Who held a role is looked up at the time of the name's clause (MentionDates), else in the sentence's own time,
        // else on the publication date.
        PartialDate? DateOf(SentenceActors view) => view.Dates.MainDate()?.Value ?? published;
        var layer = doc.ActorLayer;
        layer.Capacity = doc.DateLayer.Count;
        foreach (var dates in doc.DateLayer)
        {
            doc.Checkpoint(cancellationToken);
            var view = new SentenceActors { Text = dates.Text, Dates = dates, Previous = layer.Count > 0 ? layer[^1] : null };
            layer.Add(view);
            _recognizer.Recognize(doc.Document.Text, view, DateOf(view));
            NationalBodies.Resolve(view);
        }
        // The surnames named after a title serve both: short names of the pack's people, and names the pack does not know.
        var titled = ShortNames.TitledSurnames(layer);
        ShortNames.Resolve(layer, DateOf, titled);
        TitledNames.Resolve(layer, titled);
        Discourse.Resolve(doc.Document.Text, layer);
    }
}

/// <summary>Steps: cues, frames, rungs, modality, dates, and one record per event.</summary>
internal sealed class StepStage(Pack pack) : IStage
{
    private readonly StepCoder _coder = new(pack);

    public string Name => "steps";
    public IReadOnlyList<Layer> Writes => [Layer.Steps];
    public IReadOnlyList<Layer> Reads => [Layer.Sentences, Layer.Dates, Layer.Actors];

    public void Process(CodedDocument doc, CancellationToken cancellationToken)
    {
        var views = SentenceView.Fill(doc.ActorLayer);
        try
        {
            doc.Events = _coder.Code(doc.Document, views, doc.Cues, cancellationToken);
        }
        finally
        {
            SentenceView.Release(views);
        }
    }
}
