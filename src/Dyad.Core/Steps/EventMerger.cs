using Dyad.Model;

namespace Dyad.Steps;

/// <summary>
/// Makes one record of several mentions of one event in a document: same source, target and step, with dates
/// that agree (one a coarser form of the other), or told in one sentence. The record keeps the first evidence, the most
/// precise date and the highest confidence. Two cues of one sentence for the same step are one event
/// ("reopened all its borders and recommenced flights"). Events of the same kind on different dates stay apart.
/// </summary>
internal static class EventMerger
{
    /// <summary>
    /// "Sudanese President al-Bashir visited Assad in Damascus ... becomes the first Arab leader to meet his Syrian
    /// counterpart": a contact between the parties of a visit told at the same time is the visit (spec: a meeting on
    /// one side's soil is a visit by the other side).
    /// </summary>
    public static void DropContactsOfVisits(List<Event> events)
    {
        events.RemoveAll(e => e.Step is { } s && s.StartsWith("contact.", StringComparison.Ordinal) && HasVisitOf(events, e));
    }

    // Loops over the list as Exists did (RemoveAll is still running when they read it), without the closure and delegate
    // Exists needed for every event looked at: one of each per event of every document.
    private static bool HasVisitOf(List<Event> events, Event e)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var v = events[i];
            if (v.Step == "visit.leader" && SamePair(v, e) && ((v.Modality == e.Modality && Agree(v, e)) || Programme(v, e))) return true;
        }
        return false;
    }

    // "Obama arrived in Cuba on Sunday. Obama will hold talks with Castro on Monday": talks planned for the days of a visit under
    // way are the visit's programme, not a meeting of their own (spec: a meeting on one side's soil is a visit by the other side).
    // Only the visitor's own talks, dated by their own day words: "Egypt's foreign minister will travel to Ankara soon" is another
    // meeting, the other way, dated when announced.
    private static bool Programme(Event visit, Event contact) =>
        contact.Modality == Modality.Planned && visit.Modality == Modality.Asserted && contact.DateBasis != DateBasis.Publication
        && contact.Source == visit.Source
        && visit.Date is { Precision: DatePrecision.Day } v && contact.Date is { Precision: DatePrecision.Day } c
        && c.Start.DayNumber - v.Start.DayNumber is >= 0 and <= 3 && !Onward(contact.Evidence);

    // "Raisi and Assad will hold talks again in September": talks told as another round, or for a month named, lie beyond the visit.
    private static readonly string[] OnwardWords =
    [
        "again", "another", "next", "later", "return", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ];

    private static bool Onward(string text)
    {
        foreach (var w in OnwardWords)
        {
            if (WordAt(text, w) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// "Cuba and the United States restored full diplomatic relations Monday, with the reopening of reciprocal
    /// embassies": ties restored with an embassy or an ambassador named are that step, not a stance (spec: ties restored
    /// with no embassy or ambassador named are a stance).
    /// </summary>
    public static void DropStancesOfSteps(List<Event> events)
    {
        events.RemoveAll(e => e.Step == "stance.support" && e.Pattern == "stance.support.normalize" && HasStepOf(events, e));
    }

    private static bool HasStepOf(List<Event> events, Event e)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var v = events[i];
            if (v.Step is "mission.reopen" or "ambassador.appoint" && v.Sentence == e.Sentence && (v.Modality == e.Modality || Agreed(e, v))
                && NamesEnvoyOrEmbassy(v) && SamePair(v, e)) return true;
        }
        return false;
    }

    /// <summary>The same two parties, whichever way round.</summary>
    internal static bool SamePair(Event a, Event b) =>
        (a.Source == b.Source && a.Target == b.Target) || (a.Source == b.Target && a.Target == b.Source);

    // "agreed to normalise relations and to reopen liaison offices": a liaison or interests office is no embassy, so the
    // ties restored stay a stance.
    private static bool NamesEnvoyOrEmbassy(Event step) =>
        step.Evidence.Contains("embass", StringComparison.OrdinalIgnoreCase) || step.Evidence.Contains("ambassador", StringComparison.OrdinalIgnoreCase)
        || step.Evidence.Contains("consulate", StringComparison.OrdinalIgnoreCase) || step.Evidence.Contains("envoy", StringComparison.OrdinalIgnoreCase)
        || step.Evidence.Contains("high commission", StringComparison.OrdinalIgnoreCase) || step.Evidence.Contains("chargé", StringComparison.OrdinalIgnoreCase)
        || step.Evidence.Contains("charge d", StringComparison.OrdinalIgnoreCase);

    // "agreed to re-establish relations and reopen their embassies": a stance is read as stated, the embassy as planned,
    // yet both are what one agreement provides; the embassy named makes the stance part of it (spec: ties restored
    // with no embassy or ambassador named are a stance).
    private static bool Agreed(Event stance, Event step) =>
        step.Modality == Modality.Planned && stance.Modality == Modality.Asserted
        && (stance.Evidence.Contains(" agree", StringComparison.OrdinalIgnoreCase) || stance.Evidence.Contains(" agreeing", StringComparison.OrdinalIgnoreCase));

    // The record an event is another mention of, or -1: a loop, where a lambda capturing the event made a closure and a
    // delegate for every event.
    private static int OneWith(List<Event> kept, Event e)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var k = kept[i];
            // "on barley in May 2020 and on wine later that year": the steps one sentence counts stay apart even where one
            // date holds the other. Two cues of the sentence that count the same list ("third offensive ... targeting
            // militias, after Operation Euphrates Shield in 2016 and Operation Olive Branch in 2018") count the same steps.
            if (SameParties(k, e) && k.Step == e.Step && !(k.Counted && e.Counted && k.Sentence == e.Sentence && (k.Pattern == e.Pattern || k.Date != e.Date))
                && ((k.Sentence == e.Sentence && !Differ(k, e)) || (Agree(k, e) && (k.Modality == e.Modality || Deed(k, e)))
                    || Retold(k, e) || SameMembership(k, e))) return i;
        }
        return -1;
    }

    public static List<Event> Merge(List<Event> events)
    {
        var kept = new List<Event>(events.Count);
        foreach (var e in events)
        {
            // A plan and the deed are two records: "Jordan will reopen the crossing" and, later, "Jordan reopened it".
            var index = OneWith(kept, e);
            if (index < 0) { kept.Add(e); continue; }
            var k = kept[index];
            var date = Retold(k, e) ? k : MorePrecise(k, e);
            kept[index] = k with
            {
                Date = date.Date,
                DateBasis = date.DateBasis,
                Confidence = Math.Max(k.Confidence, e.Confidence),
                Modality = k.Modality == Modality.Asserted || e.Modality != Modality.Asserted ? k.Modality : e.Modality,
                Mentions = k.Mentions + e.Mentions,
            };
        }
        return kept;
    }

    // "Jordan and Syria had agreed to open the border" and "the border opened on Monday", told of one day: the plan came
    // true, one record of the deed. A plan told with its own earlier date stays a record of its own.
    private static bool Deed(Event a, Event b)
    {
        var (plan, deed) = a.Modality == Modality.Planned && b.Modality == Modality.Asserted ? (a, b)
            : a.Modality == Modality.Asserted && b.Modality == Modality.Planned ? (b, a) : (null, null);
        if (plan is null || deed is null) return false;
        // "On Aug. 28 India named its new high commissioner" and, further on with no time words, "the two leaders agreed
        // that each country would appoint a new high commissioner": an agreement told after the dated deed is how the deed
        // came about, made on a day of its own. (An invitation or the rest of the visit's programme told after it, "will hold
        // talks", is the deed told again.)
        if (plan.Sentence > deed.Sentence && plan.Untimed && plan.Date is not null && deed.DateBasis != DateBasis.Publication && Agreement(plan)) return false;
        // "agreed earlier in January to restore travel ties" and, on the 20th, "has reopened its air space": a plan dated
        // apart from the deed (less precisely, or on another day) is a record of its own.
        // "Armenia and Turkey have agreed to open the land border" and "On July 1 they also agreed on commencing air cargo
        // trade": a plan with no time words joins a deed of the week only when nothing says the deed is one more step.
        return (plan.DateBasis == DateBasis.Publication && !Also(a, b)) || plan.Date is null || deed.Date is null || plan.Date == deed.Date;
    }

    // "agreed to hold further talks" after the talks is what the meeting settled (spec: agreements to keep meeting are a
    // stance), not a step of its own.
    private static bool Agreement(Event plan) =>
        plan.Step is { } step && !step.StartsWith("contact.", StringComparison.Ordinal) && !step.StartsWith("visit.", StringComparison.Ordinal)
        && (plan.Evidence.Contains(" agreed", StringComparison.OrdinalIgnoreCase) || plan.Evidence.Contains(" agreement", StringComparison.OrdinalIgnoreCase));

    // "Kuwait recalled its ambassador on Monday" and, further on with no time words, "his country's ambassador had been
    // called home": a step told again with nothing to date it is the one told before, not another on the day of the news.
    // Only a later telling: an untimed lead ("Mikdad met Shoukry in Cairo") is the day's news, and a dated step told after it
    // ("had visited Damascus on February 27") an earlier one.
    private static bool Retold(Event told, Event again) =>
        !told.Untimed && again.Untimed && again.Sentence > told.Sentence && Act(told.Step) && told.Modality == again.Modality && told.Date is not null
        && (again.Date is not null || Reported(again)) && !told.Counted && !again.Counted;

    // "Canada expelled India's top diplomats on Monday" and, further on, "Canada said it had expelled six Indian diplomats": a deed
    // reported in the pluperfect with no time words (the linker leaves it undated but marks it untimed) is the one told before.
    private static bool Reported(Event again) => again.Date is null && again.Untimed;

    // "Syria, which is still suspended from the Arab League" in the lead and "its membership was suspended seven years ago"
    // further on; "more than seven years after it suspended Damascus' membership" and "suspended Syria in November 2011": an
    // organisation suspends or readmits a member rarely enough that a telling with no time words of its own is the one a
    // document dates elsewhere, whichever comes first and whatever its modality ("despite the resumption of Syria's
    // membership" before "approved Syria's readmission on Sunday").
    private static bool SameMembership(Event a, Event b) =>
        a.Step is { } step && step.StartsWith("membership.", StringComparison.Ordinal) && (a.Untimed || b.Untimed || a.Date is null || b.Date is null) && !a.Counted && !b.Counted
        && a.Modality is not (Modality.Negated or Modality.Hypothetical) && b.Modality is not (Modality.Negated or Modality.Hypothetical);

    // Statements, conditions and strikes are made again and again; a recall, a reopening or a visit happens once.
    private static bool Act(string? step) =>
        step is not null && !step.StartsWith("stance.", StringComparison.Ordinal) && step is not ("condition.set" or "conflict.offensive");

    // "Three visits, the first in 2015, the second in March 2018": two dates read in one sentence are two steps.
    // "became the first Arab leader to visit Syria when he flew to Damascus on Dec. 16": one of them dated by nothing in its
    // own words is the other.
    private static bool Differ(Event a, Event b) =>
        a.Date is { } x && b.Date is { } y && !a.Untimed && !b.Untimed && a.DateBasis != DateBasis.Publication && b.DateBasis != DateBasis.Publication
        && !x.IsCompatibleWith(y);

    // Unknown dates agree with nothing: two undated steps told in two sentences ("has already imposed an arms embargo",
    // "has already imposed an oil embargo") are two background facts as often as one. A date read in the text agrees
    // with the publication date of news told without time words when it falls in the week before it.
    private static bool Agree(Event a, Event b)
    {
        if (a.Date is null || b.Date is null) return false;
        if (a.Date.Value.IsCompatibleWith(b.Date.Value)) return true;
        var (pub, told) = a.DateBasis == DateBasis.Publication ? (a.Date.Value, b.Date.Value) : b.DateBasis == DateBasis.Publication ? (b.Date.Value, a.Date.Value) : (default, default);
        if (pub == default || pub.Precision != DatePrecision.Day || told.Precision != DatePrecision.Day) return false;
        var days = pub.Start.DayNumber - told.Start.DayNumber;
        return days is >= 0 and <= 7;
    }

    // "They also agreed on commencing direct air cargo trade": a later sentence that takes its step "also" tells one more
    // of its kind, not the one told before. "Also known as" names someone and says nothing of a step.
    private static bool Also(Event told, Event again)
    {
        var text = again.Sentence > told.Sentence ? again.Evidence : told.Sentence > again.Sentence ? told.Evidence : null;
        if (text is null) return false;
        var at = WordAt(text, "also");
        return at >= 0 && !text.AsSpan(at + 4).TrimStart().StartsWith("known", StringComparison.OrdinalIgnoreCase);
    }

    // "Shoukry met Assad on Monday. He later flew to Mersin and met Cavusoglu": a deed told "later" than what came before is one
    // more, not the one told again. Not "later this year", "later on Monday" or "two days later", which name a time.
    private static bool TellsLater(Event e)
    {
        var text = e.Evidence;
        var at = WordAt(text, "later");
        if (at < 0) return false;
        var rest = text.AsSpan(at + 5).TrimStart();
        var space = rest.IndexOf(' ');
        var next = space < 0 ? rest : rest[..space];
        if (next.StartsWith("this", StringComparison.OrdinalIgnoreCase) || next.StartsWith("that", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("on", StringComparison.OrdinalIgnoreCase) || next.StartsWith("in", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("the", StringComparison.OrdinalIgnoreCase) || next.StartsWith("than", StringComparison.OrdinalIgnoreCase)) return false;
        var before = text.AsSpan(0, at).TrimEnd();
        return !(before.EndsWith("days", StringComparison.OrdinalIgnoreCase) || before.EndsWith("weeks", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("months", StringComparison.OrdinalIgnoreCase) || before.EndsWith("years", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("day", StringComparison.OrdinalIgnoreCase) || before.EndsWith("week", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("month", StringComparison.OrdinalIgnoreCase) || before.EndsWith("year", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("hours", StringComparison.OrdinalIgnoreCase) || before.EndsWith("decade", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("decades", StringComparison.OrdinalIgnoreCase));
    }

    private static int WordAt(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return at;
        }
        return -1;
    }

    // A contact is mutual: "A met B" and "B met A" are one meeting, kept as first told.
    // A contact is one whichever way it is told, but two trips the other way round are two visits: "ministers from Egypt
    // have visited Damascus, and Syria's foreign minister made his first trip to Cairo".
    private static bool SameParties(Event a, Event b) =>
        (a.Source == b.Source && a.Target == b.Target)
        || (a.Step is { } step && step.StartsWith("contact.", StringComparison.Ordinal) && a.Source == b.Target && a.Target == b.Source
            && !(IsTrip(a) && IsTrip(b)) && !ReturnTrip(a, b) && !LaterTheOtherWay(a, b));

    // "Kerry is to fly to Havana for the ceremony. Rodriguez later crossed town to the State Department, where he and Kerry held
    // talks": a contact told "later" the other way round from one told before is a further meeting. (The same way round, "Assad
    // and Sultan Haitham later held a meeting" retells the visit.)
    private static bool LaterTheOtherWay(Event a, Event b) =>
        a.Sentence != b.Sentence && TellsLater(a.Sentence > b.Sentence ? a : b);

    // "Rodriguez later met Kerry at the State Department. Kerry said he would travel to Havana": a trip planned the other way
    // round from a meeting told as done is the visit returned, another event, whatever day both are told on.
    private static bool ReturnTrip(Event a, Event b) =>
        (IsTrip(a) || IsTrip(b)) && (a.Modality == Modality.Planned) != (b.Modality == Modality.Planned);

    private static bool IsTrip(Event e) => e.Pattern.StartsWith("visit", StringComparison.Ordinal);

    private static Event MorePrecise(Event a, Event b)
    {
        if (a.Date is null) return b;
        if (b.Date is null) return a;
        // A date read in the text beats the publication fallback; then the finer one wins.
        if (a.DateBasis == DateBasis.Publication && b.DateBasis != DateBasis.Publication) return b;
        if (b.DateBasis == DateBasis.Publication && a.DateBasis != DateBasis.Publication) return a;
        return b.Date.Value.Precision > a.Date.Value.Precision ? b : a;
    }
}
