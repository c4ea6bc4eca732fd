using Dyad.Actors;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>The actors of one step: who acts (one or more, when coordinated) and to or with whom.</summary>
internal sealed record StepArguments(IReadOnlyList<ActorMention> Sources, ActorMention? Target, ActorMention? Location, double Certainty,
    bool SourceFromAppeal)
{
    /// <summary>The token of the appeal verb when the source made an appeal ("urged X not to normalize").</summary>
    public int Appeal { get; init; } = -1;
}

/// <summary>
/// Finds source and target of a cue by its frame, from the actors of the sentence: subjects before the cue in
/// its clause (asides skipped, coordination expanded), passive agents ("by X"), possessors ("X's visit"),
/// objects after the cue, and, as a last resort, the pack's focal state when the sentence names it.
/// </summary>
internal static class Arguments
{
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal)
    {
        "on", "against", "with", "to", "from", "upon", "towards", "toward", "into", "at", "in", "for", "about", "over",
        "between", "among", "across", "through", "via", "including", "like", "than", "despite",
    };

    private static readonly HashSet<string> AppealWords = new(StringComparer.Ordinal)
    {
        "urging", "urged", "urges", "urge", "pressing", "pressed", "presses", "calling", "called", "calls", "asking", "asked", "asks",
    };

    public static StepArguments? Find(SentenceView view, TriggerMatch m, string? focus)
    {
        return m.Pattern.Frame switch
        {
            Frame.Mutual => Mutual(view, m, focus),
            Frame.Membership => Membership(view, m),
            Frame.Stance => Stance(view, m, focus),
            Frame.Invitation => Invitation(view, m),
            _ => Directed(view, m, focus),
        };
    }

    // Agent, Visit and Mission frames: a subject acts on an object (or travels to, or stands in, a place).
    private static StepArguments? Directed(SentenceView view, TriggerMatch m, string? focus)
    {
        var certainty = 1.0;
        var sources = Agent(view, m) ?? Subjects(view, m.First, m.Pattern.Near);
        if (sources is { Count: 0 }) return null;
        if (sources is null)
        {
            // Inside a quotation, the speaker is the one who acts or takes the stance.
            if (m.Pattern.Frame == Frame.Stance && view.Speaker is { } speaker && speaker.Actor is not null && view.InQuote(m.First)) { sources = [speaker]; certainty = 0.8; }
            else return null;
        }
        var sourceBase = sources[0].BaseActor;
        // A trip goes to a place: "attended the Arab League summit in Jeddah" is hosted by the state of Jeddah.
        var target = (m.Pattern.Frame == Frame.Visit ? Destination(view, m, sourceBase) : null) ?? Object(view, m, sources[0].Actor, sources);
        if (target is null && m.Pattern.Frame == Frame.Visit)
        {
            target = OtherInClause(view, m, sourceBase);
            certainty *= 0.9;
        }
        // "Saudi Arabia and Iran agreed to restore relations": two parties and nothing after the cue make a step
        // between them, told once with the first as source.
        var parties = sources.DistinctBy(x => x.BaseActor).ToList();
        if (target is null && parties.Count == 2 && m.Pattern.Frame is Frame.Stance or Frame.Mission)
            return new StepArguments([parties[0]], parties[1], Location(view, m), certainty, false);
        if (target is null)
        {
            target = Focus(view, focus, sourceBase);
            certainty *= 0.8;
        }
        if (target is null) return null;
        return new StepArguments(sources, target, Location(view, m), certainty * (sources[0].Resolved ? 0.9 : 1), false);
    }

    private static StepArguments? Stance(SentenceView view, TriggerMatch m, string? focus)
    {
        // "X is urging Y to take a firmer stance against normalization": the appeal is X's own stance.
        var appeal = -1;
        for (var t = m.First - 1; t >= 0 && view.Clause[t] == view.Clause[m.First]; t--)
        {
            if (AppealWords.Contains(view.Tokens[t].Lower)) { appeal = t; break; }
        }
        if (appeal >= 0 && Subjects(view, appeal) is { } appealers)
        {
            var target = Object(view, m, appealers[0].Actor) ?? Focus(view, focus, appealers[0].BaseActor);
            return target is null ? null : new StepArguments(appealers, target, null, 0.85, true) { Appeal = appeal };
        }
        return Directed(view, m, focus);
    }

    // "Erdogan said he might invite Assad": the invited side is the one who would travel, so it is the source.
    private static StepArguments? Invitation(SentenceView view, TriggerMatch m)
    {
        // "The UAE's minister was received by Assad": in the passive the host is the agent, the guest the subject.
        if (Agent(view, m) is { Count: > 0 } agents)
        {
            var guests = Subjects(view, m.First);
            return guests is null or { Count: 0 } ? null : new StepArguments(guests, agents[0], null, 0.9, false);
        }
        var hosts = Subjects(view, m.First);
        if (hosts is null or { Count: 0 }) return null;
        var guest = view.Mentions.FirstOrDefault(x => x.First >= m.End && x.CanAct && !HasActor(hosts, x.Actor)
            && view.Clause[x.First] == view.Clause[m.First]);
        return guest is null ? null : new StepArguments([guest], hosts[0], null, 0.9, false);
    }

    private static StepArguments? Mutual(SentenceView view, TriggerMatch m, string? focus)
    {
        // "a meeting between A and B"
        var between = -1;
        for (var t = m.First; t < Math.Min(view.Tokens.Count, m.End + 2); t++)
        {
            if (view.Tokens[t].Is("between")) { between = t; break; }
        }
        if (between >= 0)
        {
            var after = view.Mentions.Where(x => x.First > between && x.CanAct && x.Kind != MentionKind.Pronoun && view.Clause[x.First] == view.Clause[between]).Take(2).ToList();
            if (after.Count == 2 && after[0].BaseActor != after[1].BaseActor)
                return new StepArguments([after[0]], after[1], Location(view, m), 1.0, false);
        }
        var subjects = Agent(view, m) ?? Subjects(view, m.First, m.Pattern.Near);
        if (subjects is null or { Count: 0 }) return null;
        var distinct = subjects.DistinctBy(s => s.Actor).ToList();
        var objectAfter = Object(view, m, subjects[0].Actor, subjects);
        if (distinct.Count >= 2 && objectAfter is null)
        {
            // A meeting of several parties that includes the focal state: one record per other participant, towards it.
            if (distinct.Count > 2 && focus is not null && distinct.FirstOrDefault(d => d.Actor == focus) is { } focal)
                return new StepArguments(distinct.Where(d => d != focal).ToList(), focal, Location(view, m), 1.0, false);
            return distinct.Count == 2 ? new StepArguments([distinct[0]], distinct[1], Location(view, m), 1.0, false) : null;
        }
        var target = objectAfter;
        var certainty = 1.0;
        if (target is null) { target = Focus(view, focus, subjects[0].BaseActor); certainty = 0.8; }
        return target is null ? null : new StepArguments(subjects, target, Location(view, m), certainty, false);
    }

    // "re-admit Syria to the Arab League", "INTERPOL ... reinstated the country": the organisation acts.
    private static StepArguments? Membership(SentenceView view, TriggerMatch m)
    {
        var clause = view.Clause[m.First];
        var org = view.Mentions.Where(x => x.Kind == MentionKind.Organisation && x.Actor is not null)
            .OrderBy(x => view.Clause[x.First] == clause ? 0 : 1).ThenBy(x => Math.Abs(x.First - m.First)).FirstOrDefault();
        if (org is null) return null;
        var member = view.Mentions.Where(x => x.Actor is not null && x.Kind != MentionKind.Organisation && x.Kind != MentionKind.Place
                && x.BaseActor != org.BaseActor)
            .OrderBy(x => view.Clause[x.First] == clause ? 0 : 1).ThenBy(x => x.First >= m.First ? 0 : 1).ThenBy(x => Math.Abs(x.First - m.First))
            .FirstOrDefault();
        return member is null ? null : new StepArguments([org], member, null, 0.95, false);
    }

    /// <summary>
    /// "the inaugural initiative proclaimed by King Abdullah II": a passive agent right after the cue. An agent
    /// that is no actor ("a visit by the head of an Arab League state") leaves the event without a source: an
    /// empty list, so that no subject further back is taken instead.
    /// </summary>
    private static List<ActorMention>? Agent(SentenceView view, TriggerMatch m)
    {
        for (var t = m.End; t < Math.Min(view.Tokens.Count, m.End + 3); t++)
        {
            if (!view.Tokens[t].Is("by")) continue;
            // "by phone", "by video link": a means, not an agent.
            if (t + 1 >= view.Tokens.Count || (view.Tokens[t + 1].Kind == Text.TokenKind.Word && char.IsLower(view.Text[view.Tokens[t + 1].Start])
                && view.Tokens[t + 1].Lower is not ("the" or "a" or "an" or "his" or "her" or "its" or "their"))) continue;
            var first = t + 1;
            if (first < view.Tokens.Count && view.Tokens[first].Lower is "the" or "a" or "an") first++;
            var agent = view.Mentions.FirstOrDefault(x => x.First == t + 1 || x.First == first);
            return agent is { CanAct: true } ? Coordinate(view, agent) : [];
        }
        return null;
    }

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
    };

    /// <summary>"urged member states to recall their ambassadors": the infinitive's subject is a noun that is no actor.</summary>
    private static bool NonActorInfinitive(SentenceView view, int at)
    {
        if (at < 2 || !view.Tokens[at - 1].Is("to")) return false;
        var before = view.Tokens[at - 2];
        if (before.Kind != Text.TokenKind.Word || VerbsBeforeTo.Contains(before.Lower) || before.Lower.EndsWith("ly", StringComparison.Ordinal)) return false;
        // "was the first Western ally to call for dialogue": the noun before "to" names the subject itself.
        for (var t = Math.Max(0, at - 5); t < at - 1; t++)
        {
            if (view.Tokens[t].Lower is "first" or "last" or "latest" or "only" or "second" or "third") return false;
        }
        return !view.Mentions.Any(x => x.Last == at - 1 || (x.Last == at - 2 && view.Tokens[at - 2].Is(")")));
    }

    /// <summary>The subject before token <paramref name="at"/>: the nearest actor of its clause that may act and is not a prepositional object.</summary>
    internal static List<ActorMention>? Subjects(SentenceView view, int at, int near = 0)
    {
        if (NonActorInfinitive(view, at)) return null;
        var clause = view.Clause[at];
        var aside = view.Aside[at];
        // The nearest fitting actor before the cue: searched backwards, so the costly checks stop at the first fit.
        var mentions = view.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var x = mentions[i];
            if (x.First >= at) continue;
            if (!x.CanAct || view.Clause[x.First] != clause) continue;
            if (view.Aside[x.First] && !aside) continue;
            if (near > 0 && at - x.Last > near && !Possessor(view, x, at)) continue;
            if (RelativeBarrier(view, x, at)) continue;
            var group = Coordinate(view, x);
            if (IsPrepositionalObject(view, group) && !SubjectOfInfinitive(view, x, at) && !Possessor(view, x, at)) continue;
            return group;
        }
        return null;
    }

    private static bool IsPlaceModifier(SentenceView view, int t)
    {
        var tok = view.Tokens[t];
        if (tok.Kind != Text.TokenKind.Word || char.IsUpper(view.Text[tok.Start])) return false;
        return tok.Lower is "north" or "south" or "east" or "west" or "central" or "northeast" or "northwest" or "southeast" or "southwest"
            || tok.Lower.EndsWith("ern", StringComparison.Ordinal) || tok.Lower.EndsWith("-held", StringComparison.Ordinal)
            || tok.Lower.EndsWith("-controlled", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "are", "is", "was", "were", "have", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must", "did", "do", "does",
    };

    private static bool IsPrepositionalObject(SentenceView view, List<ActorMention> group)
    {
        var before = group[0].First - 1;
        if (before >= 0 && view.Tokens[before].Is("the")) before--;
        // "from northern Syria", "in rebel-held Idlib": a place's modifiers stand between it and its preposition.
        while (before >= 0 && IsPlaceModifier(view, before)) before--;
        if (before < 0 || !ObjectPrepositions.Contains(view.Tokens[before].Lower)) return false;
        if (!view.Tokens[before].Is("including")) return true;
        // "several Arab states, including Iraq and Lebanon, are pushing": the list names the subject.
        var after = group.Max(g => g.Last);
        while (after < view.Tokens.Count && view.Tokens[after].Is(",")) after++;
        return !(after < view.Tokens.Count && Auxiliaries.Contains(view.Tokens[after].Lower));
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
        for (var r = x.Last; r < at; r++)
        {
            if (view.Tokens[r].Lower is not ("that" or "which" or "who")) continue;
            if (r == x.Last) return false;
            var before = view.Tokens[r - 1];
            if (ThatVerbs.Contains(before.Lower) || before.Is(",")) continue;
            if (view.Mentions.Any(m => m.Last == r && m.CanAct)) continue;
            return true;
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
        var t = x.Last;
        while (t < at && view.Aside[t]) t++;
        return t < at && view.Tokens[t].Is("to") && at - t <= 2;
    }

    /// <summary>The actor and those coordinated with it: "Italy and Turkey", "Iraq and Lebanon", "the UAE, Oman and Bahrain".</summary>
    private static List<ActorMention> Coordinate(SentenceView view, ActorMention head)
    {
        // Mentions at one span (a pronoun resolved to a group) act together, in the order of their antecedents.
        var group = new List<ActorMention>(2);
        foreach (var x in view.Mentions)
        {
            if (x == head || (x.First == head.First && x.Last == head.Last && x.CanAct)) group.Add(x);
        }
        var current = group[0];
        var listClosed = false;
        while (true)
        {
            var joiner = current.First - 1;
            if (joiner >= 0 && view.Tokens[joiner].Lower is "the" or "his" or "her" or "their" or "its") joiner--;
            if (joiner < 1) break;
            var j = view.Tokens[joiner];
            // A comma joins actors only inside a list that an "and" or "or" closes: "the UAE, Oman and Bahrain".
            if (j.Is("and") || j.Is("or")) listClosed = true;
            else if (!(j.Is(",") && listClosed)) break;
            var left = joiner - 1;
            if (j.Is("and") && left >= 0 && view.Tokens[left].Is(",")) left--;
            var prev = view.Mentions.LastOrDefault(x => x.Last == left + 1 && x.CanAct && x.Kind != MentionKind.Pronoun);
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

    // Whether one of a few mentions is of this actor: a set built for each question cost more than it saved.
    private static bool HasActor(IReadOnlyList<ActorMention>? mentions, string? actor)
    {
        if (mentions is null) return false;
        foreach (var x in mentions) if (x.Actor == actor) return true;
        return false;
    }

    /// <summary>The first actor after the cue's first word in its clause, of another state than the source.</summary>
    private static ActorMention? Object(SentenceView view, TriggerMatch m, string? source, IReadOnlyList<ActorMention>? group = null)
    {
        var clause = view.Clause[m.First];
        foreach (var x in view.Mentions)
        {
            if (x.First <= m.First || x.Actor is null) continue;
            if (view.Clause[x.First] != clause) break;
            if (x.Actor == source || (x.Kind == MentionKind.Pronoun && HasActor(group, x.Actor))) continue;
            if (m.Pattern.Frame is Frame.Mutual && x.Kind is MentionKind.Place or MentionKind.Capital && x.First > 0 && view.Tokens[x.First - 1].Is("in")) continue;
            // "... in New York, this may not be in Turkey's favor": a distant possessor is not what the cue acts on.
            if (x.First - m.End > 3 && x.Last < view.Tokens.Count && view.Tokens[x.Last].Lower is "'s" or "'") continue;
            return x;
        }
        return null;
    }

    private static ActorMention? Destination(SentenceView view, TriggerMatch m, string? sourceBase) =>
        view.Mentions.FirstOrDefault(x => x.First > m.First && x.Actor is not null && x.BaseActor != sourceBase
            && view.Clause[x.First] == view.Clause[m.First] && !view.Aside[x.First] && x.First - m.End <= 8
            && x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.State);

    private static ActorMention? OtherInClause(SentenceView view, TriggerMatch m, string? sourceBase) =>
        view.Mentions.Where(x => x.Actor is not null && x.BaseActor != sourceBase && view.Clause[x.First] == view.Clause[m.First] && x.CanAct)
            .OrderBy(x => Math.Abs(x.First - m.First)).FirstOrDefault();

    /// <summary>The focal state when the sentence, or the one before it, names it: what a stance or a condition is about.</summary>
    private static ActorMention? Focus(SentenceView view, string? focus, string? sourceBase)
    {
        if (focus is null || focus == sourceBase) return null;
        static bool Names(ActorMention x, string focus) => x.Actor == focus || (x.BaseActor == focus && x.Kind is MentionKind.Capital or MentionKind.Description);
        return view.Mentions.FirstOrDefault(x => Names(x, focus)) ?? view.Previous?.Mentions.FirstOrDefault(x => Names(x, focus));
    }

    /// <summary>A place the event happens in ("in Sochi"): decides whether a leaders' meeting is a visit.</summary>
    private static ActorMention? Location(SentenceView view, TriggerMatch m)
    {
        var clause = view.Clause[m.First];
        return view.Mentions.FirstOrDefault(x => x.First > m.First && view.Clause[x.First] == clause
            && x.Kind is MentionKind.Place or MentionKind.Capital && x.First > 0 && view.Tokens[x.First - 1].Is("in"));
    }
}
