using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Reads an event's modality from the cue words of the pack (modality.json) between its subject and its
/// cue, and inside the cue ("did not reopen"). When several kinds of cue occur, a condition wins over a
/// negation, a negation over a demand, a demand over a plan.
/// </summary>
internal sealed class ModalityReader
{
    private static readonly Modality[] Precedence = [Modality.Hypothetical, Modality.Negated, Modality.Demanded, Modality.Planned];
    private readonly Dictionary<Modality, CueSet> _cues = [];
    private readonly CueSet _topics;
    private const int TopicReach = 12;

    public ModalityReader(Pack pack)
    {
        _topics = CueSet.Parse(pack.TopicCues);
        foreach (var (code, words) in pack.ModalityCues)
        {
            if (!ModalityNames.TryParse(code, out var m)) throw new PackException(pack.Directory, $"modality.json: unknown modality '{code}'");
            _cues[m] = CueSet.Parse(words);
        }
        _kinds = [.. _cues.Select(kv => (kv.Key, kv.Value))];
        _any = CueSet.Parse(pack.ModalityCues.Values.SelectMany(words => words));
    }

    // Every kind's cues in one index: most words start none, and one look-up says so where each kind's took one.
    private readonly CueSet _any;

    // The same cues in an array, in the dictionary's order: read at every word before a cue, where the dictionary's
    // enumerator cost more than the look-ups.
    private readonly (Modality Kind, CueSet Cues)[] _kinds;

    private static readonly HashSet<string> ScopeBarriers = new(StringComparer.Ordinal)
    {
        "but", "while", "whereas", "although", "though", "however", "because", "after", "before", "when", "until", "since",
    };

    private static bool PastVerb(SentenceView view, int t)
    {
        if (t >= view.Tokens.Count) return false;
        var w = view.Tokens[t];
        return w.Kind == TokenKind.Word && !char.IsUpper(view.Text[w.Start]) && Participles.PastVerb(w.Lower);
    }

    // "on 7 May" is a date, not the modal "may".
    private static bool InDate(SentenceView view, int token)
    {
        var at = view.Tokens[token].Start;
        foreach (var (d, _) in view.Dates.Mentions)
        {
            if (at >= d.Start && at < d.End) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the cue stands in talk about an idea rather than a report of a deed: "the issue of Turkey holding
    /// talks", "proponents think that Turkey can normalize", "an analyst said Russia should launch".
    /// </summary>
    public bool IsTopic(SentenceView view, int clauseStart, int triggerFirst)
    {
        // The talk reaches a few words on ("the issue of Turkey holding direct talks"), or the whole sentence when it
        // opens it ("An analyst ... said that", "The idea that ...").
        for (var t = 0; t < triggerFirst; t++)
        {
            if (t > 1 && t < triggerFirst - TopicReach) continue;
            if (_topics.MatchesAt(view.Tokens, t, 3)) return true;
        }
        _ = clauseStart;
        return UntoldWhether(view, triggerFirst);
    }

    // Verbs of telling that, denied, leave a question open: "did not specify whether", "would not say whether".
    private static readonly HashSet<string> TellingVerbs = new(StringComparer.Ordinal)
    {
        "say", "specify", "disclose", "reveal", "indicate", "confirm", "clarify", "explain", "elaborate", "comment", "state", "detail", "mention",
    };

    /// <summary>
    /// "It did not specify whether it will reopen the embassy or only a consulate", "it was unclear whether Riyadh would
    /// send an ambassador": a step in a question left open is told of no one; it is no deed, plan or condition of its
    /// own. Not one in a clause of its own after the question ("unclear whether ..., when most Gulf states broke off ties").
    /// </summary>
    private static bool UntoldWhether(SentenceView view, int triggerFirst)
    {
        for (var t = triggerFirst - 1; t >= 2; t--)
        {
            var w = view.Tokens[t].Lower;
            if (w is "," or ";" or ":" || ScopeBarriers.Contains(w)) return false;
            if (w != "whether") continue;
            var before = view.Tokens[t - 1].Lower;
            if (before is "unclear" || (before == "clear" && view.Tokens[t - 2].Lower is "not" or "n't")) return true;
            // "did not say whether", "declined to say whether", "would not immediately confirm whether".
            if (!TellingVerbs.Contains(before)) return false;
            for (var k = t - 2; k >= 0 && k >= t - 4; k--)
            {
                if (view.Tokens[k].Lower is "not" or "n't" or "never" or "declined" or "refused" or "without") return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// Conditions, demands and plans count from the start of the clause ("may have prompted X to launch");
    /// a negation only from the subject on, since an earlier "not" negates another verb.
    /// </summary>
    // "work together 'without conditions' to build relations", "without delay": freedom from something, not a negated deed;
    // "no reason to postpone the resumption of relations", "no reason not to re-establish relations": a negation undone.
    private static bool FreeOf(SentenceView view, int t)
    {
        if (view.Tokens[t].Is("no") || view.Tokens[t].Is("not"))
            return NoReasonAgainst(view, t);
        if (!view.Tokens[t].Is("without")) return false;
        var next = t + 1;
        while (next < view.Tokens.Count && view.Tokens[next].Kind == Text.TokenKind.Punct) next++;
        return next < view.Tokens.Count && view.Tokens[next].Lower is "conditions" or "preconditions" or "precondition" or "condition" or "delay"
            or "hesitation" or "interruption" or "exception";
    }

    private static bool NoReasonAgainst(SentenceView view, int t)
    {
        // "there was 'no reason' not to": quotation marks inside the phrase change nothing.
        string Word(int from, int steps)
        {
            var k = from;
            for (var n = 0; n < Math.Abs(steps); n++)
            {
                do k += Math.Sign(steps);
                while (k >= 0 && k < view.Tokens.Count && view.Tokens[k].Kind == TokenKind.Punct && view.Tokens[k].Lower is "\"" or "\u201c" or "\u201d" or "'");
                if (k < 0 || k >= view.Tokens.Count) return "";
            }
            return view.Tokens[k].Lower;
        }
        // "not" of "no reason not to": the "no reason" before it undoes it; "no reason (to)" before "not" too.
        if (view.Tokens[t].Is("not")) return Word(t, -1) == "reason" && Word(t, -2) == "no" || Word(t, -1) == "to" && Word(t, -2) == "reason" && Word(t, -3) == "no";
        if (Word(t, 1) != "reason") return false;
        if (Word(t, 2) == "not") return true;
        return Word(t, 2) == "to" && Word(t, 3) is "postpone" or "delay" or "wait" or "not" or "hold";
    }

    /// <summary>
    /// "A meeting of Erdogan and Sisi could take place next month", "The visit to Cairo of Erdogan was called off": a step
    /// named by a noun that opens its clause takes the modality of the predicate after it, up to a comma or another clause.
    /// </summary>
    public Modality ReadPredicate(SentenceView view, TriggerMatch m)
    {
        if (!PredicateNouns.Contains(view.Tokens[m.First].Lower)) return Modality.Asserted;
        var clause = view.Clause[m.First];
        // "The planned visit": a participle right before the noun describes it.
        for (var t = view.ClauseStart(m.First); t < m.First - 1; t++)
        {
            if (PastVerb(view, t) || view.Tokens[t].Is(",")) return Modality.Asserted;
        }
        var found = 0;
        for (var t = m.End; t < view.Tokens.Count && t < m.End + 16 && view.Clause[t] == clause; t++)
        {
            if (view.Tokens[t].Lower is "," or "that" or "which" or "who" or "but" or ";") break;
            // "The meeting did not come from nowhere": only a step called off is undone by its predicate, not any "not".
            if (view.Tokens[t].Lower is "postponed" or "cancelled" or "canceled" or "scrapped" or "shelved"
                || (view.Tokens[t].Is("called") && t + 1 < view.Tokens.Count && view.Tokens[t + 1].Is("off")))
                found |= 1 << (int)Modality.Negated;
            // "The conversation between Erdogan and Putin never took place": a step said not to have happened.
            if (view.Tokens[t].Lower is "took" or "take" or "happened" or "happen" or "occurred" or "occur" && t >= 1
                && (view.Tokens[t - 1].Lower is "never" or "not" or "n't" || (t >= 2 && view.Tokens[t - 2].Lower is "never" or "not" or "n't")))
                found |= 1 << (int)Modality.Negated;
            if (!_any.MayStart(view.Tokens[t]) || InDate(view, t)) continue;
            foreach (var (kind, cues) in _kinds)
            {
                if (kind is Modality.Hypothetical or Modality.Planned && cues.MatchesAt(view.Tokens, t, 3)) found |= 1 << (int)kind;
            }
        }
        return Strongest(found);
    }

    // Of the kinds of cue found (a bit each), the one that wins: a condition over a negation, over a demand, over a plan.
    private static Modality Strongest(int found)
    {
        foreach (var kind in Precedence)
        {
            if ((found & (1 << (int)kind)) != 0) return kind;
        }
        return Modality.Asserted;
    }

    private static readonly HashSet<string> PredicateNouns = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "talks", "visit", "trip", "arrival", "summit", "call", "conversation", "encounter",
    };

    public Modality Read(SentenceView view, int clauseStart, int subjectEnd, int triggerFirst, int triggerEnd)
    {
        var found = 0;
        var clause = view.Clause[triggerFirst];
        // "visited Damascus to prepare for the reopening of the mission, which was closed in 2011": a cue whose verb
        // stands in a relative clause on its noun tells the clause's own deed; the purpose, plan or condition around the
        // noun is not its modality. Only the relative clause's words count ("the embassy, which was never closed").
        var relative = RelativeStart(view, triggerFirst, triggerEnd);
        if (relative > 0) clauseStart = relative;
        // Words inside a cue's gap count too: "the border crossing ... will be reopened"; its first and last words are
        // the cue's own ("no preconditions" is no negation).
        for (var t = clauseStart; t < triggerEnd - 1; t++)
        {
            if (relative < 0 && view.Clause[t] != clause || t == triggerFirst) continue;
            // "Turkey, which backed rebels seeking to topple Assad, closed its embassy": an aside's modal words are its own.
            if (view.Aside[t] && !view.Aside[triggerFirst]) continue;
            // "does not seek to escalate tensions but wishes to build friendly relations": a modal word's reach ends where
            // a contrast or another clause begins.
            // "agreed to mend ties and reappointed ambassadors": a second verb in the past tells of a deed of its own.
            // "never broke off relations and has pressed for Syria's return": so does a perfect after "and".
            if ((ScopeBarriers.Contains(view.Tokens[t].Lower) || (view.Tokens[t].Is("and") && t + 1 < triggerFirst + 1 && PastVerb(view, t + 1))
                || (view.Tokens[t].Is("and") && t + 2 < triggerFirst + 1 && view.Tokens[t + 1].Lower is "has" or "have" or "had"
                    && (PastVerb(view, t + 2) || PastVerb(view, t + 3)))) && t > clauseStart)
            {
                // "We left for security reasons, not because we wanted to cut ties": a reason denied denies the step it gives.
                found = view.Tokens[t].Is("because") && view.Tokens[t - 1].Lower is "not" or "never" ? 1 << (int)Modality.Negated : 0;
                continue;
            }
            // Asked once per word, not once per kind of cue: a date's word is no cue of any kind.
            if (!_any.MayStart(view.Tokens[t]) || InDate(view, t)) continue;
            foreach (var (m, cues) in _kinds)
            {
                if (m == Modality.Negated && (t < subjectEnd || FreeOf(view, t))) continue;
                if (cues.MatchesAt(view.Tokens, t, 3)) found |= 1 << (int)m;
            }
        }
        if (relative < 0 && TalkedOver(view, triggerFirst)) found |= 1 << (int)Modality.Planned;
        // "said they would close the embassy if the attacks did not stop": a plan made on a condition is a conditional
        // step (spec: hypothetical), not a plan.
        if (Strongest(found) == Modality.Planned && ConditionFollows(view, triggerEnd)) return Modality.Hypothetical;
        return Strongest(found);
    }

    // Words that end the reach of a step's own clause before an "if" that belongs to another ("..., the minister said").
    private static readonly HashSet<string> ConditionBarriers = new(StringComparer.Ordinal)
    {
        ";", ":", "and", "but", "while", "said", "says", "added", "adding", "told", "after", "before", "when", "because", "since",
    };

    /// <summary>
    /// Whether an "if" or "unless" clause follows the cue in its own clause: "would close the embassy if ...", "will reopen
    /// the crossing, if security allows". Not "as if", "even if", nor an embedded question ("asked if", "see if").
    /// </summary>
    private static bool ConditionFollows(SentenceView view, int triggerEnd)
    {
        for (var t = triggerEnd; t < view.Tokens.Count && t < triggerEnd + 15; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "if" or "unless")
            {
                var before = t > 0 ? view.Tokens[t - 1].Lower : "";
                // "to gauge if", "to determine if": an embedded question after a verb of finding out.
                return before is not ("as" or "even" or "asked" or "ask" or "asking" or "see" or "know" or "wonder" or "whether" or "only" or "gauge"
                    or "determine" or "assess" or "check" or "decide" or "judge" or "test" or "find" or "learn" or "establish" or "verify" or "explore"
                    or "examine" or "consider" or "sound");
            }
            if (ConditionBarriers.Contains(w)) return false;
            // A comma ends the clause unless the condition opens right after it ("will reopen, if ...").
            if (w == "," && !(t + 1 < view.Tokens.Count && view.Tokens[t + 1].Lower is "if" or "unless")) return false;
        }
        return false;
    }

    // The first word of a relative clause ("which", "that") inside a cue that opens outside it, after a comma
    // ("the mission, which was closed"), or -1.
    private static int RelativeStart(SentenceView view, int triggerFirst, int triggerEnd)
    {
        if (view.Aside[triggerFirst]) return -1;
        for (var t = triggerFirst + 1; t < triggerEnd - 1; t++)
        {
            if (view.Tokens[t].Lower is "which" or "that" && view.Tokens[t - 1].Is(",") && view.Aside[t + 1]) return t;
        }
        return -1;
    }

    // "met to discuss the lifting of sanctions", "held talks on Monday about reopening embassies": a step talked over is
    // one still to come (a plan), not a deed.
    private static bool TalkedOver(SentenceView view, int triggerFirst)
    {
        var t = triggerFirst - 1;
        while (t >= 0 && triggerFirst - t <= 3 && view.Tokens[t].Lower is "the" or "a" or "an" or "possible" or "further" or "their" or "its"
               or "new" or "fresh" or "more" or "additional" or "tougher") t--;
        if (t < 0) return false;
        if (view.Tokens[t].Lower is "discuss" or "discusses" or "discussed" or "discussing") return true;
        if (view.Tokens[t].Lower is not ("about" or "on")) return false;
        var before = t - 1;
        while (before >= 0 && InDate(view, before)) before--;
        return before >= 0 && view.Tokens[before].Lower is "talks" or "negotiations" or "consultations";
    }
}
