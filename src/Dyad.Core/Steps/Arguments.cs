using Dyad.Actors;
using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Steps;

/// <summary>
/// Finds source and target of a cue by its frame, from the actors of the sentence: subjects before the cue in
/// its clause (asides skipped, coordination expanded), passive agents ("by X"), possessors ("X's visit"),
/// objects after the cue (places where it happens and mediators left out), parties named after "between", and,
/// as a last resort, the document's focal state when the sentence or the one before names it.
/// </summary>
internal static partial class Arguments
{
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal)
    {
        "on", "against", "with", "to", "from", "upon", "towards", "toward", "into", "at", "in", "for", "about", "over",
        "between", "among", "across", "through", "via", "including", "like", "than", "despite", "of", "by", "within", "inside",
    };

    private static readonly HashSet<string> AppealWords = new(StringComparer.Ordinal)
    {
        "urging", "urged", "urges", "urge", "pressing", "pressed", "presses", "calling", "called", "calls", "asking", "asked", "asks",
        "pushed", "pushing", "pushes", "encouraged", "encouraging", "encourages",
    };

    /// <param name="view">The sentence.</param>
    /// <param name="m">The cue.</param>
    /// <param name="focus">The document's focal states, most likely first: the target a stance is about when no other is named.</param>
    /// <param name="reciprocal">Whether the step is one two parties take toward each other (steps.json).</param>
    public static StepArguments? Find(SentenceView view, TriggerMatch m, DocumentFocus focus, bool reciprocal = false)
    {
        var found = ByFrame(view, m, focus, reciprocal);
        return found is not null && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) ? Instruments.Apply(found) : found;
    }

    private static StepArguments? ByFrame(SentenceView view, TriggerMatch m, DocumentFocus focus, bool reciprocal)
    {
        // "a move welcomed by Syria": a stance cue that ends on the praising participle.
        if (m.Pattern.Step == "stance.support" && m.Length > 1 && WelcomingParticiples.Contains(view.Tokens[m.End - 1].Lower)) return WelcomedBy(view, m);
        return m.Pattern.Frame switch
        {
            Frame.Mutual => Mutual(view, m, focus),
            Frame.Membership => Membership(view, m),
            Frame.Stance => Stance(view, m, focus, reciprocal),
            Frame.Invitation => Invitation(view, m),
            Frame.Visit => Visit(view, m),
            Frame.Condition => Condition(view, m, focus),
            Frame.Nominal => Nominal(view, m, focus),
            _ => Directed(view, m, focus, reciprocal),
        };
    }

    // Agent and Mission frames: a subject acts on an object (or keeps a mission in a place).
    private static StepArguments? Directed(SentenceView view, TriggerMatch m, DocumentFocus focus, bool reciprocal)
    {
        var certainty = 1.0;
        var agents = Agent(view, m);
        if (agents is { Count: 0 }) return null;
        // "Assad was ousted by insurgent forces", "relations were severed by Egypt": in the passive the agent acts on the
        // subject.
        // "Morsi was ousted by the army": a part of the state (its army) may act on the state itself.
        // "The Turkish ambassador was expelled by Egypt": the envoy the cue opens with is the one acted on.
        if (agents is not null && (IsPassive(view, m.First) || PassiveBefore(view, m) || PassiveInside(view, m))
            && (Subjects(view, m.First) ?? (Envoy(view, m) is { } sent ? [sent] : null)) is { Count: > 0 } patients
            && (!HasBase(agents, patients[0].BaseActor) || (agents[0].Actor != agents[0].BaseActor && patients[0].Actor == patients[0].BaseActor)))
            return new StepArguments(agents, patients, Location(view, m), certainty);
        // "The Syrian ambassador was expelled from Jordan": the state an envoy is expelled from expels him.
        if (agents is null && m.Pattern.Step == "relations.sever" && m.End + 1 < view.Tokens.Count && view.Tokens[m.End].Is("from")
            && ActorAt(view, m.End + 1) is { CanAct: true } expeller && Envoy(view, m) is { } expelled && expelled.State != expeller.State)
        {
            // "was expelled from Saudi Arabia, the UAE and Bahrain": each expels him.
            var expellers = Following(view, expeller).Where(x => x.CanAct && x.State != expelled.State).ToList();
            return new StepArguments(expellers.Count > 0 ? expellers : [expeller], [expelled], Location(view, m), certainty * 0.9);
        }
        // "Cuba has been removed from a U.S. list of state sponsors of terrorism": in the passive with no agent, the one
        // named inside the cue's words acts on the subject.
        // "Syria's central bank was added to the EU sanctions list", "was put on the US terrorism list": an organisation's
        // list too, and a participle with no "-ed".
        // "Russia has been subject to EU sanctions since 2014": a sanctions cue that opens on "subject to" tells the same.
        var subjectTo = m.Length >= 3 && view.Tokens[m.First].Is("subject") && view.Tokens[m.First + 1].Is("to")
            && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal);
        if (agents is null && (subjectTo || ((Participles.Looks(view.Tokens[m.First].Lower) || Participles.PastVerb(view.Tokens[m.First].Lower))
                && IsPassive(view, m.First)))
            && Subjects(view, m.First) is { Count: > 0 } acted
            && Inside(view, m, acted[0].BaseActor) is { } owner && !HasBase(acted, owner.BaseActor)
            && (owner.Kind == MentionKind.State || (owner.Kind is MentionKind.Organisation or MentionKind.Description && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal))))
            return new StepArguments([owner], acted, Location(view, m), subjectTo ? 0.8 : certainty * 0.9);
        // "Alireza Enayati was appointed as the new Iranian ambassador to Saudi Arabia": in the passive with no agent, the
        // envoy's own state named in the cue sends him to the one named after it.
        if (agents is null && m.Pattern.Step == "ambassador.appoint" && IsPassive(view, m.First) && OwnEnvoy(view, m) is { } sender
            && Object(view, m, sender.Actor) is { } post && post.BaseActor != sender.BaseActor)
            return new StepArguments([sender], post, Location(view, m), certainty * 0.9);
        // "The Council added seven Syrian ministers to the list of those targeted by restrictive measures": a participle with
        // "by" and no one named after it tells of those acted on before it; the sentence's subject acts, if it is another.
        if (agents is null && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) && ReducedPassive(view, m) is { } reduced)
            return reduced;
        // "HTS remains designated as a terrorist organisation", "Syria was blacklisted in 1979": in the passive with no
        // agent and no owner named, the subject is the one sanctioned, never the one who sanctions.
        if (agents is null && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal)
            && ((Participles.Looks(view.Tokens[m.First].Lower) && IsPassive(view, m.First))
                // "has been designated", "were blacklisted": the cue itself opens on the auxiliary.
                || (m.Length >= 2 && view.Tokens[m.First].Lower is "was" or "were" or "been" or "is" or "are" or "be"
                    && Participles.Looks(view.Tokens[m.First + 1].Lower))))
            return null;
        if (agents is null && PraisedFor(view, m) is ({ } doer, { } praiser))
            return new StepArguments([doer], praiser, Location(view, m), certainty * 0.9) { Earlier = true };
        var nounOwner = agents is null ? NounOwner(view, m) : null;
        var sources = agents ?? OwnerInside(view, m) ?? Shared(view, m) ?? nounOwner ?? Subjects(view, m.First, m.Pattern.Near);
        // "Qatar welcomed the lifting of sanctions on Syria", "Egypt condemned strikes on Syria": a deed told as a noun that
        // one welcomes or condemns, with no owner named, is not the deed of the one who speaks of it.
        if (agents is null && nounOwner is null && m.Pattern.Frame == Frame.Agent && JudgedNoun(view, m) && sources is { Count: > 0 } && !OwnedBy(view, m)) return null;
        if (m.Pattern.Step == "condition.set" && sources is { Count: > 0 } && RelationsWith(view, m, sources) is { } heldBack)
            return new StepArguments(sources, heldBack, Location(view, m), certainty);
        // "The border crossing between Jordan and Syria officially opened", "Trump brokered a deal between Israel and
        // Bahrain to establish relations": the parties are named after "between"; whoever else is named brokered it.
        // "Flights between Istanbul and Yerevan resumed": the two cities a route joins stand for their states; a mutual step
        // told once, the one named first as its source (spec: Direction).
        if (reciprocal && m.Pattern.Step == "border.reopen" && sources is null && CitiesBetween(view, m) is { } cities)
            return new StepArguments([cities.A], cities.B, null, certainty * 0.9);
        if (reciprocal && Between(view, m) is { } between && DistinctBases(between) is { Count: 2 } pair)
        {
            // "he would honour all past deals struck between his country and Moscow": a stance its one subject takes on
            // what binds it to the other, not the other's too.
            // "The Syrian opposition rejected the rapprochement between Ankara and Damascus": one of a state named in the pair
            // (its opposition too) takes the stance on the other.
            if (m.Pattern.Frame == Frame.Stance && sources is not null && DistinctBases(sources) is { Count: 1 } one && pair.Exists(x => x.State == one[0].State)
                && sources[^1].Last >= m.First - 3 && sources[^1].Last <= m.First)
                return new StepArguments(sources, pair[0].State == one[0].State ? pair[1] : pair[0], Location(view, m), certainty);
            return new StepArguments([pair[0]], pair[1], Location(view, m), certainty) { Reciprocal = true };
        }
        // "a historic agreement between Israel and the UAE for full normalisation of relations", "Trump brokered a deal
        // to establish relations between Israel and Bahrain": a stance the two named take together, whoever brokered it.
        if (m.Pattern.Step.StartsWith("stance.", StringComparison.Ordinal) && (sources is null || Brokered(view, m)) && Between(view, m) is { } named
            && DistinctBases(named) is { Count: 2 } two)
            return new StepArguments([two[0]], two[1], Location(view, m), certainty * 0.9) { Reciprocal = true };
        if (sources is null)
        {
            // Inside a quotation, the speaker is the one who acts or takes the stance.
            if (m.Pattern.Frame == Frame.Stance && view.Actors.Speaker is { } speaker && speaker.Actor is not null && view.InQuote(m.First)) { sources = [speaker]; certainty = 0.8; }
            // "said on Saturday that dialogue with Damascus would be needed": a stance told with no subject of its own in
            // what someone said is the sayer's.
            // "said any initiative to restore relations must be based on ...": a step some "any" stands for is a condition's
            // subject, not a stance.
            // "said that normalization with Syria depends on a political solution": the step a condition is put on.
            // "said that normalisation with Damascus would reward Assad's crimes", "... was going nowhere": only what approves
            // of the step or says whether it is open ("was needed", "is not on the table") is the sayer's stance.
            else if (m.Pattern.Frame == Frame.Stance
                && !(m.Pattern.Step.StartsWith("stance.", StringComparison.Ordinal) && (AnyBefore(view, m.First) || ConditionedAfter(view, m)
                    || (OpensSaid(view, m.First) && BlamedAfter(view, m))))
                && !PossessedInfinitive(view, m.First)
                && Sayer(view, m) is { Count: > 0 } sayers)
            { sources = sayers; certainty = 0.8; }
            else if (FrontedSubject(view, m) is { } fronted) sources = fronted;
            // "The reopening of the Emirati embassy in Damascus", "the lifting of US sanctions on Syria": a step told as a
            // noun with no subject is taken by the one its words name as owner or author.
            // After another noun made from a verb ("the expulsion of Chinese diplomats", "the designation of Syria") comes
            // whom the step is on, unless it owns what the step is done with ("the imposition of US sanctions", "the
            // resumption of the work of the Kingdom's mission").
            else if (Nominalized(view, m) && view.Actors.Mentions.FirstOrDefault(x => x.First > m.First + 1 && x.First < m.End && x.CanAct) is { } author
                && (Nominalized(view, m, gerundOnly: true) || OwnsInstrument(view, author)))
            { sources = [author]; certainty = 0.9; }
            // "The Council decided to suspend a number of EU restrictive measures in relation to Syria": with no actor for a
            // subject, the owner named right before the sanctions' noun holds them, when whom they are on is named after it
            // ("remove Sudan from the US list" names whom a step is on inside the cue).
            else if (m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal)
                && view.Actors.Mentions.FirstOrDefault(x => x.First > m.First && x.Last < m.End && x.Last >= m.End - 2 && x.CanAct
                    && (x.Kind == MentionKind.Organisation || (x.Kind == MentionKind.State && OwnerForm(view, x)))) is { } holder
                && Object(view, m, holder.Actor) is { } on && on.BaseActor != holder.BaseActor)
            { sources = [holder]; certainty = 0.8; }
            // "Tucked inside the Defense Authorization Act, which Trump signed Friday, is a measure imposing sanctions on
            // Syria": a measure's sanctions are those of the law or institution the sentence names before it (a
            // description, not a person or a state), the first it names.
            else if (m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) && MeasureBefore(view, m)
                && view.Actors.Mentions.FirstOrDefault(x => x.First < m.First && x.CanAct && x.Kind == MentionKind.Description && x.Actor is not null
                    && !view.Actors.Mentions.Exists(t => t.First > m.First && t.BaseActor == x.BaseActor)) is { } lawmaker)
            { sources = [lawmaker]; certainty = 0.8; }
            else return null;
        }
        // "Qatar is the second country, after Türkiye, to formally resume diplomatic operations": those it came after took
        // the step before it.
        List<ActorMention>? before = null;
        if (agents is null && CameAfter(view, m) is ({ Count: > 0 } earlier, var ordinal))
        {
            var subjects = Subjects(view, ordinal) is { Count: > 0 } counted && !HasBase(earlier, counted[0].BaseActor) ? counted : [];
            before = earlier.Where(e => !HasBase(subjects, e.BaseActor)).ToList();
            sources = [.. subjects, .. before];
        }
        // "The UAE, which followed Riyadh in reopening all entry points": those followed took the step first.
        // The nearest actors before the cue are then those followed; the subject stands before "follow".
        if (Followed(view, m) is ({ Count: > 0 } followed, var follow))
        {
            var subjects = agents ?? (HasBase(followed, sources[0].BaseActor) ? Subjects(view, follow) ?? [] : sources);
            sources = [.. subjects, .. followed.Where(f => !HasBase(subjects, f.BaseActor))];
        }
        // "accepted the credentials of Omani Ambassador al-Busaidy, appointed to the post in March": an ambassador named
        // before the verb that appoints him is his state's, sent to the one the sentence is about.
        if (m.Pattern.Step == "ambassador.appoint" && Envoy(view, m) is { } envoy && !HasBase(sources, envoy.BaseActor) && agents is null)
            return new StepArguments([envoy], sources[0], Location(view, m), certainty * 0.9);
        var sourceBase = sources[0].BaseActor;
        // An offensive's target is whom it is against, not where it is fought: "an operation into northern Syria on
        // targets linked to YPG militia", "saying it would target the ISIL group and the YPG".
        if (m.Pattern.Step == "conflict.offensive" && Opponents(view, m, sourceBase) is { Count: > 0 } opponents)
            return new StepArguments(sources, opponents, Location(view, m), certainty);
        // "then-army chief al-Sisi led the overthrow of Mohamed Morsi": a state's own officer topples its leader; the
        // army acts on the state, and no other state named nearby is the one toppled.
        // "the Egyptian army toppling a Muslim Brotherhood president": a part of a state (its army, its opposition) brings
        // down that state's government.
        if (m.Pattern.Step == "regime.fall" && sources[0].Actor != sourceBase && sourceBase is not null && agents is null)
            return new StepArguments(sources, sources[0].GovernmentOf(sourceBase), Location(view, m), certainty * 0.9);
        if (m.Pattern.Step == "regime.fall" && sources[0].Actor == sourceBase && Toppled(view, m, sourceBase) is { } leader)
            return ArmyWords(view, sources[0]) ? new StepArguments([sources[0].GovernmentOf(sourceBase + ".MIL")], leader.GovernmentOf(sourceBase!), Location(view, m), certainty * 0.9) : null;
        // "Sharaa said sanctions imposed on the Assad regime have no justification": whom sanctions are on never imposes or
        // lifts them; a source of the sanctioned state is the wrong one, not a reason to look further for a target.
        if (agents is null && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) && Sanctioned(view, m) is { } sanctioned
            && sanctioned.BaseActor == sourceBase)
            return null;
        var target = Object(view, m, sources[0].Actor, sources);
        // "to normalise relations with Israel and to reopen liaison offices, in a deal that saw Washington recognise ...":
        // a joined infinitive that names no one before its clause goes on is done toward whom the earlier one names.
        if ((target is null || HasCommaBetween(view, m.End, target.First)) && JoinedObject(view, m, sourceBase) is { } shared)
            target = shared;
        // "imposed a 100 percent tariff on Serbian goods in 2018, and lifted it under pressure from Washington": goods of a
        // state named by its adjective right after "on" come before any actor named further on.
        if (target is not null && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) && Adjectival(view, m, sourceBase) is { } goods
            && goods.First < target.First && goods.First > 0 && view.Tokens[goods.First - 1].Lower is "on" or "against")
            target = goods;
        // "Russian air strikes in Syria", "an operation in Syrian Afrin": where an offensive is fought is not whom it is
        // against (spec: a place named as the venue is a location, not a counterpart).
        if (m.Pattern.Step == "conflict.offensive" && target is not null && IsVenue(view, target)) return null;
        // "Hayat Tahrir al-Sham fighters captured key cities in a lightning offensive", "the rebels launched an offensive": an
        // armed group's offensive with no one named against it is against the government the pack says it fights.
        if (m.Pattern.Step == "conflict.offensive" && target is null && sources[0].Fights is { } fought)
            return new StepArguments(sources, sources[0].GovernmentOf(fought), Location(view, m), certainty * 0.9);
        // "Saudi Arabia and Iran agreed to restore relations", "Cuba and the United States reopened embassies in Havana
        // and Washington": two parties and no one else after the cue take the step toward each other.
        var parties = DistinctBases(sources);
        if (reciprocal && parties.Count == 2 && target is not null && !HasBase(parties, target.BaseActor) && PairsOwn(view, m, parties, target))
            target = null;
        if (reciprocal && parties.Count == 2 && (target is null || HasBase(parties, target.BaseActor)) && !EachOwn(view, m, parties, focus))
            return new StepArguments([parties[0]], parties[1], Location(view, m), certainty) { Reciprocal = true };
        if (target is null && parties.Count == 2 && m.Pattern.Frame is Frame.Stance or Frame.Mission && !EachOwn(view, m, parties, focus))
            return new StepArguments([parties[0]], parties[1], Location(view, m), certainty);
        // "The Turkish, Russian and Syrian sides agreed to continue trilateral meetings": among several parties that
        // include the focal state, each other party acts toward it (spec: a meeting of several parties).
        // An agreement among them binds each way ("agreed to continue trilateral meetings"; spec: agreements to keep
        // meeting), so the focal state supports each of the others as they support it.
        if (target is null && parties.Count > 2 && FocalAmong(parties, focus) is { } focal)
            return new StepArguments(parties.Where(p => p.BaseActor != focal.BaseActor).ToList(), focal, Location(view, m), certainty * 0.9)
            {
                Reciprocal = m.Pattern.Step.StartsWith("stance.", StringComparison.Ordinal) && view.Tokens[m.First].Lower is "agreed" or "agree" or "agrees" or "agreeing"
                    && !UnsureBefore(view, m.First),
            };
        // "banned imports of Australian wine", "imposed sanctions on Iranian oil exports": goods or trade of a state named
        // by its adjective are that state's.
        // "struck three Iranian nuclear sites": likewise the sites of a state struck.
        if (target is null && (m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) || m.Pattern.Step == "conflict.offensive")
            && Adjectival(view, m, sourceBase) is { } owned)
            target = owned;
        // "welcomed the Italian decision": the state whose decision a stance welcomes is whom it is toward.
        if (target is null && m.Pattern.Step.StartsWith("stance.", StringComparison.Ordinal)
            && view.Actors.Adjectives?.Find(a => a.First > m.First && a.Last < m.End && a.BaseActor != sourceBase) is { } whose)
            target = whose;
        // "the Caesar Act, which Trump signed into law on Dec. 20": an instrument a relative clause tells of is held against
        // its state.
        if (target is null && m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) && RelativeInstrument(view, m) is { Against: { } held } instrument)
            target = instrument.GovernmentOf(held);
        if (target is null)
        {
            // "Saudi Arabia, the UAE, Bahrain and Egypt agreed to restore ties": none of the subjects is what they act on.
            target = Fallback(view, focus, sourceBase, m, sources);
            certainty *= 0.8;
        }
        if (target is null) return null;
        // "Iran's landmark agreement to restore ties with Saudi Arabia": an agreement binds both.
        var together = m.Pattern.Step.StartsWith("stance.", StringComparison.Ordinal) && parties.Count == 1 && Agreement(view, m) && !Brokered(view, m, byTheSubject: true)
            && target.BaseActor != sourceBase;
        return new StepArguments(sources, Listed(view, target, sources), Location(view, m), certainty * (sources[0].Resolved ? 0.9 : 1)) { Reciprocal = together, Before = before };
    }

    // "imposed sanctions on Syria, Iran and Russia", "struck the ISIL group and the YPG militia": each party listed with the
    // object is one too; a party that opens a clause of its own ("with Syria, and Iran said") is not.
    private static List<ActorMention> Listed(SentenceView view, ActorMention target, List<ActorMention> sources)
    {
        var listed = new List<ActorMention> { target };
        foreach (var x in Following(view, target))
        {
            // "his new ambassador to Syria, Mohamed al Mahdhabi,": a person after a comma names someone, not another party;
            // after "and" ("King Salman and President Erdogan") a person is one.
            if (x == target || !x.CanAct || x.Kind == MentionKind.Pronoun || (x.Kind == MentionKind.Person && !AfterAnd(view, x))
                || HasBase(listed, x.BaseActor) || HasBase(sources, x.BaseActor) || IsVenue(view, x)) continue;
            if (OpensClause(view, x)) break;
            listed.Add(x);
        }
        return listed;
    }

    private static bool AfterAnd(SentenceView view, ActorMention x)
    {
        var t = x.First - 1;
        while (t > 0 && ListTitles.Contains(view.Tokens[t].Lower)) t--;
        return t >= 0 && view.Tokens[t].Is("and");
    }

    private static bool OpensClause(SentenceView view, ActorMention x)
    {
        if (x.Last >= view.Tokens.Count) return false;
        var next = view.Tokens[x.Last].Lower;
        return next is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "said" or "says" or "did" or "does"
            || Participles.PastVerb(next);
    }

    // A person of the source's own state named right after a cue of toppling: "the ouster of President Mohamed Morsi".
    private static ActorMention? Toppled(SentenceView view, TriggerMatch m, string? sourceBase)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < m.End || x.First > m.End + 6) continue;
            return x.BaseActor == sourceBase && x.Kind == MentionKind.Person ? x : null;
        }
        return null;
    }

    private static readonly HashSet<string> ArmyNouns = new(StringComparer.Ordinal) { "army", "military", "armed", "generals", "general", "then-army" };

    // "then-army chief al-Sisi", "el-Sisi, who was then army chief": the source is named as the army's.
    private static bool ArmyWords(SentenceView view, ActorMention source) =>
        view.HasWordBetween(Math.Max(0, source.First - 3), Math.Min(view.Tokens.Count, source.Last + 6), ArmyNouns)
        || (source.Actor?.EndsWith(".MIL", StringComparison.Ordinal) ?? false);

    private static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal) { "agreement", "deal", "accord", "pact" };

    // The cue is what an agreement provides for: "an agreement to restore ties", "a deal to establish relations".
    private static bool Agreement(SentenceView view, TriggerMatch m)
    {
        if (AgreementNouns.Contains(view.Tokens[m.First].Lower)) return true;
        return m.First >= 2 && view.Tokens[m.First - 1].Is("to") && AgreementNouns.Contains(view.Tokens[m.First - 2].Lower);
    }

    // "Trump brokered a deal to ...", "the China-brokered agreement": the one who brokered it is no party to it.
    private static bool Brokered(SentenceView view, TriggerMatch m, bool byTheSubject = false)
    {
        for (var t = m.First - 1; t >= 0 && t >= m.First - 15 && view.Clause[t] == view.Clause[m.First]; t--)
        {
            var w = view.Tokens[t].Lower;
            if (w is "brokered" or "mediated" or "sponsored") return true;
            // "the China-brokered agreement": brokered by someone other than the subject.
            if (!byTheSubject && (w.EndsWith("-brokered", StringComparison.Ordinal) || w.EndsWith("-mediated", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    // "Assad was ousted in a lightning offensive by insurgent forces": the cue names the means of a passive verb just
    // before it, so its agent acts on that verb's subject.
    private static bool PassiveBefore(SentenceView view, TriggerMatch m)
    {
        var t = m.First - 1;
        while (t >= 0 && !view.Tokens[t].Is(",") && !view.Tokens[t].Is("in") && m.First - t <= 5) t--;
        if (t < 2 || !view.Tokens[t].Is("in")) return false;
        // "was toppled on Sunday in ...": a time between the verb and its means.
        var verb = t - 1;
        if (DateEndingAt(view, verb) is { } date) verb = date - 1;
        return verb >= 1 && Participles.PastVerb(view.Tokens[verb].Lower) && view.Tokens[verb - 1].Lower is "was" or "were" or "been" or "is" or "are";
    }

    // The actor whose ambassador the cue begins with: "Omani Ambassador ..., appointed".
    private static ActorMention? Envoy(SentenceView view, TriggerMatch m)
    {
        var first = view.Tokens[m.First].Lower;
        if (first is not ("ambassador" or "ambassadors" or "envoy" or "charge" or "chargé")) return null;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.CanAct && x.First < m.First && x.Last >= m.First && x.Last <= m.First + 1) return x;
        }
        return null;
    }

    // "France and Italy followed Britain and Belgium in bringing back their envoys": in a document about a third state,
    // two parties that each take the step with their own ("their") take it toward that state, not toward each other.
    // "as the Cuban flag was raised over Havana's embassy in Washington": a mission's owner named inside its cue.
    private static List<ActorMention>? OwnerInside(SentenceView view, TriggerMatch m)
    {
        if (m.Pattern.Frame != Frame.Mission || view.Tokens[m.First].Lower is not ("flag" or "flags")) return null;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First > m.First && x.Last <= m.End && x.CanAct && x.Actor is not null) return [x];
        }
        return null;
    }

    // "Egypt condemned Israel's strikes on Syria", "the Israeli strikes on", "Qatar welcomed the suspension of U.S. sanctions
    // on Syria", "the EU's lifting of sanctions": a deed told as a noun whose owner stands right before it (a possessive, a
    // state's adjective, or a state's letters before the sanctions' noun) is that owner's, not the one who speaks of it.
    private static List<ActorMention>? NounOwner(SentenceView view, TriggerMatch m)
    {
        if (m.Pattern.Frame != Frame.Agent) return null;
        // "Israel's strikes on", "the EU's lifting of": a possessive right before the cue.
        if (m.First >= 2 && view.Tokens[m.First - 1].Lower is "'s" or "'"
            && view.Actors.Mentions.FirstOrDefault(x => x.Last == m.First - 1 && x.CanAct && x.Actor is not null && x.Kind != MentionKind.Pronoun) is { } possessor)
            return [possessor];
        // "the Israeli strikes on", "Israeli strikes on": a state's adjective right before a noun cue, after an article or
        // opening what is spoken of ("condemned Israeli strikes").
        if (DemonymEndingAt(view, m.First) is { Actor: not null } demonym && demonym.First >= 1
            && !view.Actors.Mentions.Exists(x => x.First == demonym.First)
            && (view.Tokens[demonym.First - 1].Lower is "the" or "recent" or "latest" or "renewed" or "of" || JudgingVerbs.Contains(view.Tokens[demonym.First - 1].Lower)))
            return [demonym];
        // "the suspension of U.S. sanctions on Syria": a noun made from a verb, after an article, whose instrument's owner
        // stands right before the instrument's noun.
        if (m.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal) && Nominalized(view, m) && m.First >= 1 && view.Tokens[m.First - 1].Lower is "the" or "a"
            && m.Length >= 4)
        {
            // "of Washington's sanctions": a possessive there is an owner of any kind that acts.
            if (view.Actors.Mentions.FirstOrDefault(x => x.First > m.First + 1 && x.CanAct && x.Actor is not null && x.Kind != MentionKind.Pronoun
                && (x.Last == m.End - 1 && (x.Kind == MentionKind.Organisation || (x.Kind == MentionKind.State && OwnerForm(view, x)))
                    || (x.Last == m.End - 2 && view.Tokens[x.Last].Lower is "'s" or "'"))) is { } owner)
                return [owner];
            // "of European sanctions": a state's adjective there.
            if (DemonymEndingAt(view, m.End - 1) is { Actor: not null } adjective && adjective.First > m.First + 1
                && !view.Actors.Mentions.Exists(x => x.First == adjective.First))
                return [adjective];
        }
        return null;
    }

    // A cue right after a verb that judges or speaks of a deed ("condemned (the) strikes on", "welcomed the lifting of"): the
    // cue is that verb's object, a noun.
    private static bool JudgedNoun(SentenceView view, TriggerMatch m)
    {
        var t = m.First - 1;
        if (t >= 0 && view.Tokens[t].Lower is "the" or "a" or "recent" or "latest") t--;
        return t >= 0 && JudgedDeedVerbs.Contains(view.Tokens[t].Lower);
    }

    private static readonly HashSet<string> JudgedDeedVerbs = new(StringComparer.Ordinal)
    {
        "condemned", "condemns", "denounced", "denounces", "criticised", "criticized", "criticises", "criticizes", "welcomed", "welcomes",
        "hailed", "hails", "praised", "praises", "applauded", "discussed", "discusses", "deplored", "deplores",
    };

    // "Turkey welcomed the lifting of its sanctions": the speaker's own deed, named by a pronoun inside the cue.
    private static bool OwnedBy(SentenceView view, TriggerMatch m)
    {
        for (var t = m.First; t < m.End; t++)
        {
            if (view.Tokens[t].Lower is "its" or "their" or "our" or "his" or "her") return true;
        }
        return false;
    }

    private static bool EachOwn(SentenceView view, TriggerMatch m, List<ActorMention> parties, DocumentFocus focus)
    {
        if (focus.Pack is not { } pack || HasBase(parties, pack)) return false;
        // The pack's state named only far off in the article ("conflicts from Yemen to Syria" in a later paragraph) is
        // not where two other states reopen "their embassies": it must be named near, as a fallback target would be.
        if (NamedNear(view, pack, twoBack: true) is null) return false;
        // "Paris and Berlin remain opposed to any normalisation ... demanded of Damascus": two who oppose it together
        // oppose it with the state the article is about, not with each other.
        // "Egypt and Turkey opposed any rapprochement between them" is the pair's own.
        if (m.Pattern.Step == "stance.oppose") return !BetweenThemselves(view);
        // "some Arab countries such as the UAE and Bahrain have restored ties with Damascus, but they have not established
        // full relations": two named as examples of a group act as the group does, not toward each other.
        if (NamedAsExamples(view, parties) && !BetweenThemselves(view)) return true;
        for (var t = m.First; t < m.End; t++)
        {
            if (view.Tokens[t].Is("their")) return true;
        }
        return false;
    }

    private static bool NamedAsExamples(SentenceView view, List<ActorMention> parties)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.Kind == MentionKind.Pronoun || !HasBase(parties, x.BaseActor)) continue;
            var t = x.First - 1;
            if (t >= 0 && view.Tokens[t].Is("the")) t--;
            if (t >= 0 && view.Tokens[t].Is("as") && t > 0 && view.Tokens[t - 1].Is("such")) t--;
            else if (t < 0 || view.Tokens[t].Lower is not ("including" or "like")) continue;
            // "some Arab countries such as the UAE", "Gulf states, including Bahrain": examples of states, not of officials.
            t--;
            if (t >= 0 && view.Tokens[t].Is(",")) t--;
            if (t >= 0 && StateNouns.Contains(view.Tokens[t].Lower)) return true;
        }
        return false;
    }

    // "any rapprochement between them", "with each other", "with one another": the pair's own relations.
    private static bool BetweenThemselves(SentenceView view)
    {
        for (var t = 1; t < view.Tokens.Count; t++)
        {
            var w = view.Tokens[t].Lower;
            var before = view.Tokens[t - 1].Lower;
            if (w == "them" && before == "between" || w == "other" && before == "each" || w == "another" && before == "one") return true;
        }
        return false;
    }

    // A trip goes to a place: "attended the Arab League summit in Jeddah" is hosted by the state of Jeddah; "visits this
    // week to Qatar, the UAE and Jordan" goes to each.
    private static StepArguments? Visit(SentenceView view, TriggerMatch m)
    {
        // "was in Damascus on February 12": only a capital or a state right after "in" makes being somewhere a trip ("was
        // in place", "was in contact", "were in his shoes" do not).
        // Only a leader, minister or security chief is a visitor so ("Iranian forces were in Syria" is no trip), and not
        // "in Syria's orbit".
        var beingIn = view.Tokens[m.End - 1].Is("in") && view.Tokens[m.First].Lower is "was" or "were";
        // "was in the Syrian capital": a capital named by its state's adjective after "the".
        if (beingIn && !view.Actors.Mentions.Exists(x => (x.First == m.End && x.Kind is MentionKind.Capital or MentionKind.State
                    && (x.Last >= view.Tokens.Count || view.Tokens[x.Last].Lower is not ("'s" or "'")))
                || (x.First == m.End + 1 && view.Tokens[m.End].Is("the") && view.Tokens[x.Last - 1].Is("capital")))
            && AdjectivalPlace(view, m, null) is null)
            return null;
        var nounUse = NounUse(view, m);
        var traveller = nounUse ? Traveller(view, m) ?? TravellerBy(view, m) ?? AdjectivalTraveller(view, m) : null;
        // "Assad's UAE visit": the state named before the noun is where the trip goes, its possessor who makes it.
        if (traveller is null && NamedBefore(view, m) is ({ } visitor, { } visited))
            return new StepArguments([visitor], visited, Location(view, m), 0.9);
        // "held talks with Erdogan in Ankara, two days after a visit to Saudi Arabia": a trip told in a time phrase with no
        // one named as making it is the main clause subject's.
        traveller ??= nounUse ? TimedOwner(view, m) : null;
        var named = traveller is null ? Agent(view, m) ?? Subjects(view, m.First, m.Pattern.Near) : [traveller];
        var sources = named ?? FrontedSubject(view, m);
        if (sources is null or { Count: 0 }) return null;
        if (beingIn && sources[0].Level is not (RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security)) return null;
        var sourceBase = sources[0].BaseActor;
        var certainty = 1.0;
        // "Assad's visit to Oman", "the first state visit of his second term": a trip named by a noun goes where the noun
        // says, right after it (or after the one who makes it) or in the place the clause names before it; no other actor
        // of the sentence is its host.
        if (nounUse)
        {
            var reach = 8 + (traveller is null ? 0 : Math.Max(0, traveller.Last - m.End));
            var to = Destinations(view, m, sourceBase, reach, toOnly: true) ?? (Location(view, m, before: true) is { } at && at.BaseActor != sourceBase ? [at] : null);
            return to is null ? null : new StepArguments(sources, to, Location(view, m), certainty * 0.9);
        }
        IReadOnlyList<ActorMention>? targets = Destinations(view, m, sourceBase);
        // A summit is hosted by a state where it is held, not by its organisation ("Arab League head Aboul Gheit said Assad
        // would attend the summit"), nor by whom the main clause names after a phrase put before it ("Addressing the summit,
        // the crown prince welcomed Assad").
        var summit = m.Pattern.Id == "visit.summit";
        if (targets is null && summit && named is null) return null;
        if (targets is null && Object(view, m, sources[0].Actor, sources) is { } target && !(summit && target.Kind == MentionKind.Organisation)) targets = [target];
        if (targets is null && OtherInClause(view, m, sourceBase) is { } other && !(summit && other.Kind == MentionKind.Organisation))
        {
            targets = [other];
            certainty = 0.9;
        }
        if (targets is null) return null;
        if (Companion(view, m, sourceBase, targets[0].BaseActor) is { } companion) sources = [.. sources, companion];
        return new StepArguments(sources, targets, Location(view, m), certainty * (sources[0].Resolved ? 0.9 : 1));
    }

    // "travelled to Damascus on Jan. 3 with his German counterpart Annalena Baerbock": an official of another state who
    // travels with the visitor visits too; "for talks with Putin" names the host, not a companion.
    private static ActorMention? Companion(SentenceView view, TriggerMatch m, string? sourceBase, string? targetBase)
    {
        for (var w = m.End; w < view.Tokens.Count && w <= m.End + 10 && view.Clause[w] == view.Clause[m.First]; w++)
        {
            var word = view.Tokens[w].Lower;
            // "visited Damascus to coordinate positions with ...": what follows a verb of its own is not the trip's company.
            if (word is "to" or "," || Participles.PastVerb(word)) return null;
            if (word != "with") continue;
            if (view.Tokens[w - 1].Lower is "talks" or "meeting" or "meetings" or "met" or "meet" or "ties" or "relations" or "contacts"
                or "consultations" or "cooperation" or "together" or "along" or "alongside" or "contrast" or "line" or "keeping")
                return null;
            // The first one named after "with" only, and only an official of a third state.
            foreach (var x in view.Actors.Mentions)
            {
                // "with his German counterpart": the possessive names whose counterpart, not the companion.
                if (x.First <= w || (x.Kind == MentionKind.Pronoun && view.Tokens[x.First].Lower is "his" or "her" or "their" or "its")) continue;
                if (x.First > w + 4 || !x.CanAct || x.Kind == MentionKind.Pronoun) return null;
                return (x.Kind == MentionKind.Person || x.Level is RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security)
                    && x.BaseActor != sourceBase && x.BaseActor != targetBase ? x : null;
            }
            return null;
        }
        return null;
    }

    private static ActorMention? TimedOwner(SentenceView view, TriggerMatch m)
    {
        var t = m.First - 1;
        while (t >= 0 && view.Tokens[t].Lower is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "first" or "official" or "state" or "brief") t--;
        if (t < 0 || view.Tokens[t].Lower is not ("after" or "before" or "following" or "since")) return null;
        return OpeningSubject(view, t)?[0];
    }

    /// <summary>"the first Emirati visit to Syria": the nationality before the trip noun names who travels.</summary>
    private static ActorMention? AdjectivalTraveller(SentenceView view, TriggerMatch m)
    {
        if (view.Actors.Adjectives is not { } adjectives) return null;
        var t = m.First - 1;
        while (t >= 0 && TripModifiers.Contains(view.Tokens[t].Lower)) t--;
        var x = adjectives.Find(a => a.Last == t + 1 && a.First == t);
        return x is null ? null : new ActorMention { First = x.First, Last = x.Last, Actor = x.Actor, Kind = MentionKind.State };
    }

    private static readonly HashSet<string> TripModifiers = new(StringComparer.Ordinal)
    {
        "official", "state", "working", "ministerial", "presidential", "royal", "high-level", "highest-level", "senior", "rare", "surprise",
        "unannounced", "first-ever", "landmark", "historic",
    };

    private static (ActorMention? Visitor, ActorMention? Visited) NamedBefore(SentenceView view, TriggerMatch m)
    {
        var visited = view.Actors.Mentions.FirstOrDefault(x => x.Last == m.First && x.Kind is MentionKind.State or MentionKind.Capital && x.Actor is not null);
        if (visited is null || visited.First < 2 || view.Tokens[visited.First - 1].Lower is not ("'s" or "'")) return (null, null);
        var visitor = view.Actors.Mentions.FirstOrDefault(x => x.Last == visited.First - 1 && x.CanAct && x.BaseActor != visited.BaseActor);
        return visitor is null ? (null, null) : (visitor, visited);
    }

    private static readonly HashSet<string> TripPrepositions = new(StringComparer.Ordinal) { "to", "in", "for", "on", "at", "by" };

    // "the visit of the Syrian government Head of National Security Bureau, Ali Mamlouk, to Egypt": the one named after
    // "of" makes the trip; a person named in apposition says at which level.
    private static ActorMention? Traveller(SentenceView view, TriggerMatch m)
    {
        if (m.End >= view.Tokens.Count) return null;
        var of = view.Tokens[m.End].Is("of") ? m.End : OfAfterDestination(view, m);
        if (of < 0) return null;
        ActorMention? first = null;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First <= of || !x.CanAct) continue;
            if (x.First > of + 12 || view.HasWordBetween(of + 1, x.First, TripPrepositions)) break;
            if (first is null)
            {
                if (x.First > of + 3) return null;
                first = x;
            }
            else if (x.BaseActor == first.BaseActor && x.Kind == MentionKind.Person && view.Tokens[x.First - 1].Is(",")) return x;
        }
        return first is { Kind: MentionKind.Pronoun } ? null : first;
    }

    // "between Istanbul and Yerevan" inside or right after the cue: two places of two states, joined by "and".
    private static (ActorMention A, ActorMention B)? CitiesBetween(SentenceView view, TriggerMatch m)
    {
        for (var t = m.First; t < m.End + 2 && t < view.Tokens.Count - 3; t++)
        {
            if (!view.Tokens[t].Is("between")) continue;
            var a = view.Actors.Mentions.Find(x => x.First == t + 1 && x.Actor is not null);
            if (a is null || a.Last >= view.Tokens.Count || !view.Tokens[a.Last].Is("and")) return null;
            var b = view.Actors.Mentions.Find(x => x.First == a.Last + 1 && x.Actor is not null);
            return b is not null && a.Kind is MentionKind.Place or MentionKind.Capital && b.Kind is MentionKind.Place or MentionKind.Capital
                && a.BaseActor != b.BaseActor ? (a, b) : null;
        }
        return null;
    }

    /// <summary>
    /// "the visit to Damascus of Egypt's foreign minister", "the arrival this week in Damascus of a delegation": the "of"
    /// that names the traveller after the destination and a time, or -1.
    /// </summary>
    private static int OfAfterDestination(SentenceView view, TriggerMatch m)
    {
        var place = false;
        for (var t = m.End; t < view.Tokens.Count && t <= m.End + 8; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w == "of") return place ? t : -1;
            if (view.Actors.Mentions.Find(x => x.First == t && x.Kind is MentionKind.Capital or MentionKind.State or MentionKind.Place) is { } x
                && (view.Tokens[t - 1].Lower is "to" or "in" || m.End == t))
            {
                if (place) return -1;
                place = true;
                t = x.Last - 1;
                continue;
            }
            if (w is "to" or "in" or "the" or "this" or "last" or "next" or "week" or "month" or "on") continue;
            if (DateEnd(view, t) is not null) continue;
            return -1;
        }
        return -1;
    }

    // "a surprise visit to Damascus on Dec. 16 by Sudanese President Omar al-Bashir": the one named after "by" makes the
    // trip, unless "by" follows a participle of its own ("a visit to Cairo hosted by Sisi").
    private static ActorMention? TravellerBy(SentenceView view, TriggerMatch m)
    {
        for (var t = m.End; t < view.Tokens.Count && t <= m.End + 10; t++)
        {
            var w = view.Tokens[t];
            if (w.Is(",") || w.Is(";") || Participles.PastVerb(w.Lower)) return null;
            if (!w.Is("by")) continue;
            var at = t + 1 < view.Tokens.Count && view.Tokens[t + 1].Is("the") ? t + 2 : t + 1;
            return view.Actors.Mentions.FirstOrDefault(x => x.First == at && x.CanAct && x.Kind != MentionKind.Pronoun);
        }
        return null;
    }

    // "the EU's sanctions", "US sanctions", "UK sanctions": a state owns sanctions in the possessive or by its letters;
    // "Syria sanctions", "Russia sanctions" are sanctions on the state named.
    private static bool OwnerForm(SentenceView view, ActorMention x)
    {
        if (x.Last < view.Tokens.Count && view.Tokens[x.Last].Lower is "'s" or "'") return true;
        if (x.Last - x.First != 1) return false;
        var token = view.Tokens[x.First];
        return Actors.Lexicon.IsAcronym(view.Text[token.Start..token.End]);
    }

    private static bool PositionOn(SentenceView view, int first)
    {
        var t = first - 1;
        if (t >= 0 && view.Tokens[t].Lower is "the" or "a" or "any") t--;
        return t >= 1 && view.Tokens[t].Lower is "on" or "toward" or "towards" or "regarding" or "over" or "about"
            && view.Tokens[t - 1].Lower is "position" or "positions" or "stance" or "policy" or "attitude" or "view" or "views" or "approach";
    }

    // An actor right after "require" (past an article), then "to": the one a requirement is put to; or a step of another's
    // named by a noun ("would require the lifting of the U.S. embargo", "the withdrawal of Turkish forces").
    private static bool RequiredOf(SentenceView view, int at)
    {
        if (at + 2 < view.Tokens.Count && view.Tokens[at].Is("the") && view.Tokens[at + 2].Is("of")
            && (view.Tokens[at + 1].Lower.EndsWith("ing", StringComparison.Ordinal) || view.Tokens[at + 1].Lower is "withdrawal" or "removal" or "end" or "release" or "return"))
            return true;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < at) continue;
            return x.First <= at + 1 && x.Last < view.Tokens.Count && view.Tokens[x.Last].Is("to");
        }
        return false;
    }

    // "any initiative to", "any effort to de-escalate", "any return of": "any" among the few words before the cue, in its clause.
    private static bool AnyBefore(SentenceView view, int first) => AnyAt(view, first) >= 0;

    internal static int AnyAt(SentenceView view, int first)
    {
        for (var t = first - 1; t >= 0 && t >= first - 4 && view.Clause[t] == view.Clause[first]; t--)
        {
            if (view.Tokens[t].Is("any")) return t;
        }
        return -1;
    }

    // "because of its government's failure to de-escalate tensions": the infinitive of a noun someone else owns is theirs,
    // not the sayer's.
    private static bool PossessedInfinitive(SentenceView view, int at) =>
        at >= 3 && view.Tokens[at - 1].Is("to") && view.Tokens[at - 3].Lower is "'s" or "'" or "its" or "their" or "his" or "her";

    // A cue that opens what was said, as its subject: "said (that) normalisation with ...", "said that full dialogue with".
    private static bool OpensSaid(SentenceView view, int first)
    {
        var k = first - 1;
        while (k > 0 && k >= first - 2 && view.Tokens[k].Lower is "the" or "a" or "full" or "further" or "closer" or "direct" or "greater" or "renewed") k--;
        // "said that cooperation with Syria had improved, but dialogue with Turkey had collapsed": so does one joined to it.
        return k > 0 && (view.Tokens[k].Is("that") || SayingVerbs.Contains(view.Tokens[k].Lower)
            || (view.Tokens[k].Lower is "but" or "and" or "while" && view.Tokens[k - 1].Is(",")));
    }

    // Words after the cue, in its clause, that judge the step a failure or a harm: "would reward Assad's crimes", "was
    // going nowhere", "had collapsed", "had faded".
    private static bool BlamedAfter(SentenceView view, TriggerMatch m) => SoonAfter(view, m, BlameWords, thatEnds: false);

    private static readonly HashSet<string> BlameWords = new(StringComparer.Ordinal)
    {
        "reward", "rewards", "rewarding", "nowhere", "collapsed", "collapse", "failed", "fail", "fails", "faded", "fade", "stalled", "mistake",
        "premature", "dangerous", "wrong", "unacceptable", "betrayal", "harm", "harmful", "dead", "doomed", "legitimise", "legitimize",
    };

    // "normalization with Syria depends on", "restoring ties must be based on": a condition's verb soon after the cue, in its clause.
    private static bool ConditionedAfter(SentenceView view, TriggerMatch m) => SoonAfter(view, m, ConditionVerbs, thatEnds: true);

    // One of `words` within eight words after the cue, in its clause, before another clause joins it (and, with `thatEnds`,
    // before a "that" opens one).
    private static bool SoonAfter(SentenceView view, TriggerMatch m, HashSet<string> words, bool thatEnds)
    {
        var clause = view.Clause[m.First];
        for (var t = m.End; t < view.Tokens.Count && t <= m.End + 8 && view.Clause[t] == clause; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "," or ";" or "and" or "but" or "which" || (thatEnds && w == "that")) return false;
            if (words.Contains(w)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ConditionVerbs = new(StringComparer.Ordinal)
    {
        "depends", "depend", "depended", "hinges", "hinge", "hinged", "requires", "require", "required", "must", "conditional",
        "conditioned", "contingent",
    };

    private static StepArguments? Stance(SentenceView view, TriggerMatch m, DocumentFocus focus, bool reciprocal)
    {
        // "Doha's position on normalising relations with the Syrian government had not changed": what a position is on is
        // its topic; the position itself is told elsewhere.
        if (PositionOn(view, m.First)) return null;
        // "will require Russia to withdraw" puts a condition to Russia; "would require time", "will require Gulf support" do not.
        if (view.Tokens[m.End - 1].Is("require") && !RequiredOf(view, m.End)) return null;
        // "X is urging Y to take a firmer stance against normalization": the appeal is X's own stance.
        var appeal = -1;
        for (var t = m.First - 1; t >= 0 && view.Clause[t] == view.Clause[m.First]; t--)
        {
            if (AppealWords.Contains(view.Tokens[t].Lower)) { appeal = t; break; }
        }
        if (appeal >= 0 && Subjects(view, appeal) is { } appealers)
        {
            var target = Object(view, m, appealers[0].Actor) ?? Fallback(view, focus, appealers[0].BaseActor);
            return target is null ? null : new StepArguments(appealers, target, null, 0.85) { SourceFromAppeal = true, Appeal = appeal };
        }
        // "the first Arab head of state to say publicly that Assad should go": whom the sayer wants gone is the one named
        // before "should", not the one who opposes.
        if (view.Tokens[m.First].Lower is "should" or "must" or "has" or "had" && m.Pattern.Step == "stance.oppose")
        {
            // "should go to Geneva", "must go further": a trip or a demand, no call to step down.
            if (m.End < view.Tokens.Count && view.Tokens[m.End].Lower is "to" or "ahead" or "further" or "on" or "back" or "beyond" or "into" or "through")
                return null;
            if (view.Actors.Mentions.LastOrDefault(x => x.Last == m.First && x.Actor is not null && x.Kind == MentionKind.Person) is { } going
                && (Sayer(view, m) ?? OpeningSubject(view, going.First))?.Where(x => x.BaseActor != going.BaseActor).ToList() is { Count: > 0 } opponents)
                return new StepArguments(opponents, going, null, 0.8);
        }
        // "told him that it was time for Syria to return to the Arab fold": a stance put with "it is" is the sayer's.
        if (Expletive(view, m) && Sayer(view, m) is { Count: > 0 } sayers)
        {
            var sayer = sayers[0].BaseActor;
            var target = Object(view, m, sayers[0].Actor, sayers) ?? Inside(view, m, sayer) ?? Fallback(view, focus, sayer);
            return target is null ? null : new StepArguments(sayers, target, null, 0.8);
        }
        // "returning to the Arab League despite the opposition of the US": the one whose opposition it is holds the stance,
        // toward the subject of the clause.
        if (HolderAfter(view, m) is { } holder)
        {
            var toward = Subjects(view, m.First)?.FirstOrDefault(x => x.BaseActor != holder.BaseActor) ?? Fallback(view, focus, holder.BaseActor);
            return toward is null ? null : new StepArguments([holder], toward, null, 0.8);
        }
        return Directed(view, m, focus, reciprocal);
    }

    // The sentence's first actor before a token, outside asides and not a prepositional object: "King Abdullah ... had
    // become the first to say that", "held talks with Erdogan, two days after a visit to Saudi Arabia".
    private static List<ActorMention>? OpeningSubject(SentenceView view, int before)
    {
        var x = view.Actors.Mentions.FirstOrDefault(x => x.First < before && x.CanAct && !view.Aside[x.First] && x.Kind != MentionKind.Pronoun);
        return x is null || (x.First > 0 && ObjectPrepositions.Contains(view.Tokens[x.First - 1].Lower)) ? null : [x];
    }

    private static readonly HashSet<string> HeldStances = new(StringComparer.Ordinal)
    {
        "opposition", "objection", "objections", "support", "backing", "approval", "consent", "blessing",
    };

    // The actor right after "of" when the cue is a stance someone holds: "the opposition of the US" (the cue's own
    // words may end on the "of").
    private static ActorMention? HolderAfter(SentenceView view, TriggerMatch m)
    {
        var of = view.Tokens[m.End - 1].Is("of") && m.End >= 2 ? m.End - 1 : m.End;
        if (of >= view.Tokens.Count - 1 || !view.Tokens[of].Is("of") || !HeldStances.Contains(view.Tokens[of - 1].Lower)) return null;
        var at = view.Tokens[of + 1].Is("the") ? of + 2 : of + 1;
        return view.Actors.Mentions.FirstOrDefault(x => x.First == at && x.CanAct);
    }

    // "it is time", "it was important": the cue stands just after an "it" that names no one.
    private static bool Expletive(SentenceView view, TriggerMatch m)
    {
        for (var t = Math.Max(0, m.First - 3); t < m.First; t++)
        {
            if (view.Tokens[t].Is("it") && t + 1 < view.Tokens.Count && view.Tokens[t + 1].Lower is "is" or "was" or "'s" or "would" or "will")
                return true;
        }
        // "said that there was 'no reason' not to restore relations with Syria": "there is" has no actor either.
        for (var t = Math.Max(0, m.First - 8); t < m.First; t++)
        {
            if (view.Tokens[t].Is("there") && t + 1 < view.Tokens.Count && view.Tokens[t + 1].Lower is "is" or "was" or "'s" or "would" or "will" or "were" or "are"
                && view.Clause[t] == view.Clause[m.First] && !view.Actors.Mentions.Exists(x => x.First > t && x.First < m.First && x.CanAct))
                return true;
        }
        return false;
    }

    // The envoy the cue ends on, named with its state: "as the new Iranian ambassador".
    private static ActorMention? OwnEnvoy(SentenceView view, TriggerMatch m)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First > m.First && x.Last == m.End && x.Actor is not null && !x.Actor.Contains('.')
                && view.Tokens[x.Last - 1].Lower is "ambassador" or "envoy" or "commissioner") return x;
        }
        return null;
    }

    // An actor named inside the cue's own words: "time for Syria to return".
    private static ActorMention? Inside(SentenceView view, TriggerMatch m, string? other)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First > m.First && x.Last < m.End && x.CanAct && x.BaseActor != other) return x;
        }
        return null;
    }

    // "Erdogan said he might invite Assad", "MBZ received Assad": the guest is the one who travels, so it is the source.
    private static StepArguments? Invitation(SentenceView view, TriggerMatch m)
    {
        // "urged the Arab League to end Syria's suspension and to invite Assad to the summit": the host an invitation joined by
        // "and to" takes from the infinitive before it is the one asked, and a call for it is a stance toward the guest, not the
        // host; the joined invitation is left uncoded.
        if (JoinedInfinitive(view, m.First) >= 0) return null;
        // "Mekdad's visit came upon an invitation from his Saudi counterpart": the host is named after "of" or "from".
        if (HostAfter(view, m) is { } named)
        {
            var invited = Subjects(view, m.First, m.Pattern.Near) ?? FrontedSubject(view, m);
            return invited is null or { Count: 0 } ? null : new StepArguments(invited, named, null, 0.9);
        }
        // "The UAE's minister was received by Assad": in the passive the host is the agent, the guest the subject.
        if (Agent(view, m) is { Count: > 0 } agents)
        {
            // "at the opening of the World Cup, hosted by Qatar's Emir", "talks hosted by China": the host of an event
            // named before, not of a guest (spec: hosts of a third-party meeting are not parties).
            if (!IsPassive(view, m.First) && m.Pattern.Id == "visit.hosted") return null;
            var guests = Subjects(view, m.First);
            return guests is null or { Count: 0 } ? null : new StepArguments(guests, agents[0], null, 0.9);
        }
        // "Assad was received with a 21-gun salute in the United Arab Emirates": a guest received where no host is named is
        // the guest of the state he was received in.
        if (m.Pattern.Id == "visit.hosted" && IsPassive(view, m.First) && Subjects(view, m.First) is { Count: > 0 } received
            && received[0].Level is RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security
            && ReceivedIn(view, m) is { } state && !HasBase(received, state.BaseActor))
            return new StepArguments(received, state, state, 0.8);
        var hosts = Subjects(view, m.First) ?? FrontedSubject(view, m);
        if (hosts is null or { Count: 0 }) return null;
        // "Iraq and Oman have hosted several rounds of talks between the two sides", "Putin hosted talks in Sochi between
        // Pashinyan and Aliyev": the host of talks between others receives no guest (spec: hosts are not parties).
        if (m.Pattern.Id == "visit.hosted" && HostsTalksBetween(view, m)) return null;
        // "welcomed 'the initiative of President Xi'", "welcomes the reimposition of UN sanctions": a thing welcomed, named by
        // a noun before the one it is of, is no guest received.
        if (m.Pattern.Id == "visit.hosted" && WelcomedThing(view, m)) return null;
        // "At a meeting that it hosted in Riyadh in January, Saudi Arabia called for ...": the guest follows the verb before
        // any comma closes its clause.
        var guest = view.Actors.Mentions.FirstOrDefault(x => x.First >= m.End && x.CanAct && !HasActor(hosts, x.Actor)
            && view.Clause[x.First] == view.Clause[m.First] && !IsVenue(view, x) && !IsMediator(view, x) && !HasCommaBetween(view, m.End, x.First));
        // "welcomed the new Syrian government's commitment": the one whose thing is welcomed is no guest; "welcomed Syria's
        // president" names the guest after the possessive.
        // "received Syria's interim leader Ahmed al-Sharaa": a title may stand between the possessive and the name.
        if (guest is not null && guest.Last < view.Tokens.Count && view.Tokens[guest.Last].Lower is "'s" or "'")
            guest = view.Actors.Mentions.FirstOrDefault(x => x.First == guest.Last + 1 && x.CanAct)
                ?? view.Actors.Mentions.FirstOrDefault(x => x.First > guest.Last + 1 && x.First <= guest.Last + 4 && x.CanAct && x.Kind == MentionKind.Person
                    && x.BaseActor == guest.BaseActor && !HasCommaBetween(view, guest.Last, x.First));
        // "Khartoum hosted the 1967 Arab League summit": an organisation's gathering hosted, not a guest received.
        if (guest is { Kind: MentionKind.Organisation } && guest.Last < view.Tokens.Count
            && view.Tokens[guest.Last].Lower is "summit" or "summits" or "meeting" or "meetings" or "conference" or "talks" or "session" or "ministerial")
            return null;
        if (guest is null) return null;
        // "hosted the presidents of Egypt and Somalia in Asmara": every guest listed after the first.
        var listed = Coordinate(view, guest);
        foreach (var f in Following(view, guest))
        {
            if (f.CanAct && !HasBase(listed, f.BaseActor) && !HasActor(hosts, f.Actor) && !IsVenue(view, f)) listed.Add(f);
        }
        return new StepArguments(listed, hosts[0], null, 0.9);
    }

    // Nouns in "-tion" or "-sion" for those who may be received: "welcomed the delegation of Oman".
    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "delegation", "delegations", "mission", "missions", "administration", "commission", "opposition", "coalition", "federation",
        "organisation", "organization", "association", "nation", "nations", "representation",
        // "welcomed the government delegation", "the parliament speaker": bodies, though they end as deeds do.
        "government", "parliament", "department", "establishment",
    };

    // The object of a verb of welcoming opens on a noun of a deed or an idea ("the decision of", "'the initiative of'"),
    // past quotation marks and a determiner.
    private static bool WelcomedThing(SentenceView view, TriggerMatch m)
    {
        if (view.Tokens[m.End - 1].Lower is not ("welcomed" or "welcomes" or "welcoming" or "welcome")) return false;
        var t = m.End;
        while (t < view.Tokens.Count && (view.Tokens[t].Kind == Text.TokenKind.Punct && view.Tokens[t].Lower is "\"" or "\u201c" or "'"
            || view.Tokens[t].Lower is "the" or "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her"))
            t++;
        // "welcomed the new initiative of": an adjective or two before the noun.
        for (var n = 0; n < 3 && t < view.Tokens.Count; n++, t++)
        {
            var w = view.Tokens[t].Lower;
            if (view.Tokens[t].Kind != Text.TokenKind.Word || char.IsUpper(view.Text[view.Tokens[t].Start])) return false;
            if (Bodies.Contains(w)) return false;
            if (DeverbalNoun(w) || w is "initiative" or "initiatives" or "efforts" or "move" or "role" or "offer" or "call" or "steps" or "decisions")
                return true;
        }
        return false;
    }

    // "a measure imposing", "a bill that would impose", "provisions freezing": the cue tells what a measure does.
    private static bool MeasureBefore(SentenceView view, TriggerMatch m)
    {
        for (var t = m.First - 1; t >= 0 && t >= m.First - 3; t--)
        {
            if (view.Tokens[t].Lower is "measure" or "measures" or "law" or "bill" or "provision" or "provisions" or "legislation" or "order" or "act"
                && !(t > 0 && view.Tokens[t - 1].Is("in")))
                return true;
        }
        return false;
    }

    private static ActorMention? RelativeInstrument(SentenceView view, TriggerMatch m)
    {
        for (var t = m.First - 1; t >= 1 && t >= m.First - 8; t--)
        {
            if (view.Tokens[t].Lower is not ("which" or "that")) continue;
            var end = view.Tokens[t - 1].Is(",") ? t - 1 : t;
            return view.Actors.Mentions.Find(x => x.Last == end && x.Against is not null);
        }
        return null;
    }

    // A state or its capital after "in" in the cue's clause: where a guest was received.
    private static ActorMention? ReceivedIn(SentenceView view, TriggerMatch m)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < m.End || x.First > m.End + 8 || view.Clause[x.First] != view.Clause[m.First]) continue;
            var before = x.First - 1;
            if (before >= 0 && view.Tokens[before].Is("the")) before--;
            if (before >= 0 && view.Tokens[before].Is("in") && x.Kind is MentionKind.State or MentionKind.Capital && x.Actor is not null && !x.Actor.Contains('.'))
                return x;
        }
        return null;
    }

    // The cue stands in a phrase that opens the sentence with a preposition and ends at a comma: "At a meeting in Riyadh, ...".
    private static bool InFrontedPhrase(SentenceView view, TriggerMatch m)
    {
        if (view.Tokens.Count == 0 || view.Tokens[0].Lower is not ("at" or "during" or "on" or "in" or "after" or "before" or "following" or "amid" or "ahead")) return false;
        for (var t = 0; t < m.First; t++)
        {
            if (view.Tokens[t].Is(",")) return false;
        }
        for (var t = m.End; t < view.Tokens.Count; t++)
        {
            if (view.Tokens[t].Is(",")) return true;
        }
        return false;
    }

    private static bool GerundWithObject(SentenceView view, TriggerMatch m) =>
        m.Length == 1 && view.Tokens[m.First].Lower.EndsWith("ing", StringComparison.Ordinal) && m.First > 0
        && view.Tokens[m.First - 1].Lower is "to" or "about" or "of" or "after" or "before" or "on" or "for"
        && view.Actors.Mentions.Exists(x => x.First == m.End && x.CanAct && x.Kind != MentionKind.Pronoun);

    // A verb of calling with its objects right after it; "spoke by phone with A and B" and "a call with A and B" are as often
    // one call that a third party brokers.
    // "met President Vucic and Prime Minister Kurti separately", "held separate talks with": one meeting with each.
    private static bool SeparateCalls(SentenceView view, TriggerMatch m)
    {
        if (m.End - m.First == 1 && view.Tokens[m.First].Lower is "telephoned" or "phoned" or "called" or "rang") return true;
        // "On the sidelines he met the UAE's president and Tunisia's president": meetings on a gathering's margins are
        // each one's own, unless the sentence calls the meeting one ("a trilateral meeting on the sidelines").
        var sidelines = false;
        for (var t = view.ClauseStart(m.First); t < view.Tokens.Count && t <= m.End + 14 && view.Clause[t] == view.Clause[m.First]; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "trilateral" or "three-way" or "joint" or "four-way" or "quadrilateral") return false;
            sidelines |= w is "sidelines" or "margins";
        }
        if (sidelines) return true;
        for (var t = m.First; t < view.Tokens.Count && t <= m.End + 14 && view.Clause[t] == view.Clause[m.First]; t++)
        {
            if (view.Tokens[t].Lower is "separately" or "individually" or "respectively"
                || (view.Tokens[t].Is("separate") && t + 1 < view.Tokens.Count && view.Tokens[t + 1].Lower is "talks" or "meetings" or "calls" or "phone")) return true;
        }
        return false;
    }

    private static bool HostsTalksBetween(SentenceView view, TriggerMatch m)
    {
        var talks = false;
        for (var t = m.End; t < view.Tokens.Count && t <= m.End + 12 && view.Clause[t] == view.Clause[m.First]; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "talks" or "meeting" or "meetings" or "negotiations" or "consultations" or "summit" or "dialogue" or "rounds") talks = true;
            else if (w == "between") return talks;
            else if (w is "," or ";") return false;
        }
        return false;
    }

    private static StepArguments? Mutual(SentenceView view, TriggerMatch m, DocumentFocus focus)
    {
        // "The list of demands was never met", "conditions have been met": "met" in the passive with no one meeting it is
        // something fulfilled, not a meeting.
        if (PassiveMet(view, m)) return null;
        // "a meeting between A and B", "talks between Turkey, Russia, Iran and Syria".
        if (Between(view, m) is { Count: >= 2 } between)
        {
            var distinctBetween = DistinctBases(between);
            if (distinctBetween.Count == 2) return new StepArguments([distinctBetween[0]], distinctBetween[1], Location(view, m), 1.0);
            if (FocalAmong(distinctBetween, focus) is { } focalBetween)
                return new StepArguments(Split(distinctBetween, focalBetween.BaseActor, other: true), focalBetween, Location(view, m), 1.0);
        }
        // "Erdogan has offered to bring together Putin and Zelensky": one who brings parties together is no party, and
        // without a gathering or a host named before it the cue tells of none.
        if (view.Tokens[m.End - 1].Is("together") && view.Tokens[m.First].Lower is "brought" or "brings" or "bringing" or "bring") return null;
        // "open to meeting Turkish President Erdogan": a gerund with its object is a verb, its subject as far as a verb's.
        var near = m.Pattern.Near > 0 && GerundWithObject(view, m) ? 0 : m.Pattern.Near;
        var subjects = Agent(view, m) ?? Subjects(view, m.First, near) ?? FrontedSubject(view, m)
            // "Trump announced the agreement after a phone call with King Mohammed VI": the main clause's subject called.
            ?? (m.Pattern.Near > 0 && TimedOwner(view, m) is { } owner ? [owner] : null);
        // "Kurti and Vucic accepted the plan at a meeting in Brussels": two parties who do something at a meeting met there.
        if (subjects is null && AtGathering(view, m) && Subjects(view, m.First) is { Count: >= 2 } gathered && DistinctBases(gathered) is { Count: 2 } two
            && two.TrueForAll(x => x.CanAct && x.Kind is MentionKind.Person or MentionKind.State or MentionKind.Description))
            return new StepArguments([two[0]], two[1], Location(view, m), 0.8);
        if (subjects is null && Unnamed(view) && PairBefore(view) is { } before)
            return new StepArguments([before.A], before.B, Location(view, m), 0.7);
        // "Taking part in the consultations are the delegations of Russia, Turkey and Iran along with representatives of the
        // UN, Jordan and the Syrian government": a meeting told with no subject, its participants listed; each other
        // participant meets the focal state (spec: a meeting of several parties).
        if (subjects is null && Listed(view, m) is { Count: > 2 } listed && FocalAmong(listed, focus) is { } focalListed)
            return new StepArguments(Split(listed, focalListed.BaseActor, other: true), focalListed, Location(view, m), 0.7);
        if (subjects is null or { Count: 0 }) return null;
        var distinct = DistinctBases(subjects);
        var objectAfter = Object(view, m, subjects[0].Actor, subjects);
        // "a position Baghdad's foreign minister repeated at the League's meeting in Cairo": an organisation's own
        // gathering, named by its possessor, is no contact with anyone not named meeting there.
        if (objectAfter is null && OwnGathering(view, m, subjects)) return null;
        // "At a meeting of Arab and Western ministers that it hosted, Saudi Arabia called for the lifting of sanctions on
        // Syria": a meeting named in a phrase put before the main clause has its parties inside the phrase or as the main
        // clause's subject, not in what the main clause goes on to say.
        var frontedPhrase = InFrontedPhrase(view, m);
        if (frontedPhrase && objectAfter is not null && HasCommaBetween(view, m.End, objectAfter.First)) objectAfter = null;
        // Everyone who took part: "Akar and Fidan met with Syrian Defense Minister Abbas and intelligence chief Mamlouk in
        // Moscow along with Russia's Defense Minister Shoigu".
        var participants = new List<ActorMention>(subjects);
        var objects = new List<ActorMention>();
        if (objectAfter is not null)
        {
            foreach (var o in Following(view, objectAfter))
            {
                if (o.CanAct && !HasBase(distinct, o.BaseActor) && !IsVenue(view, o)) objects.Add(o);
            }
            // "spoke by telephone with Turkish President Erdogan and with Saudi Arabia's King Salman": "and with" goes on.
            // The repeated "with" tells two contacts, each the subject's own.
            if (distinct.Count == 1 && objects.Count > 0 && AndWith(view, objects[^1]) is { } more && !HasBase(distinct, more.BaseActor))
                return new StepArguments(subjects, [.. objects, more], Location(view, m), 1.0);
            participants.AddRange(objects);
        }
        foreach (var o in AlongWith(view, m))
        {
            if (!HasBase(distinct, o.BaseActor) && !HasBase(objects, o.BaseActor)) participants.Add(o);
        }
        foreach (var o in AttendingWith(view, m))
        {
            if (!HasBase(participants, o.BaseActor)) participants.Add(o);
        }
        var bases = participants.Count > subjects.Count ? DistinctBases(participants) : distinct;
        // "Putin telephoned King Salman, President Erdogan and President Sisi": one caller's calls are one call each.
        if (bases.Count > 2 && distinct.Count == 1 && objects.Count > 1 && SeparateCalls(view, m))
            return new StepArguments(subjects, objects, Location(view, m), 1.0);
        if (bases.Count > 2)
        {
            // A meeting of several parties that includes the focal state: one record per other participant, towards it.
            if (FocalAmong(bases, focus) is { } focal)
                return new StepArguments(Split(participants, focal.BaseActor, other: true), Side(participants, focal.BaseActor), Location(view, m), 1.0);
            // Without the focal state, "the foreign ministers of Egypt, Jordan and Iraq met in Baghdad": each visiting
            // participant goes to the host, where the host takes part; at a third place, no record.
            var location = Location(view, m) ?? TravelledTo(view, m);
            var hosts = Split(participants, location?.BaseActor, other: false);
            return hosts.Count == 0 ? null : new StepArguments(Split(participants, location?.BaseActor, other: true), hosts, location, 1.0);
        }
        // "Barrot and his German counterpart Baerbock travelled to Damascus to meet the new authorities": those who
        // travelled together meet their host, not each other.
        if (objects.Count == 0 && TravelledTo(view, m) is { } went && !HasBase(distinct, went.BaseActor))
            return new StepArguments(subjects, went, went, 0.8);
        if (distinct.Count == 2 && objects.Count == 0) return new StepArguments([distinct[0]], distinct[1], Location(view, m), 1.0);
        if (objects.Count > 0) return new StepArguments(subjects, Side(objects, objects[0].BaseActor), Location(view, m), 1.0);
        if (frontedPhrase) return null;
        // "Syria's foreign minister held talks in Doha on Sunday and in Abu Dhabi on Monday": one party's talks on a tour
        // of other states' soil are with each host (spec: a meeting held on one side's soil is a visit by the other side).
        // One place alone is as often a venue of talks with someone named elsewhere ("the two men met in Doha").
        if (distinct.Count == 1 && objects.Count == 0 && Location(view, m) is { Kind: MentionKind.Place or MentionKind.Capital } venue
            && venue.BaseActor != distinct[0].BaseActor && venue.First > 0 && view.Tokens[venue.First - 1].Is("in"))
        {
            var stops = new List<ActorMention> { venue };
            for (var stop = OnwardStop(view, venue); stop is not null && !HasBase(stops, stop.BaseActor) && stop.BaseActor != distinct[0].BaseActor; stop = OnwardStop(view, stop))
                stops.Add(stop);
            if (stops.Count > 1) return new StepArguments(subjects, stops, venue, 0.8);
        }
        // "EU foreign ministers met on Monday to discuss new sanctions on Russia": whom the meeting is about is no party to it.
        if (TopicOnly(view, m, distinct[0].BaseActor)) return null;
        var target = Fallback(view, focus, subjects[0].BaseActor);
        return target is null ? null : new StepArguments(subjects, target, Location(view, m), 0.8);
    }

    private static bool PassiveMet(SentenceView view, TriggerMatch m)
    {
        if (m.Length != 1 || !view.Tokens[m.First].Is("met")) return false;
        var t = m.First - 1;
        while (t >= 0 && view.Tokens[t].Lower is "never" or "not" or "n't" or "fully" or "largely" or "partly" or "partially" or "already"
               or "all" or "finally" or "still" or "yet" or "been" or "be") t--;
        if (t < 0 || view.Tokens[t].Lower is not ("was" or "were" or "is" or "are" or "been" or "be" or "has" or "have" or "had")) return false;
        // "have met", "had met": the perfect of a meeting, unless "been" stood between.
        if (view.Tokens[t].Lower is "has" or "have" or "had" && !view.Tokens[t + 1].Is("been")) return false;
        // "Mekdad was met by his Omani counterpart at the airport": a guest met by a host; "its conditions had been met by
        // Egypt" has no actor for a subject.
        if (m.End < view.Tokens.Count && view.Tokens[m.End].Lower is "by" or "with")
            return !view.Actors.Mentions.Exists(x => x.Last == t && x.CanAct);
        return true;
    }

    // "would agree only if", "are expected to agree", "have yet to agree": an agreement not made binds no one either way.
    private static bool UnsureBefore(SentenceView view, int first)
    {
        for (var t = view.ClauseStart(first); t < first; t++)
        {
            if (view.Tokens[t].Lower is "would" or "will" or "could" or "might" or "may" or "should" or "yet" or "not" or "n't" or "never" or "expected"
                or "if" or "unless" or "likely" or "set" or "due") return true;
        }
        return false;
    }

    // Every other actor the cue's clause names after it is named in what the meeting is to discuss.
    private static bool TopicOnly(SentenceView view, TriggerMatch m, string? party)
    {
        var discuss = -1;
        for (var t = m.End; t < view.Tokens.Count && view.Clause[t] == view.Clause[m.First]; t++)
        {
            if (view.Tokens[t].Lower is "discuss" or "discussed" or "discussing" or "review" or "address" or "consider") { discuss = t; break; }
        }
        if (discuss < 0) return false;
        var named = false;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < m.End || x.Actor is null || x.BaseActor == party || view.Clause[x.First] != view.Clause[m.First]) continue;
            if (x.First < discuss) return false;
            named = true;
        }
        return named;
    }

    /// <summary>
    /// "Kosovo and Serbia agreed on a plan to normalise their relations, the EU's foreign policy chief said", "Belgrade and
    /// Pristina signed an agreement on normalising relations, the Brussels Agreement, in 2013": relations the cue calls the
    /// two parties' own ("their relations", not "their diplomats"), or an actor named only after a comma that closes the
    /// cue, leave the step between the two.
    /// </summary>
    private static bool PairsOwn(SentenceView view, TriggerMatch m, List<ActorMention> parties, ActorMention target)
    {
        if (HasCommaBetween(view, m.End - 1, target.First)) return true;
        // "the UAE and Bahrain normalised their relations with Israel": each one's relations with the one after "with".
        // "normalised their relations with help from Russia": only a party named right after "with" is the other side.
        if (m.End < view.Tokens.Count && view.Tokens[m.End].Is("with")
            && (target.First == m.End + 1 || (target.First == m.End + 2 && view.Tokens[m.End + 1].Is("the"))))
            return false;
        var owners = 0;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First >= m.First && x.Last < m.End && x.Kind == MentionKind.Pronoun && view.Tokens[x.First].Lower is "their" && HasBase(parties, x.BaseActor)
                && view.Tokens[x.Last].Lower is "relations" or "ties" or "bilateral" or "diplomatic" or "relationship")
                owners++;
        }
        return owners >= 2;
    }

    private static ActorMention? AndWith(SentenceView view, ActorMention last)
    {
        var t = last.Last;
        if (t + 2 >= view.Tokens.Count || !view.Tokens[t].Is("and") || !view.Tokens[t + 1].Is("with")) return null;
        if (ActorAt(view, t + 2) is not { } found || IsVenue(view, found)) return null;
        // "and with Saudi Arabia's King Salman": the one the state's name owns; "and with Iran's backing proposed": none.
        if (found.Last < view.Tokens.Count && view.Tokens[found.Last].Lower is "'s" or "'") return ActorAt(view, found.Last + 1);
        return found;
    }

    private static bool OwnGathering(SentenceView view, TriggerMatch m, List<ActorMention> subjects)
    {
        if (subjects.Count != 1 || subjects[0].Kind != MentionKind.Organisation) return false;
        var owner = subjects[0];
        if (!GatheringNouns.Contains(view.Tokens[m.End - 1].Lower)) return false;
        // "on the sidelines of a NATO meeting", "the Arab League summit": the organisation's name modifies the noun.
        if (owner.Last == m.First && m.Length == 1) return true;
        return owner.Last < view.Tokens.Count && view.Tokens[owner.Last].Lower is "'s" or "'" && m.First - owner.Last <= 3;
    }

    // "flew to Amman to meet King Abdullah": where the participants went to meet is where the meeting is held.
    private static ActorMention? TravelledTo(SentenceView view, TriggerMatch m)
    {
        var to = m.First - 1;
        if (to < 2 || !view.Tokens[to].Is("to")) return null;
        // "flew to Amman on March 2 to meet": a time may stand between.
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (view.TokenAt(d.End - 1) == to - 1) to = token;
        }
        foreach (var x in view.Actors.Mentions)
        {
            if (x.Last == to && x.Kind is MentionKind.Place or MentionKind.Capital or MentionKind.State && x.First > 1
                && view.Tokens[x.First - 1].Is("to") && Travelled(view, x.First - 2)) return x;
        }
        return null;
    }

    private static readonly HashSet<string> GatheringNouns = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "talks", "consultations", "conference", "negotiations", "round", "rounds",
    };

    // Everyone named after a gathering's noun who could take part in it: not where it happens, not what it is about
    // ("talks on Syria"), and not those of another event told after "since" or "after".
    private static List<ActorMention>? Listed(SentenceView view, TriggerMatch m)
    {
        if (!GatheringNouns.Contains(view.Tokens[m.End - 1].Lower)) return null;
        List<ActorMention>? listed = null;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < m.End) continue;
            if (Intervenes(view, m.End, x.First)) break;
            if (!x.CanAct || x.Resolved || IsVenue(view, x) || IsMediator(view, x) || IsTopic(view, x)) continue;
            if (listed is not null && HasBase(listed, x.BaseActor)) continue;
            (listed ??= []).Add(x);
        }
        return listed;
    }

    // "returning to the Arab League despite the opposition of the US": who stands after "despite" or "amid" is outside
    // the step.
    private static readonly HashSet<string> ConcessiveWords = new(StringComparer.Ordinal)
    {
        "despite", "amid", "although", "though", "whereas", "notwithstanding",
    };

    private static readonly HashSet<string> OtherEventWords = new(StringComparer.Ordinal)
    {
        "since", "after", "before", "following", "because", "while", "when", "but", ";", "to",
        // "any meeting must address the withdrawal of Turkish forces": what a gathering must do names no one at it.
        "must", "should", "would", "will", "could", "can", "may", "might",
    };

    private static bool Intervenes(SentenceView view, int from, int to)
    {
        if (view.HasWordBetween(from, to, OtherEventWords)) return true;
        // "The meeting agreed to set up a committee of Jordan, Iraq and Egypt": those named after the gathering's own
        // deed are not among its participants.
        for (var t = from; t < to; t++)
        {
            if (Participles.PastVerb(view.Tokens[t].Lower)) return true;
        }
        return false;
    }

    // The first mention of each state or organisation, in order: a few at most, where a set cost more than the loops.
    // A sentence that names no one who could act, but for where it happens.
    private static bool Unnamed(SentenceView view)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.CanAct && !IsVenue(view, x)) return false;
        }
        return true;
    }

    // "Armenia and Turkey named special envoys to discuss the normalization of ties. Four rounds of talks followed": talks
    // no one is named in are the talks of the two parties who are the subject of the sentence before.
    private static (ActorMention A, ActorMention B)? PairBefore(SentenceView view)
    {
        if (view.Previous is not { } previous) return null;
        ActorMention? first = null;
        foreach (var x in previous.Actors.Mentions)
        {
            if (!x.CanAct || x.Actor!.Contains('.')) continue;
            if (first is null) first = x;
            else if (x.BaseActor != first.BaseActor)
                return previous.Clause[x.First] == previous.Clause[first.First] && Subjects(previous, x.Last) is { } subjects && HasBase(subjects, first.BaseActor) && HasBase(subjects, x.BaseActor)
                    ? (first, x) : null;
        }
        return null;
    }

    // "at a meeting", "during their talks", "at the first bilateral meeting": the gathering is where the clause's deed took
    // place, its subject the ones gathered.
    private static bool AtGathering(SentenceView view, TriggerMatch m)
    {
        // "at a meeting of Arab League ministers": a body's gathering, where those present need not have met each other.
        if (m.End - m.First != 1 || view.Tokens[m.First].Lower is not ("meeting" or "talks") || (m.End < view.Tokens.Count && view.Tokens[m.End].Is("of")))
            return false;
        var t = m.First - 1;
        for (var skipped = 0; t >= 0 && skipped < 3 && view.Tokens[t].Lower is "a" or "an" or "the" or "their" or "first" or "bilateral" or "second"
            or "closed-door" or "separate" or "brief" or "later" or "recent"; skipped++)
            t--;
        if (t < 0 || t >= m.First - 1 || view.Tokens[t].Lower is not ("at" or "during")) return false;
        // "Egypt and Jordan were absent at the talks", "refused to sign the text at a meeting": no one met there by the clause.
        for (var k = Math.Max(0, t - 8); k < t; k++)
        {
            if (view.Tokens[k].Lower is "absent" or "not" or "n't" or "never" or "refused" or "declined" or "boycotted" or "skipped" or "missing" or "failed")
                return false;
        }
        return true;
    }

    private static List<ActorMention> DistinctBases(List<ActorMention> mentions)
    {
        var distinct = new List<ActorMention>(mentions.Count);
        foreach (var x in mentions)
        {
            if (!HasBase(distinct, x.BaseActor)) distinct.Add(x);
        }
        return distinct;
    }

    // The mentions of one actor, or (other) of every other one.
    private static List<ActorMention> Split(List<ActorMention> mentions, string? actor, bool other)
    {
        var part = new List<ActorMention>(mentions.Count);
        foreach (var x in mentions)
        {
            if ((x.BaseActor == actor) != other) part.Add(x);
        }
        return part;
    }

    /// <summary>
    /// The mentions of one side of a meeting: "met al-Assad and Syrian parliamentarians" meets Syria once. Where the side is
    /// named by its government and by a part of it, the government stands for the side (spec: one record per other
    /// participant, the focal state as target); a part named alone ("met Syrian parliamentarians") is the side.
    /// </summary>
    private static List<ActorMention> Side(List<ActorMention> mentions, string? actor)
    {
        var side = Split(mentions, actor, other: false);
        if (side.Count < 2 || !side.Exists(x => x.Actor == actor)) return side;
        return side.FindAll(x => x.Actor == actor);
    }

    /// <summary>Whom an offensive is against: the actors after "against", "on", "targeting" or "target" (and those listed with them).</summary>
    private static List<ActorMention>? Opponents(SentenceView view, TriggerMatch m, string? sourceBase)
    {
        for (var t = m.First; t < view.Tokens.Count - 1; t++)
        {
            // "Israel, which struck the T4 airfield, has warned against ...": the relative clause ends at the main verb.
            if (t > m.End && MainVerbAfterComma(view, t)) break;
            if (view.Tokens[t].Lower is not ("against" or "on" or "targeting" or "target" or "targets" or "targeted" or "linked")) continue;
            var first = view.Actors.Mentions.FirstOrDefault(x => x.First > t && x.First <= t + 4 && x.CanAct && x.BaseActor != sourceBase && !IsVenue(view, x));
            if (first is null) continue;
            // "fired two missiles toward Japan on Wednesday, Seoul's military said": who tells of it is not whom it is against.
            if (first.Last < view.Tokens.Count && (SayingVerbs.Contains(view.Tokens[first.Last].Lower) || view.Tokens[first.Last].Is("reported")))
                continue;
            return ListedWith(view, first, sourceBase);
        }
        // "fired rockets at Armenia", "launched drones toward Saudi Arabia": with no one named after "against" or "targeting",
        // a cue that ends on where the fire is aimed names its target right after ("at" before a state elsewhere names a place).
        if (m.End >= 1 && m.End < view.Tokens.Count && view.Tokens[m.End - 1].Lower is "at" or "toward" or "towards" or "into"
            && view.Actors.Mentions.FirstOrDefault(x => x.First == m.End && x.CanAct && x.BaseActor != sourceBase) is { } aimed)
            return ListedWith(view, aimed, sourceBase);
        return null;
    }

    // The first of whom an offensive is against and those listed with it, once each, never its author.
    private static List<ActorMention> ListedWith(SentenceView view, ActorMention first, string? sourceBase)
    {
        var list = new List<ActorMention>();
        foreach (var x in Following(view, first))
        {
            if (x.CanAct && x.BaseActor != sourceBase && !HasBase(list, x.BaseActor)) list.Add(x);
        }
        return list;
    }

    /// <summary>Parties joined later in the clause: "... in Moscow along with Russia's Defense Minister".</summary>
    private static List<ActorMention> AlongWith(SentenceView view, TriggerMatch m)
    {
        var clause = view.Clause[m.First];
        for (var t = m.End; t < view.Tokens.Count && view.Clause[t] == clause; t++)
        {
            var phrase = JoinerPhrase(view, t);
            if (phrase == 0 || view.Tokens[t].Is("also")) continue;
            var first = view.Actors.Mentions.FirstOrDefault(x => x.First > t && x.First <= t + 3 && x.CanAct);
            return first is null ? [] : Following(view, first).Where(x => x.CanAct).ToList();
        }
        return [];
    }

    /// <summary>
    /// Parties an absolute "with" phrase adds to a meeting: "The ministers of Egypt, Iraq and Oman met in Cairo on Monday,
    /// with the Lebanese foreign minister also attending" - the one "with" names takes part as those who met do, wherever
    /// in the sentence after the cue (past a comma) the phrase stands. Only a participle or adjective of taking part
    /// ("attending", "participating", "present", "taking part", "in attendance") makes it so: "met in Cairo with tensions
    /// rising" or "with the backing of Qatar" names no participant.
    /// </summary>
    private static List<ActorMention> AttendingWith(SentenceView view, TriggerMatch m)
    {
        var tokens = view.Tokens;
        for (var t = m.End; t < tokens.Count && !tokens[t].Is(";"); t++)
        {
            // "met Sharaa in Cairo, a week after an Arab summit in Baghdad with the Iraqi prime minister attending": the
            // phrase belongs to the event or clause begun there, not to the cue's meeting.
            if (EndsMeetingScope(view, t)) break;
            if (!tokens[t].Is("with")) continue;
            ActorMention? first = null;
            foreach (var x in view.Actors.Mentions)
            {
                if (x.First > t && x.First <= t + 3 && x.CanAct && x.Kind != MentionKind.Pronoun) { first = x; break; }
            }
            if (first is null) continue;
            // "with no Syrian representative present", "with not a single Syrian official attending": no one is added.
            var denied = false;
            for (var k = t + 1; k < first.First; k++)
            {
                if (tokens[k].Lower is "no" or "not" or "none" or "neither" or "nor" or "without") denied = true;
            }
            if (denied) continue;
            var listed = Following(view, first);
            // "with Syrian Foreign Minister Asaad al-Shaibani attending": a name the lexicon does not know may end the title.
            var after = listed[^1].Last;
            while (after < tokens.Count && after < listed[^1].Last + 4 && tokens[after].Kind == Text.TokenKind.Word && HasCapital(view, after))
                after++;
            if (after < tokens.Count && tokens[after].Is("also")) after++;
            if (after >= tokens.Count) continue;
            var w = tokens[after].Lower;
            var taking = w is "attending" or "participating" or "present"
                || (after + 1 < tokens.Count && ((w == "taking" && tokens[after + 1].Is("part")) || (w == "in" && tokens[after + 1].Is("attendance"))));
            if (!taking) continue;
            // "with Russian officials present as mediators": those who broker or watch are no party (spec Conventions).
            var role = after + (w is "taking" or "in" ? 2 : 1);
            if (role + 1 < tokens.Count && tokens[role].Is("as") && ThirdPartyRoles.Contains(tokens[role + 1].Lower)) return [];
            // "Saudi and Iranian officials met in Beijing, with Chinese diplomats present": the venue's own state, when only
            // the phrase names it, hosts the others' meeting (spec Conventions: "talks in Beijing hosted by China").
            var venue = Location(view, m);
            var parties = new List<ActorMention>();
            foreach (var x in listed)
            {
                if (x.CanAct && !IsVenue(view, x) && (venue is null || x.BaseActor != venue.BaseActor)) parties.Add(x);
            }
            return parties;
        }
        return [];
    }

    private static readonly HashSet<string> ThirdPartyRoles = new(StringComparer.Ordinal)
    {
        "mediator", "mediators", "observer", "observers", "host", "hosts", "guarantor", "guarantors", "witness", "witnesses",
        "facilitator", "facilitators", "broker", "brokers",
    };

    private static readonly HashSet<string> ScopeEnders = new(StringComparer.Ordinal)
    {
        "after", "before", "following", "since", "ahead", "when", "which", "who", "whom", "whose", "where", "while", "whereas",
    };

    // Nouns of a gathering, also read by DateLinker's where-clauses.
    internal static readonly HashSet<string> OtherGatherings = new(StringComparer.Ordinal)
    {
        "summit", "meeting", "conference", "gathering", "forum", "session", "talks", "visit",
    };

    // Where an absolute "with" phrase after a meeting cue can no longer be that meeting's: a clause of time or a relative
    // clause ("a week after", "before", "which"), or another gathering brought in ("an Arab summit", "another meeting").
    private static bool EndsMeetingScope(SentenceView view, int t)
    {
        var tokens = view.Tokens;
        var w = tokens[t].Lower;
        if (ScopeEnders.Contains(w)) return true;
        if (!OtherGatherings.Contains(w)) return false;
        for (var k = t - 1; k >= 0 && k >= t - 4; k--)
        {
            if (tokens[k].Lower is "a" or "an" or "another") return true;
            if (tokens[k].Kind != Text.TokenKind.Word) return false;
        }
        return false;
    }

    // "Shaibani", "al-Shaibani": a word of a name has a capital somewhere.
    private static bool HasCapital(SentenceView view, int t)
    {
        var token = view.Tokens[t];
        for (var i = token.Start; i < token.End; i++)
        {
            if (char.IsUpper(view.Text[i])) return true;
        }
        return false;
    }

    // The first state adjective a few words after the cue, in its clause: "on Iranian oil exports".
    private static ActorMention? Adjectival(SentenceView view, TriggerMatch m, string? sourceBase)
    {
        if (view.Actors.Adjectives is not { } adjectives) return null;
        // "banned Lebanese imports": an adjective inside the cue, before its noun.
        if (adjectives.Find(x => x.First > m.First && x.Last < m.End && x.BaseActor != sourceBase) is { } inside) return inside;
        foreach (var x in adjectives)
        {
            // "tariffs of more than 80 percent on Australian barley": "on" brings the target within a longer reach.
            // "cutting off all financial ties with Iranian banks": likewise "with".
            var led = x.First > 0 && view.Tokens[x.First - 1].Lower is "on" or "against" or "with";
            var reach = led ? 10 : 4;
            if (x.First < m.End || x.First > m.End + reach || x.BaseActor == sourceBase) continue;
            if (view.Clause[x.First] != view.Clause[m.First] || view.HasWordBetween(m.End, led ? x.First - 1 : x.First, AdjectivalBreaks)) return null;
            return x;
        }
        return null;
    }

    private static readonly HashSet<string> AdjectivalBreaks = new(StringComparer.Ordinal) { ",", "and", "by", "with", "from", "in", "at", "for" };

    private static bool OwnsInstrument(SentenceView view, ActorMention x) =>
        x.Last < view.Tokens.Count && (view.Tokens[x.Last].Lower is "'s" or "'"
            || view.Tokens[x.Last].Lower is "sanctions" or "embargo" or "measures" or "restrictions" or "mission" or "embassy" or "consulate" or "blockade" or "troops" or "forces");

    // "the lifting of", "the imposition of", "the suspension of", "the removal of", "the closure of": a step named by a
    // noun made from its verb.
    private static bool Nominalized(SentenceView view, TriggerMatch m, bool gerundOnly = false) =>
        m.Length >= 3 && view.Tokens[m.First + 1].Is("of") && view.Tokens[m.First].Lower is var w
        && (w.EndsWith("ing", StringComparison.Ordinal) || (!gerundOnly && DeverbalNoun(w)));

    private static bool DeverbalNoun(string w) =>
        w.EndsWith("tion", StringComparison.Ordinal) || w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("ment", StringComparison.Ordinal)
        || w is "removal" or "withdrawal" or "renewal" or "approval" or "closure" or "recall";

    // "the second country, after Türkiye, to": the actors between ", after" and ", to" right before the cue (an adverb
    // or two between), when an ordinal counts the subject among those who took the step.
    private static (List<ActorMention>? Earlier, int Ordinal) CameAfter(SentenceView view, TriggerMatch m)
    {
        var k = m.First - 1;
        while (k > 0 && k >= m.First - 2 && view.Tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal)) k--;
        if (k < 6 || !view.Tokens[k].Is("to") || !view.Tokens[k - 1].Is(",")) return (null, -1);
        ActorMention? last = null;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.Last == k - 1 && x.CanAct) last = x;
        }
        if (last is null) return (null, -1);
        var group = Coordinate(view, last);
        var after = group[0].First - 1;
        if (after >= 0 && view.Tokens[after].Is("the")) after--;
        if (after < 2 || !view.Tokens[after].Is("after") || !view.Tokens[after - 1].Is(",")) return (null, -1);
        for (var t = after - 2; t >= 0 && t >= after - 6; t--)
        {
            if (view.Tokens[t].Lower is "second" or "third" or "fourth" or "fifth" or "latest" or "next" or "last") return (group, t);
        }
        return (null, -1);
    }

    // "following Britain and Belgium in bringing back their envoys": the parties after "follow" and before "in" + cue.
    // "Egypt joined Saudi Arabia, the UAE and Bahrain in a boycott of Qatar": those joined took the step too.
    private static (List<ActorMention> Parties, int Follow) Followed(SentenceView view, TriggerMatch m)
    {
        var at = m.First - 1;
        if (at >= 3 && view.Tokens[at].Lower is "a" or "an" or "the" or "its" or "their") at--;
        if (at < 2 || !view.Tokens[at].Is("in")) return ([], -1);
        for (var k = at - 1; k >= Math.Max(0, at - 10); k--)
        {
            if (view.Tokens[k].Lower is not ("following" or "followed" or "follows" or "follow" or "joined" or "joins" or "join" or "joining")) continue;
            var first = view.Actors.Mentions.FirstOrDefault(x => x.First == k + 1 && x.CanAct)
                ?? view.Actors.Mentions.FirstOrDefault(x => x.First == k + 2 && view.Tokens[k + 1].Is("the") && x.CanAct);
            return (first is null ? [] : Following(view, first).Where(x => x.CanAct && x.Last <= at).ToList(), k);
        }
        return ([], -1);
    }

    // "In 2012, Tunisia withdrew its recognition of the government of President Assad and expelled the Syrian
    // ambassador": a verb after "and" shares the subject of the clause, not the object of the verb before it.
    private static List<ActorMention>? Shared(SentenceView view, TriggerMatch m)
    {
        // "... and temporarily recalled its ambassador": an adverb may stand between.
        var and = m.First - 1;
        if (and >= 1 && IsAdverb(view, and)) and--;
        if (and < 2 || !view.Tokens[and].Is("and")) return null;
        var clause = view.Clause[m.First];
        ActorMention? first = null;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First >= m.First) break;
            if (view.Clause[x.First] != clause || view.Aside[x.First] || x.Actor is null) continue;
            first = x;
            break;
        }
        if (first is null || !first.CanAct || first.Kind is MentionKind.Capital && first.First > 0 && view.Tokens[first.First - 1].Lower is "in" or "at") return null;
        // The subject is followed by its verb: the next word is no actor, "and" or comma (those continue a list).
        if (first.Last >= and - 1 || view.Tokens[first.Last].Lower is "and" or "," or "'s" or "'" or "(") return null;
        // A comma before "and" closes such a clause: "said it will stay until Syria complies, and called for sanctions".
        var from = first.Last;
        for (var t = and - 1; t > first.Last; t--)
        {
            if (view.Tokens[t].Is(",")) { from = t + 1; break; }
        }
        // "Kuwait recalled its ambassador, and the UAE withdrew its diplomats and barred its citizens": a clause after the
        // comma that names a subject of its own shares that one.
        var own = from > first.Last ? ClauseSubjectAt(view, from < m.First && view.Tokens[from].Lower is "and" or "but" ? from + 1 : from) : null;
        if (own is { CanAct: true } && own.Last < and) first = own;
        else
        {
            // "Erdogan made his first visit to Egypt after the two countries agreed to mend ties and reappointed
            // ambassadors": a subordinate clause between them has a subject of its own.
            // The subject of the clause stands before any word that opens a clause of its own.
            for (var t = first.First - 1; t >= 0 && view.Clause[t] == clause; t--)
            {
                if (Subordinator(view.Tokens[t].Lower)) return null;
            }
        }
        // "Kuwait withdrew its diplomats, a day after Saudi Arabia expelled Lebanon's ambassador, recalled its own envoy and
        // banned all Lebanese imports": a comma that goes on with a verb lists the verbs of the clause before it; only ", and"
        // closes that clause.
        var scan = from > first.Last && from < m.First && view.Tokens[from].Lower is not ("and" or "but") && Participles.PastVerb(view.Tokens[from].Lower)
            ? first.Last : from;
        for (var t = scan; t < m.First; t++)
        {
            if (Subordinator(view.Tokens[t].Lower)) return null;
        }
        var subjects = Subjects(view, first.Last + 1);
        return subjects is { Count: > 0 } && subjects.Exists(s => s.First == first.First) ? subjects : null;

        static bool Subordinator(string w) => w is "after" or "before" or "when" or "while" or "as" or "since" or "because" or "until"
            or "that" or "which" or "who" or "whom" or "where" or "if" or "once";
    }

    private static StepArguments? ReducedPassive(SentenceView view, TriggerMatch m)
    {
        // "removed five entities from the list of entities subject to the freezing of funds": "subject to" tells the same.
        var subjectTo = m.First >= 2 && view.Tokens[m.First - 1].Lower is "the" or "a" or "an" ? m.First - 2 : m.First - 1;
        var reduced = subjectTo >= 1 && view.Tokens[subjectTo].Is("to") && view.Tokens[subjectTo - 1].Is("subject");
        if (!reduced && (m.Length < 2 || !Participles.Looks(view.Tokens[m.First].Lower) || !view.Tokens[m.First + 1].Is("by") || IsPassive(view, m.First))) return null;
        var acted = view.Actors.Mentions.LastOrDefault(x => x.Last <= m.First && x.CanAct && x.Kind != MentionKind.Pronoun);
        var actor = view.Actors.Mentions.FirstOrDefault(x => x.First <= 1 && x.Actor is not null);
        if (acted is null || actor is null || actor == acted || !actor.CanAct || actor.BaseActor == acted.BaseActor) return null;
        return new StepArguments([actor], acted, Location(view, m), 0.8);
    }

    // The one named right after "on", "against" or "of" at the cue's end: "sanctions imposed on the Assad regime", "the
    // designation of Sharaa as".
    private static ActorMention? Sanctioned(SentenceView view, TriggerMatch m)
    {
        var t = view.Tokens[m.End - 1].Lower is "on" or "against" or "of" ? m.End - 1 : m.End;
        if (t >= view.Tokens.Count || view.Tokens[t].Lower is not ("on" or "against" or "of")) return null;
        t++;
        var at = t < view.Tokens.Count && view.Tokens[t].Is("the") ? t + 1 : t;
        return view.Actors.Mentions.FirstOrDefault(x => (x.First == t || x.First == at) && x.Actor is not null && x.Kind != MentionKind.Pronoun);
    }

    // "temporarily", "also": a lowercase "-ly" word or one of a few adverbs of time, not a name ("Italy", "Kelly").
    internal static bool IsAdverb(SentenceView view, int t)
    {
        var w = view.Tokens[t];
        if (w.Kind != Text.TokenKind.Word || char.IsUpper(view.Text[w.Start])) return false;
        return w.Lower.EndsWith("ly", StringComparison.Ordinal) || w.Lower is "also" or "then" or "later" or "soon" or "subsequently";
    }

    // The pack's focal state among several parties (spec: "a meeting of several parties that includes the focal state").
    private static ActorMention? FocalAmong(List<ActorMention> parties, DocumentFocus focus)
    {
        if (focus.Pack is null) return null;
        foreach (var p in parties) if (p.BaseActor == focus.Pack && !p.Actor!.Contains('.')) return p;
        return null;
    }

    // "re-admit Syria to the Arab League", "INTERPOL ... reinstated the country": the organisation acts.
    private static StepArguments? Membership(SentenceView view, TriggerMatch m)
    {
        var clause = view.Clause[m.First];
        var org = view.Actors.Mentions.Where(x => x.Kind == MentionKind.Organisation && x.Actor is not null)
            .OrderBy(x => view.Clause[x.First] == clause ? 0 : 1).ThenBy(x => Math.Abs(x.First - m.First)).FirstOrDefault();
        if (org is null) return null;
        // "approved Syria's readmission ... during a meeting in Cairo": the member owns the cue; a venue is none.
        // "its embassy in Syria, which is still suspended from the Arab League": the one "which" stands for, even named as a place.
        var member = view.Actors.Mentions.FirstOrDefault(x => x.CanAct && x.Kind != MentionKind.Organisation && x.BaseActor != org.BaseActor
                && x.Last < view.Tokens.Count && view.Tokens[x.Last].Lower is "'s" or "'" && x.Last + 1 == m.First)
            ?? view.Actors.Mentions.FirstOrDefault(x => x.Actor is not null && x.Kind != MentionKind.Organisation && x.BaseActor != org.BaseActor
                && x.Last + 1 < m.First && view.Tokens[x.Last].Is(",") && view.Tokens[x.Last + 1].Lower is "which" or "who" && m.First - x.Last <= 5)
            // "Syria has been suspended from the Arab League since November 2011, and Saudi Arabia ...": the passive's subject.
            ?? PassiveSubject(view, m, org.BaseActor)
            ?? view.Actors.Mentions.Where(x => x.Actor is not null && x.Kind != MentionKind.Organisation && x.Kind != MentionKind.Place
                && x.BaseActor != org.BaseActor && !IsVenue(view, x) && !(x.First >= m.End && view.HasWordBetween(m.End, x.First, ConcessiveWords)))
            .OrderBy(x => view.Clause[x.First] == clause ? 0 : 1).ThenBy(x => x.First >= m.First ? 0 : 1).ThenBy(x => Math.Abs(x.First - m.First))
            .FirstOrDefault();
        return member is null ? null : new StepArguments([org], member, null, 0.95);
    }

    /// <summary>
    /// "Assad congratulated the king on the reopening of the border", "Erdogan thanked Putin for lifting sanctions": the one
    /// praised for a step took it, toward the one who praises.
    /// </summary>
    private static (ActorMention Doer, ActorMention Praiser)? PraisedFor(SentenceView view, TriggerMatch m)
    {
        var t = m.First - 1;
        while (t >= 0 && view.Tokens[t].Lower is "the" or "its" or "his" or "her" or "their") t--;
        if (t < 2 || view.Tokens[t].Lower is not ("on" or "for")) return null;
        var doer = view.Actors.Mentions.LastOrDefault(x => x.Last == t && x.CanAct);
        if (doer is null || doer.First < 1) return null;
        var verb = doer.First - 1;
        if (verb >= 0 && view.Tokens[verb].Is("the")) verb--;
        if (verb < 0 || !PraisingVerbs.Contains(view.Tokens[verb].Lower)) return null;
        return Subjects(view, verb) is [var praiser, ..] && praiser.BaseActor != doer.BaseActor ? (doer, praiser) : null;
    }

    private static readonly HashSet<string> PraisingVerbs = new(StringComparer.Ordinal)
    {
        "congratulated", "congratulates", "congratulating", "thanked", "thanks", "thanking", "praised", "praises", "praising", "commended",
        "commends", "lauded", "lauds", "hailed", "hails",
    };

    // The subject of what was said: the clause's subject after the last saying verb before the token, past the one told and
    // a time up to "that" ("told Erdogan that Russia would", "said on Monday that France would"), not one after a
    // relative "that" ("reopened the embassy that Iran had closed").
    private static ActorMention? ReportedSubject(SentenceView view, int before)
    {
        for (var t = before - 1; t >= 0; t--)
        {
            if (!SayingVerbs.Contains(view.Tokens[t].Lower) && !view.Tokens[t].Is("reported")) continue;
            var at = t + 1;
            for (var k = t + 1; k < before && k <= t + 8; k++)
            {
                if (view.Tokens[k].Is("that")) { at = k + 1; break; }
            }
            return at < before && ClauseSubjectAt(view, at) is { CanAct: true } subject && subject.First < before ? subject : null;
        }
        return null;
    }

    private static readonly HashSet<string> WelcomingParticiples = new(StringComparer.Ordinal) { "welcomed", "hailed", "praised", "applauded" };

    /// <summary>
    /// "Saudi Arabia reopened its embassy, a move welcomed by Syria and Iran": those named right after "by" welcome the step
    /// of the main clause, toward its subject; not one named after another verb ("and criticised by the United States").
    /// </summary>
    private static StepArguments? WelcomedBy(SentenceView view, TriggerMatch m)
    {
        if (m.End >= view.Tokens.Count || !view.Tokens[m.End].Is("by")) return null;
        var first = ActorAt(view, m.End + 1);
        var comma = m.First - 1;
        while (comma > 0 && !view.Tokens[comma].Is(",")) comma--;
        if (first is null || comma <= 0) return null;
        // "Syria's foreign minister said Saudi Arabia had reopened its embassy, a move welcomed by Iran": the subject of the
        // clause the move is told in, not the sayer's.
        var doer = ReportedSubject(view, comma) ?? OpeningSubject(view, comma)?.FirstOrDefault();
        if (doer is null) return null;
        var praisers = Following(view, first).Where(x => x.CanAct && x.BaseActor != doer.BaseActor).ToList();
        return praisers.Count == 0 ? null : new StepArguments(praisers, doer, null, 0.8);
    }

    // The one right before the passive's auxiliaries: "Syria has been suspended", "it was suspended".
    private static ActorMention? PassiveSubject(SentenceView view, TriggerMatch m, string? org)
    {
        if (!IsPassive(view, m.First)) return null;
        var t = m.First - 1;
        while (t >= 0 && (view.Tokens[t].Lower is "has" or "have" or "had" or "been" or "was" or "were" or "is" or "are" or "be" or "being"
            || view.Tokens[t].Lower.EndsWith("ly", StringComparison.Ordinal))) t--;
        // "Syria, a country that Saudi Arabia shunned for a decade, was readmitted": past a noun set beside the subject.
        if (t > 0 && view.Tokens[t].Is(","))
        {
            foreach (var x in view.Actors.Mentions)
            {
                if (x.Last < t && x.CanAct && x.Kind != MentionKind.Organisation && x.BaseActor != org && NounAppositionEnd(view, x, m.First) == t) return x;
            }
        }
        return view.Actors.Mentions.LastOrDefault(x => x.Last == t + 1 && x.CanAct && x.Kind != MentionKind.Organisation && x.BaseActor != org);
    }

    /// <summary>
    /// A condition is set by whoever states it on whoever must meet it: "Araghchi added that the interim administration
    /// must respect all sects" is Iran's condition on Syria; "the sanctions will continue until Assad's government frees
    /// prisoners" is the condition of the sanctions' author on Assad's government.
    /// </summary>
    private static StepArguments? Condition(SentenceView view, TriggerMatch m, DocumentFocus focus)
    {
        // "'Syria must continue to work ...,' said Treasury Secretary Bessent": inside a quotation, the speaker sets it.
        var sayer = Sayer(view, m) ?? (view.InQuote(m.First) && view.Actors.Speaker is { Actor: not null } speaker ? [speaker] : null);
        var before = Subjects(view, m.First, m.Pattern.Near);
        if (sayer is not null && before is not null && !HasBase(sayer, before[0].BaseActor))
            return new StepArguments(sayer, before[0], null, 0.85);
        var sources = before ?? sayer;
        if (sources is null) return null;
        var target = RelationsWith(view, m, sources) ?? Object(view, m, sources[0].Actor, sources) ?? Fallback(view, focus, sources[0].BaseActor);
        return target is null ? null : new StepArguments(sources, target, null, 0.8);
    }

    // "Turkey made normalisation with Yerevan conditional on a peace deal with Baku": the ties the condition holds back are
    // with the one who must meet it, whoever the deal it asks for is with.
    private static ActorMention? RelationsWith(SentenceView view, TriggerMatch m, List<ActorMention> sources)
    {
        for (var t = sources[^1].Last; t + 1 < m.First; t++)
        {
            if (!view.Tokens[t].Is("with") || t < 1 || view.Tokens[t - 1].Lower is not ("normalisation" or "normalization" or "relations" or "ties"
                    or "rapprochement" or "reconciliation" or "talks" or "dialogue" or "normalising" or "normalizing"))
                continue;
            if (ActorAt(view, t + 1) is { CanAct: true } other && !HasBase(sources, other.BaseActor) && view.Clause[t] == view.Clause[m.First]) return other;
        }
        return null;
    }

    /// <summary>
    /// A step named by a noun its author modifies: "US sanctions on Syria", "Venezuela had been under US sanctions since
    /// 2019". The author stands right before the noun; the target after "on"/"against", or before "under".
    /// </summary>
    private static StepArguments? Nominal(SentenceView view, TriggerMatch m, DocumentFocus focus)
    {
        var author = Modifier(view, m) ?? Agent(view, m);
        if (author is null or { Count: 0 }) return null;
        var target = Object(view, m, author[0].Actor, author);
        if (target is null)
        {
            // "X, which had been under US sanctions": the one under them is the subject before "under".
            var under = -1;
            for (var t = m.First; t >= 0 && t >= m.First - 6; t--)
            {
                if (view.Tokens[t].Is("under")) { under = t; break; }
            }
            if (under >= 0 && Subjects(view, under) is { } held && !HasBase(author, held[0].BaseActor)) target = held[0];
        }
        // "Washington's Caesar Act sanctions, which took effect": an instrument named as the author is held against its state.
        if (target is null && author.Find(a => a.Against is not null) is { Against: { } against } instrument) target = instrument.GovernmentOf(against);
        target ??= Fallback(view, focus, author[0].BaseActor);
        return target is null ? null : new StepArguments(author, target, null, 0.8);
    }
}
