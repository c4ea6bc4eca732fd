using Dyad.Actors;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

// Who acts: the subject before a cue, a passive agent, coordinated actors.
internal static partial class Arguments
{
    /// <summary>
    /// "the inaugural initiative proclaimed by King Abdullah II": a passive agent right after the cue. An agent
    /// that is no actor ("a visit by the head of an Arab League state") leaves the event without a source: an
    /// empty list, so that no subject further back is taken instead.
    /// </summary>
    private static List<ActorMention>? Agent(SentenceView view, TriggerMatch m)
    {
        // In the passive the agent may come after a few words: "was ousted in a lightning offensive by insurgent forces".
        // "Sanctions imposed on Syria by the United States": a noun and its participle are a passive with no auxiliary.
        // ("Sanctions imposed on Iran were condemned by Russia": the "by" of the sentence's own verb is not theirs.)
        var passive = IsPassive(view, m.First) || PassiveInside(view, m);
        var auxiliaryFree = !passive && m.Length >= 2 && Participles.PastVerb(view.Tokens[m.End - 1].Lower)
            && !Participles.PastVerb(view.Tokens[m.First].Lower) && !Participles.Looks(view.Tokens[m.First].Lower)
            && !view.Actors.Mentions.Exists(x => x.Last == m.First && x.CanAct);
        passive |= auxiliaryFree;
        // "the reopening of the Torkham border crossing by Pakistan": a step named by a noun goes on to its head noun first.
        // ("Turkey called for the reopening of the border crossing by Syria": a step called for keeps its caller's reading.)
        var calledFor = m.First >= 2 && view.Tokens[m.First - 1].Is("the") && view.Tokens[m.First - 2].Is("for");
        var headEnd = !passive && !calledFor && Nominalized(view, m) ? HeadNounEnd(view, m.End) : m.End;
        var reach = passive ? 10 : 2 + headEnd - m.End;
        for (var t = m.End; t < Math.Min(view.Tokens.Count, m.End + reach); t++)
        {
            if (view.Tokens[t].Lower is ";" or ":" || view.Clause[t] != view.Clause[m.First]) break;
            if (auxiliaryFree && view.Tokens[t].Lower is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "been" or "be" or "will" or "would") break;
            if (!view.Tokens[t].Is("by")) continue;
            // "Syria's new rulers led by al-Sharaa": "by" after another participle names who leads the object, not the agent.
            if (t > m.End && view.Tokens[t - 1].Lower is "led" or "headed" or "backed" or "supported" or "brokered" or "mediated" or "hosted"
                or "chaired" or "sponsored" or "organised" or "organized" or "run" or "controlled" or "held") break;
            // "a new general license issued by the U.S. Treasury": a participle right after the noun cue names its author.
            if (!passive && t > headEnd && !view.Tokens[t - 1].Lower.EndsWith("ly", StringComparison.Ordinal)
                && !(t - 1 == m.End && view.Tokens[t - 1].Lower is "issued" or "imposed" or "granted" or "announced" or "introduced" or "adopted"))
                break;
            if (ByAgent(view, t) is { } agent) return LedBy(view, Coordinate(view, agent));
            // "by phone", "by video link", "by decree": a means, not an agent.
            if (t + 1 < view.Tokens.Count && view.Tokens[t + 1].Kind == Text.TokenKind.Word && char.IsLower(view.Text[view.Tokens[t + 1].Start])
                && view.Tokens[t + 1].Lower is not ("the" or "a" or "an" or "his" or "her" or "its" or "their")) continue;
            return [];
        }
        return passive ? null : AuthoredPassive(view, m);
    }

    /// <summary>
    /// "New sanctions on Iran were announced on Monday by the United States": a step named by a noun that is the subject
    /// of a passive verb of making it (announced, approved, imposed...) has that verb's agent for author. Not of any verb:
    /// "Sanctions on Iran were condemned by Russia" names no author.
    /// </summary>
    private static List<ActorMention>? AuthoredPassive(SentenceView view, TriggerMatch m)
    {
        var end = Math.Min(view.Tokens.Count - 1, m.End + 8);
        for (var t = m.End; t < end; t++)
        {
            var w = view.Tokens[t].Lower;
            if (view.Clause[t] != view.Clause[m.First] || w is "," or ";" or ":" or "that" or "which" or "who" or "and" or "but" or "by") return null;
            if (w is not ("was" or "were" or "been")) continue;
            if (!AuthorVerbs.Contains(view.Tokens[t + 1].Lower)) return null;
            for (var b = t + 2; b < Math.Min(view.Tokens.Count, t + 8); b++)
            {
                if (view.Tokens[b].Lower is "," or ";" or ":" or "and" or "but") return null;
                if (!view.Tokens[b].Is("by")) continue;
                return ByAgent(view, b) is { } agent ? LedBy(view, Coordinate(view, agent)) : null;
            }
            return null;
        }
        return null;
    }

    // "sanctions imposed by the West on Damascus": the agent is the phrase right after "by", not one after a preposition.
    // "welcomed by his Turkish counterpart": a possessive before the agent's noun is no agent of its own.
    private static ActorMention? ByAgent(SentenceView view, int by) =>
        view.Actors.Mentions.FirstOrDefault(x => x.First > by && x.First <= by + 4 && x.CanAct && !HasCommaBetween(view, by, x.First)
            && !view.HasWordBetween(by + 1, x.First, AgentBreaks) && !Determiner(view, x));

    private static readonly HashSet<string> AuthorVerbs = new(StringComparer.Ordinal)
    {
        "announced", "approved", "adopted", "imposed", "introduced", "issued", "unveiled", "ordered", "decided", "declared", "granted",
        "signed", "agreed", "passed", "extended", "renewed",
    };

    // "The UAE has led Arab engagement with Assad", "Italy favours closer dialogue with Damascus": a verb that takes up a
    // step named by a noun, an auxiliary before it and a modifier or two after it, stand between the subject and the noun.
    private static bool LeadsTo(SentenceView view, int from, int at)
    {
        var t = from;
        // "The UAE, which reopened its embassy in 2018, has led": past a relative clause set off by commas.
        if (t + 1 < at && view.Tokens[t].Is(",") && view.Tokens[t + 1].Lower is "which" or "who")
        {
            var close = t + 2;
            while (close < at && !view.Tokens[close].Is(",")) close++;
            t = close + 1;
        }
        while (t < at && view.Tokens[t].Lower is "has" or "have" or "had" or "is" or "was" or "also" or "long" or "now") t++;
        if (t >= at || !TakingUp.Contains(view.Tokens[t].Lower)) return false;
        t++;
        for (var k = 0; t < at && k < 3; k++, t++)
        {
            var w = view.Tokens[t];
            if (w.Kind != Text.TokenKind.Word || (w.Lower is not ("the" or "a" or "an" or "its" or "their" or "closer" or "greater" or "deeper" or "direct" or "renewed" or "regional" or "further")
                && !char.IsUpper(view.Text[w.Start]))) return false;
        }
        return t == at;
    }

    private static readonly HashSet<string> TakingUp = new(StringComparer.Ordinal)
    {
        "led", "leads", "leading", "spearheaded", "spearheads", "championed", "champions", "favours", "favors", "favoured", "favored",
        "pursued", "pursues", "pursuing", "backed", "backs", "supported", "supports", "sought", "seeks", "started", "began", "begun", "opened",
    };

    // Past the lower-case nouns that finish the cue's noun phrase ("border | crossing by"), up to two, and past whom the
    // step is on ("the lifting of sanctions | on Syria by the EU").
    private static int HeadNounEnd(SentenceView view, int t)
    {
        var end = t;
        while (end < view.Tokens.Count && end < t + 2 && view.Tokens[end].Kind == Text.TokenKind.Word && char.IsLower(view.Text[view.Tokens[end].Start])
               && view.Tokens[end].Lower is not ("by" or "and" or "or" or "of" or "the" or "a" or "an") && !AgentBreaks.Contains(view.Tokens[end].Lower)
               && !Participles.PastVerb(view.Tokens[end].Lower) && !view.Tokens[end].Lower.EndsWith("ly", StringComparison.Ordinal))
            end++;
        if (end + 1 < view.Tokens.Count && view.Tokens[end].Lower is "on" or "against"
            && view.Actors.Mentions.Find(x => x.First == end + 1 && x.Actor is not null) is { } on && on.Last < view.Tokens.Count && view.Tokens[on.Last].Is("by"))
            end = on.Last;
        return end;
    }

    private static bool Determiner(SentenceView view, ActorMention x) =>
        x.Kind == MentionKind.Pronoun && x.Last == x.First + 1 && view.Tokens[x.First].Lower is "his" or "her" or "its" or "their"
        && view.Actors.Mentions.Any(o => o.First == x.Last && o.CanAct);

    private static readonly HashSet<string> AgentBreaks = new(StringComparer.Ordinal) { "on", "against", "in", "to", "for", "at", "with", "from" };

    private static bool HasCommaBetween(SentenceView view, int from, int to)
    {
        for (var t = from; t < to; t++) if (view.Tokens[t].Is(",")) return true;
        return false;
    }

    /// <summary>"was ousted", "had been shut", "is expected to be reopened": a form of "be" just before the cue.</summary>
    private static bool IsPassive(SentenceView view, int first)
    {
        // "it was lifting sanctions on Syria, a move welcomed by Damascus": "was" before a gerund is no passive.
        if (view.Tokens[first].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var t = first - 1; t >= 0 && t >= first - 3; t--)
        {
            var w = view.Tokens[t].Lower;
            // "HTS remains designated as a terrorist organisation": a state kept is a passive too.
            if (w is "was" or "were" or "been" or "being" or "is" or "are" or "be" or "got" or "gets" or "get" or "remains" or "remain" or "remained") return true;
            if (!w.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>"Sanctions were imposed on Syria by the EU": the cue's own last word is a participle after a form of "be".</summary>
    private static bool PassiveInside(SentenceView view, TriggerMatch m) =>
        m.Length >= 2 && Participles.PastVerb(view.Tokens[m.End - 1].Lower) && IsPassive(view, m.End - 1);

    private static readonly HashSet<string> VerbsBeforeTo = new(StringComparer.Ordinal)
    {
        "want", "wants", "wanted", "plan", "plans", "planned", "planning", "decide", "decided", "decides", "agree", "agreed", "agrees",
        "intend", "intends", "intended", "hope", "hopes", "hoped", "seek", "seeks", "sought", "aim", "aims", "aimed", "expect", "expects",
        "expected", "need", "needs", "needed", "refuse", "refuses", "refused", "continue", "continues", "continued", "try", "tries", "tried",
        "move", "moves", "moved", "is", "are", "was", "were", "be", "been", "set", "going", "able", "ready", "likely", "unlikely", "prepared",
        "willing", "due", "poised", "about", "began", "begin", "begins", "start", "started", "starts", "vow", "vowed", "vows", "pledge",
        "pledged", "promise", "promised", "threaten", "threatened", "threatens", "declined", "failed", "fails", "offered", "offers", "prefer",
        "preferred", "sought", "came", "went", "attempt", "attempted", "chose", "choose", "managed", "helped", "help", "wished", "wish",
        "ought", "used", "appears", "appeared", "seems", "seemed", "happened", "proposed", "proposes", "announced", "expects", "set",
        "invited", "asked", "urged", "called", "allowed", "permitted", "encouraged", "pressed", "forced", "told", "first", "last", "latest",
        "scheduled", "slated", "preparing", "quick", "swift", "slow", "keen", "eager", "happy", "pleased", "reluctant", "unable", "free", "obliged", "required", "supposed",
        "determined", "committed", "hoping", "seeking", "trying", "working", "moving", "continuing", "planning", "looking", "refusing",
        "voted", "vote", "votes", "voting", "opted", "resolved", "unanimously", "yet", "open",
        // "..., agreeing to return ambassadors": the participles of the same verbs.
        "agreeing", "deciding", "pledging", "promising", "vowing", "threatening", "offering", "choosing", "opting", "resolving", "declining",
        "helping", "managing", "wishing", "expecting", "intending", "aiming", "attempting", "beginning", "starting", "needing",
        "proposing", "urging", "asking", "inviting", "allowing", "encouraging", "pressing", "forcing", "wanting", "preferring", "striving",
    };

    /// <summary>"urged member states to recall their ambassadors": the infinitive's subject is a noun that is no actor.</summary>
    private static bool NonActorInfinitive(SentenceView view, int at)
    {
        if (at < 2 || !view.Tokens[at - 1].Is("to")) return false;
        // "agreed earlier in January to restore ties": the verb stands before the time.
        var b = BeforeTime(view, at - 2);
        if (b < at - 2 && b >= 1 && view.Tokens[b].Lower is "earlier" or "later" or "last" or "this") b--;
        var before = view.Tokens[b];
        if (before.Kind != Text.TokenKind.Word || VerbsBeforeTo.Contains(before.Lower) || before.Lower.EndsWith("ly", StringComparison.Ordinal)) return false;
        if (OwnPlan(view, b)) return false;
        // "was the first Western ally to call for dialogue": the noun before "to" names the subject itself.
        for (var t = Math.Max(0, at - 5); t < at - 1; t++)
        {
            if (view.Tokens[t].Lower is "first" or "last" or "latest" or "only" or "second" or "third") return false;
        }
        // An actor right before "to", or before a time before it ("to Amman on March 2 to meet"), may be the one who acts.
        return !view.Actors.Mentions.Any(x => x.Last == at - 1 || x.Last == b + 1 || (x.Last == at - 2 && view.Tokens[at - 2].Is(")"))) && Holder(view, at) is null;
    }

    // The token before the time that token `t` ends ("agreed in January to", "decision in 1980 to"), or `t` itself.
    private static int BeforeTime(SentenceView view, int t)
    {
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token <= t && t <= view.TokenAt(d.End - 1) && token >= 1) t = token - 1;
        }
        return t;
    }

    /// <summary>
    /// "EU ministers agreed in January on a roadmap to ease sanctions", "the Council adopted a draft resolution to
    /// remove ...": a plan its subject made, agreed or adopted; the subject is the infinitive's. Praising or welcoming
    /// "the decision to suspend Syria" makes no plan of one's own.
    /// </summary>
    private static bool OwnPlan(SentenceView view, int noun)
    {
        if (!IsPlanNoun(view.Tokens[noun].Lower)) return false;
        for (var t = noun - 1; t >= 0 && t >= noun - 6; t--)
        {
            var w = view.Tokens[t].Lower;
            if (PlanVerbs.Contains(w)) return true;
            if (view.Tokens[t].Kind != Text.TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>A noun that names a plan or an intention: "a roadmap to ease", "the decision to suspend".</summary>
    internal static bool IsPlanNoun(string lower) => IntentNouns.Contains(lower) || PlanNouns.Contains(lower);

    private static readonly HashSet<string> PlanNouns = new(StringComparer.Ordinal)
    {
        "roadmap", "road", "map", "resolution", "framework", "mechanism", "measure", "measures", "order", "bill", "law", "package", "strategy",
        "steps", "step", "action", "process",
    };

    private static readonly HashSet<string> PlanVerbs = new(StringComparer.Ordinal)
    {
        "agreed", "agree", "agrees", "adopted", "adopts", "adopt", "announced", "announces", "unveiled", "unveils", "approved", "approves",
        "signed", "signs", "reached", "struck", "drew", "drawn", "launched", "launches", "presented", "presents", "passed", "passes", "issued",
        // "agreed to take steps to normalise relations": the steps are the subject's own.
        "take", "takes", "took", "taken", "taking",
        // "had started the process to add South Korea back to its white list".
        "started", "starts", "start", "began", "begun", "begins", "initiated", "initiates",
    };

    private static readonly HashSet<string> IntentNouns = new(StringComparer.Ordinal)
    {
        "agreement", "decision", "plan", "plans", "effort", "efforts", "attempt", "attempts", "bid", "move", "readiness", "willingness",
        "desire", "commitment", "pledge", "proposal", "offer", "initiative", "intention", "intent", "push", "drive", "deal", "promise",
        "agreements", "deals", "accord", "accords", "treaty", "treaties", "pact", "pacts", "decisions", "proposals", "commitments", "pledges",
        "promises", "initiatives",
        // "affirmed his country's keenness to strengthen relations": the wish is as much the holder's as a decision.
        "keenness", "eagerness", "determination", "aspiration", "wish", "resolve", "ambition", "hope", "hopes",
    };

    /// <summary>
    /// "Iran's landmark, Chinese-brokered agreement to restore ties", "Cairo's willingness to strengthen relations": the
    /// holder of an intention named by a noun is the subject of its infinitive.
    /// </summary>
    private static ActorMention? Holder(SentenceView view, int at)
    {
        if (at < 2 || !view.Tokens[at - 1].Is("to")) return null;
        // "Iran's decision in 1980 to break off ties": a time may stand between the noun and its infinitive.
        var noun = BeforeTime(view, at - 2);
        if (noun < at - 2 && noun >= 1 && view.Tokens[noun].Lower is "in" or "on" or "last" or "this") noun--;
        if (noun < 0 || !IntentNouns.Contains(view.Tokens[noun].Lower)) return null;
        for (var i = view.Actors.Mentions.Count - 1; i >= 0; i--)
        {
            var x = view.Actors.Mentions[i];
            if (x.Last > noun || !x.CanAct) continue;
            if (noun - x.Last > 7) break;
            if (x.Last < view.Tokens.Count && view.Tokens[x.Last].Lower is "'s" or "'") return x;
            // "The two countries reconfirm their intention to normalize relations": a possessive pronoun holds it too.
            if (x.Kind == MentionKind.Pronoun && x.Last == x.First + 1 && view.Tokens[x.First].Lower is "their" or "its" or "his" or "her"
                && noun - x.Last <= 1) return x;
        }
        return null;
    }

    /// <summary>The subject before token <paramref name="at"/>: the nearest actor of its clause that may act and is not a prepositional object.</summary>
    internal static List<ActorMention>? Subjects(SentenceView view, int at, int near = 0)
    {
        // "urged the bloc to review its policy and to appoint an envoy": an infinitive joined to an earlier one by "and"
        // has that one's subject.
        if (JoinedInfinitive(view, at) is var earlier and >= 0) return Subjects(view, earlier, near);
        if (Holder(view, at) is { } holder) return Coordinate(view, holder);
        if (NonActorInfinitive(view, at) || UnnamedSubject(view, at)) return null;
        // "days after Syrian businessmen visited Amman", "after Iranian pilgrims flew to Jeddah": private people of a state
        // are neither its government nor anyone named before their clause.
        if (AdjectivalClauseSubject(view, at) is { } owner) return PrivateNouns.Contains(view.Tokens[at - 1].Lower) ? null : [owner];
        if ((ParticipleSubject(view, at, afterObject: true) ?? ParticipleSubject(view, ParticipleOpening(view, at))) is { } main) return main;
        var clause = view.Clause[at];
        var aside = view.Aside[at];
        // The nearest fitting actor before the cue: searched backwards, so the costly checks stop at the first fit.
        var mentions = view.Actors.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var x = mentions[i];
            if (x.First >= at) continue;
            // "'We left Damascus for security reasons, not because we wanted to suspend relations,' the diplomat said": a
            // subject pronoun no one was found for is still the clause's subject; no actor named further back is.
            // ("Washington, he told reporters, was opposed": not one who tells of it in an aside.)
            if (x.Actor is null && x.Kind == MentionKind.Pronoun && view.Clause[x.First] == clause && x.Last == x.First + 1 && (!view.Aside[x.First] || aside)
                && view.Tokens[x.First].Lower is "we" or "i" or "he" or "she" or "they"
                && !(x.Last < at && SayingVerbs.Contains(view.Tokens[x.Last].Lower)))
                return null;
            if (!x.CanAct || view.Clause[x.First] != clause) continue;
            if (view.Aside[x.First] && !aside) continue;
            // "to brief them on the talks": a pronoun in the object case is no one's subject.
            if (x.Kind == MentionKind.Pronoun && x.Last == x.First + 1 && view.Tokens[x.First].Lower is "them" or "him" or "us") continue;
            if (near > 0 && at - x.Last > near && !Possessor(view, x, at) && !LeadsTo(view, x.Last, at)) continue;
            if (RelativeBarrier(view, x, at)) continue;
            if (InParticiplePhrase(view, x, at) || InNounApposition(view, i, at)) continue;
            // "agreed to a European Union plan to normalise relations": a name after "a" describes the noun after it.
            if (x.First >= 1 && view.Tokens[x.First - 1].Lower is "a" or "an" && x.Last < at
                && view.Tokens[x.Last].Lower is "plan" or "proposal" or "initiative" or "roadmap" or "framework" or "deal" or "scheme" or "offer" or "formula") continue;
            // "the two sides concluded the Brussels Agreement": a city that names an agreement is no one who acts.
            if (NamesDocument(view, x)) continue;
            // "Jordan thanked Saudi Arabia, which reopened its embassy": the object of one verb is the subject of a relative clause on it.
            if (DirectObject(view, x) && !SubjectOfInfinitive(view, x, at) && !Antecedent(view, x, at)) continue;
            var group = Coordinate(view, x);
            // "Assad met Erdogan in Moscow, and Erdogan met Assad": after ", and" a new clause names its own subject; the
            // place before the comma is not listed with it.
            if (group.Count > 1 && AfterCommaAnd(view, x.First) && IsPrepositionalObject(view, group))
                group = [x];
            if (Members(view, group, at) is { } members) return members;
            // "over the Egyptian army toppling a president": the one right before a gerund does it, even after a preposition.
            if (IsPrepositionalObject(view, group) && !SubjectOfInfinitive(view, x, at) && !Possessor(view, x, at) && !Antecedent(view, x, at)
                && !(x.Last == at && view.Tokens[at].Lower.EndsWith("ing", StringComparison.Ordinal)))
                continue;
            return LedBy(view, group);
        }
        return null;
    }

    /// <summary>
    /// "urging the bloc to review its Syria policy and to consider appointing an envoy": the verb of an infinitive after
    /// "and to" (or a gerund a verb of that infinitive takes), joined to an earlier infinitive of its clause; that
    /// infinitive's verb token, or -1.
    /// </summary>
    private static int JoinedInfinitive(SentenceView view, int at)
    {
        var verb = at;
        if (verb >= 3 && GerundTakers.Contains(view.Tokens[verb - 1].Lower) && view.Tokens[verb - 2].Is("to")) verb--;
        if (verb < 4 || !view.Tokens[verb - 1].Is("to") || view.Tokens[verb - 2].Lower is not ("and" or "or")) return -1;
        var clause = view.Clause[verb];
        for (var t = verb - 3; t >= 1 && t >= verb - 14 && view.Clause[t] == clause; t--)
        {
            // A new subject or clause between them ("to review it, and the EU said ..."): no longer one list of infinitives.
            if (view.Tokens[t].Is(";") || view.Tokens[t].Lower is "that" or "which" or "who" or "said" or "says") return -1;
            if (!view.Tokens[t].Is("to") || !InfinitiveVerb(view, t + 1)) continue;
            // The earlier infinitive has a subject of its own: the one asked, right before it ("urged the bloc to review"),
            // or the subject of a verb that takes it ("agreed on Thursday to normalise"). Not a purpose ("to work together
            // 'without conditions' to build ... and to reopen"), whose doer the sentence leaves open.
            var before = BeforeTime(view, t - 1);
            if (before < t - 1 && before >= 1 && view.Tokens[before].Lower is "earlier" or "later" or "last" or "this" or "on" or "in") before--;
            if (VerbsBeforeTo.Contains(view.Tokens[before].Lower)) return t + 1;
            return AskedBySomeoneElse(view, before + 1) ? t + 1 : -1;
        }
        return -1;
    }

    /// <summary>
    /// "urged the bloc to review": the one asked, ending at token <paramref name="end"/>, by someone named who is not it. "Eight
    /// EU states asked the bloc to review ... and to appoint": with no one named to ask, the joined step would be coded as
    /// the asked one's own, demanded, where the spec codes only the callers' stance.
    /// </summary>
    private static bool AskedBySomeoneElse(SentenceView view, int end)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.Last != end || !x.CanAct) continue;
            var verb = x.First - 1;
            if (verb >= 1 && view.Tokens[verb].Lower is "the" or "its" or "their") verb--;
            return verb >= 1 && Subjects(view, verb) is { Count: > 0 } askers && !HasBase(askers, x.BaseActor);
        }
        return false;
    }

    /// <summary>
    /// "agreed to normalise relations with Israel and to reopen liaison offices, in a deal that saw Washington ...": an
    /// infinitive joined by "and to" whose own words name no one is done toward the one the earlier infinitive names.
    /// </summary>
    internal static ActorMention? JoinedObject(SentenceView view, TriggerMatch m, string? sourceBase)
    {
        var earlier = JoinedInfinitive(view, m.First);
        if (earlier < 0) return null;
        var and = m.First - 1;
        while (and > earlier && !view.Tokens[and].Is("and") && !view.Tokens[and].Is("or")) and--;
        foreach (var x in view.Actors.Mentions)
        {
            // Only one the earlier verb is done to or with: "relations with Israel", not "its Syria policy".
            if (x.First > earlier && x.Last <= and && x.CanAct && x.Kind != MentionKind.Pronoun && x.BaseActor != sourceBase && !view.Aside[x.First]
                && (x.First == earlier + 1 || view.Tokens[x.First - 1].Lower is "with" or "to" or "toward" or "towards" or "against" or "on")) return x;
        }
        return null;
    }

    // A lower-case word after "to" that is no determiner, pronoun or actor: "to review", not "to the bloc", "to Damascus".
    private static bool InfinitiveVerb(SentenceView view, int t)
    {
        if (t >= view.Tokens.Count) return false;
        var w = view.Tokens[t];
        return w.Kind == TokenKind.Word && char.IsLower(view.Text[w.Start]) && !view.Actors.Covers(t)
            && w.Lower is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" or "these" or "those" or "our" or "all"
                or "some" or "date" or "power");
    }

    // Verbs whose object may be a gerund that names the step: "to consider appointing", "to start restoring".
    private static readonly HashSet<string> GerundTakers = new(StringComparer.Ordinal)
    {
        "consider", "start", "begin", "resume", "stop", "keep", "explore", "discuss", "study", "contemplate",
    };

    /// <summary>
    /// "King Hamad, speaking in Moscow during a visit to Vladimir Putin, said ...": one named inside a participle set off by
    /// commas after the subject, the comma closed before the cue, is not its subject.
    /// </summary>
    private static bool InParticiplePhrase(SentenceView view, ActorMention x, int at)
    {
        var close = -1;
        for (var t = x.Last; t < at; t++)
        {
            if (view.Tokens[t].Is(",")) { close = t; break; }
        }
        // The phrase opens on its participle, right after a comma with someone named before it.
        return close >= 0 && Discourse.BeforeParticiple(view.Tokens, view.Actors.Mentions, x.First) is not null;
    }

    // Whether token `first` opens a clause joined by ", and" (or ", and the"): such a clause names its own subject.
    private static bool AfterCommaAnd(SentenceView view, int first)
    {
        var k = first - 1;
        if (k >= 0 && view.Tokens[k].Is("the")) k--;
        return k >= 1 && view.Tokens[k].Is("and") && view.Tokens[k - 1].Is(",");
    }

    /// <summary>
    /// "seven years after Arab states cut ties with Syria", "when Western countries closed their embassies": states
    /// named by a plural noun and no name are the subject; an actor named further back is not.
    /// </summary>
    private static bool UnnamedSubject(SentenceView view, int at)
    {
        var t = at - 1;
        while (t >= 0 && view.Tokens[t].Lower is "also" or "have" or "had" or "has" or "then" or "all" or "both" or "later" or "quickly" or "jointly" or "soon")
            t--;
        if (t < 0 || !StateNouns.Contains(view.Tokens[t].Lower) || view.Actors.Covers(t)) return false;
        // The noun opens its clause: after "after", "when", a comma or nothing, with a few modifiers between ("after many
        // Arab states"); not "the UK along with seven other nations".
        var open = t - 1;
        while (open >= 0 && t - open <= 3 && (view.Tokens[open].Lower is "the" or "many" or "most" or "some" or "several" or "all" or "few" or "major"
            or "regional" or "neighbouring" or "neighboring" or "western" or "arab" or "gulf" or "european" or "muslim" or "african" or "asian" or "latin"))
            open--;
        return open < 0 || view.Tokens[open].Is(",") || view.Tokens[open].Lower is "after" or "before" or "when" or "since" or "as" or "while" or "until"
            or "once" or "because" or "that" or "and" or "but";
    }

    /// <summary>
    /// "..., the ministers said, hours after other Syrian frontier posts reopened with Jordan": a clause opened by "after",
    /// "when" and the like names its own subject; a noun whose state is named by an adjective ("Syrian posts", "the Turkish
    /// army") stands for that state, not anyone named before the clause.
    /// </summary>
    private static ActorMention? AdjectivalClauseSubject(SentenceView view, int at)
    {
        if (view.Actors.Adjectives is not { Count: > 0 } adjectives) return null;
        ActorMention? owner = null;
        for (var t = at - 1; t >= 0 && at - t <= 5; t--)
        {
            var w = view.Tokens[t];
            if (w.Lower is "after" or "before" or "when" or "since" or "until" or "once" or "while")
                return owner?.Actor is { } state && !view.NamesActorBetween(t, at) ? owner.GovernmentOf(state) : null;
            if (w.Kind != TokenKind.Word || char.IsUpper(view.Text[w.Start]) && AdjectiveAt(adjectives, t) is null) return null;
            if (AdjectiveAt(adjectives, t) is { } adjective)
            {
                if (owner is not null && owner.BaseActor != adjective.BaseActor) return null;
                owner = adjective;
                continue;
            }
            // Before the adjective, only an article or a quantifier ("after other Syrian posts"); after it, the noun it
            // qualifies ("Syrian frontier posts"), never a verb.
            if (owner is not null ? w.Lower is not ("the" or "other" or "some" or "several" or "all" or "both" or "many" or "most")
                : Participles.PastVerb(w.Lower) || w.Lower is "to" or "and" or "or" or "of" or "that" or "which")
                return null;
        }
        return null;
    }

    private static ActorMention? AdjectiveAt(List<ActorMention> adjectives, int t)
    {
        foreach (var x in adjectives)
        {
            if (x.First <= t && t < x.Last && x.Actor is not null) return x;
        }
        return null;
    }

    private static readonly HashSet<string> PrivateNouns = new(StringComparer.Ordinal)
    {
        "businessmen", "businesspeople", "businessman", "pilgrims", "tourists", "citizens", "nationals", "students", "workers", "refugees",
        "families", "traders", "merchants", "fans", "journalists", "activists", "protesters", "civilians", "migrants", "truckers", "drivers",
        "travellers", "travelers", "investors", "companies", "firms", "clerics", "athletes", "artists", "scholars", "academics", "exiles",
    };

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal)
    {
        "states", "countries", "nations", "governments", "members", "powers", "capitals", "allies", "neighbours", "neighbors", "monarchies",
        "partners", "donors",
    };

    private static readonly HashSet<string> TransitiveVerbs = new(StringComparer.Ordinal)
    {
        "meets", "visits", "urges", "invites", "hosts", "receives", "tells", "asks", "calls", "sanctions", "supports", "backs",
        "recognises", "recognizes", "joins", "expels", "accuses", "blames", "warns", "thanks", "congratulates", "welcomes",
        "discuss", "discusses", "discussing",
        // "First to expel the Turkish ambassador and downgrade our ties": the envoy sent away is the object, never the one
        // who downgrades.
        "expel", "expelling", "summon", "summoning", "declare", "declaring",
    };

    /// <summary>
    /// "Tokyo downgraded South Korea to 'Group B' after imposing export restrictions": an actor right after a verb is its
    /// object, not the subject of a verb further on.
    /// </summary>
    private static bool DirectObject(SentenceView view, ActorMention x)
    {
        var before = x.First - 1;
        if (before >= 0 && view.Tokens[before].Lower is "the" or "a" or "an") before--;
        // "OFAC issued on Thursday the Syria General License": a time phrase between the verb and its object; not one that
        // ends on the word opening a clause ("Bahrain spoke a day after the UAE reopened").
        if (before >= 0 && view.Tokens[before].Lower is not ("after" or "before" or "since" or "until" or "following")
            && DateEndingAt(view, before) is { } date) before = date - 1;
        if (before < 0) return false;
        var w = view.Tokens[before];
        if (w.Kind != TokenKind.Word || char.IsUpper(view.Text[w.Start]) || w.Lower.Contains('-')) return false;
        return Participles.PastVerb(w.Lower) || TransitiveVerbs.Contains(w.Lower);
    }

    // The first token of a date phrase that ends with token `last`.
    private static int? DateEndingAt(SentenceView view, int last)
    {
        var end = view.Tokens[last].End;
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (d.End == end && token <= last) return token;
        }
        return null;
    }

    /// <summary>
    /// "Syrian rebels have entered Damascus, forcing President Assad to flee": a participle after a comma tells more of
    /// what the main clause's subject did, not of the object before it.
    /// </summary>
    private static List<ActorMention>? ParticipleSubject(SentenceView view, int at, bool afterObject = false)
    {
        if (at < 2) return null;
        var word = view.Tokens[at].Lower;
        if (!word.EndsWith("ing", StringComparison.Ordinal) || word.Length < 6) return null;
        // "wrote to Josep Borrell urging the bloc to ...": after the object of a verb of writing or speaking "to" or "with",
        // with no comma ("unhappy with Gulf states restoring ties" is no such thing). Only for the participle itself: a cue
        // further inside its clause ("urging the bloc to appoint") has its own subject.
        if (!view.Tokens[at - 1].Is(",") && !(afterObject && AfterAddressee(view, at))) return null;
        var clause = view.Clause[at];
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First >= at) break;
            if (!x.CanAct || view.Clause[x.First] != clause || view.Aside[x.First] || InFrontedClause(view, x, at)) continue;
            var group = Coordinate(view, x);
            if (IsPrepositionalObject(view, group)) continue;
            // The whole of a listed subject: "The United States and the European Union also disengaged with al-Assad,
            // imposing sanctions".
            var listed = ListedBefore(view, x, at, clause);
            return LedBy(view, listed.Count > group.Count ? listed : group);
        }
        return null;
    }

    // Its own method: a lambda over `view` and `at` in ParticipleSubject made a closure at every call, before the early returns.
    private static List<ActorMention> ListedBefore(SentenceView view, ActorMention x, int at, int clause)
    {
        var listed = new List<ActorMention>();
        foreach (var f in Following(view, x))
            if (f.CanAct && f.First < at && view.Clause[f.First] == clause) listed.Add(f);
        return listed;
    }

    private static bool AfterAddressee(SentenceView view, int at)
    {
        // "wrote to Borrell on Monday urging": a time may stand between the addressee and the participle.
        var end = at;
        if (at >= 2 && DateEndingAt(view, at - 1) is { } time)
            end = time >= 1 && view.Tokens[time - 1].Lower is "on" or "in" or "last" or "this" or "earlier" ? time - 1 : time;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.Last != end || x.First < 2) continue;
            // "wrote to EU foreign policy chief Josep Borrell urging": a title and the name after it are one addressee.
            var t = TitleBefore(view, x) - 1;
            if (view.Tokens[t].Is("the")) t--;
            return t >= 1 && view.Tokens[t].Lower is "to" or "with" && AddressVerbs.Contains(view.Tokens[t - 1].Lower);
        }
        return false;
    }

    // The first token of the title mention that ends where `x` begins and names the same actor, or x's own first token.
    private static int TitleBefore(SentenceView view, ActorMention x)
    {
        foreach (var title in view.Actors.Mentions)
        {
            if (title.Last == x.First && title.First < x.First && title.BaseActor == x.BaseActor && title.Kind != MentionKind.Pronoun) return title.First;
        }
        return x.First;
    }

    private static readonly HashSet<string> AddressVerbs = new(StringComparer.Ordinal)
    {
        "wrote", "writes", "write", "writing", "written", "spoke", "speaks", "speaking", "talked", "talks", "appealed", "appeals", "turned", "letter",
        "message", "sent", "complained", "phoned", "called",
    };

    /// <summary>
    /// "met al-Assad, marking the first such trip to Syria": a cue further inside a participle clause has the clause's
    /// subject too, when no actor stands between the participle and the cue and no clause of its own ("adding that the
    /// normalization would depend on") begins there. The participle's token, or -1.
    /// </summary>
    /// <summary>
    /// "When the Taiwanese office opened its doors in Vilnius, China went further, downgrading relations": the subject of a
    /// clause put before the main one is not the main one's.
    /// </summary>
    private static bool InFrontedClause(SentenceView view, ActorMention x, int at)
    {
        if (view.Tokens[0].Lower is not ("when" or "after" or "before" or "as" or "while" or "although" or "though" or "since" or "once" or "because"
            or "if" or "until")) return false;
        for (var t = 1; t < x.First; t++) if (view.Tokens[t].Is(",")) return false;
        for (var t = x.Last; t < at - 1; t++) if (view.Tokens[t].Is(",")) return true;
        return false;
    }

    private static int ParticipleOpening(SentenceView view, int at)
    {
        var clause = view.Clause[at];
        for (var t = at - 1; t > 0 && t >= at - 6 && view.Clause[t] == clause; t--)
        {
            if (view.Tokens[t].Is(",") || view.Tokens[t].Is("that")) return -1;
            if (!view.Tokens[t - 1].Is(",")) continue;
            // "including ousted Syrian dictator Bashar al-Assad", "following the visit": prepositions, not participles.
            if (view.Tokens[t].Lower is "including" or "according" or "following" or "regarding" or "concerning" or "during") return -1;
            foreach (var x in view.Actors.Mentions)
            {
                if (x.First > t && x.First < at && x.CanAct) return -1;
            }
            return t;
        }
        return -1;
    }

    /// <summary>
    /// "the Qatari diplomatic mission, which was closed", "the origins of the rebels who toppled Assad": the noun a
    /// relative clause hangs on is the subject of its verb, whatever stands before the noun.
    /// </summary>
    private static bool Antecedent(SentenceView view, ActorMention x, int at)
    {
        var t = x.Last;
        if (t < view.Tokens.Count && view.Tokens[t].Is(",")) t++;
        if (t >= at || view.Tokens[t].Lower is not ("which" or "who" or "that")) return false;
        // The relative pronoun is the verb's subject only when no other actor stands between it and the verb; the noun's
        // own pronoun or name ("Washington, which coupled its calls with a ban on U.S. citizens") is the same actor, and one
        // after a preposition ("from investing in Syria") is an object: neither is another subject. But "which called on the
        // Government to break off relations": the one asked is the subject of the infinitive and of what follows it.
        for (var i = 0; i < view.Actors.Mentions.Count; i++)
        {
            var m = view.Actors.Mentions[i];
            if (m.First > t && m.First < at && m.CanAct && m.Actor != x.Actor
                && (view.Tokens[m.Last].Is("to") || !IsPrepositionalObject(view, [m]))) return false;
        }
        return true;
    }

    /// <summary>
    /// "insurgent forces led by Hayat Tahrir al-Sham", "Militants, led by HTS,": forces named with their leader act
    /// as that leader's (spec: the forces that toppled Assad are HTS where named).
    /// </summary>
    private static List<ActorMention> LedBy(SentenceView view, List<ActorMention> group)
    {
        var head = group[^1];
        var t = head.Last;
        if (t < view.Tokens.Count && view.Tokens[t].Is(",")) t++;
        if (t + 1 >= view.Tokens.Count || view.Tokens[t].Lower is not ("led" or "headed") || !view.Tokens[t + 1].Is("by")) return group;
        var leader = view.Actors.Mentions.FirstOrDefault(m => m.First > t + 1 && m.First <= t + 4 && m.CanAct);
        return leader is null ? group : [leader];
    }

    private static bool IsPlaceModifier(SentenceView view, int t)
    {
        var tok = view.Tokens[t];
        if (tok.Kind != Text.TokenKind.Word || char.IsUpper(view.Text[tok.Start])) return false;
        return tok.Lower is "north" or "south" or "east" or "west" or "central" or "northeast" or "northwest" or "southeast" or "southwest"
            || tok.Lower.EndsWith("ern", StringComparison.Ordinal) || tok.Lower.EndsWith("-held", StringComparison.Ordinal)
            || tok.Lower.EndsWith("-controlled", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "ministers", "leaders", "officials", "delegation", "delegations", "representatives", "envoys", "heads", "chiefs", "diplomats", "delegates",
        "speakers", "lawmakers", "legislators", "parliamentarians", "negotiators",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "are", "is", "was", "were", "have", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must", "did", "do", "does",
    };

    private static bool IsPrepositionalObject(SentenceView view, List<ActorMention> group)
    {
        var before = group[0].First - 1;
        // "from Saudi King Salman": a demonym before the title stands between too.
        if (before >= 0 && DemonymEndingAt(view, before + 1) is { } demonym) before = demonym.First - 1;
        // "the fall of former Syrian President Bashar al-Assad", "of the late King Hussein": a holder's time stands between.
        while (before >= 0 && view.Tokens[before].Lower is "former" or "late" or "then" or "outgoing" or "deposed" or "ousted" or "toppled"
            or "now-deposed" or "now-ousted" or "exiled") before--;
        if (before >= 0 && view.Tokens[before].Is("the")) before--;
        // "from northern Syria", "in rebel-held Idlib": a place's modifiers stand between it and its preposition.
        while (before >= 0 && IsPlaceModifier(view, before)) before--;
        if (before < 0 || !ObjectPrepositions.Contains(view.Tokens[before].Lower)) return false;
        // "Ambassador Serdar Kilic of Turkey", "the National Assembly of Armenia": after a title, "of" names whom one
        // serves, not an object.
        if (view.Tokens[before].Is("of") && before > 0 && view.Tokens[before - 1].Kind == TokenKind.Word
            && char.IsUpper(view.Text[view.Tokens[before - 1].Start])) return false;
        // "Deputy foreign ministers of the four countries met", "a delegation of parliament speakers from Iraq, Jordan and
        // Egypt met Assad": the ones a noun of people names are theirs.
        if (view.Tokens[before].Lower is "of" or "from" && before > 0 && PeopleNouns.Contains(view.Tokens[before - 1].Lower))
            return false;
        // "including those of Iraq and Jordan": the list stands for the heads it names.
        if (before >= 2 && view.Tokens[before].Is("of") && view.Tokens[before - 1].Lower is "those" or "that" && view.Tokens[before - 2].Is("including"))
            before -= 2;
        if (!view.Tokens[before].Is("including")) return true;
        // "several Arab states, including Iraq and Lebanon, are pushing": the list names the subject.
        var after = group.Max(g => g.Last);
        while (after < view.Tokens.Count && view.Tokens[after].Is(",")) after++;
        // "a delegation including those of Iraq and Jordan, arrived": a past verb right after the list is its predicate too.
        return !(after < view.Tokens.Count && (Auxiliaries.Contains(view.Tokens[after].Lower) || Participles.PastVerb(view.Tokens[after].Lower)));
    }

    private static readonly HashSet<string> ThatVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "stated", "states", "announced", "announces", "argued", "argues", "believes", "believe", "believed", "think", "thinks",
        "thought", "noted", "notes", "added", "adds", "claimed", "claims", "indicated", "indicates", "reported", "reports", "confirmed", "confirms",
        "warned", "warns", "hoped", "hopes", "insisted", "insists", "agreed", "decided", "stressed", "declared", "explained", "suggested", "repeatedly",
        "wrote", "writes", "told", "expects", "expected", "signalled", "signaled", "hinted", "revealed", "acknowledged", "denied", "emphasized",
    };

    // "governments in the region that have been considering restoring ties": the subject is the noun before "that",
    // not an actor further back. A "that" after a verb of saying ("stated that the U.S. ...") opens no such barrier.
    private static bool RelativeBarrier(SentenceView view, ActorMention x, int at)
    {
        for (var r = Math.Max(x.Last, NounAppositionEnd(view, x, at)); r < at; r++)
        {
            if (view.Tokens[r].Lower is not ("that" or "which" or "who") || (view.Tokens[r].Is("that") && !view.ThatOpens(r))) continue;
            if (r == x.Last) return false;
            var before = view.Tokens[r - 1];
            if (ThatVerbs.Contains(before.Lower) || before.Is(",")) continue;
            if (view.Actors.Mentions.Any(m => m.Last == r && m.CanAct)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Taiwan, the island democracy that Beijing claims as part of its own territory, opened an office": the comma that
    /// closes a noun set beside a name (its first word a determiner, its noun in lower case) before the cue; -1 when
    /// there is none. Who is named inside tells of the name, and is no subject of the verb after it.
    /// </summary>
    private static int NounAppositionEnd(SentenceView view, ActorMention head, int at)
    {
        var t = head.Last;
        if (t + 2 >= at || !view.Tokens[t].Is(",") || view.Tokens[t + 1].Lower is not ("the" or "a" or "an")
            || view.Tokens[t + 2].Kind != Text.TokenKind.Word || !char.IsLower(view.Text[view.Tokens[t + 2].Start])) return -1;
        for (var e = t + 3; e < at; e++)
        {
            if (view.Tokens[e].Is(",")) return e;
        }
        return -1;
    }

    // Whether mention i stands inside such a noun set beside a name before it.
    private static bool InNounApposition(SentenceView view, int i, int at)
    {
        var x = view.Actors.Mentions[i];
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            var head = view.Actors.Mentions[k];
            // "In Damascus, the visiting Jordanian minister, on his first trip, met Assad": a place after a preposition is where,
            // and what follows its comma is the subject, not a noun set beside the place.
            if (head.CanAct && head.Last < x.First && head.Kind is not (MentionKind.Place or MentionKind.Capital) && !IsPrepositionalObject(view, [head])
                && NounAppositionEnd(view, head, at) is var end && end >= x.Last) return true;
        }
        return false;
    }

    // "with Turkey's normalizing its relations": the possessor of the cue acts.
    private static bool Possessor(SentenceView view, ActorMention x, int at)
    {
        if (x.Last < view.Tokens.Count && (view.Tokens[x.Last].Is("'s") || view.Tokens[x.Last].Is("'"))) return at - x.Last <= 4;
        return x.Kind == MentionKind.Pronoun && view.Tokens[x.First].Lower is "his" or "her" or "its" or "their" && at - x.Last <= 2;
    }

    // "permitted Assad to visit", "the green light to the SNA (SNA) to launch offensives": the object of one verb
    // is the subject of the infinitive that follows it.
    private static bool SubjectOfInfinitive(SentenceView view, ActorMention x, int at)
    {
        // "travelled to Damascus to meet Sharaa": a place one goes to is where, and the infinitive after it says why.
        // ("appealed to Damascus to reopen the crossing" is an appeal to the state, who would act.)
        if (x.Kind is MentionKind.Place or MentionKind.Capital && x.First > 1 && view.Tokens[x.First - 1].Lower is "to" or "in" or "into" or "at" or "from"
            && Travelled(view, x.First - 2))
            return false;
        // "an invitation from Saudi King Salman to visit Riyadh": the one an invitation or a request comes from is not
        // the one it asks to act.
        var b = x.First - 1;
        if (b >= 0 && DemonymEndingAt(view, b + 1) is { } demonym) b = demonym.First - 1;
        if (b >= 0 && view.Tokens[b].Is("from")) return false;
        var t = x.Last;
        while (t < at && view.Aside[t]) t++;
        // "forced Jordan in July to put an end to plans": a time may stand between the object and its infinitive.
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token == t) t = Math.Max(t, view.TokenAt(d.End - 1) + 1);
        }
        if (t < at && view.Tokens[t].Is("to") && at - t <= 2) return true;
        // "backed rebels seeking to topple Assad": the one a participle of aiming follows does what it aims at.
        if (t + 1 < at && AimingParticiples.Contains(view.Tokens[t].Lower) && view.Tokens[t + 1].Is("to") && at - t <= 3) return true;
        // "condemned Turkey for 'invading' northern Syria", "accused Iran of arming the militias": the one blamed or
        // praised for a deed did it.
        return t < at && view.Tokens[t].Lower is "for" or "of" && at - t <= 2 && view.Tokens[at].Lower.EndsWith("ing", StringComparison.Ordinal)
            && x.First >= 1 && JudgingVerbs.Contains(view.Tokens[x.First - 1].Lower);
    }

    // The state's adjective that ends at token `end` ("Saudi" in "from Saudi King Salman"): a loop, where a lambda per call
    // allocated on a path every candidate subject takes.
    private static ActorMention? DemonymEndingAt(SentenceView view, int end)
    {
        if (view.Actors.Adjectives is not { } adjectives) return null;
        foreach (var a in adjectives) if (a.Last == end) return a;
        return null;
    }

    // A verb of travel at token `t`, or just before a "together" there: "flew (together) to Amman".
    private static bool Travelled(SentenceView view, int t)
    {
        if (t >= 1 && view.Tokens[t].Lower is "together" or "jointly" or "separately") t--;
        return t >= 0 && TravelVerbs.Contains(view.Tokens[t].Lower);
    }

    // Verbs of travel: the place after them and "to" is where one went, and an infinitive after it says why.
    private static readonly HashSet<string> TravelVerbs = new(StringComparer.Ordinal)
    {
        "travelled", "traveled", "travel", "travels", "travelling", "traveling", "flew", "fly", "flies", "flying", "went", "go", "goes", "going",
        "headed", "heads", "arrived", "arrives", "came", "come", "returned", "drove", "landed",
    };

    private static readonly HashSet<string> AimingParticiples = new(StringComparer.Ordinal)
    {
        "seeking", "trying", "aiming", "fighting", "working", "striving", "vying", "struggling", "looking", "hoping", "attempting",
    };

    private static readonly HashSet<string> JudgingVerbs = new(StringComparer.Ordinal)
    {
        "condemned", "condemns", "condemning", "accused", "accuses", "accusing", "blamed", "blames", "blaming", "criticised", "criticized",
        "criticises", "criticizes", "praised", "praises", "praising", "thanked", "thanks", "thanking", "commended", "commends", "faulted",
        "punished", "punishes", "sanctioned", "rebuked", "denounced",
    };

    /// <summary>The actor and those coordinated with it: "Italy and Turkey", "Iraq and Lebanon", "the UAE, Oman and Bahrain".</summary>
    private static List<ActorMention> Coordinate(SentenceView view, ActorMention head)
    {
        // Mentions at one span (a pronoun resolved to a group) act together, in the order of their antecedents.
        var group = new List<ActorMention>(2);
        foreach (var x in view.Actors.Mentions)
        {
            if (x == head || (x.First == head.First && x.Last == head.Last && x.CanAct)) group.Add(x);
        }
        var current = group[0];
        var listClosed = false;
        while (true)
        {
            var joiner = current.First - 1;
            // "the Saudi minister and his Iranian counterpart, Hossein Amir-Abdollahian,": a name in apposition stands for
            // the title before it, and the list goes on from there.
            if (joiner >= 1 && view.Tokens[joiner].Is(",") && current.Kind == MentionKind.Person
                && view.Actors.Mentions.LastOrDefault(x => x.Last == joiner && x != current && x.BaseActor == current.BaseActor && x.CanAct
                    && (x.Kind == MentionKind.Person || x.Level != RoleLevel.None)) is { } titled)
            {
                current = titled;
                continue;
            }
            // "..., Saudi Arabia's Crown Prince Mohammed bin Salman and Syria's President": the list goes on before the
            // possessor of a title.
            if (joiner >= 1 && view.Tokens[joiner].Lower is "'s" or "'"
                && view.Actors.Mentions.LastOrDefault(x => x.Last == joiner && x.BaseActor == current.BaseActor && x.CanAct) is { } owner)
            {
                current = owner;
                continue;
            }
            // "Erdogan and President Abdel Fattah al-Sisi met": a title the name's mention leaves out stands between the "and"
            // and the name, and the list goes on before it.
            if (current.Kind == MentionKind.Person) joiner = BeforeTitle(view, joiner);
            // "A US delegation and an Israeli delegation were received": an article opens each of the list.
            if (joiner >= 0 && view.Tokens[joiner].Lower is "the" or "his" or "her" or "their" or "its" or "a" or "an") joiner--;
            // "and one of Libya's interim governments": a part named as one of the list.
            if (joiner >= 1 && view.Tokens[joiner].Is("of") && view.Tokens[joiner - 1].Lower is "one" or "some" or "most" or "part" or "two") joiner -= 2;
            if (joiner < 1) break;
            // "the United Arab Emirates, Egypt Yemen, and ...": two states side by side in a list lack only their comma.
            if (listClosed && view.Actors.Mentions.LastOrDefault(x => x.Last == joiner + 1 && x.Kind == MentionKind.State && x.CanAct) is { } adjacent
                && current.Kind == MentionKind.State)
            {
                group.Insert(0, adjacent);
                current = adjacent;
                continue;
            }
            // "Italy and seven other European Union members, Austria, Croatia and Greece,": the list names the members the
            // plural counts, and the one before them is listed too.
            // Only for a list closed by its comma, whose first is no object of a preposition ("Unlike Qatar and two other Gulf
            // states, the UAE ...").
            if (view.Tokens[joiner].Is(",") && CountedBefore(view, joiner - 1) is >= 0 and var counted && Conjunct(view, counted) is { } first
                && group[^1].Last < view.Tokens.Count && view.Tokens[group[^1].Last].Is(",") && !IsPrepositionalObject(view, [first]))
            {
                group.Insert(0, first);
                current = first;
                listClosed = true;
                continue;
            }
            var j = view.Tokens[joiner];
            var phrase = JoinerPhrase(view, joiner);
            // A comma joins actors only inside a list that an "and" or "or" closes: "the UAE, Oman and Bahrain".
            if (j.Is("and") || j.Is("or") || phrase > 0) listClosed = true;
            else if (!(j.Is(",") && listClosed)) break;
            var left = joiner - Math.Max(1, phrase);
            if ((j.Is("and") || phrase > 0) && left >= 0 && view.Tokens[left].Is(",")) left--;
            var prev = Conjunct(view, left) ?? (UnknownMember(view, left) is var skipped and >= 0 ? Conjunct(view, skipped) : null);
            if (prev is null) break;
            group.Insert(0, prev);
            current = prev;
        }
        // The first mention of each actor, in order: a few at most, where a set cost more than the comparisons.
        for (var i = group.Count - 1; i > 0; i--)
        {
            for (var k = 0; k < i; k++)
            {
                if (group[k].Actor != group[i].Actor) continue;
                group.RemoveAt(i);
                break;
            }
        }
        return group;
    }

    // The "and" or "or" before capitalized titles ending at `joiner` ("and Crown Prince"), or `joiner` itself: only after a
    // joiner, for after a comma alone a title opens an apposition ("Richard Grenell, President Donald Trump's envoy").
    // Nor when a verb stands before the "and" in its clause, or a comma right before it: then the "and" joins a second
    // clause ("Sisi hosted Iraq's premier in Cairo and President Erdogan hosted Jordan's king"), not two names.
    private static int BeforeTitle(SentenceView view, int joiner)
    {
        var k = joiner;
        while (k >= 1 && joiner - k < 3 && ListTitles.Contains(view.Tokens[k].Lower) && char.IsUpper(view.Text[view.Tokens[k].Start])) k--;
        if (k == joiner || view.Tokens[k].Lower is not ("and" or "or") || view.Tokens[k - 1].Is(",")) return joiner;
        for (var t = k - 1; t >= 0 && view.Clause[t] == view.Clause[k]; t--)
        {
            var w = view.Tokens[t];
            // "the thaw gathered pace after Erdogan and President al-Sisi shook hands": a clause opened by "after" lists anew.
            if (w.Lower is "after" or "before" or "when" or "while" or "since" or "until" or "once" or "because" or "that") break;
            if (w.Kind == TokenKind.Word && !char.IsUpper(view.Text[w.Start]) && (Participles.PastVerb(w.Lower) || TransitiveVerbs.Contains(w.Lower)
                || w.Lower is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "said" or "says"))
                return joiner;
        }
        return k;
    }

    // "Officials from Jordan, the UAE, Hamas and Egypt": a name the pack does not know ending at `end`, set off by a comma,
    // is passed over and the list goes on before it; the token before its comma, or -1.
    private static int UnknownMember(SentenceView view, int end)
    {
        var t = end;
        while (t >= 0 && t > end - 3 && view.Tokens[t].Kind == TokenKind.Word && char.IsUpper(view.Text[view.Tokens[t].Start])
            && !view.Actors.Covers(t)) t--;
        return t < end && t >= 1 && view.Tokens[t].Is(",") ? t - 1 : -1;
    }

    // "and seven other European Union members" ending at `end`: the last token of the actor before "and", or -1.
    private static int CountedBefore(SentenceView view, int end)
    {
        if (end < 4 || view.Tokens[end].Lower is not ("members" or "states" or "countries" or "governments" or "nations")) return -1;
        for (var t = end - 1; t >= 3 && t >= end - 5; t--)
        {
            if (!view.Tokens[t].Is("other")) continue;
            return view.Tokens[t - 2].Is("and") && (DateLists.Counts.Contains(view.Tokens[t - 1].Lower) || view.Tokens[t - 1].Kind == TokenKind.Number) ? t - 3 : -1;
        }
        return -1;
    }

    // Words that may follow a name as its head: "the Hayat Tahrir al-Sham (HTS) rebel group and allied factions".
    private static readonly HashSet<string> HeadNouns = new(StringComparer.Ordinal)
    {
        ")", "rebel", "rebels", "group", "militia", "movement", "alliance", "faction", "fighters", "forces", "government", "jihadist", "jihadists",
        "insurgent", "insurgents", "organisation", "organization", "coalition",
        // "Houthi negotiators and Yemeni government officials met": the people a group sends.
        "negotiators", "delegation", "delegates", "representatives", "officials", "envoys", "leaders", "commanders",
    };

    // The actor that ends at token `end`, or a few head words before it.
    private static ActorMention? Conjunct(SentenceView view, int end)
    {
        var named = false;
        for (var t = end; t >= 0 && t >= end - 3; t--)
        {
            foreach (var x in view.Actors.Mentions)
            {
                // "until he and Putin met": a subject pronoun is listed too; a possessive ("its and") is not.
                // "Dutch Foreign Minister Caspar Veldkamp and ...": a name the pack does not know may follow a title.
                // "The army and the RSF met": a resolved "the army" is listed as a name is.
                if (x.Last == t + 1 && x.CanAct && (x.Kind != MentionKind.Pronoun || view.Tokens[x.First].Lower is "he" or "she" or "we" || x.Refers == "state-military")
                    && (!named || x.Level != RoleLevel.None)) return x;
            }
            var w = view.Tokens[t];
            if (HeadNouns.Contains(w.Lower)) continue;
            if (w.Kind != TokenKind.Word || !char.IsUpper(view.Text[w.Start])) return null;
            named = true;
        }
        return null;
    }

    /// <summary>
    /// The length of a phrase that joins actors like "and", ending at token <paramref name="end"/>: "The United States
    /// and the EU, along with the governments of Britain, France and Germany, called ..."; 0 when there is none.
    /// </summary>
    private static int JoinerPhrase(SentenceView view, int end)
    {
        static bool At(SentenceView v, int t, string w) => t >= 0 && v.Tokens[t].Is(w);
        if (At(view, end, "with") && (At(view, end - 1, "along") || At(view, end - 1, "together"))) return 2;
        if (At(view, end, "as") && At(view, end - 1, "well") && At(view, end - 2, "as")) return 3;
        if (At(view, end, "by") && (At(view, end - 1, "followed") || At(view, end - 1, "joined"))) return 2;
        if (At(view, end, "alongside")) return 1;
        if (At(view, end, "also") && At(view, end - 1, "and")) return 2;
        return 0;
    }

    private static bool HasBase(IReadOnlyList<ActorMention> mentions, string? actor)
    {
        // By index: a foreach over the interface boxed an enumerator at every call.
        for (var i = 0; i < mentions.Count; i++) if (mentions[i].BaseActor == actor) return true;
        return false;
    }

    // Whether one of a few mentions is of this actor: a set built for each question cost more than it saved.
    private static bool HasActor(IReadOnlyList<ActorMention>? mentions, string? actor)
    {
        if (mentions is null) return false;
        for (var i = 0; i < mentions.Count; i++) if (mentions[i].Actor == actor) return true;
        return false;
    }

    // Words that open a phrase put before the subject: "Speaking during the summit in Jeddah, Al-Assad called ...".
    private static readonly HashSet<string> FrontingWords = new(StringComparer.Ordinal)
    {
        "during", "after", "before", "following", "in", "at", "on", "upon", "while", "amid", "despite", "with", "ahead", "since", "as",
    };

    /// <summary>
    /// The subject after a phrase put before it, when the cue stands in that phrase: "Addressing the summit, Saudi Crown
    /// Prince Mohammed bin Salman welcomed ...". The subject is the first actor after a comma that is not a place or a
    /// place's apposition ("in Jeddah, Saudi Arabia, on Friday, Al-Assad").
    /// </summary>
    private static List<ActorMention>? FrontedSubject(SentenceView view, TriggerMatch m)
    {
        var tokens = view.Tokens;
        var start = 0;
        while (start < tokens.Count && tokens[start].Kind != TokenKind.Word) start++;
        if (start > m.First) return null;
        var opener = tokens[start].Lower;
        if (!(FrontingWords.Contains(opener) || (opener.EndsWith("ing", StringComparison.Ordinal) && opener.Length > 4))) return null;
        // The cue must stand before the first comma that closes the phrase.
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < m.End || !x.CanAct || x.Kind == MentionKind.Pronoun) continue;
            var before = x.First - 1;
            if (before >= 0 && tokens[before].Lower is "the") before--;
            if (before < 0 || !tokens[before].Is(",")) continue;
            // "Jeddah, Saudi Arabia": a state after a place and a comma names where the place is.
            if (view.Actors.Mentions.Any(p => p.Last == before && p.Kind is MentionKind.Place or MentionKind.Capital)) continue;
            if (x.Last < tokens.Count && tokens[x.Last].Is(",") && x.Kind is MentionKind.State or MentionKind.Place or MentionKind.Capital) continue;
            // "..., Greece and Cyprus have restored relations": the subject is the whole list that opens the main clause.
            return Following(view, x).Where(p => p.CanAct).DistinctBy(p => p.Actor).ToList();
        }
        return null;
    }

    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "added", "adds", "insisted", "insists", "stressed", "stresses", "told", "tells", "stated", "states",
        "emphasized", "emphasised", "emphasizes", "warned", "warns", "noted", "notes", "demanded", "demands", "affirmed", "explained",
        "announced", "confirmed", "argued", "declared", "reiterated", "underlined", "underscored", "according",
    };

    /// <summary>
    /// Who states what the sentence reports: the speaker of a quotation, the subject of a verb of saying before the cue
    /// ("Araghchi added that ..."), or the actor beside one after it ("..., Safadi added").
    /// </summary>
    internal static List<ActorMention>? Sayer(SentenceView view, TriggerMatch m)
    {
        if (view.Actors.Speaker is { Actor: not null } speaker && view.InQuote(m.First)) return [speaker];
        for (var t = m.First - 1; t > 0; t--)
        {
            if (!SayingVerbs.Contains(view.Tokens[t].Lower)) continue;
            if (Subjects(view, t) is { Count: > 0 } sayers) return sayers;
        }
        for (var t = m.End; t < view.Tokens.Count; t++)
        {
            if (!SayingVerbs.Contains(view.Tokens[t].Lower)) continue;
            var after = view.Actors.Mentions.FirstOrDefault(x => x.First > t && x.First <= t + 2 && x.CanAct);
            var before = view.Actors.Mentions.LastOrDefault(x => x.Last <= t && t - x.Last <= 2 && x.CanAct && x.First > m.End);
            if ((before ?? after) is { } sayer) return [sayer];
        }
        return view.Actors.Speaker is { Actor: not null } quoted && view.QuoteOpenAtStart ? [quoted] : null;
    }
}
