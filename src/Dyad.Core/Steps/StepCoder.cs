using Dyad.Actors;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Turns the cues, actors and dates of each sentence into events: finds the cue, its source and target by the
/// cue's frame, the rung of a contact, the modality and the date; then merges mentions of one event.
/// </summary>
internal sealed class StepCoder
{
    private readonly Pack _pack;
    private readonly TriggerFinder _triggers;
    private readonly ModalityReader _modality;

    public StepCoder(Pack pack)
    {
        _pack = pack;
        _triggers = new TriggerFinder(pack);
        _modality = new ModalityReader(pack);
    }

    public List<Event> Code(Document doc, IReadOnlyList<SentenceView> views)
    {
        var events = new List<Event>();
        foreach (var view in views)
        {
            if (!view.Sentence.Coded || view.Mentions.Count == 0 || IsQuestion(doc.Text, view.Sentence)) continue;
            foreach (var m in _triggers.Find(view)) Add(doc, view, m, events);
        }
        return EventMerger.Merge(events);
    }

    private void Add(Document doc, SentenceView view, TriggerMatch m, List<Event> into)
    {
        if (_modality.IsTopic(view, ClauseStart(view, m.First), m.First)) return;
        var args = Arguments.Find(view, m, _pack.Focus);
        if (args?.Target?.Actor is null) return;
        var quoteContinues = view.Speaker is not null && args.Sources.Any(s => s.Actor == view.Speaker.Actor);
        var speakerDated = quoteContinues && args.Sources[0].Resolved || quoteContinues && NoSubject(view, m);
        foreach (var source in args.Sources)
        {
            if (source.Actor is null || source.Actor == args.Target.Actor) continue;
            // In a meeting of several parties no one is the host's single guest: the place decides nothing.
            var (step, swap) = StepLevels.Resolve(m.Pattern.Step, view, m, source, args.Target, args.Sources.Count > 1 ? null : args.Location);
            // A negation counts from the subject on; with the source after the cue ("proclaimed by X"), only just before it.
            var from = source.Last <= m.First && view.Clause[Math.Max(0, source.Last - 1)] == view.Clause[m.First] ? source.Last : Math.Max(ClauseStart(view, m.First), m.First - 3);
            // An appeal is the appealer's own stance: asserted, and against normalizing when it asks others not to.
            var modality = args.SourceFromAppeal
                ? (_modality.Read(view, args.Appeal + 1, args.Appeal + 1, m.First, m.End) == Modality.Negated ? Modality.Negated : Modality.Asserted)
                : _modality.Read(view, ModalStart(view, m.First), from, m.First, m.End);
            if (modality == Modality.Asserted && m.Pattern.DefaultModality is { } fallback) modality = fallback;
            if (modality == Modality.Asserted && HeadlineInfinitive(doc.Text, view, source, m)) modality = Modality.Planned;
            var type = m.Pattern.Type;
            if (step == "stance.oppose" && modality == Modality.Negated)
            {
                // "refused to normalize" asserts the opposition its cue already names.
                modality = Modality.Asserted;
            }
            else if (step == "stance.support" && modality == Modality.Negated)
            {
                // Refusing to normalize is a stance against it, and that stance is asserted.
                step = "stance.oppose";
                type = _pack.FindStep(step)?.Type ?? "REJECT";
                modality = Modality.Asserted;
            }
            else if (m.Pattern.Step.EndsWith(".*", StringComparison.Ordinal))
            {
                type = _pack.FindStep(step)?.Type ?? type;
            }
            var (date, basis) = DateLinker.Link(view, m, doc.Published, speakerDated, modality == Modality.Planned,
                statement: step.StartsWith("stance.", StringComparison.Ordinal) || step == "condition.set");
            var (src, tgt) = swap ? (args.Target.Actor, source.Actor) : (source.Actor, args.Target.Actor);
            var s = view.Sentence;
            into.Add(new Event(doc.Id, src, tgt, step, type, modality, date, date is null ? DateBasis.None : basis,
                Math.Round(m.Pattern.Confidence * args.Certainty, 3), doc.Text[s.Start..s.End], s.Start, s.End, s.Index, m.Pattern.Id));
        }
    }

    // A headline's "Italy to appoint ambassador" announces a plan.
    private static bool HeadlineInfinitive(string text, SentenceView view, ActorMention source, TriggerMatch m)
    {
        var s = view.Sentence;
        var last = text[s.End - 1];
        return last is not ('.' or '"' or '\u201D' or ')') && source.Last + 1 == m.First && view.Tokens[source.Last].Is("to");
    }

    // A question reports nothing: "why should Turkey talk with a regime which ...?"
    private static bool IsQuestion(string text, Sentence s)
    {
        var span = text.AsSpan(s.Start, s.Length).TrimEnd().TrimEnd("\"'\u201D\u2019)");
        return span.Length > 0 && span[^1] == '?';
    }

    private static bool NoSubject(SentenceView view, TriggerMatch m) => Arguments.Subjects(view, m.First) is null;

    // Where the words that can make the cue a plan, a demand or a condition begin: the clause, but after a "that"
    // which opens the cue's own clause ("we should remind those ... that officials have held meetings"), and after
    // an expression that dates only what follows it ("..., 12 years after it was suspended").
    private static int ModalStart(SentenceView view, int first)
    {
        var start = ClauseStart(view, first);
        for (var t = first - 1; t > start; t--)
        {
            if (view.Tokens[t].Is("that")) { start = t + 1; break; }
        }
        foreach (var (d, token) in view.Dates)
        {
            if (d.Role == Dates.DateRole.Anchor && token < first && token >= start) start = Math.Min(first, view.TokenAt(d.End - 1) + 1);
        }
        return start;
    }

    private static int ClauseStart(SentenceView view, int token)
    {
        var t = token;
        while (t > 0 && view.Clause[t - 1] == view.Clause[token]) t--;
        return t;
    }
}
