using Dyad.Actors;
using Dyad.Dates;
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
    private readonly CueSet _appeals;
    private readonly Repeats _repeats;
    // The family of each pattern's step written as one ("contact.*"), found once: FamilyOf scanned every step of the pack
    // and cut a new prefix for each match of such a pattern, twice over.
    private readonly Dictionary<string, Packs.StepDefinition?> _families = new(StringComparer.Ordinal);

    public StepCoder(Pack pack)
    {
        _pack = pack;
        _triggers = new TriggerFinder(pack);
        _modality = new ModalityReader(pack);
        _appeals = CueSet.Parse(pack.AppealCues);
        _repeats = new Repeats(pack, _modality);
        foreach (var p in _triggers.Patterns)
        {
            if (p.Step.EndsWith(".*", StringComparison.Ordinal)) _families.TryAdd(p.Step, ScanFamily(p.Step));
        }
    }

    // The token is checked between sentences: a document's time budget (issue 19) ends here too.
    public List<Event> Code(Document doc, IReadOnlyList<SentenceView> views, List<CueTrace>? trace = null, CancellationToken cancellationToken = default)
    {
        var events = new List<Event>();
        DocumentFocus? focus = null;
        // A headline's steps are told again, with their dates, in the text below it: only a document that is nothing but
        // headlines (a feed item's title) is coded from them.
        var codeHeadlines = true;
        foreach (var view in views)
        {
            if (view.Sentence.Coded && !view.Headline) { codeHeadlines = false; break; }
        }
        // The steps of the last sentence that told some, for a sentence that repeats them ("similar action", "had not").
        var (lastFirst, lastCount, lastAt) = (0, 0, -1);
        for (var v = 0; v < views.Count; v++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = views[v];
            // A sentence that names no one may still tell the talks of the two the sentence before named.
            if (!view.Sentence.Coded || (view.Headline && !codeHeadlines) || (view.Actors.Mentions.Count == 0 && (view.Previous?.Actors.Mentions.Count ?? 0) < 2)
                || IsQuestion(doc.Text, view.Sentence)) continue;
            var first = events.Count;
            foreach (var m in _triggers.Find(view))
            {
                focus ??= DocumentFocus.Of(views, _pack.Focus);
                var before = events.Count;
                var outcome = Add(doc, view, m, focus, events);
                trace?.Add(new CueTrace(view.Sentence.Index, view.Tokens[m.First].Start, view.Tokens[m.End - 1].End, m.Pattern.Id,
                    events.Count > before ? $"{events.Count - before} record(s)" : outcome));
            }
            SentenceRules.DropContactsOfVisits(events, first);
            SentenceRules.DropArmiesOfStates(events, first);
            if (events.Count > first) _repeats.Within(doc, view, events, first, events.Count - first);
            else if (v - lastAt <= RepeatReach) _repeats.FromBefore(doc, view, events, lastFirst, lastCount);
            if (events.Count > first) (lastFirst, lastCount, lastAt) = (first, events.Count - first, v);
        }
        EventMerger.DropStancesOfSteps(events);
        var merged = EventMerger.Merge(events);
        EventMerger.DropContactsOfVisits(merged);
        // Whether a record's own words dated it serves merging only: a record leaves the coder as the store keeps it.
        for (var i = 0; i < merged.Count; i++)
        {
            if (merged[i].Untimed) merged[i] = merged[i] with { Untimed = false };
        }
        return merged;
    }

    // Loops, not lambdas: in Add those captured its parameter and the loops' pairs, a closure for every cue and pair.
    private static bool HasActor(IReadOnlyList<ActorMention> mentions, string? actor)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Actor == actor) return true;
        }
        return false;
    }

    private static bool HasAtLevel(IReadOnlyList<ActorMention> mentions, string? baseActor, RoleLevel level)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].BaseActor == baseActor && mentions[i].Level == level) return true;
        }
        return false;
    }

    private static (DateMention Date, int Token)? Leg((DateMention Date, int Token)?[] legs, IReadOnlyList<ActorMention> targets, ActorMention target)
    {
        for (var i = 1; i < targets.Count; i++)
        {
            if (targets[i] == target) return legs[i];
        }
        return null;
    }

    private static bool SameBaseBefore(IReadOnlyList<ActorMention> mentions, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (mentions[i].BaseActor == mentions[index].BaseActor) return true;
        }
        return false;
    }

    // "Qatar said Israel and Hamas had agreed to a ceasefire": the source's partner, named right after "and", is one the pack
    // does not know; the one named before the pair (the speaker, a mediator) is not it.
    private static bool UnknownPartner(SentenceView view, ActorMention source, ActorMention target)
    {
        var t = source.Last;
        if (target.First >= source.First || t + 1 >= view.Tokens.Count || !view.Tokens[t].Is("and")) return false;
        var next = view.Tokens[t + 1];
        if (next.Kind != TokenKind.Word || !char.IsUpper(view.Text[next.Start]) || next.Lower is "the" or "its" or "his" or "her" or "their") return false;
        var mentions = view.Actors.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].First == t + 1 && mentions[i].Actor is not null) return false;
        }
        return true;
    }

    // "The Syrian opposition welcomed the rapprochement": a word of a group's name ("opposition", "Resistance") opens no cue.
    private static bool InName(SentenceView view, TriggerMatch m)
    {
        var mentions = view.Actors.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var x = mentions[i];
            // Only a group's own name: a title ("the Saudi ambassador presented his credentials") is where cues begin.
            if (x.First <= m.First && m.First < x.Last && x.Last - x.First > 1
                && (x.Kind == MentionKind.Organisation || x.Actor?.EndsWith(".OPP", StringComparison.Ordinal) == true)) return true;
        }
        return false;
    }

    // How many sentences back a repeated step may have been told ("similar announcements" after a caption line).
    private const int RepeatReach = 3;

    /// <summary>Codes one cue into <paramref name="into"/>; returns why no record was made when none was.</summary>
    private string Add(Document doc, SentenceView view, TriggerMatch m, DocumentFocus focus, List<Event> into)
    {
        if (_modality.IsTopic(view, view.ClauseStart(m.First), m.First)) return "talk about an idea, not a deed";
        if (InName(view, m)) return "the cue's first word is part of an actor's name";
        if (Describing(view, m)) return "a participle that describes whom it names, not a deed";
        if (AnalystQuoted(view, m)) return "an analyst's view, not a state's statement";
        if (Appositive(view, m)) return "an apposition that names again the step told before it";
        if (WarAsContext(view, m)) return "a war named as the context of something else, not reported as launched";
        var definition = _pack.FindStep(m.Pattern.Step);
        var args = Arguments.Find(view, m, focus, definition?.Reciprocal == true);
        if (args is null || args.Targets.Count == 0) return "no source or no target found by its frame";
        if (args.Sources.Count == 1 && UnknownPartner(view, args.Sources[0], args.Targets[0])) return "the source's partner is one the pack does not know";
        // "Lebanon called for the Arab League to readmit Syria": a call on another to take a step is the caller's stance.
        // "urged Turkey and Syria to restore contacts": a contact or a trip asked of others is normalizing like its family.
        if (ThirdPartyCall(view, m, args, definition ?? FamilyOf(m.Pattern.Step)) is { } call) args = call;
        else if (Evaluated(view, m, args, definition ?? FamilyOf(m.Pattern.Step)) is { } judged) args = judged;
        var quoteContinues = view.Actors.Speaker is not null && HasActor(args.Sources, view.Actors.Speaker.Actor);
        var speakerDated = quoteContinues && args.Sources[0].Resolved || quoteContinues && NoSubject(view, m);
        var parties = new List<(ActorMention Source, ActorMention Target)>(args.Sources.Count * args.Targets.Count + 1);
        // By index: a foreach over the interface boxed an enumerator for every source and every match.
        for (var s = 0; s < args.Sources.Count; s++)
        {
            var source = args.Sources[s];
            for (var t = 0; t < args.Targets.Count; t++)
            {
                var target = args.Targets[t];
                // "Defence ministers and intelligence chiefs met their counterparts": each meets their peer.
                if (source.Level != target.Level && HasAtLevel(args.Targets, target.BaseActor, source.Level)) continue;
                parties.Add((source, target));
            }
        }
        if (args.Reciprocal)
        {
            // Each of several parties to an agreement is bound toward the one they agreed with, once.
            for (var i = 0; i < args.Sources.Count; i++)
            {
                if (!SameBaseBefore(args.Sources, i)) parties.Add((args.Targets[0], args.Sources[i]));
            }
        }
        // "visited Doha on Sunday and Abu Dhabi on Monday", "a visit to Oman, and last year to the UAE": a later stop of a
        // trip keeps the time told with it, and the first stop is not dated by the later stops' times.
        var legs = Arguments.LegTimes(view, args.Targets);
        var unable = false;
        foreach (var (source, target) in parties)
        {
            if (source.Actor is null || target.Actor is null || source.Actor == target.Actor) continue;
            // Someone out of office acts for no state: a former holder's words are their own (.ELI), their deeds none.
            if (source.Former && !IsStatement(args.Step ?? m.Pattern.Step)) continue;
            if (m.Pattern.Step == "regime.fall" && !CanTopple(source)) continue;
            if (AttributiveBody.Modifies(view, target, args.Step ?? m.Pattern.Step)) continue;
            // In a meeting of several parties no one is the host's single guest: the place decides nothing.
            var (step, swap) = StepLevels.Resolve(args.Step ?? m.Pattern.Step, view, m, source, target, args.Sources.Count > 1 ? null : args.Location);
            // A negation counts from the subject on; with the source after the cue ("proclaimed by X"), only just before it.
            var from = source.Last <= m.First && view.Clause[Math.Max(0, source.Last - 1)] == view.Clause[m.First] ? source.Last : Math.Max(view.ClauseStart(m.First), m.First - 3);
            // An appeal is the appealer's own stance: asserted, and against normalizing when it asks others not to.
            var modality = args.SourceFromAppeal
                ? (_modality.Read(view, args.Appeal + 1, args.Appeal + 1, m.First, m.End) == Modality.Negated ? Modality.Negated : Modality.Asserted)
                : _modality.Read(view, ModalStart(view, m.First, source), from, m.First, m.End);
            // "The planned visit ... was called off": what the predicate says of a step named by a noun outranks a plan.
            if (modality is Modality.Asserted or Modality.Planned && !args.SourceFromAppeal
                && _modality.ReadPredicate(view, m) is var predicate && predicate != Modality.Asserted
                && (modality == Modality.Asserted || predicate is Modality.Negated or Modality.Hypothetical))
                modality = predicate;
            // "denied that it would reopen its embassy": a denial of what follows "that".
            if (Denied(view, m.First)) modality = Modality.Negated;
            // "the measures would remain until Libya reopened the border": what a condition asks for has not happened.
            // "nothing would happen until he and Putin met": the whole listed subject follows "until".
            var subjectStart = source.First;
            for (var k = 0; k < args.Sources.Count; k++) subjectStart = Math.Min(subjectStart, args.Sources[k].First);
            if (modality == Modality.Asserted && subjectStart > 0 && source.Last <= m.First && view.Tokens[subjectStart - 1].Lower is "until" or "unless" or "if")
                modality = Modality.Hypothetical;
            if (modality == Modality.Asserted && m.Pattern.DefaultModality is { } fallback) modality = fallback;
            // "The Arab League agreed to restore Syria's membership", "EU governments agreed to increase the number of
            // officials targeted": what an organisation agrees to do, it has decided, and the decision is the deed.
            if (modality == Modality.Planned && source.Kind == MentionKind.Organisation && Decided(view, m)) modality = Modality.Asserted;
            if (modality == Modality.Asserted && HeadlineInfinitive(doc.Text, view, source, m)) modality = Modality.Planned;
            if (modality == Modality.Asserted && PlannedAfter(view, m)) modality = Modality.Planned;
            if (modality == Modality.Asserted && NegatedAfter(view, m)) modality = Modality.Negated;
            // "any easing of sanctions will require Russia to withdraw": a step "any" stands for is only supposed.
            // "the first time that any Saudi official had met Assad" tells of someone, not of a supposed step.
            if (modality is Modality.Asserted or Modality.Planned && !IsStatement(step) && Arguments.AnyAt(view, m.First) is >= 0 and var any
                && !(Participles.PastVerb(view.Tokens[m.First].Lower) && view.NamesActorBetween(any, m.First)))
                modality = Modality.Hypothetical;
            // "agreed to restore relations, severed since 1961": a participle after the noun tells what was done.
            if (modality is Modality.Planned or Modality.Demanded && ReducedRelative(view, m)) modality = Modality.Asserted;
            var type = m.Pattern.Type;
            // A stance or a condition is a statement: "agreed to restore ties", "will not normalize", "demands that"
            // report it made, whatever the statement is about.
            if (IsStatement(step) && modality is Modality.Planned or Modality.Demanded) modality = Modality.Asserted;
            // "will not restore ties until its troops withdraw": the refusal is the condition, and it is stated.
            if (m.Pattern.Frame == Frame.Condition && modality is Modality.Negated or Modality.Hypothetical) modality = Modality.Asserted;
            if (step == "stance.oppose" && modality == Modality.Negated)
            {
                // "refused to normalize" asserts the opposition its cue already names; "has not called on him to step
                // aside" is no such call.
                if (!NotBefore(view, from, m.First)) modality = Modality.Asserted;
            }
            else if (step == "stance.support" && modality == Modality.Negated && Unable(view, m.First))
            {
                // "they have not been able to establish full relations": what one could not do is no stance against it.
                unable = true;
                continue;
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
            var (date, basis, untimed) = DateLinker.Link(view, m, doc.Published, speakerDated, modality == Modality.Planned,
                statement: step.StartsWith("stance.", StringComparison.Ordinal) || step == "condition.set", skip: legs);
            if (legs is not null && Leg(legs, args.Targets, target) is { } leg)
                (date, basis, untimed) = (leg.Date.Value, leg.Date.Basis, false);
            // "the third Gulf state, after the UAE and Bahrain, to reopen": those it came after acted at a time not given.
            if (args.Before is { } before && before.Contains(source)) (date, basis) = (null, DateBasis.None);
            var (src, tgt) = swap ? (Acting(target), ActedOn(source)) : (Acting(source), ActedOn(target));
            if (src is null || tgt is null || src == tgt) continue;
            // "The EU will continue to engage with the Syrian opposition": a foreign stance on a state's opposition is no step
            // between two states.
            if (ForeignOpposition(step, src, tgt)) continue;
            // "barred French military aircraft from its airspace": sanctions on those who act for a state are on the state.
            // "any meeting must address the withdrawal of Turkish forces": a condition on normalizing is put to the state.
            if ((step.StartsWith("sanction.", StringComparison.Ordinal) || step == "condition.set") && tgt.IndexOf('.') is var dot and > 0 && !tgt.EndsWith(".OPP", StringComparison.Ordinal))
                tgt = tgt[..dot];
            // "The army and the RSF met in Jeddah": armed forces meeting or talking act for their state, not as forces
            // (spec: `.MIL` is armed forces acting as forces).
            if (step.StartsWith("contact.", StringComparison.Ordinal))
            {
                if (src.EndsWith(".MIL", StringComparison.Ordinal)) src = src[..^4];
                if (tgt.EndsWith(".MIL", StringComparison.Ordinal)) tgt = tgt[..^4];
            }
            if (src == tgt) continue;
            // "until the government ... stops targeting civilians" read as the state against its own army: a state's forces
            // fight for it, so an offensive between a state and its own forces or branches is none; only its opposition
            // fights it (BaseOf keeps SYR.OPP apart from SYR).
            if (step == "conflict.offensive" && ActorMention.BaseOf(src) == ActorMention.BaseOf(tgt)) continue;
            var s = view.Sentence;
            var record = new Event(doc.Id, src, tgt, step, type, modality, date, date is null ? DateBasis.None : basis,
                Math.Round(m.Pattern.Confidence * args.Certainty, 3), view.Evidence, s.Start, s.End, s.Index, m.Pattern.Id)
            { Untimed = untimed || args.Earlier };
            // "three visits, the first in 2015, the second in March 2018": one record per date of the steps counted.
            if (DateLists.Of(view, m) is { } dates)
            {
                foreach (var d in dates) into.Add(record with { Date = d.Value, DateBasis = d.Basis, Counted = true, Untimed = false });
            }
            else into.Add(record);
            // "Defence ministers and intelligence chiefs met": both ranks at one meeting give both steps (spec).
            if (step == "contact.security" && StepLevels.MinistersToo(view, source, target))
            {
                into.Add(record with { Step = "contact.ministerial", Type = _pack.FindStep("contact.ministerial")?.Type ?? record.Type });
            }
        }
        return unable ? "what one has not been able or failed to do is no stance against it" : "source and target are one actor, or a former office holder's deed";
    }

    // A stance toward another state's opposition: not one on the opposition of the stance's own state.
    private static bool ForeignOpposition(string step, string source, string target) =>
        step.StartsWith("stance.", StringComparison.Ordinal) && target.EndsWith(".OPP", StringComparison.Ordinal)
        && !target.AsSpan(0, target.Length - 4).SequenceEqual(source.AsSpan(0, source.IndexOf('.') is var dot and >= 0 ? dot : source.Length));

    // "relations, severed since 1961", "ties severed in 2017": the cue ends on a participle after its noun, with no
    // auxiliary ("ties were severed") to make it a clause of its own.
    private static bool ReducedRelative(SentenceView view, TriggerMatch m)
    {
        if (m.End - m.First < 2) return false;
        var w = view.Tokens[m.End - 1].Lower;
        if (!Participles.Looks(w)) return false;
        return view.Tokens[m.End - 2].Is(",") || view.Tokens[m.End - 2].Lower is "ties" or "relations" or "contacts";
    }

    /// <summary>
    /// "'Gulf states are betting that Assad is here to stay,' said Emile Hokayem of the International Institute for
    /// Strategic Studies": a stance read in what an analyst says is the analyst's reading, not a statement of a state
    /// (spec: an analyst's speculation is no event).
    /// </summary>
    private static bool AnalystQuoted(SentenceView view, TriggerMatch m)
    {
        if (m.Pattern.Frame is not (Frame.Stance or Frame.Condition) || !view.InQuote(m.First)) return false;
        var tokens = view.Tokens;
        var said = -1;
        for (var t = m.End; t < tokens.Count; t++)
        {
            if (!view.InQuote(t) && tokens[t].Lower is "said" or "says" or "wrote" or "writes" or "argued" or "argues" or "noted" or "notes") { said = t; break; }
        }
        if (said < 0) return false;
        for (var t = said + 1; t < tokens.Count && t <= said + 14; t++)
        {
            if (AnalystWords.Contains(tokens[t].Lower)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> AnalystWords = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "expert", "experts", "researcher", "researchers", "professor", "scholar", "academic", "fellow",
        "commentator", "institute", "center", "centre", "university", "think-tank", "think", "studies", "consultancy", "columnist",
    };

    // "including ousted Syrian president Bashar al-Assad", "supporters of ousted Islamist president Mohamed Morsi": a
    // one-word participle after a determiner or a preposition, before the one it names, describes that one.
    private static bool Describing(SentenceView view, TriggerMatch m)
    {
        if (m.Length != 1 || m.First == 0 || !Participles.Looks(view.Tokens[m.First].Lower)) return false;
        if (view.Tokens[m.First - 1].Lower is not ("the" or "a" or "an" or "of" or "including" or "with" or "by" or "for" or "against" or "on" or "from" or "to"))
            return false;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First < m.End || x.First > m.End + 2) continue;
            for (var t = m.End; t < x.First; t++) if (view.Tokens[t].Kind != TokenKind.Word) return false;
            return x.CanAct && x.Kind is not (MentionKind.Capital or MentionKind.Place);
        }
        return false;
    }

    // A government falls to those who rise against it, its army or an outside force: not to a place ("took Damascus").
    // "Morsi was ousted by the army": a state's armed forces named from the context may topple its government.
    private static bool CanTopple(ActorMention source) =>
        source.Kind is not (MentionKind.Capital or MentionKind.Place) && (!source.Resolved || source.Refers == "state-military");

    // Former officials speak for themselves (.ELI), but what is done to them is done to their state: "sanctions on
    // former officials", "an embassy reopened before the fall of former President Assad".
    private static string? ActedOn(ActorMention m) =>
        m.Actor is { } actor && actor.EndsWith(".ELI", StringComparison.Ordinal) ? actor[..^4] : m.Actor;

    // Someone named after every role they held had ended speaks for themselves: "former President X said" (.ELI).
    private static string? Acting(ActorMention m) =>
        m.Former && m.Actor is { } actor && !actor.Contains('.') ? actor + ".ELI" : m.Actor;

    /// <summary>
    /// A call by a third party on another actor to take a step toward someone ("Macron called on the United States and
    /// the European Union to lift sanctions against Syria") is the caller's stance: for the step when it normalizes,
    /// against when it presses (spec: Conventions). A call on oneself, or by a part of the actor who would act (a
    /// legislature urging its government), stays the step, demanded.
    /// </summary>
    private Packs.StepDefinition? FamilyOf(string step)
    {
        if (!step.EndsWith(".*", StringComparison.Ordinal)) return null;
        return _families.TryGetValue(step, out var family) ? family : ScanFamily(step);
    }

    private Packs.StepDefinition? ScanFamily(string step)
    {
        var prefix = step[..^1];
        foreach (var s in _pack.Steps)
        {
            if (s.Code.StartsWith(prefix, StringComparison.Ordinal)) return s;
        }
        return null;
    }

    private StepArguments? ThirdPartyCall(SentenceView view, TriggerMatch m, StepArguments args, Packs.StepDefinition? definition)
    {
        if (definition is null || args.SourceFromAppeal || IsStatement(definition.Code) || m.Pattern.Frame is Frame.Condition) return null;
        var start = view.ClauseStart(m.First);
        var appeal = -1;
        for (var t = m.First - 1; t >= start && t >= m.First - 14; t--)
        {
            // "called on Assad to step aside in August, and Arab League sanctions were approved": the call ends where a
            // new clause joins.
            if (view.Tokens[t].Lower is "and" or "but" && t > 0 && view.Tokens[t - 1].Is(",")) break;
            if (_appeals.MatchesAt(view.Tokens, t, 2)) { appeal = t; break; }
        }
        if (appeal < 0) return null;
        var callers = Arguments.Subjects(view, SharedAuxiliary(view, appeal) ?? appeal);
        if (callers is null || callers.Count == 0) return null;
        // "Fidan called for all international sanctions on Syria to be lifted": a step asked for in the passive, with no
        // one named to take it, is asked of others.
        var ofOthers = (m.Length >= 3 && view.Tokens[m.End - 2].Is("be") && !view.HasWordBetween(m.End, Math.Min(view.Tokens.Count, m.End + 2), ByWord))
            // "Saudi Arabia called for the lifting of sanctions on Syria": a step named as a noun, with no owner in it.
            || (m.First > 0 && view.Tokens[m.First - 1].Is("the") && m.Length >= 2 && view.Tokens[m.First + 1].Is("of")
                && !view.Actors.Mentions.Exists(x => x.First > m.First && x.First < m.End - 1));
        return StanceOf(callers, args, definition, favours: true, appeal, ofOthers);
    }

    /// <summary>
    /// The stance of those who call for, or judge, a step others would take: for a normalizing step they favour (or a
    /// pressure step they condemn), against otherwise; none when they would take the step themselves.
    /// </summary>
    private static StepArguments? StanceOf(List<ActorMention> holders, StepArguments args, Packs.StepDefinition definition, bool favours, int appeal,
        bool ofOthers = false)
    {
        foreach (var c in holders)
        {
            foreach (var s in args.Sources) if (s.BaseActor == c.BaseActor && !ofOthers) return null;
        }
        var stance = (definition.Kind == "normalizing") == favours ? "stance.support" : "stance.oppose";
        return new StepArguments(holders, args.Targets, null, args.Certainty * 0.9) { Step = stance, SourceFromAppeal = true, Appeal = appeal };
    }

    private static readonly HashSet<string> ByWord = new(StringComparer.Ordinal) { "by" };

    // "Turkey would support Syria's fight against Kurdish militants, and would press for sanctions to be lifted": a verb
    // after "and" and the auxiliary of a verb before it shares that verb's subject; the auxiliary's token, or null.
    private static int? SharedAuxiliary(SentenceView view, int verb)
    {
        if (verb < 3 || view.Tokens[verb - 1].Lower is not ("would" or "will" or "has" or "had" or "could") || !view.Tokens[verb - 2].Is("and")) return null;
        var aux = view.Tokens[verb - 1].Lower;
        for (var t = verb - 3; t > 0; t--)
        {
            if (view.Tokens[t].Lower == aux) return t;
        }
        return null;
    }

    private static bool Denied(SentenceView view, int first)
    {
        for (var t = first - 1; t > 0 && t >= first - 10; t--)
        {
            // "denied reports it had resumed trade": the report denied, with no "that" after it.
            if (view.Tokens[t].Lower is "reports" or "claims" or "rumours" or "rumors" or "allegations")
            {
                var before = t - 1;
                if (before > 0 && view.Tokens[before].Lower is "the" or "media" or "press" or "news" or "earlier") before--;
                if (view.Tokens[before].Lower is "denied" or "denies" or "deny" or "denying" or "rejected" or "dismissed") return true;
            }
            if (!view.Tokens[t].Is("that")) continue;
            // "denied reports that it had reopened the crossing": the report denied stands between the verb and "that".
            var verb = t - 1;
            if (verb > 0 && view.Tokens[verb].Lower is "reports" or "report" or "claims" or "claim" or "rumours" or "rumors" or "allegations" or "speculation") verb--;
            if (verb > 0 && view.Tokens[verb].Lower is "a" or "the" or "media" or "press" or "news" or "earlier") verb--;
            return view.Tokens[verb].Lower is "denied" or "denies" or "deny" or "denying" or "rejected" or "dismissed";
        }
        return false;
    }

    /// <summary>
    /// "Safadi met Assad in Damascus on Wednesday, the first such visit since 2011", "Trump met Sharaa, the first meeting
    /// between the leaders of the two countries in 25 years": a noun after a comma that opens with "the first" (or "a
    /// rare", "his first") names again the step just told; whoever it names is no new party.
    /// </summary>
    private static bool Appositive(SentenceView view, TriggerMatch m)
    {
        if (view.Tokens[m.First].Lower is not ("visit" or "visits" or "trip" or "meeting" or "meetings" or "talks" or "call" or "encounter")) return false;
        var t = m.First - 1;
        var modifiers = 0;
        // "the highest-level Emirati visit": a nationality adjective says whose trip it was, no new party.
        // "the highest-level foreign visit", "a two-day visit": words that grade or measure it likewise.
        while (t >= 0 && (AppositionWords.Contains(view.Tokens[t].Lower) || view.Actors.Adjectives?.Exists(a => a.First == t && a.Last == t + 1) == true
            || view.Tokens[t].Lower.EndsWith("-level", StringComparison.Ordinal) || view.Tokens[t].Lower.EndsWith("-day", StringComparison.Ordinal)))
        {
            t--;
            modifiers++;
        }
        return modifiers > 0 && t > 0 && view.Tokens[t].Is(",") && view.Tokens[t + 1].Lower is "the" or "a" or "his" or "her" or "its" or "their"
            && !view.Actors.Mentions.Exists(x => x.First > t && x.First < m.First && x.Kind != MentionKind.Pronoun);
    }

    private static readonly HashSet<string> AppositionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "his", "her", "its", "their", "first", "second", "third", "such", "rare", "historic", "landmark", "official", "highest-level",
        "latest", "last", "only", "surprise", "unannounced", "first-ever", "direct", "face-to-face", "phone", "foreign", "senior", "ministerial",
        "presidential", "state", "working", "brief",
    };

    private static bool Decided(SentenceView view, TriggerMatch m)
    {
        // "EU ministers agreed on a roadmap to ease sanctions": what was decided is the plan, not yet the deed.
        if (m.First >= 2 && view.Tokens[m.First - 1].Is("to") && Arguments.IsPlanNoun(view.Tokens[m.First - 2].Lower)) return false;
        var sawDecision = false;
        for (var t = view.ClauseStart(m.First); t < m.First; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "will" or "would" or "plans" or "planned" or "expected" or "set" or "'ll" or "soon") return false;
            if (w is "agreed" or "decided" or "voted" or "approved" or "resolved") sawDecision = true;
        }
        return sawDecision;
    }

    internal static bool IsStatement(string step) => step.StartsWith("stance.", StringComparison.Ordinal) || step == "condition.set";

    // A headline's "Italy to appoint ambassador" announces a plan.
    private static bool HeadlineInfinitive(string text, SentenceView view, ActorMention source, TriggerMatch m)
    {
        var s = view.Sentence;
        var last = text[s.End - 1];
        return last is not ('.' or '"' or '\u201D' or ')') && source.Last + 1 == m.First && view.Tokens[source.Last].Is("to");
    }

    /// <summary>
    /// "as Russia is focused on its invasion of Ukraine", "amid the war in Gaza": an offensive named by a noun after
    /// words that make it the background of something else (the spec's Conventions: a war mentioned only as context).
    /// </summary>
    private static bool WarAsContext(SentenceView view, TriggerMatch m)
    {
        if (m.Pattern.Step != "conflict.offensive") return false;
        for (var t = m.First - 1; t >= 0 && t >= m.First - 4; t--)
        {
            var w = view.Tokens[t].Lower;
            if (w is "amid" or "despite" or "preoccupied" or "distracted" or "consumed" or "bogged" or "mired") return true;
            if (w is "on" or "with" or "by" or "in" && t > 0 && view.Tokens[t - 1].Lower is "focused" or "focusing" or "focuses" or "focus"
                or "busy" or "preoccupied" or "distracted" or "consumed" or "bogged" or "mired" or "tied") return true;
            if (w is not ("its" or "his" or "their" or "the" or "a" or "'s" or "ongoing" or "war" or "full-scale" or "continuing") && !view.Actors.Covers(t)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Sheikh Abdullah said that Syria's return to the Arab League was in the interest of the region": a step named by
    /// a noun and judged by what is said of it is the sayer's stance, for a normalizing step or against a pressure step;
    /// the step itself is not told as taken.
    /// </summary>
    private static StepArguments? Evaluated(SentenceView view, TriggerMatch m, StepArguments args, Packs.StepDefinition? definition)
    {
        if (definition is null || args.SourceFromAppeal || IsStatement(definition.Code) || JudgedAfter(view, m) is not { } favoured) return null;
        // "was in the interest of the region" favours the step, "was a mistake" opposes it.
        return Arguments.Sayer(view, m) is { Count: > 0 } sayers ? StanceOf(sayers, args, definition, favoured, m.First - 1) : null;
    }

    // Whether what is said of the step after it favours it (true) or condemns it (false); null when nothing judges it.
    private static bool? JudgedAfter(SentenceView view, TriggerMatch m)
    {
        if (!NamesEvent(view, m, JudgedNouns) || NounVerb(view, m) is not { } t || view.Tokens[t].Lower is not ("is" or "was" or "would" or "will")) return null;
        for (var u = t + 1; u < view.Tokens.Count && u <= t + 4; u++)
        {
            var judged = view.Tokens[u].Lower;
            if (FavouringWords.Contains(judged)) return true;
            if (CondemningWords.Contains(judged)) return false;
        }
        return null;
    }

    private static readonly HashSet<string> JudgedNouns = new(StringComparer.Ordinal) { "readmission", "reinstatement", "normalization", "normalisation" };

    private static readonly HashSet<string> FavouringWords = new(StringComparer.Ordinal)
    {
        "interest", "important", "necessary", "essential", "crucial", "vital", "welcome", "positive", "needed", "beneficial", "priority",
        "overdue", "inevitable",
    };

    private static readonly HashSet<string> CondemningWords = new(StringComparer.Ordinal)
    {
        "mistake", "premature", "wrong", "dangerous", "unacceptable", "error", "betrayal",
    };

    /// <summary>
    /// "A Turkish ministerial visit to Cairo is planned for next month", "the talks will take place in Muscat": a step
    /// named by a noun whose own verb, after it, is a plan.
    /// </summary>
    private static bool PlannedAfter(SentenceView view, TriggerMatch m)
    {
        if (!NamesEvent(view, m) || NounVerb(view, m) is not { } t) return false;
        var w = view.Tokens[t].Lower;
        if (w is "will" or "'ll") return true;
        return w is "is" or "are" && view.Tokens[t + 1].Lower is "planned" or "expected" or "scheduled" or "set" or "due" or "slated" or "to"
            or "being" or "likely" or "tentatively";
    }

    // "normalisation with Israel was \"not on the table\"", "reconciliation with Assad will never happen": a step named by a
    // noun that is the subject of a negated verb is negated; "is no longer a taboo", "is not a reward", "is not only about
    // trade", "is never easy" deny something else of it.
    private static bool NegatedAfter(SentenceView view, TriggerMatch m)
    {
        if (!view.HasWordBetween(m.First, m.End, StanceNouns) || NounVerb(view, m) is not { } t) return false;
        var k = SkipQuotes(view, t + 1);
        if (k < view.Tokens.Count && view.Tokens[k].Is("be")) k = SkipQuotes(view, k + 1);
        if (k >= view.Tokens.Count) return false;
        if (view.Tokens[k].Is("no") && k + 1 < view.Tokens.Count && view.Tokens[k + 1].Is("longer")) k++;
        else if (view.Tokens[k].Lower is not ("not" or "never" or "n't")) return false;
        k = SkipQuotes(view, k + 1);
        return k >= view.Tokens.Count || view.Tokens[k].Lower is not ("a" or "an" or "the" or "only" or "just" or "about" or "easy" or "simple" or "merely");
    }

    private static int SkipQuotes(SentenceView view, int k)
    {
        while (k < view.Tokens.Count && view.Tokens[k].Lower is "\"" or "\u201c" or "'") k++;
        return k;
    }

    private static readonly HashSet<string> StanceNouns = new(StringComparer.Ordinal)
    {
        "normalisation", "normalization", "rapprochement", "reconciliation", "dialogue", "engagement", "resumption", "restoration",
    };

    // The cue holds a noun that names an event ("visit", "talks", "return"), or one of the extra nouns given.
    private static bool NamesEvent(SentenceView view, TriggerMatch m, HashSet<string>? extra = null) =>
        view.HasWordBetween(m.First, m.End, EventNouns) || (extra is not null && view.HasWordBetween(m.First, m.End, extra));

    // The verb of a step named by a noun: the first "is", "are", "was", "will" or "would" after the cue in its clause,
    // before a comma, a relative word or a second verb; null when there is none within eight words.
    private static int? NounVerb(SentenceView view, TriggerMatch m)
    {
        var clause = view.Clause[m.First];
        for (var t = m.End; t < view.Tokens.Count - 1 && t <= m.End + 8 && view.Clause[t] == clause; t++)
        {
            var w = view.Tokens[t].Lower;
            // "talks between Iran and Saudi Arabia will ...": an "and" between parties is no second verb.
            if (w == "and" && view.Actors.Mentions.Exists(x => x.First == t + 1)) continue;
            if (w is "," or "which" or "that" or "who" or "and" or "but") return null;
            if (w is "is" or "are" or "was" or "will" or "'ll" or "would") return t;
        }
        return null;
    }

    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "visit", "visits", "trip", "tour", "meeting", "meetings", "talks", "summit", "call", "reopening", "opening", "resumption", "return",
        "restoration", "appointment", "lifting", "easing",
    };

    // A question reports nothing: "why should Turkey talk with a regime which ...?"
    private static bool IsQuestion(string text, Sentence s)
    {
        var span = text.AsSpan(s.Start, s.Length).TrimEnd().TrimEnd("\"'\u201D\u2019)");
        return span.Length > 0 && span[^1] == '?';
    }

    private static bool NoSubject(SentenceView view, TriggerMatch m) => Arguments.Subjects(view, m.First) is null;

    // "have not been able to", "was not able to", "failed to" just before the cue: an inability told as a fact ("would not be
    // able to support" is a refusal). ("unable to" never makes a cue negated, so it is not asked about here.)
    private static bool Unable(SentenceView view, int first)
    {
        // "Jordan failed to restore" needs two words before the cue, "have not been able to" and "was not able to" three or four.
        if (first < 2 || !view.Tokens[first - 1].Is("to")) return false;
        var w = view.Tokens[first - 2].Lower;
        if (w is "failed" or "fail" or "fails" or "failing") return true;
        if (w != "able" || first < 3) return false;
        var before = view.Tokens[first - 3].Lower;
        return before == "been" || (before == "not" && first >= 4 && view.Tokens[first - 4].Lower is "was" or "were" or "is" or "are");
    }

    // A plain "not", "n't", "never", "neither", "nor" or "no longer" before the cue, where a refusal would be a verb of its
    // own; "has not changed its opposition", "has never stopped calling for him to go" deny a change, and the stance
    // stands; "has not reopened its embassy and opposes any normalisation": a negation's reach ends at "and" or "but".
    private static bool NotBefore(SentenceView view, int from, int first)
    {
        var not = false;
        for (var t = Math.Max(0, from); t < first; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "and" or "but") not = false;
            else if (w is "not" or "n't" or "never" or "neither" or "nor" || w == "no" && t + 1 < first && view.Tokens[t + 1].Is("longer")) not = true;
            else if (not && (w.StartsWith("chang", StringComparison.Ordinal) || w.StartsWith("alter", StringComparison.Ordinal)
                || w.StartsWith("shift", StringComparison.Ordinal) || w.StartsWith("soften", StringComparison.Ordinal)
                || w.StartsWith("stop", StringComparison.Ordinal) || w.StartsWith("ceas", StringComparison.Ordinal)
                || w.StartsWith("abandon", StringComparison.Ordinal) || w.StartsWith("drop", StringComparison.Ordinal)
                || w.StartsWith("revers", StringComparison.Ordinal) || w.StartsWith("waver", StringComparison.Ordinal)))
                return false;
        }
        return not;
    }

    // What ", and" leads to at token t, before the cue at `first`, is a clause of its own: a subject and a finite verb
    // before the cue ("and by the summer both had named"), not the same subject going on with a plain verb ("and
    // eventually reopen its embassy") or an infinitive ("and to reopen").
    private static bool NewClauseAfterAnd(SentenceView view, int t, int first)
    {
        if (view.Tokens[t].Lower is "to" or "has" or "have" or "had" or "was" or "were" or "is" or "are" or "will" or "would" || Participles.PastVerb(view.Tokens[t].Lower))
            return false;
        for (var k = t + 1; k < first; k++)
        {
            if (view.Tokens[k].Lower is "has" or "have" or "had" or "was" or "were" or "is" or "are" or "will" or "would" or "did" or "does" or "could"
                or "should" or "can" or "may" or "might" or "must" or "say" or "says" or "said" || Participles.PastVerb(view.Tokens[k].Lower)) return true;
        }
        return false;
    }

    private static bool PastAfterAnd(SentenceView view, int t)
    {
        if (t < view.Tokens.Count && view.Tokens[t].Lower is "then" or "later" or "subsequently" or "also" or "again" or "quickly" or "soon") t++;
        return t < view.Tokens.Count && Participles.PastVerb(view.Tokens[t].Lower);
    }

    // Where the words that can make the cue a plan, a demand or a condition begin: the clause, but after a "that"
    // which opens the cue's own clause ("we should remind those ... that officials have held meetings"), and after
    // an expression that dates only what follows it ("..., 12 years after it was suspended").
    private static int ModalStart(SentenceView view, int first, ActorMention? source = null)
    {
        var start = view.ClauseStart(first);
        // "the export controls that it imposed in 2019": a cue that opens with its relative pronoun has its own mood.
        if (view.Tokens[first].Lower is "that" or "which") return first;
        for (var t = first - 1; t > start; t--)
        {
            if (view.ThatOpens(t)) { start = t + 1; break; }
            // "agreeing to resume relations, and by the summer both had named ambassadors": a clause joined by ", and" that
            // names its own subject has its own mood; so has a verb in the past joined so ("promised to consider it, and
            // then appointed an ambassador").
            if (view.Tokens[t - 1].Is(",") && view.Tokens[t].Is("and") && t + 1 < first && (NewClauseAfterAnd(view, t + 1, first) || PastAfterAnd(view, t + 1)))
            {
                start = t + 1;
                break;
            }
            // "analysts said could chill interest from the UAE, which reopened its embassy": a relative clause has its own mood.
            if (view.Tokens[t].Lower is "which" or "who" && view.Tokens[t - 1].Is(",")) { start = t + 1; break; }
            // "joined mounting pressure on Syria, deciding to expel its envoys": a participle after a comma has its own mood.
            if (view.Tokens[t - 1].Is(",") && view.Tokens[t].Lower is { Length: > 5 } w && w.EndsWith("ing", StringComparison.Ordinal)
                && char.IsLower(view.Text[view.Tokens[t].Start])) { start = t; break; }
        }
        // "Upon an invitation from the Iraqi government, a Syrian delegation arrived": a phrase put before the subject
        // and closed by a comma says nothing of the verb's mood.
        if (source is not null && source.First > start && source.First <= first)
        {
            for (var t = source.First - 1; t >= start; t--)
            {
                if (view.Tokens[t].Is(",")) { start = t + 1; break; }
            }
        }
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (d.Role == Dates.DateRole.Anchor && token < first && token >= start) start = Math.Min(first, view.TokenAt(d.End - 1) + 1);
        }
        return start;
    }

}
