using Dyad.Dates;
using Dyad.Actors;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// A step told once and taken again by others, in words that name no step: "Australia, France, Germany, Italy and
/// Canada have all made similar announcements today", "Mr Hague said that the United States and Spain would be taking
/// similar action", "Oman and the United Arab Emirates had not.", "Bahrain has reopened its air space to Qatar, as has
/// Egypt". The others take the step of the sentence before (or of their own sentence, after "as has"), toward the
/// same target, in the modality and at the time their own words give.
/// </summary>
internal sealed class Repeats(Pack pack, ModalityReader modality)
{
    private readonly CueSet _cues = CueSet.Parse(pack.RepeatCues);
    // An elliptical sentence is short: its subjects, an auxiliary, "not".
    private const int EllipsisMaxTokens = 14;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "did", "does", "do", "would", "will", "could", "should", "is", "are", "was", "were",
    };

    /// <summary>Steps the sentence repeats from the steps of a sentence before it: <paramref name="count"/> events of
    /// <paramref name="events"/> from <paramref name="first"/>. Repeated steps are added to <paramref name="events"/>.</summary>
    public void FromBefore(Document doc, SentenceView view, List<Event> events, int first, int count)
    {
        if (count == 0 || view.Actors.Mentions.Count == 0) return;
        for (var t = 0; t < view.Tokens.Count; t++)
        {
            if (!_cues.MatchesAt(view.Tokens, t, 2)) continue;
            if (OwnAct(view, t)) return;
            var subjects = Arguments.Subjects(view, t);
            if (subjects is null || subjects.Count == 0) return;
            var mood = modality.Read(view, view.ClauseStart(t), subjects[^1].Last, t, t + 1);
            // "Austria and Greece made similar announcements": an announcement repeated is of the step as told, a plan
            // for a plan; only the repeat's own words ("refused to follow suit") change its modality.
            Copy(doc, view, events.GetRange(first, count), subjects, mood == Modality.Asserted ? null : mood, events);
            return;
        }
        if (Elliptical(view) is { } negated) Copy(doc, view, events.GetRange(first, count), negated, Modality.Negated, events);
    }

    /// <summary>"..., as has Egypt", "..., as did Bahrain": the sentence's own steps (<paramref name="count"/> events of
    /// <paramref name="events"/> from <paramref name="first"/>), taken by one more actor.</summary>
    public void Within(Document doc, SentenceView view, List<Event> events, int first, int count)
    {
        if (count == 0) return;
        var tokens = view.Tokens;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            // ", as did Bahrain", and ", and so did Kuwait" / ", so has Oman".
            var asDid = tokens[t].Is("as") && tokens[t - 1].Is(",");
            var soDid = tokens[t].Is("so") && (tokens[t - 1].Is(",") || (tokens[t - 1].Is("and") && t > 1 && tokens[t - 2].Is(",")));
            if (!(asDid || soDid) || !Auxiliaries.Contains(tokens[t + 1].Lower)) continue;
            var others = new List<ActorMention>();
            foreach (var x in view.Actors.Mentions)
            {
                if (x.First >= t + 2 && x.First <= t + 4 && x.CanAct) others.Add(x);
            }
            if (others.Count > 0) Copy(doc, view, events.GetRange(first, count), others, null, events);
            return;
        }
        // "..., and Oman followed suit on Sunday", "..., but Qatar refused to follow suit": a later clause repeats the
        // sentence's steps for its own subject, at its own time.
        for (var t = 1; t < tokens.Count; t++)
        {
            if (!_cues.MatchesAt(tokens, t, 2)) continue;
            if (OwnAct(view, t)) return;
            var subjects = Arguments.Subjects(view, t);
            if (subjects is null || subjects.Count == 0 || !JoinedClause(view, subjects[0].First)) return;
            var mood = modality.Read(view, view.ClauseStart(t), subjects[^1].Last, t, t + 1);
            Copy(doc, view, events.GetRange(first, count), subjects, mood == Modality.Asserted ? null : mood, events, DateAfter(view, t), NamedAfter(view, t));
            return;
        }
    }

    // The repeat names its own act: "Oman followed suit in criticising Iran" (another deed, whose own words are coded
    // if they name a step), "Iraq did the same thing at home" (nothing toward the other state).
    private static bool OwnAct(SentenceView view, int at)
    {
        var tokens = view.Tokens;
        for (var k = at + 1; k < tokens.Count && k <= at + 6; k++)
        {
            var w = tokens[k].Lower;
            if (w is "." or ";" or ",") return false;
            if (w is "home" or "domestically") return true;
            if (w is "in" or "by" && k + 1 < tokens.Count && tokens[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal)
                && tokens[k + 1].Lower.Length > 5) return true;
        }
        return false;
    }

    // The subject opens a clause joined to the one before: ", and Oman", "but Qatar", "; Kuwait"; or reports it does:
    // ", and Damascus said it would do the same".
    private static bool JoinedClause(SentenceView view, int subject)
    {
        var t = subject - 1;
        if (t >= 1 && view.Tokens[t].Is("that")) t--;
        if (t >= 1 && view.Tokens[t].Lower is "said" or "says" or "announced" or "declared" or "added"
            && view.Actors.Mentions.LastOrDefault(x => x.CanAct && (x.Last == t || Arguments.OwnsNounBefore(view, x, t))) is { } speaker)
            t = speaker.First - 1;
        while (t >= 0 && view.Tokens[t].Lower is "the") t--;
        if (t < 0) return false;
        var w = view.Tokens[t].Lower;
        if (w is ";" or "but") return true;
        return w is "and" or "while" or "whereas" && t > 0 && view.Tokens[t - 1].Is(",");
    }

    // The actor named right after the repeat's words, in their clause: "do the same in the kingdom".
    private static string? NamedAfter(SentenceView view, int at)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First > at && x.First <= at + 6 && view.Clause[x.First] == view.Clause[at] && x.BaseActor is { } b) return b;
        }
        return null;
    }

    // The time told after the repeat's words, in their clause: "followed suit on Sunday".
    private static DateMention? DateAfter(SentenceView view, int at)
    {
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token > at && token <= at + 6 && view.Clause[token] == view.Clause[at] && d.Role == DateRole.Point && d.Value is not null) return d;
        }
        return null;
    }

    // "Oman and the United Arab Emirates had not.": actors, an auxiliary and "not", and nothing else.
    private static List<ActorMention>? Elliptical(SentenceView view)
    {
        var tokens = view.Tokens;
        if (tokens.Count > EllipsisMaxTokens || tokens.Count < 3) return null;
        var end = tokens.Count;
        while (end > 0 && tokens[end - 1].Kind == TokenKind.Punct) end--;
        if (end < 2 || !(tokens[end - 1].Is("not") || tokens[end - 1].Is("n't")) || !Auxiliaries.Contains(tokens[end - 2].Lower)) return null;
        var subjects = view.Actors.Mentions.Where(x => x.CanAct && x.Last <= end - 2).ToList();
        return subjects.Count == 0 ? null : subjects;
    }

    private static void Copy(Document doc, SentenceView view, IReadOnlyList<Event> from, IReadOnlyList<ActorMention> subjects, Modality? mood,
        List<Event> into, DateMention? at = null, string? returnedTo = null)
    {
        var s = view.Sentence;
        // Within one sentence, the steps copied were dated by its main time already: only a time of the repeat's own changes it.
        var own = at ?? (from.Count > 0 && from[0].Sentence == s.Index ? null : view.Dates.MainDate());
        foreach (var e in from.DistinctBy(e => (e.Step, e.Target)))
        {
            foreach (var subject in subjects.DistinctBy(x => x.BaseActor))
            {
                if (subject.Actor is null || subject.Actor == e.Source) continue;
                // "Riyadh would resume the work of its mission in Syria, and Damascus said it would do the same": the one
                // the step was toward returns it.
                // Only where the repeat names the first actor as its other party ("do the same in the kingdom"): else the
                // one acted on may repeat a step of its own the coder does not know ("Seoul returned Japan to its list
                // ..., and the Japanese cabinet did the same").
                var target = subject.BaseActor == e.Target && returnedTo is not null && returnedTo == ActorMention.BaseOf(e.Source) ? e.Source : e.Target;
                if (target is null || subject.BaseActor == ActorMention.BaseOf(target)) continue;
                PartialDate? date = e.Date;
                var basis = e.DateBasis;
                if (own?.Value is { } d)
                {
                    date = d;
                    basis = own.Value.Basis;
                }
                into.Add(e with
                {
                    Source = subject.Actor,
                    Target = target,
                    Modality = mood ?? e.Modality,
                    Date = date,
                    DateBasis = date is null ? DateBasis.None : basis,
                    Evidence = doc.Text[s.Start..s.End],
                    EvidenceStart = s.Start,
                    EvidenceEnd = s.End,
                    Sentence = s.Index,
                    Confidence = Math.Round(e.Confidence * 0.8, 3),
                    Pattern = e.Pattern + "+repeat",
                });
            }
        }
    }

}
