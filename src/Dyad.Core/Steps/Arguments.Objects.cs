using Dyad.Actors;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Steps;

// To or with whom: the object after a cue, the destinations of a trip, the parties after "between", the place of an
// event, who only mediates, and the focal state a statement is about.
internal static partial class Arguments
{
    /// <summary>
    /// The first actor after the cue's first word in its clause, of another state than the source. A place where the event
    /// happens ("met in Moscow", "strikes in Syria") and a mediator ("talks hosted by China") are not what the cue acts
    /// on; an embassy's or a trip's place is, so those frames keep them.
    /// </summary>
    private static ActorMention? Object(SentenceView view, TriggerMatch m, string? source, IReadOnlyList<ActorMention>? group = null)
    {
        var clause = view.Clause[m.First];
        // "closed its embassy in Libya": an embassy's place is its host, whatever the frame.
        // "named X as its high commissioner in New Delhi": so is an envoy's.
        var placesCount = m.Pattern.Frame is Frame.Mission or Frame.Visit || NamesEmbassy(view, m) || m.Pattern.Step == "ambassador.appoint";
        // "reopened its embassy last year before the fall of former President Assad": a phrase of time or cause after the
        // cue tells of another event; its actors are not the cue's objects.
        var stop = view.Tokens.Count;
        // Only as far as the last mention: a stop after it would stop none of them.
        var lastFirst = 0;
        foreach (var x in view.Actors.Mentions) lastFirst = Math.Max(lastFirst, x.First);
        for (var t = m.End; t < view.Tokens.Count && t <= lastFirst; t++)
        {
            if (view.Tokens[t].Lower is "before" or "after" or "since" or "following" or "amid" or "despite" or "because" or "while" or "whereas"
                or "when" or "until" or "although" or "whereby"
                // "a deal brokered by the United States under which Israel will suspend plans to annex the West Bank".
                || (t > m.End && view.Tokens[t].Lower is "which" && view.Tokens[t - 1].Lower is "under" or "by" or "in")
                // ", saying it would target ...": a participle after a comma opens what the subject said or did next.
                // "said Russian air strikes in Syria would be limited and that he hoped Assad was ready": another thing said.
                || (t > m.End && view.Tokens[t - 1].Is("and") && view.Tokens[t].Lower is "that")
                // "Czechia never closed their embassy, with Bulgaria and Hungary also returning envoys": others doing the like.
                || (t > m.End && view.Tokens[t - 1].Is(",") && view.Tokens[t].Lower is "with")
                // "Israel, which struck the T4 airfield, has warned against a Turkish military presence": the main clause's verb
                // after a relative clause the cue stands in.
                || (t > m.End && MainVerbAfterComma(view, t))
                // "began air strikes in Syria in support of Assad's forces": those an act supports are not what it acts on.
                || (view.Tokens[t].Lower is "support" && t > 0 && view.Tokens[t - 1].Is("in") && t + 1 < view.Tokens.Count && view.Tokens[t + 1].Is("of"))
                || (t > 1 && view.Tokens[t].Lower is "behalf" && view.Tokens[t - 1].Is("on"))
                // "Britain recalled its ambassador on Monday, and France said it was recalling its envoy": a new clause
                // with its own subject.
                || (t > m.End && view.Tokens[t - 1].Is(",") && view.Tokens[t].Lower is "and" or "but" && SubjectOfClause(view, t + 1))
                // "held talks in Doha on Sunday, and was received in Amman on Tuesday by Safadi": a second verb of the same
                // subject after ", and", in the passive, has its own agent.
                || (t > m.End && view.Tokens[t - 1].Is(",") && view.Tokens[t].Lower is "and" or "but" && PredicateAt(view, t + 1))
                // "shut its embassy on Feb. 6 and several Gulf states have expelled Syrian envoys": even without the comma.
                || (view.Tokens[t].Lower is "and" && ClauseSubjectAt(view, t + 1, quantified: true) is { Kind: not MentionKind.Pronoun })
                // "reopened their main border crossing in October, reviving a trade route from Turkey": what a participle after a
                // comma tells is another event; but "..., including Jordan" and "..., targeting its central bank" name objects.
                || (t > m.End && view.Tokens[t - 1].Is(",") && view.Tokens[t].Lower.EndsWith("ing", StringComparison.Ordinal) && view.Tokens[t].Lower.Length > 5
                    && view.Tokens[t].Lower is not ("including" or "targeting" or "involving" or "affecting" or "hitting" or "covering" or "concerning"
                        or "regarding" or "excluding" or "referring" or "meaning")))
            {
                stop = t;
                break;
            }
        }
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First <= m.First || x.Actor is null) continue;
            // "named Alireza Enayati, a veteran diplomat who served in Kuwait, as its ambassador": an apposition inside the
            // cue tells of the appointee, not of whom the step is toward.
            if (x.First < m.End && (view.Clause[x.First] != clause || (HasCommaBetween(view, m.First, x.First) && HasCommaBetween(view, x.Last, m.End))))
                continue;
            if (view.Clause[x.First] != clause || x.First >= stop) break;
            // "The Treasury replaces an earlier waiver of Caesar Act sanctions": a law of sanctions stands for whom it is
            // against (Instruments), even when its holder acts.
            if ((x.Actor == source && !IsInstrumentOf(m, x)) || (x.Kind == MentionKind.Pronoun && HasActor(group, x.Actor))) continue;
            // "waived a restriction on U.S. military aid to Azerbaijan": a part of the sanctioner's own state named on the way
            // (its army, its aid) is not whom sanctions are on.
            if (source is not null && x.Actor != source && x.BaseActor == ActorMention.BaseOf(source) && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal)
                && !IsInstrumentOf(m, x)) continue;
            // "withdrawing their ambassadors": a possessive inside the cue names whose they are, not whom the step is toward.
            // "Kuwait recalled its ambassador from Tehran": nor a role the possessive opens inside the cue.
            if (x.First < m.End && view.Tokens[x.First].Lower is "their" or "its" or "his" or "her") continue;
            // A summit is held in a place: "the LAS summit in Jeddah" goes to Jeddah, not to the League.
            if ((!placesCount || x.Kind == MentionKind.Organisation) && IsVenue(view, x)) continue;
            if (IsMediator(view, x)) continue;
            // "sanctions on a network shipping Iranian oil to China": whose goods the sanctioned trade carries is whom the
            // sanctions are against; where the goods go is not.
            // (Only for new sanctions, only the exporter's own goods right after a verb of selling or shipping: not "stolen
            // Ukrainian grain", nor the sanctioner's own goods smuggled out.)
            if (m.Pattern.Step == "sanction.impose" && GoodsOwner(view, m.End, x.First) is { } owner
                && (source is null || owner.BaseActor != ActorMention.BaseOf(source))) return owner;
            // "ministers are expected to discuss Syria at a meeting in Brussels", "talks on Syria": what a meeting is
            // about is not who meets.
            if (m.Pattern.Step.StartsWith("contact.", StringComparison.Ordinal) && IsTopic(view, x)) continue;
            // "..., two Iraqi officials said": who tells of it is not its party.
            // ("the Syrian consulate in Rome announced": a place named with "in" tells nothing.)
            if (x.Last < view.Tokens.Count && SpeechAfter(view, x.Last) && !IsVenue(view, x)) continue;
            // "... in New York, this may not be in Turkey's favor": a distant possessor is not what the cue acts on.
            if (x.First - m.End > 3 && x.Last < view.Tokens.Count && view.Tokens[x.Last].Lower is "'s" or "'") continue;
            // "called Syria's Bashar al-Assad": the one the state's name introduces is met, at their rank.
            if (x.Last < view.Tokens.Count && view.Tokens[x.Last].Lower is "'s" or "'"
                && view.Actors.Mentions.FirstOrDefault(y => y.First == x.Last + 1 && y.BaseActor == x.BaseActor && y.Kind == MentionKind.Person) is { } owned)
                return owned;
            return x;
        }
        return null;
    }

    // The state named by an adjective before goods ("Iranian oil") between `from` and a destination "to" before `to`, as
    // its government; null when the words are no such thing ("Iranian officials to Oman": people are named as actors).
    private static ActorMention? GoodsOwner(SentenceView view, int from, int to)
    {
        if (view.Actors.Adjectives is not { } adjectives || to < 1 || !view.Tokens[to - 1].Is("to") && !(to >= 2 && view.Tokens[to - 1].Is("the") && view.Tokens[to - 2].Is("to")))
            return null;
        foreach (var a in adjectives)
        {
            if (a.First > from && a.Last < to - 1 && a.Actor is { } state && GoodsNouns.Contains(view.Tokens[a.Last].Lower)
                && ExportVerbs.Contains(view.Tokens[a.First - 1].Lower)) return a.GovernmentOf(state);
        }
        return null;
    }

    private static readonly HashSet<string> ExportVerbs = new(StringComparer.Ordinal)
    {
        "shipping", "shipped", "ships", "carrying", "carried", "carries", "selling", "sold", "sells", "exporting", "exported", "exports",
        "supplying", "supplied", "supplies", "transporting", "transported", "transports", "delivering", "delivered", "delivers",
    };

    private static readonly HashSet<string> GoodsNouns = new(StringComparer.Ordinal)
    {
        "oil", "crude", "petroleum", "fuel", "gas", "lng", "diesel", "petrochemicals", "petrochemical", "weapons", "arms", "drones", "missiles",
        "steel", "gold", "grain", "wheat", "goods", "exports", "components",
    };

    private static bool NamesEmbassy(SentenceView view, TriggerMatch m)
    {
        for (var t = m.First; t < m.End; t++)
        {
            if (view.Tokens[t].Lower is "embassy" or "embassies" or "consulate" or "consulates" or "diplomatic" or "liaison" or "mission" or "missions" or "section") return true;
        }
        return false;
    }

    // ", has warned", ", was": a finite verb right after a comma, where a relative clause before it ends.
    private static bool MainVerbAfterComma(SentenceView view, int t) =>
        view.Tokens[t - 1].Is(",") && view.Tokens[t].Lower is "has" or "have" or "had" or "is" or "was" or "were" or "are" or "will";

    private static bool SubjectOfClause(SentenceView view, int at) => ClauseSubjectAt(view, at) is not null;

    // A passive that opens a predicate with no subject of its own: "(and) was received", "(and) later was welcomed". Its
    // "by" names its own agent. (An active verb there, "and met", "and reopened", may still share the cue's object.)
    private static bool PredicateAt(SentenceView view, int at)
    {
        if (at < view.Tokens.Count && view.Tokens[at].Lower is "then" or "later" or "also") at++;
        return at + 1 < view.Tokens.Count && view.Tokens[at].Lower is "was" or "were" && Participles.Looks(view.Tokens[at + 1].Lower);
    }

    // The actor that opens a clause at token `at` (after a determiner at most, or with `quantified` a word of number:
    // "several Gulf states") and is followed by its verb.
    private static ActorMention? ClauseSubjectAt(SentenceView view, int at, bool quantified = false)
    {
        if (quantified && at < view.Tokens.Count && view.Tokens[at].Lower is "several" or "some" or "other" or "many" or "most" or "all" or "both"
            or "two" or "three" or "four")
            at++;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < at) continue;
            if (x.First > at + 1 || x.Last >= view.Tokens.Count) return null;
            // "both Canada and Australia have expelled": the verb follows the whole list.
            var last = x.Last;
            if (view.Tokens[last].Is("and") || view.Tokens[last].Is(","))
            {
                foreach (var listed in Following(view, x)) last = Math.Max(last, listed.Last);
                if (last >= view.Tokens.Count) return null;
            }
            if (ClauseVerb(view.Tokens[last].Lower)) return x;
            // "and Bahrain's state news agency said": a possessive's noun is the subject, its verb a few words on.
            for (var k = last + 1; k < view.Tokens.Count && k <= last + 4; k++)
            {
                if (ClauseVerb(view.Tokens[k].Lower) && OwnsNounBefore(view, x, k)) return x;
            }
            return null;
        }
        return null;
    }

    /// <summary>"Bahrain's state news agency said": the actor owns the few words of the noun before the verb at <paramref name="verb"/>.</summary>
    internal static bool OwnsNounBefore(SentenceView view, ActorMention x, int verb)
    {
        if (x.Last >= verb || verb - x.Last > 4 || view.Tokens[x.Last].Lower is not ("'s" or "'")) return false;
        for (var k = x.Last + 1; k < verb; k++)
        {
            if (view.Tokens[k].Kind != Text.TokenKind.Word) return false;
        }
        return true;
    }

    private static bool ClauseVerb(string w) =>
        w is "said" or "says" or "has" or "had" or "have" or "is" or "was" or "were" or "are" or "will" or "would" or "also" or "then"
            or "later" or "followed" or "soon" or "quickly"
        || Participles.PastVerb(w);

    private static bool IsTopic(SentenceView view, ActorMention x)
    {
        var before = x.First - 1;
        // "talks on a European Union plan": an article between.
        if (before >= 0 && view.Tokens[before].Lower is "the" or "a" or "an") before--;
        return before >= 0 && view.Tokens[before].Lower is "discuss" or "discussed" or "discusses" or "discussing" or "about" or "regarding"
            or "concerning" or "on" or "over";
    }

    private static bool IsInstrumentOf(TriggerMatch m, ActorMention x) =>
        x.Against is not null && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal);

    private static bool SpeechAfter(SentenceView view, int t) =>
        view.Tokens[t].Lower is "said" or "says" or "told" or "added" or "reported" or "stated" or "announced" or "confirmed";

    /// <summary>Where a trip goes: the first place, capital or state after the cue, and those listed with it.</summary>
    private static List<ActorMention>? Destinations(SentenceView view, TriggerMatch m, string? sourceBase, int reach = 12, bool toOnly = false)
    {
        var first = view.Actors.Mentions.FirstOrDefault(x => x.First > m.First && x.Actor is not null && x.BaseActor != sourceBase
            // "Faisal bin Farhan, who visited Damascus on Jan. 24, urged ...": an aside's trip goes where the aside says.
            && view.Clause[x.First] == view.Clause[m.First] && (!view.Aside[x.First] || view.Aside[m.First]) && x.First - m.End <= reach
            && (!toOnly || view.Tokens[x.First - 1].Lower is "to" or "in" || (x.First > 1 && view.Tokens[x.First - 2].Lower is "to" or "in"))
            && (x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.State || SeatVisited(view, x)) && !IsMediator(view, x)
            // "an emergency Arab League summit on Gaza in Cairo": what a summit is about is not where it goes.
            && !(x.First > 0 && view.Tokens[x.First - 1].Lower is "on" or "about" or "over" or "regarding"));
        if (first is null) return AdjectivalPlace(view, m, sourceBase) is { } place ? [place] : null;
        var listed = Following(view, first);
        for (var stop = OnwardStop(view, listed[^1]); stop is not null; stop = OnwardStop(view, stop))
            listed.AddRange(Following(view, stop));
        return listed.Where(x => x.BaseActor != sourceBase && (x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.State || x == first))
            .DistinctBy(x => x.BaseActor).ToList();
    }

    // The last token of the time words that token t stands in ("on Monday"), or null.
    private static int? DateEnd(SentenceView view, int t)
    {
        foreach (var (date, token) in view.Dates.Mentions)
        {
            if (token <= t && view.TokenAt(date.End - 1) is var end && t <= end) return end;
        }
        return null;
    }

    // "Assad's visit to Oman, and last year to the UAE", "first to Riyadh, then Doha and Abu Dhabi": a trip goes on to
    // the place after "to" or "then", past a comma, "and" and a few words of time. "in Doha on Sunday and in Abu Dhabi on
    // Monday", "visited Doha on Sunday and Abu Dhabi on Monday": after the time of one stop, "and" goes on to the next,
    // unless the place opens a clause of its own ("and Qatar said").
    private static ActorMention? OnwardStop(SentenceView view, ActorMention last)
    {
        var t = last.Last;
        var onward = false;
        var timed = false;
        var and = false;
        for (var gap = 0; t < view.Tokens.Count && gap < 6; t++, gap++)
        {
            if (DateEnd(view, t) is { } end) { t = end; timed = true; continue; }
            var w = view.Tokens[t].Lower;
            // "visited Ankara, and last year Tehran": a time after "and" leads to the next stop.
            if (and && timed && w is not ("," or "and" or "to" or "then")) { onward = true; break; }
            and |= w == "and";
            if (w is "to" or "then") { onward = true; t++; if (w == "then" && t < view.Tokens.Count && view.Tokens[t].Is("to")) t++; break; }
            if (w == "and" && timed && t + 1 < view.Tokens.Count && !view.Tokens[t + 1].Is("then") && !view.Tokens[t + 1].Is("to"))
            {
                onward = true;
                t++;
                // "and last year the UAE", "and in Abu Dhabi".
                if (t < view.Tokens.Count && DateEnd(view, t) is { } next) t = next + 1;
                if (t < view.Tokens.Count && view.Tokens[t].Is("in")) t++;
                break;
            }
            if (w is not ("," or "and" or "later" or "on" or "also" or "finally" or "afterwards" or "last" or "next" or "this" or "year" or "week" or "month"))
                return null;
        }
        if (!onward || t == last.Last) return null;
        if (t < view.Tokens.Count && view.Tokens[t].Is("the")) t++;
        var stop = view.Actors.Mentions.FirstOrDefault(x => x.First == t && x.Actor is not null
            && x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.State);
        // "and Qatar said", "and Qatar's emir": a name that opens a clause or owns the next noun is no stop of the trip.
        return stop is null || (timed && (OpensClause(view, stop) || (stop.Last < view.Tokens.Count && view.Tokens[stop.Last].Lower is "'s" or "'")
            || VerbAfterTime(view, stop)))
            ? null : stop;
    }

    // "and Washington on Monday criticised the visit", "and Iran last week condemned the trip": a name, its time, then a verb.
    private static bool VerbAfterTime(SentenceView view, ActorMention x)
    {
        if (x.Last >= view.Tokens.Count || DateEnd(view, x.Last) is not { } end || end + 1 >= view.Tokens.Count) return false;
        var next = view.Tokens[end + 1].Lower;
        return next is not ("," or "." or "and" or ";") && (ClauseVerb(next) || Participles.PastVerb(next));
    }

    /// <summary>
    /// The times told with the later stops of a trip that goes on to several, by stop (null where a stop has none), or
    /// null when no later stop has its own: "Doha on Sunday and Abu Dhabi on Monday" (each stop timed after it), "Oman,
    /// and last year the UAE" (a time between the words that lead to a stop and the stop). A time after the last of a
    /// list whose first has none ("sanctions on Syria and Iran on Monday") is the whole list's.
    /// </summary>
    internal static (Dates.DateMention Date, int Token)?[]? LegTimes(SentenceView view, IReadOnlyList<ActorMention> stops)
    {
        if (stops.Count < 2) return null;
        var firstTimed = TimeAfter(view, stops[0]) is not null;
        (Dates.DateMention Date, int Token)?[]? legs = null;
        // From the last stop back: "the UAE and Qatar on Monday" gives the UAE the time told after Qatar.
        for (var i = stops.Count - 1; i >= 1; i--)
        {
            var leg = TimeBefore(view, stops[i]) ?? (firstTimed ? TimeAfter(view, stops[i]) : null)
                ?? (firstTimed && legs is not null && i + 1 < stops.Count && ListedTogether(view, stops[i], stops[i + 1]) ? legs[i + 1] : null);
            if (leg is not null) (legs ??= new (Dates.DateMention, int)?[stops.Count])[i] = leg;
        }
        return legs;
    }

    // Two stops with only "and", a comma or "the" between them.
    private static bool ListedTogether(SentenceView view, ActorMention a, ActorMention b)
    {
        if (b.First <= a.Last) return false;
        for (var t = a.Last; t < b.First; t++)
        {
            if (view.Tokens[t].Lower is not ("and" or "," or "the")) return false;
        }
        return true;
    }

    private static (Dates.DateMention Date, int Token)? TimeAfter(SentenceView view, ActorMention stop)
    {
        foreach (var (date, token) in view.Dates.Mentions)
        {
            if (date.Role == Dates.DateRole.Point && date.Value is not null && token == stop.Last) return (date, token);
        }
        return null;
    }

    private static (Dates.DateMention Date, int Token)? TimeBefore(SentenceView view, ActorMention stop)
    {
        foreach (var (date, token) in view.Dates.Mentions)
        {
            if (date.Role != Dates.DateRole.Point || date.Value is null) continue;
            var end = view.TokenAt(date.End - 1);
            if (end >= stop.First || stop.First - end > 3 || token == 0 || view.Tokens[token - 1].Lower is not ("and" or "," or "then")) continue;
            var between = true;
            for (var k = end + 1; k < stop.First; k++) between &= view.Tokens[k].Lower is "to" or "the" or "in" or ",";
            if (between) return (date, token);
        }
        return null;
    }

    // "Zelenskiy's visit to the White House", "flew to the Kremlin": a seat of government gone to is its state's soil.
    private static bool SeatVisited(SentenceView view, ActorMention x) =>
        x.Kind == MentionKind.Description && x.Refers is null && x.Actor is { } a && !a.Contains('.') && x.First > 0
        && view.Tokens[x.First - 1].Lower is "to" && view.Tokens[x.First].Is("the");

    // "travelled to the Venezuelan border city of San Cristobal": a place named by its state's adjective is in that state.
    private static ActorMention? AdjectivalPlace(SentenceView view, TriggerMatch m, string? sourceBase)
    {
        // "was in the Syrian capital": "in" after a verb of being somewhere, as "to" after one of going.
        if (view.Actors.Adjectives is not { } adjectives || m.End >= view.Tokens.Count
            || !(view.Tokens[m.End - 1].Lower is "to" or "in") && !(view.Tokens[m.End].Lower is "to" or "in"))
            return null;
        var at = view.Tokens[m.End - 1].Lower is "to" or "in" ? m.End : m.End + 1;
        if (at < view.Tokens.Count && view.Tokens[at].Is("the")) at++;
        var x = adjectives.Find(a => a.First == at);
        if (x is null || x.BaseActor == sourceBase) return null;
        for (var t = x.Last; t < view.Tokens.Count && t <= x.Last + 2; t++)
        {
            if (view.Tokens[t].Lower is "city" or "town" or "capital" or "port" or "province" or "region" or "resort" or "village" or "coast")
                return new ActorMention { First = x.First, Last = x.Last, Actor = x.Actor, Kind = MentionKind.State };
        }
        return null;
    }

    private static ActorMention? OtherInClause(SentenceView view, TriggerMatch m, string? sourceBase) =>
        view.Actors.Mentions.Where(x => x.Actor is not null && x.BaseActor != sourceBase && view.Clause[x.First] == view.Clause[m.First] && x.CanAct
                && !IsMediator(view, x))
            .OrderBy(x => Math.Abs(x.First - m.First)).FirstOrDefault();

    /// <summary>
    /// The document's focal state that the sentence, or the one before it, names: what a stance or a condition is about
    /// when no one is named after the cue. The pack's focus comes first, then the states the document names most.
    /// </summary>
    private static ActorMention? Fallback(SentenceView view, DocumentFocus focus, string? sourceBase) => Fallback(view, focus, sourceBase, null);

    private static ActorMention? Fallback(SentenceView view, DocumentFocus focus, string? sourceBase, TriggerMatch? m,
        IReadOnlyList<ActorMention>? sources = null)
    {
        if (m is not null && !m.Pattern.Fallback) return null;
        foreach (var f in focus.States)
        {
            if (f == sourceBase || (sources is not null && HasBase(sources, f))) continue;
            if (NamedNear(view, f, twoBack: f == focus.Pack) is { } named) return named;
        }
        return null;
    }

    /// <summary>
    /// Where the sentence, or the one before it (or the one before that, for the pack's own state), names state
    /// <paramref name="f"/>: a state "named or plainly referred to" near enough to be a party (spec, Annotation rules).
    /// </summary>
    private static ActorMention? NamedNear(SentenceView view, string f, bool twoBack) =>
        view.Actors.Mentions.FirstOrDefault(x => Names(x, f)) ?? view.Previous?.Actors.Mentions.FirstOrDefault(x => Names(x, f))
        ?? (twoBack ? view.Previous?.Previous?.Actors.Mentions.FirstOrDefault(x => Names(x, f)) : null);

    private static bool Names(ActorMention x, string focus) =>
        x.Actor == focus || (x.BaseActor == focus && x.Kind is MentionKind.Capital or MentionKind.Description or MentionKind.Person);

    /// <summary>
    /// A place the event happens in ("in Sochi", "at the White House"): decides whether a leaders' meeting is a visit.
    /// With <paramref name="before"/>, the place named before the cue in its clause ("Trump, in Riyadh on his first visit").
    /// </summary>
    private static ActorMention? Location(SentenceView view, TriggerMatch m, bool before = false)
    {
        var clause = view.Clause[m.First];
        foreach (var x in view.Actors.Mentions)
        {
            if ((before ? x.First >= m.First : x.First <= m.First) || view.Clause[x.First] != clause || x.Actor is null) continue;
            if (x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.Description && IsVenue(view, x) && x.Kind != MentionKind.Organisation) return x;
            // "met ... in Brussels": an organisation named by the city that seats it is where the meeting is.
            if (SeatNamed(view, x)) return x;
        }
        return before ? null : WhereBefore(view, m);
    }

    // "in Brussels": a one-word name of an organisation after "in" that is no acronym ("EU", "NATO", "Nato") is the city
    // that seats it, so a place where a meeting is held rather than a party to it.
    private static bool SeatNamed(SentenceView view, ActorMention x)
    {
        if (x.Kind != MentionKind.Organisation || x.Last - x.First != 1 || x.First == 0 || !view.Tokens[x.First - 1].Is("in")) return false;
        return CityWord(view, x);
    }

    // "Brussels" for the EU: a name written as a city's, not as the organisation's letters.
    private static bool CityWord(SentenceView view, ActorMention x)
    {
        var word = view.Text.AsSpan(view.Tokens[x.First].Start, view.Tokens[x.First].End - view.Tokens[x.First].Start);
        if (word.Length < 5 || !char.IsUpper(word[0])) return false;
        foreach (var c in word[1..]) if (char.IsUpper(c)) return false;
        return true;
    }

    // "travelled to Doha from Abu Dhabi, where he met the UAE president", "attended the forum in Turkey, where he met
    // Erdogan": the place ", where" hangs on is where the clause's event happened.
    private static ActorMention? WhereBefore(SentenceView view, TriggerMatch m)
    {
        var t = m.First - 1;
        while (t > 1 && !view.Tokens[t].Is("where") && t >= m.First - 4) t--;
        if (t < 2 || !view.Tokens[t].Is("where") || !view.Tokens[t - 1].Is(",")) return null;
        return view.Actors.Mentions.LastOrDefault(x => x.Last == t - 1 && x.Actor is not null
            && x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.State && view.Tokens[x.First - 1].Lower is "in" or "to" or "from" or "at");
    }

    /// <summary>The parties named after "between" in or just after the cue: "a meeting between A, B and C".</summary>
    private static List<ActorMention>? Between(SentenceView view, TriggerMatch m)
    {
        // "talks in Sochi on Monday between ...", "a meeting on July 28 in the border city of San Cristobal between ...": a
        // place and a time may stand between the noun and "between", within its clause and before any comma.
        var stop = Math.Min(view.Tokens.Count, m.End + 12);
        for (var t = Math.Max(0, m.First - 1); t < stop; t++)
        {
            if (t >= m.End && (view.Tokens[t].Is(",") || view.Clause[t] != view.Clause[m.End - 1] || TopicNouns.Contains(view.Tokens[t].Lower))) return null;
            if (view.Tokens[t].Is("between")) return PartiesAfter(view, t);
            if (BroughtTogether(view, m, t)) return WithTheLast(view, PartiesAfter(view, t));
            if (t == m.End && HeldBy(view, m, t) is { } by) return PeopleAfter(view, by);
        }
        return null;
    }

    // "discussed relations between the two countries": "between" after a topic tells whose the topic is, not who met.
    private static readonly HashSet<string> TopicNouns = new(StringComparer.Ordinal)
    {
        "relations", "ties", "relationship", "cooperation", "trade", "differences", "dispute", "disputes", "issues", "rift", "tensions",
        "conflict", "war", "crisis", "peace", "normalisation", "normalization", "rapprochement", "reconciliation", "agreement", "deal",
    };

    // "the meeting of President Aliyev and Prime Minister Pashinyan", "the talks held by Foreign Ministers Bayramov and
    // Mirzoyan": a gathering's noun, then "of" or "held by" and the people who held it. Returns the token the people follow.
    private static int? HeldBy(SentenceView view, TriggerMatch m, int t)
    {
        if (!GatheringNouns.Contains(view.Tokens[m.End - 1].Lower)) return null;
        if (view.Tokens[t].Is("of")) return t;
        return t + 1 < view.Tokens.Count && view.Tokens[t].Is("held") && view.Tokens[t + 1].Is("by") ? t + 1 : null;
    }

    // The people named right after token t, joined by "and", of two states ("of the two leaders" or "of Arab foreign
    // ministers" names no one, so no party).
    private static List<ActorMention>? PeopleAfter(SentenceView view, int t)
    {
        var parties = PartiesAfter(view, t);
        // "of Turkish Defence Minister Yasar Guler and Syrian Defence Minister Ali Abbas": a title may stand for a name the
        // pack does not know.
        return parties is { Count: 2 } && parties.TrueForAll(x => x.Kind == MentionKind.Person || x.Level != RoleLevel.None) && parties[0].BaseActor != parties[1].BaseActor
            && view.HasWordBetween(parties[0].Last, parties[1].First, AndWord) ? parties : null;
    }

    // "The meeting in Amman brought together the foreign ministers of Jordan, Saudi Arabia and Syria": the cue's own
    // "together" lists the parties as "between" does; whoever brought them together hosted, not met.
    // A gathering or a host brings them together, not "the war".
    private static bool BroughtTogether(SentenceView view, TriggerMatch m, int t)
    {
        if (t != m.End - 1 || t == 0 || !view.Tokens[t].Is("together") || view.Tokens[t - 1].Lower is not ("brought" or "brings" or "bringing" or "bring"))
            return false;
        // "the meeting held in Amman on 1 May, which brought together", "The summit, held in Jeddah, brought together": the
        // gathering may stand before an aside; not before what someone said ("At the summit, Erdogan said the war had
        // brought together").
        // "After the Astana talks collapsed, the common threat brought together": not past the comma that closes a clause the
        // sentence opens with a subordinator.
        var opened = view.Tokens.Count > 0 && view.Tokens[0].Lower is "after" or "when" or "as" or "because" or "since" or "although" or "though"
            or "while" or "once" or "before";
        for (var b = m.First - 1; b >= Math.Max(0, m.First - 12) && view.Tokens[b].Lower is not (";" or ":"); b--)
        {
            var w = view.Tokens[b].Lower;
            if (SayingVerbs.Contains(w) || w == "," && opened) break;
            if (GatheringNouns.Contains(w) || w is "summit" or "forum" or "gathering" or "session") return true;
        }
        // "Oman brought together", "Oman has brought together": a host right before the verb, an auxiliary at most between.
        var before = m.First > 0 && view.Tokens[m.First - 1].Lower is "has" or "have" or "had" ? m.First - 1 : m.First;
        // Not a place the subject is in or of ("The crisis in Syria brought together").
        foreach (var x in view.Actors.Mentions)
        {
            if (x.Last == before && x.CanAct && !(x.First > 0 && view.Tokens[x.First - 1].Lower is "in" or "at")) return true;
        }
        return false;
    }

    // "brought together the ministers of Jordan, Iraq and Egypt with the Syrian foreign minister": one more party after "with".
    private static List<ActorMention>? WithTheLast(SentenceView view, List<ActorMention>? parties)
    {
        if (parties is null) return null;
        var with = parties[^1].Last;
        if (with >= view.Tokens.Count || !view.Tokens[with].Is("with")) return parties;
        return ActorAt(view, with + 1) is { } party ? [.. parties, party] : parties;
    }

    // The first actor that can act named at token t, after a "the" there: "with the Syrian foreign minister".
    private static ActorMention? ActorAt(SentenceView view, int t)
    {
        if (t < view.Tokens.Count && view.Tokens[t].Is("the")) t++;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First == t && x.CanAct) return x;
        }
        return null;
    }

    // The parties after the "between" at token t. A method of its own: the lambdas here capture its locals, and in the
    // loop above they made a closure at every token looked at, "between" or not.
    private static List<ActorMention>? PartiesAfter(SentenceView view, int t)
    {
        var at = t + 1;
        if (at < view.Tokens.Count && view.Tokens[at].Is("the")) at++;
        var first = view.Actors.Mentions.FirstOrDefault(x => (x.First == t + 1 || x.First == at) && x.CanAct);
        var parties = first is null ? null : Following(view, first).Where(x => x.CanAct && !IsMediator(view, x)).ToList();
        if (parties is { Count: >= 2 }) return parties;
        // "talks between Iran's top security official, Ali Shamkhani, and Saudi adviser Musaed al-Aiban", "a meeting between
        // Prime Minister Mark Carney and ...": titles and names between the two; the clause names two states after
        // "between" and no third.
        var end = t + 1;
        while (end < view.Tokens.Count && end <= t + 20 && !BetweenStops.Contains(view.Tokens[end].Lower)) end++;
        var named = view.Actors.Mentions.Where(x => x.First > t && x.First < end && x.CanAct && view.Clause[x.First] == view.Clause[t]
            && !view.Aside[x.First] && !IsMediator(view, x)).DistinctBy(x => x.BaseActor).ToList();
        return named.Count == 2 && view.HasWordBetween(named[0].Last, named[1].First, AndWord) ? named : null;
    }

    private static readonly HashSet<string> AndWord = new(StringComparer.Ordinal) { "and" };

    private static readonly HashSet<string> ListTitles = new(StringComparer.Ordinal)
    {
        "president", "king", "queen", "emir", "amir", "sultan", "sheikh", "prince", "crown", "prime", "minister", "foreign", "chancellor", "premier",
    };

    // Where the parties after "between" end: "talks between Damascus and Arab states since a decision to suspend Syria".
    private static readonly HashSet<string> BetweenStops = new(StringComparer.Ordinal)
    {
        "since", "after", "before", "over", "about", "on", "following", "amid", "when", "as", "to", "in", "at", "near", "for", "that", "which", ";",
    };

    /// <summary>
    /// A mention and those listed after it: "Qatar, the United Arab Emirates (UAE), and Jordan". Mentions at one span
    /// (a pronoun resolved to two) count as listed.
    /// </summary>
    private static List<ActorMention> Following(SentenceView view, ActorMention first)
    {
        var list = new List<ActorMention>();
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First == first.First && x.Last == first.Last && x.Actor is not null) list.Add(x);
        }
        var current = first;
        while (true)
        {
            var t = UnknownName(view, current.Last);
            // An acronym in parentheses repeats the name: "the United Arab Emirates (UAE)".
            if (t + 2 < view.Tokens.Count && view.Tokens[t].Is("(") && view.Tokens[t + 2].Is(")")) t += 3;
            // "the ISIL group and the YPG militia": the name's head noun ends it.
            if (t < view.Tokens.Count && GroupNouns.Contains(view.Tokens[t].Lower)) t++;
            var joined = false;
            var and = false;
            // "Italy and seven other European Union members, Austria, Croatia and Greece": the members the plural counts are
            // listed after it, and with the one before it they are the list.
            if (OtherMembersEnd(view, t) is var members and >= 0) (t, joined) = (members, true);
            while (t < view.Tokens.Count && (view.Tokens[t].Is(",") || view.Tokens[t].Is("and") || view.Tokens[t].Is("or")))
            {
                and |= !view.Tokens[t].Is(",");
                t++;
                joined = true;
            }
            if (!joined) break;
            // "and his Russian counterpart Vladimir Putin": a determiner opens the next party (or starts its name: "the
            // Syrian regime").
            var at = t;
            while (t < view.Tokens.Count && view.Tokens[t].Lower is "the" or "his" or "her" or "its" or "their" or "a" or "an") t++;
            // "Emir Tamim of Qatar and President Aliyev of Azerbaijan": a title the name's mention leaves out (after a comma alone
            // it opens an apposition: "Richard Grenell, President Donald Trump's envoy").
            var titled = t;
            while (and && titled < view.Tokens.Count && titled - t < 3 && ListTitles.Contains(view.Tokens[titled].Lower) && char.IsUpper(view.Text[view.Tokens[titled].Start])) titled++;
            // "and the Syria-based Kurdish People's Protection Units": who backs or hosts the next party describes it.
            if (t < view.Tokens.Count && Backing(view.Tokens[t].Lower)) t++;
            ActorMention? next = null;
            foreach (var x in view.Actors.Mentions)
            {
                if ((x.First == t || x.First == at || (titled > t && x.First == titled)) && x.Actor is not null && x.Kind != MentionKind.Pronoun
                    && (next is null || x.Last > next.Last)) next = x;
            }
            if (next is null) break;
            // "..., Jordan's King Abdullah II and ...": the state's name introduces the one listed, at their rank.
            if (next.Last < view.Tokens.Count && view.Tokens[next.Last].Lower is "'s" or "'"
                && view.Actors.Mentions.FirstOrDefault(y => y.First == next.Last + 1 && y.BaseActor == next.BaseActor && y.Kind == MentionKind.Person) is { } owned)
                next = owned;
            foreach (var x in view.Actors.Mentions)
            {
                if (x.First == next.First && x.Last == next.Last && x.Actor is not null) list.Add(x);
            }
            current = next;
        }
        return list;
    }

    /// <summary>
    /// The token after "and seven other EU members," (and an "among them" or "including" after the comma) when it opens at
    /// token <paramref name="t"/>; else -1. The names that follow are the members counted.
    /// </summary>
    private static int OtherMembersEnd(SentenceView view, int t)
    {
        var tokens = view.Tokens;
        if (t + 4 >= tokens.Count || !tokens[t].Is("and") || !tokens[t + 2].Is("other")
            || !(DateLists.Counts.Contains(tokens[t + 1].Lower) || tokens[t + 1].Kind == TokenKind.Number)) return -1;
        for (var k = t + 3; k < tokens.Count - 1 && k <= t + 6; k++)
        {
            if (tokens[k].Lower is not ("members" or "states" or "countries" or "governments" or "nations")) continue;
            if (!tokens[k + 1].Is(",")) return -1;
            var next = k + 2;
            if (next + 1 < tokens.Count && tokens[next].Is("among") && tokens[next + 1].Is("them")) next += 2;
            else if (next < tokens.Count && tokens[next].Lower is "including" or "namely") next++;
            return next;
        }
        return -1;
    }

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "group", "groups", "militia", "militias", "movement", "organization", "organisation", "forces", "fighters", "militants",
    };

    private static bool Backing(string lower)
    {
        var dash = lower.LastIndexOf('-');
        return dash > 0 && lower[(dash + 1)..] is "based" or "backed" or "led" or "aligned" or "allied" or "affiliated" or "linked" or "supported" or "funded";
    }

    // "Egyptian Foreign Minister Badr Abdel-Ati and his Syrian counterpart": a name the lexicon does not know, right after
    // a title it does, belongs to that title; the list goes on after it. The token after the name, or `at`.
    private static int UnknownName(SentenceView view, int at)
    {
        var t = at;
        while (t < view.Tokens.Count && t < at + 4 && view.Tokens[t].Kind == TokenKind.Word && char.IsUpper(view.Text[view.Tokens[t].Start])
            && !view.Actors.Mentions.Exists(x => x.First == t))
            t++;
        return t > at && t < view.Tokens.Count && (view.Tokens[t].Is(",") || view.Tokens[t].Is("and")) ? t : at;
    }

    // Words after which a state or an organisation names where something happens, not who takes part.
    private static readonly HashSet<string> VenueNouns = new(StringComparer.Ordinal)
    {
        "summit", "summits", "meeting", "meetings", "conference", "session", "sessions", "headquarters", "assembly", "gathering", "forum",
        "ministerial", "talks", "sidelines", "general", "council", "hq", "offices", "premises",
    };

    /// <summary>
    /// True for a place named as the venue: "in Moscow", "at the Kremlin", "on the sidelines of the UN General Assembly",
    /// "at the Gulf Cooperation Council headquarters". Its state may still take part, named otherwise.
    /// </summary>
    internal static bool IsVenue(SentenceView view, ActorMention x)
    {
        if (NamesDocument(view, x)) return true;
        var before = x.First - 1;
        while (before >= 0 && (view.Tokens[before].Lower is "the" or "a" or "an" || IsPlaceModifier(view, before))) before--;
        // "in Syrian Afrin": a town's state named before it.
        if (x.Kind == MentionKind.Place && before > 0 && view.Tokens[before].Kind == TokenKind.Word && char.IsUpper(view.Text[view.Tokens[before].Start])
            && view.Tokens[before - 1].Lower is "in" or "at")
            before--;
        var preposition = before >= 0 ? view.Tokens[before].Lower : "";
        if (x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.State && preposition is "in" or "at") return true;
        if (x.Kind == MentionKind.Description && preposition is "at" or "in") return true;
        // "explore avenues for sanctions relief at the United Nations": an organisation one acts at is where, not whom.
        if (x.Kind == MentionKind.Organisation && preposition == "at") return true;
        // "met in Brussels": the city that seats an organisation is a place.
        if (SeatNamed(view, x)) return true;
        if (preposition == "of" && before > 0 && view.Tokens[before - 1].Lower is "sidelines" or "margins" or "capital" or "city") return true;
        // "the Arab League summit", "a UN Security Council session": the organisation's meeting is a place.
        return x.Kind == MentionKind.Organisation && x.Last < view.Tokens.Count && VenueNouns.Contains(view.Tokens[x.Last].Lower)
            && preposition is "at" or "in" or "during" or "of" or "to" or "on" or "ahead" or "before" or "after";
    }

    /// <summary>
    /// "the Brussels Agreement", "the Ankara Declaration": a city (an organisation's seat too) that names an agreement is
    /// where it was made, not a party to it (spec: a place named as the venue is a location, not a counterpart).
    /// </summary>
    internal static bool NamesDocument(SentenceView view, ActorMention x) =>
        x.First >= 1 && x.Last < view.Tokens.Count && DocumentNames.Contains(view.Tokens[x.Last].Lower) && AfterArticle(view, x.First)
        && (x.Kind is MentionKind.Place or MentionKind.Capital || (x.Kind == MentionKind.Organisation && x.Last - x.First == 1 && CityWord(view, x)));

    // "the Brussels", "the EU-brokered Brussels", "the landmark 2013 Brussels": "the" before, past words that qualify.
    private static bool AfterArticle(SentenceView view, int first)
    {
        for (var t = first - 1; t >= 0 && t >= first - 3; t--)
        {
            var w = view.Tokens[t].Lower;
            if (w == "the") return true;
            if (view.Tokens[t].Kind != TokenKind.Word || !(w.Contains('-') || char.IsLower(view.Text[view.Tokens[t].Start]) || char.IsDigit(w[0]))) return false;
        }
        return false;
    }

    // Documents only: "the Riyadh summit" and "the Moscow format" (a series of meetings) name their host, who takes part,
    // and "the Moscow plan" its author.
    private static readonly HashSet<string> DocumentNames = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "accord", "accords", "declaration", "treaty", "protocol", "memorandum", "charter",
    };

    private static readonly HashSet<string> MediationVerbs = new(StringComparer.Ordinal)
    {
        "brokered", "mediated", "hosted", "sponsored", "facilitated", "organized", "organised", "arranged", "chaired", "convened",
    };

    /// <summary>
    /// True for a mediator or host of a third party's meeting: "talks hosted by China", "brokered by Iraq and Oman",
    /// "courtesy of China", "under the auspices of Qatar", "in the presence of Hakan Fidan".
    /// </summary>
    internal static bool IsMediator(SentenceView view, ActorMention x)
    {
        // "under the U.S.-brokered Abraham Accords": the one whose name makes the compound brokered it.
        if (x.Last < view.Tokens.Count && view.Tokens[x.Last].Lower is var next
            && ((next.Length > 1 && next[0] == '-' && MediationVerbs.Contains(next[1..]))
                || (next == "-" && x.Last + 1 < view.Tokens.Count && MediationVerbs.Contains(view.Tokens[x.Last + 1].Lower))))
            return true;
        if (MediatorByRelative(view, x)) return true;
        var before = x.First - 1;
        while (before >= 0 && view.Tokens[before].Lower is "the" or "his" or "her" or "its" or "their") before--;
        // Listed after a mediator: "brokered by Iraq and Oman".
        var start = before;
        while (start >= 1 && (view.Tokens[start].Is("and") || view.Tokens[start].Is(",")))
        {
            var prev = view.Actors.Mentions.FirstOrDefault(p => p.Last == start);
            if (prev is null) break;
            start = prev.First - 1;
            while (start >= 0 && view.Tokens[start].Lower is "the") start--;
        }
        if (start < 1) return false;
        var p = view.Tokens[start].Lower;
        var w = view.Tokens[start - 1].Lower;
        return (p == "by" && MediationVerbs.Contains(w)) || (p == "of" && w is "courtesy" or "auspices" or "mediation" or "presence" or "sponsorship" or "help" or "assistance" or "offices" or "facilitation")
            || p is "through" or "via";
    }

    // "met in Ohrid with Borrell and the EU envoy Miroslav Lajcak, who mediated": those a relative clause after them (or
    // after the list they end) calls mediators.
    private static bool MediatorByRelative(SentenceView view, ActorMention x)
    {
        // "Erdogan met Sisi and Putin, who brokered the talks": the clause is of the last one named, unless the whole list
        // is of one side ("Borrell and the EU envoy Lajcak, who mediated").
        var end = x.Last;
        while (end + 1 < view.Tokens.Count && (view.Tokens[end].Is("and") || view.Tokens[end].Is(",")))
        {
            var at = end + 1;
            if (view.Tokens[at].Is("the") && at + 1 < view.Tokens.Count) at++;
            ActorMention? next = null;
            foreach (var y in view.Actors.Mentions)
            {
                if (y.First == at && y.Actor is not null) { next = y; break; }
            }
            if (next is null) break;
            if (next.BaseActor != x.BaseActor) return false;
            end = next.Last;
        }
        var k = end;
        if (k < view.Tokens.Count && view.Tokens[k].Is(",")) k++;
        if (k + 1 >= view.Tokens.Count || view.Tokens[k].Lower is not ("who" or "which")) return false;
        var verb = view.Tokens[k + 1].Lower is "had" or "has" or "have" or "also" && k + 2 < view.Tokens.Count ? view.Tokens[k + 2].Lower : view.Tokens[k + 1].Lower;
        // One who met the others and hosted or chaired the meeting took part in it.
        return verb is "mediated" or "brokered" or "facilitated" or "sponsored";
    }

    /// <summary>
    /// A step named by a noun, not told by a verb: "Assad's visit", "the first visit", "his trip": a determiner, a possessive
    /// or an adjective stands before it.
    /// </summary>
    private static bool NounUse(SentenceView view, TriggerMatch m)
    {
        var w = view.Tokens[m.First].Lower;
        if (w is not ("visit" or "visits" or "trip" or "trips" or "tour" or "journey" or "arrival")) return false;
        if (m.First == 0) return true;
        var before = view.Tokens[m.First - 1];
        return before.Lower is "'s" or "'" or "the" or "a" or "an" or "his" or "her" or "its" or "their" or "first" or "official" or "state"
            or "second" or "last" or "latest" or "recent" or "historic" or "surprise" or "working" or "two-day" or "three-day" or "pending"
            or "planned" or "upcoming" or "this" or "that" || TripModifiers.Contains(before.Lower)
            || view.Actors.Adjectives?.Exists(a => a.Last == m.First) == true;
    }

    /// <summary>The host after an invitation noun: "upon an invitation from his Saudi counterpart", "at the invitation of X".</summary>
    private static ActorMention? HostAfter(SentenceView view, TriggerMatch m)
    {
        var t = m.End;
        if (t >= view.Tokens.Count || !view.Tokens[m.End - 1].Lower.StartsWith("invitation", StringComparison.Ordinal)) return null;
        if (!(view.Tokens[t].Is("of") || view.Tokens[t].Is("from"))) return null;
        t++;
        return view.Actors.Mentions.FirstOrDefault(x => x.CanAct && x.First >= t && x.First <= t + 2);
    }

    /// <summary>
    /// The author of a step named by a noun: the actor right before it ("US sanctions", "Washington's sanctions").
    /// </summary>
    private static List<ActorMention>? Modifier(SentenceView view, TriggerMatch m)
    {
        // The noun ends the cue ("under US sanctions"); its modifiers stand right before it, after any adjectives.
        var noun = m.End - 1;
        foreach (var x in view.Actors.Mentions)
        {
            if (!x.CanAct) continue;
            var end = x.Last;
            if (end < view.Tokens.Count && view.Tokens[end].Lower is "'s" or "'") end++;
            // "Washington's Caesar Act sanctions, which took effect": a cue that opens with its noun has its modifiers before it.
            if (end == noun || (end == m.First && (m.Length == 1 || view.Tokens[m.First].Kind == Text.TokenKind.Word && !ObjectPrepositions.Contains(view.Tokens[m.First].Lower) && !view.Tokens[m.First].Is("under"))))
                return Coordinate(view, x);
        }
        return null;
    }
}
