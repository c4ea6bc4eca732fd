using Dyad.Model;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Resolves what a sentence cannot resolve alone: pronouns and anaphors ("he", "his administration",
/// "the country", "they", "we") from the sentence itself or the one before it, and who speaks inside a
/// quotation that runs over several sentences or opens the next paragraph.
/// </summary>
internal static class Discourse
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "stated", "states", "added", "adds", "noted", "notes", "replied", "replies", "told",
        "wrote", "writes", "declared", "announced", "explained", "argued", "insisted", "stressed", "tweeted",
        "reads", "read", "warned", "affirmed", "asserted", "emphasized", "emphasised", "commented", "according",
    };

    public static void Resolve(string text, List<SentenceActors> views)
    {
        SentenceActors? previous = null;
        var read = new List<SentenceActors>(views.Count);
        ActorMention? openSpeaker = null;
        PartialDate? openDate = null;
        var openBasis = DateBasis.None;
        var quoteOpen = false;
        foreach (var view in views)
        {
            ResolvePronouns(view, previous, read);
            ResolvePairs(view, read);
            // A quotation carried over from the previous sentence, or a paragraph that opens with a quote
            // right after a quoted speaker, is still that speaker's.
            var continues = quoteOpen || (previous is not null && previous.Speaker is not null
                && view.Text.Paragraph != previous.Text.Paragraph && StartsWithQuote(text, view.Text.Sentence.Start));
            if (continues && openSpeaker is not null)
            {
                view.Speaker = openSpeaker;
                view.SpeakerDate = openDate;
                view.SpeakerDateBasis = openBasis;
            }
            var speaker = FindSpeaker(text, view);
            if (speaker is not null)
            {
                view.Speaker = speaker;
                var d = view.Dates.MainDate();
                view.SpeakerDate = d?.Value ?? view.SpeakerDate;
                view.SpeakerDateBasis = d?.Basis ?? view.SpeakerDateBasis;
            }
            ResolveSpeakerRefs(view);
            openSpeaker = view.Speaker;
            openDate = view.SpeakerDate;
            openBasis = view.SpeakerDateBasis;
            read.Add(view);
            // The text layer followed the quotation marks from sentence to sentence (coded ones only, as here).
            quoteOpen = view.Text.QuoteOpenAtEnd;
            if (!quoteOpen && !EndsWithQuote(text, view.Text.Sentence)) openSpeaker = speaker ?? (continues ? openSpeaker : null);
            previous = view;
        }
    }

    private static void ResolvePronouns(SentenceActors view, SentenceActors? previous, List<SentenceActors> read)
    {
        if (view.Mentions.Exists(Unresolved)) ResolveUnresolved(view, previous, read);
    }

    // Apart from the test above: the lambdas here capture the sentence, and their closure was made as the method started,
    // for every sentence, pronouns or not.
    private static void ResolveUnresolved(SentenceActors view, SentenceActors? previous, List<SentenceActors> read)
    {
        var added = new List<ActorMention>();
        foreach (var m in view.Mentions.Where(Unresolved))
        {
            switch (m.Refers)
            {
                case "person":
                case "person-state":
                    // "The Tunisian president appointed his new ambassador": a title in the sentence names a person too, nearer
                    // than one named in the sentence before.
                    // "Trump met al-Sharaa in Riyadh, a day after announcing he would lift all sanctions": who announced is the
                    // main clause's subject, not the person named last.
                    var person = Cataphor(view, m) ?? (AfterSpeechParticiple(view.Text.Tokens, m.First) ? FirstPerson(view, m) : null)
                        // "Erdogan said after talks with Putin that he was ready", "..., adding that he hoped": the one who
                        // speaks is the "he" of what is said, not the person named last.
                        ?? (SaysThat(view.Text.Tokens, m.First) is { } says ? Sayer(view, says) : null)
                        // "a meeting with Shoukry, whom he spoke to at the weekend": the one a relative "whom" stands for is
                        // not the "he" of its own clause; the sentence's subject is.
                        ?? (m.First > 0 && view.Text.Tokens[m.First - 1].Is("whom") && OpeningPerson(view, m) is { } opening
                            && !view.Mentions.Exists(x => x.Last == m.First - 2 && x.BaseActor == opening.BaseActor) ? opening : null)
                        // "he spoke with Erdogan by phone, and he called King Abdullah": the subject goes on after ", and".
                        ?? (AfterAnd(view.Text.Tokens, m.First) ? OpeningPerson(view, m) : null)
                        ?? Before(view, m, x => x.Kind == MentionKind.Person)
                        ?? Before(view, m, x => x.Kind is MentionKind.State or MentionKind.Description && x.Level is RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security)
                        ?? (OpensSentence(view, m) ? PreviousSubject(previous, IsPerson) : null)
                        // "Last week he attended the forum, where he met Erdogan": the same person again.
                        ?? Before(view, m, x => x.Kind == MentionKind.Pronoun && x.Actor is not null && x.Refers is "person" or "person-state")
                        ?? Last(previous, x => x.Kind == MentionKind.Person)
                        // "On February 18 the Saudi foreign minister did not say when his visit would take place. However, he
                        // said ...": the person the sentence before spoke of by title alone, or by a pronoun, is the "he" too.
                        ?? OnePersonSpokenOf(previous);
                    // "al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh, on his first trip abroad": the one met
                    // is the object; the pronoun goes on about the subject.
                    if (person is not null && view.Mentions.Contains(person) && person.First < m.First && ObjectOfMeeting(view.Text.Tokens, person) && FirstPerson(view, m) is { } meeter && meeter.BaseActor != person.BaseActor
                        && HasCommaBetween(view.Text.Tokens, person.Last, m.First))
                        person = meeter;
                    // "Sharaa told Putin he would honour all past deals": the one told hears what the teller will do.
                    if (person is not null && view.Mentions.Contains(person) && person.First < m.First && TellsOf(view, person, m) && FirstPerson(view, m) is { } teller
                        && teller.BaseActor != person.BaseActor)
                        person = teller;
                    // "... he would honour all past deals struck between his country and Moscow": two parties after "between" are
                    // two; when the nearest person is the other one, "his" is the "he" of its clause.
                    if (person is not null && PairedWith(view, m) is { } pairedWith && pairedWith.BaseActor == person.BaseActor
                        && SubjectPronounAfter(view, person, m) is { } clauseSubject) person = clauseSubject;
                    if (person is not null) Take(m, person, m.Refers == "person-state");
                    break;
                case "role-leader" or "role-minister" or "role-security":
                    var level = m.Refers switch { "role-leader" => RoleLevel.Leader, "role-minister" => RoleLevel.Minister, _ => RoleLevel.Security };
                    // "to meet his counterpart Carlos Faria": a counterpart is the other side's, named after the word or not
                    // at all, never the possessor's.
                    if (view.Text.Tokens[m.Last - 1].Lower is "counterpart" or "counterparts" && view.Text.Tokens[m.First].Lower is "its" or "his" or "her")
                    {
                        var at = m.Last < view.Text.Tokens.Count && view.Text.Tokens[m.Last].Is(",") ? m.Last + 1 : m.Last;
                        if (view.Mentions.FirstOrDefault(x => x.First == at && x.Actor is not null && x.Kind == MentionKind.Person) is { } named)
                        {
                            Take(m, named, false);
                            m.Kind = MentionKind.Person;
                        }
                        break;
                    }
                    // "The transitional government sent its foreign minister": the role is of whom the possessive names, not
                    // of the last one to hold such a role.
                    if (view.Text.Tokens[m.First].Lower is "its" or "his" or "her" && !Envoys.Contains(view.Text.Tokens[m.Last - 1].Lower) && view.Mentions.FirstOrDefault(x => x != m && x.First == m.First && x.Last < m.Last && x.Kind == MentionKind.Pronoun) is { } possessive)
                    {
                        if (possessive.BaseActor is null) break;
                        Take(m, possessive, true);
                        m.Level = level;
                        m.Kind = MentionKind.Description;
                        break;
                    }
                    // A title is the office held on the day the sentence tells of: "the prime minister" in 2025 is not
                    // Putin, prime minister in 2008-12.
                    var day = view.Dates.MainDate()?.Value ?? view.Dates.StoryDate;
                    // "the king", "the emir": only a monarch holds it, not the president named last.
                    if (Monarchs.Contains(view.Text.Tokens[m.Last - 1].Lower))
                    {
                        var title = view.Text.Tokens[m.Last - 1].Lower;
                        var reigning = true;
                        bool Reigns(ActorMention x) => x.Level == RoleLevel.Leader && x.Person is { } p && x != m
                            && OfficeTitles.Holds(p, title == "monarch" ? "King" : title, reigning ? day : null, reigning);
                        // A reigning monarch stays "the king" for a while: five sentences back. One reigning on the day first.
                        ActorMention? monarch = null;
                        for (var pass = 0; pass < 2 && monarch is null; pass++, reigning = false)
                        {
                            monarch = Before(view, m, Reigns);
                            for (var back = read.Count - 1; monarch is null && back >= 0 && back >= read.Count - 5; back--) monarch = Last(read[back], Reigns);
                        }
                        if (monarch is not null)
                        {
                            Take(m, monarch, false);
                            m.Kind = MentionKind.Person;
                        }
                        break;
                    }
                    // "Crown Prince Mohammed bin Zayed will visit Ankara at an invitation from President Erdogan ... The crown
                    // prince will discuss with Erdogan": a title says which of the leaders named before holds it; the one
                    // named last holds another. Only a person the pack knows by that title is taken so.
                    var titled = level == RoleLevel.Leader ? TitleOf(view.Text.Tokens, m) : null;
                    // Who holds the title on the day first; only when no one named does, who held it once (the pack may
                    // list one office at a time: a crown prince named prime minister keeps being called crown prince).
                    var onDay = true;
                    bool Holds(ActorMention x) => x.Level == level && x.Kind == MentionKind.Person && x != m && x.Person is { } p
                        && OfficeTitles.Holds(p, titled!, day, onDay);
                    ActorMention? TitleHolder()
                    {
                        // As a monarch stays "the king", a title holder stays "the crown prince" for a while: five sentences back.
                        var found = Before(view, m, Holds);
                        for (var back = read.Count - 1; found is null && back >= 0 && back >= read.Count - 5; back--)
                            found = Last(read[back], Holds);
                        return found;
                    }
                    var titleHolder = titled is null ? null : TitleHolder();
                    if (titled is not null && titleHolder is null)
                    {
                        onDay = false;
                        titleHolder = TitleHolder();
                    }
                    var holder = titleHolder ?? Before(view, m, x => x.Level == level && x.Kind == MentionKind.Person)
                        // "His first stop had been Riyadh, where the delegation met ...": whom the sentence already spoke of.
                        ?? Before(view, m, x => x.Level == level && x.Kind == MentionKind.Pronoun && x.Resolved && x.Refers is "person"
                            && view.Text.Tokens[x.First].Lower is "his" or "her")
                        ?? Last(previous, x => x.Level == level && x.Kind == MentionKind.Person)
                        ?? Last(previous?.Previous, x => x.Level == level && x.Kind == MentionKind.Person)
                        ?? Before(view, m, x => x.Level == level && x.Kind is MentionKind.State or MentionKind.Description)
                        ?? Last(previous, x => x.Level == level && x.Kind is MentionKind.State or MentionKind.Description);
                    if (holder is not null)
                    {
                        Take(m, holder, false);
                        m.Kind = MentionKind.Person;
                    }
                    break;
                case "org":
                    // "The Council decided ... The Council reiterates its call": the same words name the same body again,
                    // whatever organisation was named in between.
                    var org = SameDescription(view, m, read) ?? Before(view, m, x => x.Kind == MentionKind.Organisation)
                        ?? Last(previous, x => x.Kind == MentionKind.Organisation)
                        ?? Last(previous?.Previous, x => x.Kind == MentionKind.Organisation);
                    // "The League had already suspended Syria's membership": a body stays "the League" for a while, as a
                    // reigning monarch stays "the king", when no other body was named since.
                    if (org is null && view.Text.Tokens[m.Last - 1].Lower is "league" or "bloc" or "council")
                    {
                        for (var back = read.Count - 3; org is null && back >= 0 && back >= read.Count - 5; back--) org = Last(read[back], x => x.Kind == MentionKind.Organisation);
                    }
                    if (org is not null)
                    {
                        m.Actor = org.Actor;
                        m.Level = RoleLevel.Official;
                        m.Resolved = true;
                        m.Kind = MentionKind.Organisation;
                    }
                    break;
                case "thing" when Expletive(view, m):
                    break;
                case "thing" when SaysOfItself(view, m) is { } main:
                    // "Erdogan announced the launch of an operation in northeastern Syria, saying it would target the YPG":
                    // the one who says "it would" speaks of their own state, not of a place named before.
                    Take(m, main, true);
                    break;
                case "thing":
                    var relative = RelativeAntecedent(view, m);
                    // "Turkey, which backed rebels seeking to topple Assad, closed its embassy": not one named in an aside.
                    // "It had closed its embassy": a pronoun already resolved stands for the same.
                    var thing = Before(view, m, x => x != relative && (x.Kind is MentionKind.State or MentionKind.Organisation or MentionKind.Capital or MentionKind.Description
                            || (x.Kind == MentionKind.Pronoun && x.Resolved && view.Text.Tokens[x.First].Is("it")))
                            && (!view.Text.Aside[x.First] || view.Text.Aside[m.First]) && !InApposition(view.Text.Tokens, x, m.First))
                        ?? (FrontedCataphor(view, m) is { Count: 1 } fronted ? fronted[0] : null)
                        // "Turkey ... stepped in over the summer. Its Foreign Minister Hakan Fidan hosted": an opening "it" or "its"
                        // goes on about the sentence before's subject, not the last state it named; so does one after a fronted
                        // time ("Turkey became the patron of the armed opposition. In October 2019 it launched an offensive").
                        // "Iran hosted Saudi Arabia's minister in June. In August it reopened its embassy in Tehran": not a state
                        // the sentence names as where its own mission is, or whence its envoy is recalled.
                        ?? (view.Text.Tokens[m.First].Lower is "it" or "its" && OpensSentence(view, m)
                            && PreviousSubject(previous, OwnsOffice(view, m) ? IsStateLike : IsThing) is { } previousSubject && !MissionPlace(view, previousSubject.BaseActor) ? previousSubject : null)
                        ?? Last(previous, x => x.Kind is MentionKind.State or MentionKind.Organisation or MentionKind.Capital or MentionKind.Description);
                    // "Khartoum recalled its ambassador after Kenya hosted the talks, and in March it banned all imports from Kenya":
                    // the subject after ", and" goes on with the sentence's own, not with one a subordinate clause named.
                    if (thing is not null && view.Mentions.Contains(thing) && thing.First < m.First && view.Text.Tokens[m.First].Is("it")
                        && ClauseAfterAnd(view.Text.Tokens, m.First) && MainSubject(view, m, capitals: true) is { } goesOn && goesOn != thing
                        // "Washington warned that Riyadh was moving too fast, and in April it hosted": after a reported clause the
                        // pronoun may go on with either; the nearest stays.
                        && !view.Text.Tokens.Skip(goesOn.Last).Take(m.First - goesOn.Last).Any(t => t.Is("that")))
                        thing = goesOn;
                    else if (thing is not null && view.Mentions.Contains(thing) && LocationOwner(view, thing, m) is var located
                        && (view.Text.Tokens[m.First].Is("it") || SpeakingOwner(view, m) || AndVerbOwn(view, thing, m) || located) && thing.First < m.First
                        && ObjectOfPreposition(view, thing)
                        && MainSubject(view, m, capitals: located) is { } opener && opener.BaseActor != thing.BaseActor)
                        thing = opener;
                    if (thing is not null) Take(m, thing, false);
                    break;
                case "state" when m.Among is { } among:
                    // "the kingdom", "the emirate": the nearest state of that form, in the sentence first (before, then after:
                    // "The kingdom reopened its embassy, the Saudi foreign ministry said"), then in the two sentences before.
                    bool OfForm(ActorMention x) => x != m && x.Actor is not null && x.BaseActor is { } b && Array.IndexOf(among, b) >= 0;
                    var formed = Before(view, m, OfForm) ?? view.Mentions.FirstOrDefault(x => x.First >= m.Last && OfForm(x))
                        ?? Last(previous, OfForm) ?? Last(previous?.Previous, OfForm);
                    if (formed is not null) Take(m, formed, true);
                    break;
                case "state":
                    // "approved Syria's readmission during a meeting in Cairo, ending the suspension of the country's
                    // membership": a capital named as the venue is where it happened, not the country spoken of.
                    var state = Before(view, m, x => IsState(x) && !IsVenue(view, x))
                        // "Arab ministers met in the Saudi city of Jeddah on the Syrian crisis and the country's return to the
                        // League": where only a venue is named, the state an adjective names is the one spoken of.
                        ?? (Before(view, m, IsState) is { } venue ? AdjectiveBefore(view, m) ?? venue : null)
                        // "Syrian government forces launched an offensive to retake the south of the country": the state whose
                        // forces, officials or army the sentence names.
                        ?? Before(view, m, x => x.Actor is not null && x.Actor.Contains('.') && x.Kind is MentionKind.State or MentionKind.Description)
                        ?? Last(previous, IsState);
                    if (state is not null) Take(m, state, true);
                    break;
                case "state-military":
                    // "Morsi was ousted by the army": the armed forces of the state the sentence, or the one before, is about.
                    // "Relations between Egypt and Qatar collapsed after the military ousted President Mohamed Morsi": an army
                    // that topples a leader is that leader's state's.
                    // "Representatives of the army and the RSF met in Jeddah": the army an armed group of the sentence fights.
                    // A state named before it in the sentence comes first ("Pakistan said the army killed 12 militants").
                    var whose = Toppled(view, m)
                        ?? Before(view, m, x => x.CanAct && x.Refers is null && x.BaseActor is not null && x.Actor is not null && !x.Actor.Contains('.'))
                        ?? FoughtBy(view, m)
                        ?? Last(previous, x => x.CanAct && x.Refers is null && x.Actor is not null && !x.Actor.Contains('.'));
                    if (whose is not null)
                    {
                        m.Actor = whose.BaseActor + ".MIL";
                        m.Level = RoleLevel.None;
                        m.Resolved = true;
                    }
                    break;
                case "group":
                    var group = Coordinated(view, m);
                    if (group.Count == 0) group = FrontedCataphor(view, m);
                    if (group.Count > 0)
                    {
                        Take(m, group[0], false);
                        foreach (var other in group.Skip(1))
                        {
                            var copy = m.Clone();
                            Take(copy, other, false);
                            added.Add(copy);
                        }
                    }
                    else if (Before(view, m, x => x.CanAct && !x.Resolved && x.Kind != MentionKind.Person) is { } near)
                    {
                        // "Biden administration officials have said they will not ...": the nearest group before it.
                        Take(m, near, false);
                    }
                    else if (GroupNounAntecedent(view, m))
                    {
                        // "The League called on member states to withdraw their ambassadors": a plural noun of the sentence that
                        // names no actor is what "their" stands for, not the two states the sentence before named.
                    }
                    else if (LastPair(previous, read) is { } pair)
                    {
                        // "Armenia and Turkey ... held their fourth meeting. They also agreed ...": the two parties named last.
                        added.Add(TakePair(m, pair, RoleLevel.Official));
                    }
                    else if (previous?.Mentions.FirstOrDefault(x => x.CanAct && !x.Resolved) is { } subject)
                    {
                        Take(m, subject, false);
                    }
                    break;
            }
        }
        if (added.Count == 0) return;
        view.Mentions.AddRange(added);
        var sorted = view.Mentions.OrderBy(x => x.First).ThenBy(x => x.Last).ToList();
        view.Mentions.Clear();
        view.Mentions.AddRange(sorted);
    }

    // A mention still to resolve. Tested before the loop's body rather than in it (resolving one never resolves another):
    // the body's lambdas capture the mention, so it made a closure for every mention, resolved or not.
    private static bool Unresolved(ActorMention m) => m.Actor is null && m.Refers is not null && m.Refers != "speaker";

    // An envoy is sent, recalled or expelled: "recalled its ambassador" is a step of the possessor's, not a party to it.
    private static readonly HashSet<string> Envoys = new(StringComparer.Ordinal)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "emissary", "emissaries", "representative", "representatives",
    };

    // How far back "the two countries" looks for the sentence that named them.
    private const int PairReach = 4;

    /// <summary>
    /// "the two countries", "both sides", "the two leaders": the two parties of the nearest sentence (this one, before
    /// the phrase, or one of the few before it) that names two; failing that, the two the document has named most.
    /// The phrase becomes both, as coordinated actors: one mention each at its span.
    /// </summary>
    private static void ResolvePairs(SentenceActors view, List<SentenceActors> before)
    {
        List<ActorMention>? added = null;
        // "The two leaders were not prepared to meet each other": a second phrase of the sentence is the same two.
        (string A, string B)? sentencePair = null;
        foreach (var m in view.Mentions)
        {
            if (m.Actor is not null || m.Refers is null || !m.Refers.StartsWith("pair", StringComparison.Ordinal)) continue;
            var statesOnly = m.Refers != "pair";
            // "Iraq and Oman have hosted several rounds of talks between the two sides": hosts are not the sides they host.
            // "The High Representative met President Vucic and Prime Minister Kurti ... The two leaders": the two named at
            // the phrase's rank, where a sentence names two such.
            var rank = m.Refers == "pair-leader" ? RoleLevel.Leader : (RoleLevel?)null;
            var pair = (HostedBetween(view, m) ? null : Pair(view, m.First, statesOnly)) ?? sentencePair ?? (rank is null ? null : NearestPair(before, statesOnly, rank))
                ?? NearestPair(before, statesOnly) ?? Pair(view, m.First, statesOnly, withPlaces: true) ?? MostNamed(before, statesOnly);
            if (pair is null) continue;
            sentencePair = pair;
            var level = m.Refers switch { "pair-leader" => RoleLevel.Leader, "pair-minister" => RoleLevel.Minister, _ => OwnersOf(view, m) };
            (added ??= []).Add(TakePair(m, pair.Value, level));
        }
        foreach (var m in view.Mentions)
        {
            if (m.Actor is not null || m.Refers is null || !m.Refers.StartsWith("group-", StringComparison.Ordinal)) continue;
            var size = m.Refers[^1] - '0';
            if (NearestGroup(view, m.First, before, size) is not { } group) continue;
            m.Actor = group[0];
            m.Level = RoleLevel.Official;
            m.Resolved = true;
            for (var g = 1; g < group.Count; g++)
            {
                var other = m.Clone();
                other.Actor = group[g];
                (added ??= []).Add(other);
            }
        }
        if (added is null) return;
        view.Mentions.AddRange(added);
        var sorted = view.Mentions.OrderBy(x => x.First).ThenBy(x => x.Last).ToList();
        view.Mentions.Clear();
        view.Mentions.AddRange(sorted);
    }

    // "the first meeting between the two countries' leaders": the pair's leaders or ministers act at that level.
    private static RoleLevel OwnersOf(SentenceActors view, ActorMention m)
    {
        var tokens = view.Text.Tokens;
        var t = m.Last;
        if (t < tokens.Count && tokens[t].Lower is "'" or "'s" or "\u2019" or "\u2019s") t++;
        else return RoleLevel.Official;
        if (t >= tokens.Count) return RoleLevel.Official;
        return tokens[t].Lower switch
        {
            "leaders" or "presidents" or "heads" => RoleLevel.Leader,
            "ministers" or "foreign" => RoleLevel.Minister,
            _ => RoleLevel.Official,
        };
    }

    private static bool HostedBetween(SentenceActors view, ActorMention m)
    {
        var tokens = view.Text.Tokens;
        if (m.First < 1 || !tokens[m.First - 1].Is("between")) return false;
        for (var t = m.First - 2; t >= 0 && t >= m.First - 10; t--)
        {
            if (HostingVerbs.Contains(tokens[t].Lower)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> HostingVerbs = new(StringComparer.Ordinal)
    {
        "hosted", "hosts", "hosting", "host", "mediated", "mediates", "mediating", "brokered", "brokering", "facilitated", "facilitating",
        "sponsored", "arranged", "organised", "organized", "convened",
    };

    // The two parties of the sentence before, or, when it names no one who acts, of the nearest one before it that names two.
    private static (string A, string B)? LastPair(SentenceActors? previous, List<SentenceActors> read)
    {
        if (previous is null) return null;
        if (Pair(previous, int.MaxValue, statesOnly: true) is { } pair) return pair;
        // "They also agreed ... Furthermore, they discussed ... Finally, they reemphasized": the pair goes on.
        string? a = null;
        foreach (var x in previous.Mentions)
        {
            if (x.Refers != "group" || x.BaseActor is not { } b) continue;
            if (a is null) a = b;
            else if (b != a) return (a, b);
        }
        return previous.Mentions.Exists(x => x.CanAct) ? null : NearestPair(read, statesOnly: true);
    }

    // The phrase becomes both parties: itself the first, and a copy at its span (returned) the second.
    private static ActorMention TakePair(ActorMention m, (string A, string B) pair, RoleLevel level)
    {
        m.Actor = pair.A;
        m.Level = level;
        m.Resolved = true;
        var second = m.Clone();
        second.Actor = pair.B;
        return second;
    }

    private static (string A, string B)? NearestPair(List<SentenceActors> before, bool statesOnly, RoleLevel? rank = null)
    {
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - PairReach; i--)
        {
            if (Pair(before[i], int.MaxValue, statesOnly, rank: rank) is { } pair) return pair;
        }
        return null;
    }

    // The first two parties of a sentence before token `end`: states, capitals and organisations acting, not places
    // where something happens ("met in Moscow"). "The two countries" and "the two ministers" are states, so a
    // state-only pair passes over organisations ("voiced support for UN efforts").
    // With places, when no sentence names two parties: "Cuba raised its flag over its embassy in Washington as the two
    // countries restored relations": the place is the other party.
    private static (string A, string B)? Pair(SentenceActors view, int end, bool statesOnly, bool withPlaces = false, RoleLevel? rank = null)
    {
        string? a = null, third = null;
        (string A, string B)? first = null, joined = null;
        ActorMention? last = null;
        foreach (var x in view.Mentions)
        {
            if (x.First >= end) break;
            if (rank is { } level && x.Level != level) continue;
            if (!(IsParty(view, x) || (withPlaces && x.Kind == MentionKind.Capital && x.Actor is not null && x.Refers is null))
                || (statesOnly && x.Kind == MentionKind.Organisation)) continue;
            var b = x.BaseActor!;
            // "Trump spoke by phone with Netanyahu and Abu Dhabi's crown prince. Delegations from the two countries will
            // meet": of three parties, the two the sentence joins with "and" are the two.
            if (last is not null && last.BaseActor != b && joined is null && x.First - last.Last == 1 && view.Text.Tokens[last.Last].Is("and"))
                joined = (last.BaseActor!, b);
            last = x;
            if (a is null) a = b;
            else if (first is null && b != a) first = (a, b);
            else if (first is { } f && b != f.A && b != f.B) third ??= b;
        }
        return third is not null && joined is not null ? joined : first;
    }

    // The sentence's first actor, when the pronoun follows ", saying" (or adding, stating...): the main clause's subject.
    private static ActorMention? SaysOfItself(SentenceActors view, ActorMention m)
    {
        var tokens = view.Text.Tokens;
        var participle = m.First >= 2 && tokens[m.First - 1].Lower is "saying" or "adding" or "stating" or "noting" or "insisting" or "warning"
            && tokens[m.First - 2].Is(",");
        if (!participle && !AfterSaid(tokens, m.First)) return null;
        if (!participle && RelativeSayer(view, m.First) is { } antecedent) return antecedent;
        ActorMention? first = null, nearest = null;
        foreach (var x in view.Mentions)
        {
            if (x.First >= m.First) break;
            if (!x.CanAct || x.Actor is null || x.Actor.Contains('.')) continue;
            first ??= x;
            // "Riyadh said it would reopen its mission, and Damascus said it would do the same": the one who says it, after
            // the last "and" or semicolon; not one named in an aside ("Egypt, whose minister visited Damascus, said").
            if (!view.Text.Aside[x.First] && !Prepositional(tokens, x.First)) nearest = x;
        }
        if (participle) return first;
        // "an order the State Department said it would not heed": the one named right before the saying says it of itself.
        if (nearest is not null && nearest.Last < m.First && SpeechVerbs.Contains(tokens[nearest.Last].Lower)) return nearest;
        return NewClauseBefore(tokens, nearest, m.First) ? nearest : first;
    }

    // "Turkey, which backed rebels, closed its embassy in Damascus in 2012. It has carried out several incursions": a
    // sentence that opens with "it" goes on about the subject of the one before, not about the last state it named; one
    // that opens with "he" about the person who opened it ("Al-Sharaa travelled to Doha from Abu Dhabi, where he met the UAE
    // president. Last week he attended ..."), not about the one met. Null when the sentence before opens with another kind.
    private static ActorMention? PreviousSubject(SentenceActors? previous, Func<ActorMention, bool> fits)
    {
        if (previous is null) return null;
        // "When the Gulf states shut their embassies in March 2012, Cairo kept a small mission open": the subject is the main
        // clause's, after the clause put before it.
        var tokens = previous.Text.Tokens;
        var main = 0;
        if (tokens.Count > 0 && tokens[0].Lower is "when" or "after" or "as" or "while" or "although" or "though" or "since" or "before" or "because" or "once")
            main = MainClauseAfterFronted(previous);
        foreach (var x in previous.Mentions)
        {
            if (x.First < main || x.Actor is null || !x.CanAct || previous.Text.InQuote(x.First)) continue;
            if (!fits(x)) return null;
            return previous.Text.Aside[x.First] || Prepositional(previous.Text.Tokens, x.First) ? null : x;
        }
        return null;
    }

    // "When Saudi Arabia, the UAE and Bahrain shut their embassies in 2012, Oman kept its mission open": the main clause opens
    // at the comma after which an actor is followed by its verb, not at a comma of a list inside the fronted clause.
    private static int MainClauseAfterFronted(SentenceActors view)
    {
        var tokens = view.Text.Tokens;
        var first = -1;
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (!tokens[t].Is(",")) continue;
            if (first < 0) first = t + 1;
            var subject = view.Mentions.Find(x => x.First == t + 1 || (x.First == t + 2 && tokens[t + 1].Is("the")));
            if (subject is null || subject.Last >= tokens.Count) continue;
            var next = tokens[subject.Last].Lower;
            if ((next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal)) || next is "has" or "have" or "had" or "was" or "were" or "is" or "are"
                or "will" or "would" or "said" or "kept" or "met" or "sent" or "held" or "made" or "took" or "cut" or "broke" or "froze" or "withdrew")
                return t + 1;
        }
        return first < 0 ? 0 : first;
    }

    // "Its foreign minister", "its ambassador": an office only a state holds, so no organisation owns it.
    private static bool OwnsOffice(SentenceActors view, ActorMention m) =>
        m.Last < view.Text.Tokens.Count && view.Text.Tokens[m.Last].Lower is "foreign" or "defence" or "defense" or "prime" or "president"
            or "minister" or "ambassador" or "embassy" or "interior" or "king" or "emir";

    // "its embassy in Tehran", "its ambassador from Bolivia": the state named where a mission is, or whence an envoy comes
    // home, is the other side, never the one whose mission or envoy it is.
    private static bool MissionPlace(SentenceActors view, string? state)
    {
        if (state is null) return false;
        var tokens = view.Text.Tokens;
        for (var t = 0; t + 3 < tokens.Count; t++)
        {
            if (!tokens[t].Is("its") || !Envoys.Contains(tokens[t + 1].Lower) && tokens[t + 1].Lower is not ("embassy" or "consulate" or "mission")
                || tokens[t + 2].Lower is not ("in" or "to" or "from" or "at")) continue;
            var at = tokens[t + 3].Is("the") ? t + 4 : t + 3;
            if (view.Mentions.Exists(x => x.First == at && x.BaseActor == state)) return true;
        }
        return false;
    }

    private static bool IsStateLike(ActorMention x) => x.Kind is MentionKind.State or MentionKind.Capital or MentionKind.Description;

    // The one person a sentence speaks of without a name: "the Saudi foreign minister", or a "he" or "his" already
    // resolved. Null when it speaks of people of two states, or of several ("Arab foreign ministers", "The Egyptian and
    // Jordanian foreign ministers spoke").
    private static ActorMention? OnePersonSpokenOf(SentenceActors? view)
    {
        if (view is null) return null;
        ActorMention? one = null;
        foreach (var x in view.Mentions)
        {
            if (x.Actor is null) continue;
            if (x.Kind == MentionKind.Pronoun ? x.Refers is not ("person" or "person-state")
                : x.Kind is not (MentionKind.State or MentionKind.Description) || x.Level is not (RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security)) continue;
            if (x.Kind != MentionKind.Pronoun && Plural(view.Text.Tokens[x.Last - 1].Lower)) return null;
            if (one is not null && one.BaseActor != x.BaseActor) return null;
            one = x;
        }
        return one;
    }

    private static bool Plural(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static bool IsThing(ActorMention x) => x.Kind is MentionKind.State or MentionKind.Organisation or MentionKind.Capital or MentionKind.Description;

    private static bool IsPerson(ActorMention x) => x.Kind == MentionKind.Person || x.Level is RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security;

    // "He", "Last week he", "On Monday, he": the pronoun is the subject that opens the sentence, after a time at most.
    private static bool OpensSentence(SentenceActors view, ActorMention m)
    {
        if (m.First == 0) return true;
        var tokens = view.Text.Tokens;
        var start = tokens[m.First].Start;
        var covered = DatesEnd(view, 0, start);
        for (var t = 0; t < m.First; t++)
        {
            if (tokens[t].End > covered && !tokens[t].Is(",") && tokens[t].Lower is not ("on" or "in" or "at" or "then" or "later" or "earlier")) return false;
        }
        return covered > 0;
    }


    // Where the last time told within [from, to) of the text ends, or 0: the words it covers are no others.
    private static int DatesEnd(SentenceActors view, int from, int to)
    {
        var covered = 0;
        foreach (var (d, _) in view.Dates.Mentions)
        {
            if (d.Start >= from && d.End <= to) covered = Math.Max(covered, d.End);
        }
        return covered;
    }

    // The person told, assured or promised, and a "he" or "she" that opens what they were told, a time or "that" between.
    private static bool TellsOf(SentenceActors view, ActorMention told, ActorMention pronoun)
    {
        var tokens = view.Text.Tokens;
        if (told.First == 0 || tokens[told.First - 1].Lower is not ("told" or "tells" or "assured" or "assures" or "reassured" or "informed" or "promised" or "promises")
            || tokens[pronoun.First].Lower is not ("he" or "she") || pronoun.First - told.Last > 6) return false;
        // What the teller will do ("he would honour"), not what the one told is ("he was welcome", "he would be welcome").
        if (pronoun.Last + 1 >= tokens.Count || tokens[pronoun.Last].Lower is not ("would" or "will" or "wanted" or "intended" or "planned" or "hoped"))
            return false;
        // "he would not have to withdraw": the verb after a negation says the same.
        var verb = pronoun.Last + 1;
        while (verb + 1 < tokens.Count && tokens[verb].Lower is "not" or "n't" or "never") verb++;
        if (tokens[verb].Lower is "be" or "have" or "need" or "face" or "lose" or "get" or "receive") return false;
        var covered = DatesEnd(view, tokens[told.Last - 1].End, tokens[pronoun.First].Start);
        for (var t = told.Last; t < pronoun.First; t++)
        {
            if (tokens[t].End > covered && tokens[t].Lower is not ("that" or ",")) return false;
        }
        return true;
    }

    // The party after "and" when the possessive opens the first of two after "between": "between his country and Moscow".
    private static ActorMention? PairedWith(SentenceActors view, ActorMention possessive)
    {
        var tokens = view.Text.Tokens;
        if (possessive.First == 0 || !tokens[possessive.First - 1].Is("between")) return null;
        var and = possessive.Last;
        while (and < tokens.Count && and < possessive.Last + 3 && !tokens[and].Is("and")) and++;
        if (and >= tokens.Count || !tokens[and].Is("and")) return null;
        var at = and + 1 < tokens.Count && tokens[and + 1].Is("the") ? and + 2 : and + 1;
        foreach (var x in view.Mentions)
        {
            if (x.First == at && x.Actor is not null) return x;
        }
        return null;
    }

    // A "he" or "she" resolved in the possessive's clause after the person found: the clause's subject owns what "his" names.
    private static ActorMention? SubjectPronounAfter(SentenceActors view, ActorMention person, ActorMention possessive)
    {
        var tokens = view.Text.Tokens;
        if (tokens[possessive.First].Lower is not ("his" or "her")) return null;
        var subject = tokens[possessive.First].Is("his") ? "he" : "she";
        foreach (var x in view.Mentions)
        {
            if (x.First >= possessive.First) break;
            if (x.First > person.First && x.Kind == MentionKind.Pronoun && x.Resolved && x.Actor is not null && tokens[x.First].Is(subject)
                && view.Text.Clause[x.First] == view.Text.Clause[possessive.First] && x.BaseActor != person.BaseActor)
                return x;
        }
        return null;
    }

    private static bool ObjectOfMeeting(List<Token> tokens, ActorMention x)
    {
        var t = x.First - 1;
        if (t >= 0 && tokens[t].Lower is "with") t--;
        return t >= 0 && tokens[t].Lower is "met" or "meets" or "called" or "phoned" or "telephoned" or "received" or "receives" or "hosted" or "hosts"
            or "welcomed" or "welcomes" or "visited" or "thanked" or "congratulated" or "urged" or "told" or "talks" or "spoke" or "meeting" or "negotiations";
    }

    // A named armed group, not a generic word the pack gives a foe ("militants", "the rebels").
    private static ActorMention? FoughtBy(SentenceActors view, ActorMention army) =>
        view.Mentions.Find(x => x != army && x.Fights is { } f && !f.Contains('.') && char.IsUpper(view.Text.Text[view.Text.Tokens[x.Last - 1].Start])) is { Fights: { } fought }
            ? new ActorMention { First = army.First, Last = army.Last, Actor = fought, Kind = MentionKind.State }
            : null;

    private static ActorMention? Toppled(SentenceActors view, ActorMention army)
    {
        var tokens = view.Text.Tokens;
        if (army.Last >= tokens.Count || tokens[army.Last].Lower is not ("ousted" or "toppled" or "overthrew" or "deposed" or "removed")) return null;
        foreach (var x in view.Mentions)
        {
            if (x.First <= army.Last || x.First > army.Last + 4) continue;
            if (x.Actor is not null && x.Kind == MentionKind.Person && !x.Actor.Contains('.')) return x;
        }
        return null;
    }

    private static ActorMention? SameDescription(SentenceActors view, ActorMention m, List<SentenceActors> read)
    {
        var head = view.Text.Tokens[m.Last - 1].Lower;
        for (var back = read.Count - 1; back >= 0; back--)
        {
            var earlier = read[back];
            for (var i = earlier.Mentions.Count - 1; i >= 0; i--)
            {
                var x = earlier.Mentions[i];
                if (x.Refers == "org" && x.Actor is not null && earlier.Text.Tokens[x.Last - 1].Lower == head) return x;
            }
        }
        return null;
    }

    /// <summary>
    /// "Canada appointed Christopher Cooter, a veteran diplomat who has served in South Africa, as its high commissioner":
    /// a state named in an apposition closed before the pronoun tells of the person, and "its" is not that state's.
    /// </summary>
    private static bool InApposition(List<Token> tokens, ActorMention x, int pronoun)
    {
        var close = x.Last;
        while (close < pronoun && !tokens[close].Is(",")) close++;
        if (close >= pronoun) return false;
        var open = x.First - 1;
        while (open > 0 && !tokens[open].Is(",")) open--;
        return open > 0 && tokens[open + 1].Lower is "a" or "an" or "currently" or "formerly" or "previously" or "now" or "then" or "himself" or "herself";
    }

    private static bool HasCommaBetween(List<Token> tokens, int from, int to)
    {
        for (var t = from; t < to && t < tokens.Count; t++) if (tokens[t].Is(",")) return true;
        return false;
    }

    private static bool AfterSpeechParticiple(List<Token> tokens, int at)
    {
        var t = at - 1;
        if (t >= 0 && tokens[t].Is("that")) t--;
        return t >= 1 && tokens[t].Lower is "announcing" or "saying" or "declaring" or "vowing" or "pledging" or "promising" or "stating"
            && tokens[t - 1].Lower is "after" or "before" or "while" or "by" or "when";
    }

    // The verb of saying that a "he" or "she" right after it, or after its "that", opens what is said: "said (on Monday,
    // after talks with Putin) that he", "adding that he", "saying he"; -1 when there is none in a few words back.
    private static int? SaysThat(List<Token> tokens, int at)
    {
        var t = at - 1;
        if (t >= 0 && tokens[t].Is("that")) t--;
        for (var back = 0; t >= 0 && back < 8; t--, back++)
        {
            var w = tokens[t].Lower;
            if (w is "said" or "says" or "added" or "adding" or "saying" or "stressed" or "stressing" or "noted" or "noting" or "insisted" or "insisting"
                or "explained" or "declared" or "stated" or "affirmed" or "affirming" or "announced" or "confirmed" or "reiterated" or "reiterating")
                return back == 0 || tokens[at - 1].Is("that") ? t : null;
            if (tokens[t].Kind == TokenKind.Punct || w is "that" or "and" or "but" or "who" or "which") return null;
        }
        return null;
    }

    // The person who speaks with the verb at token `says`: the clause's first person, named as its subject.
    private static ActorMention? Sayer(SentenceActors view, int says)
    {
        foreach (var x in view.Mentions)
        {
            if (x.First >= says) return null;
            if (x.Actor is null || !x.CanAct || view.Text.Aside[x.First] || view.Text.InQuote(x.First)) continue;
            if (!IsPerson(x) && !(x.Kind == MentionKind.Pronoun && x.Refers is "person" or "person-state")) return null;
            return Prepositional(view.Text.Tokens, x.First) ? null : x;
        }
        return null;
    }

    // The title a leader's description ends on: "the crown prince" -> "crown prince", "the prime minister" -> "prime
    // minister", "the president" -> "president"; null for any other ("the leader" names no office).
    private static string? TitleOf(List<Token> tokens, ActorMention m)
    {
        var last = tokens[m.Last - 1].Lower;
        var before = m.Last - 2 >= m.First ? tokens[m.Last - 2].Lower : "";
        if (last == "prince" && before == "crown") return "crown prince";
        if (last == "minister" && before == "prime") return "prime minister";
        return last is "president" or "chancellor" ? last : null;
    }

    private static readonly HashSet<string> Monarchs = new(StringComparer.Ordinal) { "king", "queen", "emir", "amir", "sultan", "monarch" };

    private static bool AfterAnd(List<Token> tokens, int at) => at >= 2 && tokens[at - 1].Is("and") && tokens[at - 2].Is(",");

    // ", and it", ", and in March it", ", and on Monday, it": a clause joined by ", and" whose subject is the pronoun, after a
    // short fronted time or setting at most.
    private static bool ClauseAfterAnd(List<Token> tokens, int at)
    {
        var t = at - 1;
        if (t >= 0 && tokens[t].Is(",")) t--;
        var fronted = 0;
        while (t >= 1 && !tokens[t].Is("and") && fronted < 5)
        {
            if (tokens[t].Kind == TokenKind.Punct) return false;
            t--;
            fronted++;
        }
        if (t < 1 || !tokens[t].Is("and") || !tokens[t - 1].Is(",")) return false;
        return fronted == 0 || FrontingWords.Contains(tokens[t + 1].Lower);
    }

    // The person, or the pronoun standing for one, that opens the sentence as its subject.
    private static ActorMention? OpeningPerson(SentenceActors view, ActorMention pronoun)
    {
        foreach (var x in view.Mentions)
        {
            if (x.First >= pronoun.First || view.Text.Aside[x.First] || view.Text.InQuote(x.First)) return null;
            if (x.Actor is null || !x.CanAct) continue;
            var person = x.Kind == MentionKind.Person || (x.Kind == MentionKind.Pronoun && x.Refers is "person" or "person-state");
            return person && !Prepositional(view.Text.Tokens, x.First) ? x : null;
        }
        return null;
    }

    private static ActorMention? FirstPerson(SentenceActors view, ActorMention pronoun)
    {
        foreach (var x in view.Mentions)
        {
            if (x.First >= pronoun.First) return null;
            if (x.Kind == MentionKind.Person && x.Actor is not null && !view.Text.Aside[x.First] && !view.Text.InQuote(x.First)) return x;
        }
        return null;
    }

    // Named after a preposition, with or without "the": "to Syria", "with the UAE".
    private static bool Prepositional(List<Token> tokens, int at)
    {
        var t = at - 1;
        if (t >= 0 && tokens[t].Lower == "the") t--;
        return t >= 0 && tokens[t].Lower is "in" or "to" or "with" or "from" or "on" or "at" or "of" or "against" or "toward" or "towards" or "into";
    }

    // A clause of its own begins before the nearest sayer: ", and Damascus said", "; Damascus said".
    private static bool NewClauseBefore(List<Token> tokens, ActorMention? nearest, int end)
    {
        if (nearest is null) return false;
        for (var t = nearest.First - 1; t >= 1; t--)
        {
            if (tokens[t].Is(";") || (tokens[t].Lower is "and" or "but" or "while" && tokens[t - 1].Is(","))) return true;
            if (tokens[t].Is(".")) return false;
        }
        return nearest.First == 0 || tokens[0].Lower is "the";
    }

    // "Egypt, whose foreign minister visited Damascus in February, said on Wednesday it backed": the main verb of speech,
    // with only its time and "that" between, speaks of its own subject.
    // "stands with Saudi Arabia, which announced yesterday its decision to sever relations": the one a relative clause
    // hangs on says it of itself, not the sentence's subject.
    private static ActorMention? RelativeSayer(SentenceActors view, int at)
    {
        var tokens = view.Text.Tokens;
        var t = at - 1;
        while (t >= 1 && t >= at - 6 && tokens[t].Lower is not ("which" or "who"))
        {
            if (tokens[t].Kind == TokenKind.Punct) return null;
            t--;
        }
        if (t < 1 || tokens[t].Lower is not ("which" or "who")) return null;
        var end = tokens[t - 1].Is(",") ? t - 1 : t;
        foreach (var x in view.Mentions)
        {
            if (x.Last == end && x.CanAct && x.Actor is not null) return x;
        }
        return null;
    }

    private static bool AfterSaid(List<Token> tokens, int at)
    {
        for (var t = at - 1; t >= 1 && t >= at - 5; t--)
        {
            var w = tokens[t].Lower;
            if (SpeechVerbs.Contains(w) || w is "announces" or "confirmed") return true;
            if (!SaidFillers.Contains(w)) return false;
        }
        return false;
    }

    private static readonly HashSet<string> SaidFillers = new(StringComparer.Ordinal)
    {
        "that", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "last", "this",
        "week", "month", "earlier", "later", "previously",
    };

    // "Saudi Arabia named its ambassador to Syria, the first since it shut its embassy": a subject "it" after a clause
    // stands for that clause's subject, not for the object of a preposition nearer to it.
    private static bool ObjectOfPreposition(SentenceActors view, ActorMention x) => Prepositional(view.Text.Tokens, x.First);

    // "Russia wants to keep its bases in Syria, as its deputy foreign minister visited Damascus": the state only named as
    // where something is owns no office "its" names after it; the clause's subject does.
    private static bool LocationOwner(SentenceActors view, ActorMention thing, ActorMention m)
    {
        var tokens = view.Text.Tokens;
        if (!tokens[m.First].Is("its") || thing.First < 2 || !tokens[thing.First - 1].Is("in")) return false;
        // "landed in Riyadh on Sunday, and its foreign minister welcomed them": where one arrives is the host, whose office it is.
        if (tokens[thing.First - 2].Lower is "landed" or "arrived" or "arrives" or "arriving" or "lands" or "down" or "stayed" or "staying" or "was" or "were")
            return false;
        var next = m.Last < tokens.Count && tokens[m.Last].Lower is "deputy" or "top" or "new" ? m.Last + 1 : m.Last;
        return next < tokens.Count && (tokens[next].Lower is "foreign" or "defence" or "defense" or "prime" or "president" or "minister"
            or "ambassador" or "envoy" or "interior" or "king" or "emir" or "leader" or "intelligence" or "army" or "military");
    }

    // "Turkey has suspended all exports to Israel, its trade ministry said": the one whose ministry speaks after the comma
    // is the one the clause is about.
    private static bool SpeakingOwner(SentenceActors view, ActorMention m)
    {
        var tokens = view.Text.Tokens;
        if (!tokens[m.First].Is("its") || m.First == 0 || !tokens[m.First - 1].Is(",")) return false;
        for (var t = m.First + 1; t < tokens.Count && t <= m.First + 4; t++)
        {
            if (SpeechVerbs.Contains(tokens[t].Lower)) return true;
        }
        return false;
    }

    // "Saudi Arabia agreed to resume relations with Iran and to reopen its embassy in Tehran": an "its" after "and (to) VERB",
    // past a partner named after "with", is the one who does both.
    private static bool AndVerbOwn(SentenceActors view, ActorMention thing, ActorMention m)
    {
        var tokens = view.Text.Tokens;
        if (!tokens[m.First].Is("its") || thing.First < 1 || !tokens[thing.First - 1].Is("with")) return false;
        var and = m.First - 2;
        if (and >= 1 && tokens[and].Is("to")) and--;
        return and > thing.Last - 1 && and >= 1 && tokens[and].Is("and") && and - thing.Last <= 1;
    }

    private static ActorMention? MainSubject(SentenceActors view, ActorMention pronoun, bool capitals = false)
    {
        foreach (var x in view.Mentions)
        {
            if (x.First >= pronoun.First) return null;
            if (x.Actor is null || x.Refers is not null) continue;
            return (x.Kind is MentionKind.State or MentionKind.Organisation or MentionKind.Description || (capitals && x.Kind == MentionKind.Capital))
                && Opens(view.Text.Tokens, x.First) ? x : null;
        }
        return null;
    }

    // The mention opens the sentence, or the text after a dateline's dash ("RIYADH, Dec 20 (SPA) - Saudi Arabia has").
    private static bool Opens(List<Token> tokens, int first)
    {
        var t = first - 1;
        if (t >= 0 && tokens[t].Lower == "the") t--;
        // "On August 24, 2021, Algeria broke off relations": a fronted time or setting phrase before the subject.
        return t < 0 || (tokens[t].Is("-") && t <= 12) || (tokens[t].Is(",") && t <= 12 && FrontingWords.Contains(tokens[0].Lower));
    }

    private static readonly HashSet<string> FrontingWords = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "after", "last", "earlier", "later", "since", "during", "by", "following", "then", "meanwhile", "yesterday", "today",
        "separately", "however", "before", "within",
    };

    private static bool IsState(ActorMention x) =>
        x.Kind is MentionKind.State or MentionKind.Capital && x.Actor is not null && !x.Actor.Contains('.');

    private static bool IsVenue(SentenceActors view, ActorMention x) =>
        (x.Kind == MentionKind.Capital && x.First > 0 && view.Text.Tokens[x.First - 1].Lower is "in" or "at")
        // "in the Saudi city of Jeddah", "at the Egyptian resort of Sharm el-Sheikh".
        || (x.First > 1 && view.Text.Tokens[x.First - 1].Is("the") && view.Text.Tokens[x.First - 2].Lower is "in" or "at"
            && x.Last < view.Text.Tokens.Count && VenueNouns.Contains(view.Text.Tokens[x.Last - 1].Lower))
        // ... and the place named after it: "the Saudi city of Jeddah".
        || (x.First > 1 && view.Text.Tokens[x.First - 1].Is("of") && VenueNouns.Contains(view.Text.Tokens[x.First - 2].Lower));

    private static readonly HashSet<string> VenueNouns = new(StringComparer.Ordinal) { "city", "capital", "resort", "town", "port" };

    // The nearest state named by a bare adjective ("the Syrian crisis") before the mention, outside any other mention.
    private static ActorMention? AdjectiveBefore(SentenceActors view, ActorMention m)
    {
        if (view.Adjectives is not { } adjectives) return null;
        ActorMention? nearest = null;
        foreach (var a in adjectives)
        {
            if (a.Last > m.First || a.Actor is null || a.Actor.Contains('.')) continue;
            if (nearest is null || a.First > nearest.First) nearest = a;
        }
        return nearest?.GovernmentOf(nearest.Actor!);
    }

    /// <summary>
    /// "NUSA DUA, Indonesia, Nov 15 (Reuters) - Albanese met Xi ... the first meeting between the two countries' leaders":
    /// a place in the dateline (a capitalised city, then a dash within a few words) tells where the story was filed, not
    /// who takes part.
    /// </summary>
    private static bool InDateline(SentenceActors view, ActorMention x)
    {
        var tokens = view.Text.Tokens;
        // The city opens the text, after a "date" line's date at most ("date 2023-05-11 RIYADH, Saudi Arabia - ...").
        var city = false;
        for (var t = 0; t < tokens.Count && t < 3 && t < x.First; t++) city |= AllCaps(view.Text.Text, tokens[t]);
        if (!city) return false;
        // The dateline ends at its first dash: a state named after it is in the story ("CAIRO (Reuters) - Egypt and Turkey
        // agreed ... - a step toward").
        var dash = -1;
        for (var t = 0; t < tokens.Count && t <= 14; t++)
        {
            if (tokens[t].Lower is "-" or "\u2014" or "\u2013") { dash = t; break; }
        }
        if (dash < 0 || x.Last > dash) return false;
        // The filing place is set aside only when the story names two others to be the parties: in "AMMAN, Jordan (Reuters)
        // - Syria's foreign minister arrived ... The two countries agreed", Jordan is the host.
        string? other = null;
        foreach (var m in view.Mentions)
        {
            if (m.First <= dash || m.Actor is null || m.Actor.Contains('.') || m.Kind is MentionKind.Place or MentionKind.Group) continue;
            if (m.BaseActor == x.BaseActor) continue;
            if (other is null) other = m.BaseActor;
            else if (other != m.BaseActor) return true;
        }
        return false;
    }

    private static bool AllCaps(string text, Token token)
    {
        if (token.End - token.Start < 3) return false;
        for (var i = token.Start; i < token.End; i++)
        {
            if (!char.IsUpper(text[i])) return false;
        }
        return true;
    }

    private static bool IsParty(SentenceActors view, ActorMention x)
    {
        // "the kingdom", "the emirate": a state named by its form of government is named as much as by its name.
        if (x.Actor is null || (x.Refers is not null && !(x.Refers == "state" && x.Among is not null)) || x.Kind is MentionKind.Place or MentionKind.Group)
            return false;
        var tokens = view.Text.Tokens;
        var before = x.First > 0 ? tokens[x.First - 1].Lower : "";
        if (x.Kind == MentionKind.Capital && before is "in" or "at" or "to" or "from") return false;
        // "talks at the Gulf Cooperation Council headquarters in Saudi Arabia": a venue, not a party to the talks.
        if (x.Kind == MentionKind.State && before is "in" or "at") return false;
        // "exchanging messages through Omani Foreign Minister Badr Albusaidi": a go-between, not a party.
        if (before is "through" or "via") return false;
        if (InDateline(view, x)) return false;
        if (x.Kind == MentionKind.Organisation && x.Last < tokens.Count && tokens[x.Last].Lower is "headquarters" or "summit" or "meeting" or "secretariat") return false;
        return !x.Actor.Contains('.');
    }

    /// <summary>
    /// "the four countries imposed a boycott", "deputy foreign ministers of the four countries met": the states of the
    /// nearest sentence (this one before the phrase, then a few before it) that names that many (and perhaps whom they
    /// acted on).
    /// </summary>
    private static List<string>? NearestGroup(SentenceActors view, int end, List<SentenceActors> before, int size)
    {
        if (Group(view, end, size) is { } here) return here;
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - PairReach; i--)
        {
            if (Group(before[i], int.MaxValue, size) is { } group) return group;
        }
        return null;
    }

    private static List<string>? Group(SentenceActors view, int end, int size)
    {
        var states = new List<string>(size);
        foreach (var x in view.Mentions)
        {
            if (x.First >= end) break;
            if (!IsParty(view, x) || x.Kind == MentionKind.Organisation || x.Actor is null || x.Actor.Contains('.')) continue;
            if (!states.Contains(x.BaseActor!)) states.Add(x.BaseActor!);
        }
        // One more than the group is the group and whom it acted on: "Saudi Arabia, the UAE, Bahrain and Egypt ended
        // their rift with Qatar. The four countries had imposed a boycott".
        return states.Count == size ? states : states.Count == size + 1 ? states.GetRange(0, size) : null;
    }

    private static (string A, string B)? MostNamed(List<SentenceActors> before, bool statesOnly)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in before)
        {
            foreach (var x in v.Mentions)
            {
                if (IsParty(v, x) && !(statesOnly && x.Kind == MentionKind.Organisation)) counts[x.BaseActor!] = counts.GetValueOrDefault(x.BaseActor!) + 1;
            }
        }
        if (counts.Count < 2) return null;
        var top = counts.OrderByDescending(c => c.Value).Take(2).Select(c => c.Key).ToArray();
        return (top[0], top[1]);
    }

    // "it is not normalization that ...", "it seems that": no one acts.
    private static bool Expletive(SentenceActors view, ActorMention m) =>
        m.Last < view.Text.Tokens.Count && view.Text.Tokens[m.Last].Lower is "is" or "was" or "seems" or "seemed" or "appears" or "remains" or "'s"
            && !Progressive(view.Text.Tokens, m.Last + 1) && !Disposed(view.Text.Tokens, m.Last + 1)
            || (view.Text.Tokens[m.First].Is("it") && m.Last + 1 < view.Text.Tokens.Count && view.Text.Tokens[m.Last].Lower is "would" or "will" or "could" or "might" or "may"
                && view.Text.Tokens[m.Last + 1].Is("be"));

    // "Ottawa said it remains opposed to any rapprochement", "it is ready to reopen": a disposition only an actor has.
    private static bool Disposed(List<Token> tokens, int at)
    {
        while (at < tokens.Count && tokens[at].Lower is "also" or "now" or "still" or "firmly" or "strongly" or "not" or "fully")
            at++;
        return at < tokens.Count && tokens[at].Lower is "opposed" or "committed" or "ready" or "willing" or "unwilling" or "prepared" or "determined"
            or "keen" or "eager" or "reluctant" or "open" or "against";
    }

    // "France said it was also recalling its envoy": "it was" before a verb in -ing is a state doing something, not "it
    // was important".
    private static bool Progressive(List<Token> tokens, int at)
    {
        while (at < tokens.Count && tokens[at].Lower is "also" or "now" or "still" or "already" or "currently" or "not" or "actively" or "further")
            at++;
        if (at >= tokens.Count) return false;
        var w = tokens[at].Lower;
        return w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && w is not ("nothing" or "something" or "anything" or "everything" or "being" or "going" or "interesting" or "surprising" or "worrying" or "encouraging" or "disappointing" or "fitting" or "striking");
    }

    private static void ResolveSpeakerRefs(SentenceActors view)
    {
        foreach (var m in view.Mentions)
        {
            if (m.Actor is not null || m.Refers != "speaker") continue;
            var source = view.Speaker;
            if (source is null || ReferenceEquals(source, m)) continue;
            Take(m, source, false);
        }
    }

    private static void Take(ActorMention m, ActorMention from, bool stateOnly)
    {
        m.Actor = stateOnly ? from.BaseActor : from.Actor;
        m.Level = stateOnly ? RoleLevel.Official : from.Level;
        m.Resolved = true;
    }

    // "in his visit to Washington in August, King Abdallah II of Jordan asserted ...": the person comes after
    // the fronted phrase that holds the pronoun.
    private static ActorMention? Cataphor(SentenceActors view, ActorMention pronoun)
    {
        if (view.Mentions.Any(x => x.Kind == MentionKind.Person && x.Last <= pronoun.First)) return null;
        var comma = view.Text.Tokens.FindIndex(pronoun.Last, t => t.Is(","));
        if (comma < 0 || comma - pronoun.Last > 10) return null;
        return view.Mentions.FirstOrDefault(x => x.Kind == MentionKind.Person && x.First == comma + 1 && x.Actor is not null);
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "after", "before", "since", "while", "despite", "following", "having", "upon", "when", "although", "though", "by",
        // "At a meeting of Arab and Western ministers that it hosted in Riyadh, Saudi Arabia called for": a fronted phrase.
        "at", "during",
    };

    /// <summary>
    /// "After withdrawing their ambassadors from Syria in 2012, Greece and Cyprus have restored relations": a pronoun in a
    /// clause put before the subject stands for that subject, the parties named right after the clause's comma.
    /// </summary>
    private static List<ActorMention> FrontedCataphor(SentenceActors view, ActorMention pronoun)
    {
        var tokens = view.Text.Tokens;
        if (tokens.Count == 0 || !Subordinators.Contains(tokens[0].Lower) || view.Mentions.Any(x => x.Last <= pronoun.First && x.CanAct)) return [];
        var comma = tokens.FindIndex(pronoun.Last, t => t.Is(","));
        if (comma < 0 || comma - pronoun.Last > 25) return [];
        var group = new List<ActorMention>();
        var at = comma + 1;
        while (true)
        {
            if (at < tokens.Count && tokens[at].Is("the")) at++;
            var next = view.Mentions.FirstOrDefault(x => x.First == at && x.CanAct && x.Kind != MentionKind.Pronoun && x.Actor is not null);
            if (next is null) break;
            group.Add(next);
            at = next.Last;
            if (at < tokens.Count && tokens[at].Is(",")) at++;
            if (at < tokens.Count && tokens[at].Is("and")) at++;
            else if (at > next.Last) continue;
            else break;
        }
        return group;
    }

    // Plural nouns for people or things that are no state's government: "member states", "the Venezuelan people", "the
    // demands". Not "officials", "ministers" or "leaders", who as often are the two sides' own ("Officials said they ...").
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "states", "countries", "nations", "members", "people", "peoples", "citizens", "nationals", "demands", "conditions",
        "companies", "firms", "businesses", "investors", "protesters", "voters", "families", "workers", "migrants", "children",
        "prisoners", "detainees", "civilians", "residents",
    };

    /// <summary>
    /// True when a plural noun that names no actor stands before a plural pronoun in its sentence, with no actor named
    /// between them ("The League called on member states to withdraw their ambassadors", "'The Venezuelan people must
    /// decide their future,' Sanchez said"), or right after the comma that closes a phrase the pronoun opens the sentence
    /// with ("In their final communique, the Arab leaders welcomed ..."): the pronoun stands for that noun.
    /// </summary>
    private static bool GroupNounAntecedent(SentenceActors view, ActorMention pronoun)
    {
        var tokens = view.Text.Tokens;
        for (var t = pronoun.First - 1; t >= 0 && t >= pronoun.First - 12; t--)
        {
            // "Despite disagreements over conditions, they agreed ...": a noun of a phrase set off before the clause is
            // not its subject.
            if (view.Covers(t) || tokens[t].Is(",")) return false;
            if (GroupNouns.Contains(tokens[t].Lower) && !NamedStatesAgain(tokens, t)) return true;
        }
        // A phrase opening the sentence ("In their ..., the Arab leaders"): the subject after its comma.
        for (var t = 0; t < pronoun.First; t++)
        {
            if (tokens[t].Is(",")) return false;
        }
        var comma = tokens.FindIndex(pronoun.Last, x => x.Is(","));
        if (comma < 0 || comma - pronoun.Last > 12) return false;
        for (var t = comma + 1; t < tokens.Count && t <= comma + 4; t++)
        {
            if (view.Covers(t)) return false;
            if (GroupNouns.Contains(tokens[t].Lower) || tokens[t].Lower is "leaders" or "officials" or "ministers") return true;
        }
        return false;
    }

    // "The countries said they would exchange ambassadors": "the" or "both" before "countries" points back to the states
    // already named, so the pronoun is theirs.
    private static bool NamedStatesAgain(List<Token> tokens, int noun) =>
        noun > 0 && tokens[noun].Lower is "countries" or "states" or "nations"
        && tokens[noun - 1].Lower is "the" or "both" or "two" or "these" or "those";

    // The nearest fitting actor before a pronoun in its sentence; from outside a quotation, not one quoted in it.
    private static ActorMention? Before(SentenceActors view, ActorMention at, Func<ActorMention, bool> fits)
    {
        var quoted = view.Text.InQuote(at.First);
        ActorMention? found = null;
        foreach (var x in view.Mentions)
        {
            if (x.First >= at.First) break;
            if (x.Actor is not null && fits(x) && (quoted || !view.Text.InQuote(x.First))) found = x;
        }
        return found;
    }

    // "the Syrian government, against which it imposed sanctions": the one "which" stands for is not also "it".
    private static ActorMention? RelativeAntecedent(SentenceActors view, ActorMention pronoun)
    {
        var t = pronoun.First - 1;
        if (t < 1 || view.Text.Tokens[t].Lower is not ("which" or "whom")) return null;
        t--;
        if (view.Text.Tokens[t].Lower is "against" or "on" or "with" or "to" or "from" or "toward" or "towards" or "upon") t--;
        if (t >= 0 && view.Text.Tokens[t].Is(",")) t--;
        foreach (var x in view.Mentions)
        {
            if (x.Last == t + 1) return x;
        }
        return null;
    }

    private static ActorMention? Last(SentenceActors? view, Func<ActorMention, bool> fits) =>
        view?.Mentions.LastOrDefault(x => x.Actor is not null && fits(x));

    // "The UAE and Bahrain set the ball rolling when they reopened": "they" is both.
    private static List<ActorMention> Coordinated(SentenceActors view, ActorMention pronoun)
    {
        var before = view.Mentions.Where(x => x.Last <= pronoun.First && x.CanAct).ToList();
        for (var i = before.Count - 1; i > 0; i--)
        {
            var a = before[i - 1];
            var b = before[i];
            var gap = b.First - a.Last;
            if (!Joined(view, a, b, "and")) continue;
            // "France, Italy, the Netherlands and Spain ... they": the whole list, not its last two.
            var group = new List<ActorMention> { a, b };
            for (var j = i - 1; j > 0 && Joined(view, before[j - 1], before[j], ","); j--) group.Insert(0, before[j - 1]);
            return group;
        }
        return [];

        // "A and B", "A, and the B", "A, B": two mentions joined by the word, perhaps with a comma and "the".
        static bool Joined(SentenceActors view, ActorMention a, ActorMention b, string joiner)
        {
            var t = a.Last;
            // "the United Arab Emirates (UAE) and Bahrain": the acronym's closing parenthesis.
            if (t < b.First && view.Text.Tokens[t].Is(")")) t++;
            if (joiner == "and" && view.Text.Tokens[t].Is(",") && t + 1 < b.First) t++;
            if (!view.Text.Tokens[t].Is(joiner)) return false;
            t++;
            if (t < b.First && view.Text.Tokens[t].Is("the")) t++;
            return t == b.First;
        }
    }

    private static ActorMention? FindSpeaker(string text, SentenceActors view) =>
        HasQuote(text, view.Text.Sentence) ? FindQuotedSpeaker(view) : null;

    // Apart from the test above: the lambdas here capture the sentence and the loop's word, and a closure for them was made
    // as the method started, for every sentence, quoted or not.
    private static ActorMention? FindQuotedSpeaker(SentenceActors view)
    {
        for (var i = 0; i < view.Text.Tokens.Count; i++)
        {
            if (!SpeechVerbs.Contains(view.Text.Tokens[i].Lower)) continue;
            // "... with the current Syrian regime," Mursi told: not one named inside the quotation.
            var before = view.Mentions.LastOrDefault(m => m.Last <= i && m.CanAct && m.Kind != MentionKind.Place && (view.Text.InQuote(i) || !view.Text.InQuote(m.First)));
            var after = view.Mentions.FirstOrDefault(m => m.First > i && m.First <= i + 2 && m.CanAct);
            var speaker = before is not null && i - before.Last <= 3 ? OutsideParticiple(view, before, i) : after;
            if (speaker is not null) return speaker;
        }
        return null;
    }

    // "King Hamad, speaking in Moscow during a visit to Vladimir Putin, said": one named inside a participle set off by
    // commas before the verb is not the speaker; the one named before the phrase is.
    private static ActorMention OutsideParticiple(SentenceActors view, ActorMention before, int verb) =>
        verb >= 1 && view.Text.Tokens[verb - 1].Is(",") ? BeforeParticiple(view.Text.Tokens, view.Mentions, before.First) ?? before : before;

    /// <summary>
    /// The one named before the comma nearest before token <paramref name="at"/>, when a participle opens after that comma
    /// ("King Hamad, speaking in Moscow ..."); null when the comma opens anything else ("including", "according").
    /// </summary>
    internal static ActorMention? BeforeParticiple(List<Token> tokens, List<ActorMention> mentions, int at)
    {
        for (var t = at - 1; t >= 2; t--)
        {
            if (!tokens[t].Is(",")) continue;
            var w = tokens[t + 1].Lower;
            if (w.Length <= 4 || !w.EndsWith("ing", StringComparison.Ordinal) || w is "including" or "according") return null;
            return mentions.LastOrDefault(m => m.Last == t && m.CanAct);
        }
        return null;
    }

    private static bool HasQuote(string text, Sentence s) =>
        text.AsSpan(s.Start, s.Length).IndexOfAny('"', '\u201C', '\u201D') >= 0;

    private static bool StartsWithQuote(string text, int start) => text[start] is '"' or '\u201C';

    private static bool EndsWithQuote(string text, Sentence s)
    {
        var span = text.AsSpan(s.Start, s.Length).TrimEnd();
        return span.Length > 0 && span[^1] is '"' or '\u201D';
    }
}
