using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Dates an event: the nearest time expression of its clause (or else of its sentence) within a few words;
/// "12 years after" dates only the event told right after it; an unresolvable expression ("recently") gives
/// no date rather than a guess; a dateline and a time still to come ("soon") date nothing; inside a quotation,
/// the date of the speech; else the day of the news told earlier, or the publication date, unless the clause tells
/// of an earlier past ("had visited").
/// </summary>
internal static partial class DateLinker
{
    private const int MaxDistance = 15;

    // How far after an anchor's last word the event it dates may start: "a day after [the United Arab Emirates] reopened",
    // not counting an apposition ("weeks after Alireza Enayati, a senior diplomat ..., was appointed").
    private const int AnchorReach = 6;

    // Scores: a nearer time of the event's own clause wins, then one farther off in the same clause with nothing
    // between ("talks between [two long titled names] in the Turkish resort of Antalya on March 10"), then one of another
    // clause, then a time that opens the sentence ("In December, ..."), then one of
    // a subordinate clause ("cut off relations after its crackdown on protests in 2011"; "After the quake struck on
    // February 6, ..."); a vague time in one ("Following developments over the past year, ...") dates nothing.
    private const int OtherClause = 100;
    private const int FarInClause = 50;
    private const int Fronted = 300;
    private const int InSubordinate = 400;

    // "... is to reopen soon, Damascus and Baghdad's top diplomats said yesterday": the time of the saying dates a
    // plan or a statement at any distance, after the times of its own clause.
    private const int Said = 150;

    /// <remarks>
    /// A plan is dated when it was announced: a time still to come ("invited Assad to attend the summit on May 19",
    /// "will visit Ankara on Wednesday") is when the plan is for and dates nothing (the recognizer marks it
    /// Prospective; a full date after publication is skipped here); a past time dates it wherever it stands ("agreed
    /// to end the curbs at a March summit"), and the time of the saying that reports it at any distance ("..., the
    /// presidency said on Tuesday"). A deed told in what someone said ("revealed in August 2022 that he had held a
    /// conversation ... in October 2021") is dated by its own time, not by the saying's: a time before "said that"
    /// dates only statements and plans.
    /// </remarks>
    public static (PartialDate? Date, DateBasis Basis, bool Untimed) Link(SentenceView view, TriggerMatch m, PartialDate? published, bool quoteContinues,
        bool planned, bool statement = false, (DateMention Date, int Token)?[]? skip = null)
    {
        if (WhenClause(view, m) is { } when) return (when.Date, when.Basis, false);
        if (WhereClause(view, m) is { } where) return (where.Date, where.Basis, false);
        var saying = planned || statement ? -1 : SayingBefore(view, m.First);
        (DateMention Date, int Token)? best = null;
        var bestScore = int.MaxValue;
        bool? earlierPast = null;
        // The one time of the sentence that passed every test but stood too far off to rank ("Algeria expelled ... on October 14,
        // accusing ..., and Morocco responded by recalling"): it dates a deed with no time of its own before any fallback; not a
        // plan or a statement (announced, or said again, on a day of their own), not a deed told in the present, and not a day
        // of the week before publication (the day of the news, which merges with the same deed told later with its time).
        PartialDate? far = null;
        var farBasis = DateBasis.None;
        var farCount = 0;
        var farBefore = false;
        // The nearest day told, for a month or year chosen that holds it ("The following month, Isaias hosted ... on Oct. 10").
        (DateMention Date, int Token)? day = null;
        var dayScore = int.MaxValue;
        // The nearest time that resolves to a point, for a vague one chosen ("for years", "recently").
        (DateMention Date, int Token)? resolved = null;
        var resolvedScore = int.MaxValue;
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (d.Role is DateRole.Dateline or DateRole.Prospective || Skipped(skip, token)) continue;
            // "Later, Kerry will travel to Havana": a bare "later" before a plan tells when it is for, not when it was announced.
            if (planned && LaterAlone(view, d, token)) continue;
            if (d.Role == DateRole.Anchor)
            {
                // "His visit came a week after Abiy travelled to Asmara on July 8": the anchored event's own time wins.
                if (token < m.First && AnchorReaches(view, view.TokenAt(d.End - 1), m.First, d.Value is not null) && !OwnTimeAfter(view, m))
                    return (d.Value, d.Value is null ? DateBasis.None : d.Basis, false);
                continue;
            }
            if (view.Aside[token] && !view.Aside[m.First] && !view.Aside[m.End - 1]) continue;
            // "extended the measures until 1 June 2021": when a step ends is not when it was taken; but "it was not until
            // 2018 that the UAE reopened its embassy" dates it.
            if (view.Tokens[token].Lower is "until" or "till" && !(token > 0 && view.Tokens[token - 1].Is("not"))) continue;
            if (FirstSince(view, token, m.First) || (token < m.First && SaidInJoinedClause(view, token, m.First))) continue;
            if (OfAnotherNoun(view, d, token, m)) continue;
            // A time still ahead is when something is due or planned for, never when an event took place. A full
            // date after publication is kept for any event but a plan: there the publication date may be the error.
            if (d.Value is { } ahead && published is { } p && ahead.Start > p.End && (planned || d.Basis != DateBasis.Explicit)) continue;
            if (token < saying && HasLaterDate(view, m, saying)) continue;
            // "... reached an arrangement at the shoal, where a navy ship serves as an outpost, the two governments said on
            // Sunday": the saying that reports the clause dates it past any relative clause between.
            // "King Hamad, speaking in Moscow on May 23, said there was no reason to postpone the resumption of relations": the time
            // of the speech set off before its verb of saying dates what was said or announced, like "said on May 23".
            var saidLater = (token > m.First && SaidAt(view, token) && (planned || statement || !(earlierPast ??= EarlierPast(view, m))))
                || ((planned || statement) && token < m.First && SpeakingAt(view, token, m.First));
            if (!saidLater && token > m.First && (view.HasWordBetween(m.End, token, Relatives) || Participle(view, m, token) || InParticipleAside(view, m, token) || NounParticiple(view, m, token) || SubjectVerbBetween(view, m, token))) continue;
            if (saying >= 0 && token > saying && view.Clause[token] == view.Clause[m.First])
            {
                // Within what was said, the deed's own time wins at any distance.
                if (d.Value is not null && d.Role == DateRole.Point) return (d.Value, d.Basis, false);
            }
            var score = saidLater ? Said + Math.Abs(token - m.First)
                : token < m.First && DatesRelative(view, d, m.First) ? 0
                : Score(view, m, d, token);
            // "Saudi Arabia's foreign minister said on Saturday a consensus was building ... that dialogue with Damascus was
            // needed": the time of the saying that opens the sentence dates what it says at any distance, as "..., the
            // minister said on Saturday" does after it; not past another verb of saying (someone else's words).
            if (score == int.MaxValue && (planned || statement) && token < m.First && SaidAt(view, token) && !view.HasWordBetween(token, m.First, Sayings)
                && !view.HasWordBetween(token, m.First, OtherSayings) && !view.HasWordBetween(token, m.First, Semicolons) && !JoinedAfterComma(view, token, m.First))
                score = Said + (m.First - token);
            if (score == int.MaxValue && d.Role == DateRole.Point && d.Value is { } v && v != far && FarReaches(view, m, token))
            {
                far = v;
                farBasis = d.Basis;
                farCount++;
                farBefore = token < m.First || SaidFar(view, token);
            }
            if (score < bestScore) { bestScore = score; best = (d, token); }
            if (score < resolvedScore && d.Role == DateRole.Point && d.Value is not null) { resolvedScore = score; resolved = (d, token); }
            if (score < dayScore && d.Role == DateRole.Point && d.Value is { Precision: DatePrecision.Day } && !SaidAt(view, token)) { dayScore = score; day = (d, token); }
        }
        // "Libya, a country Egypt had shunned for years, was readmitted on Sunday": a vague time nearer the cue gives way to a
        // time told in the cue's own clause.
        if (best is { Date.Role: DateRole.Unresolvable } && resolvedScore < OtherClause) best = resolved;
        if (best is { } b)
        {
            if (b.Date.Role == DateRole.Unresolvable || b.Date.Value is not { } value)
            {
                // "Shoukry arrived in Damascus on Monday ... He later flew to Mersin": a bare "later" in a story of the news goes on
                // with that news, on its day; after a background year ("Qatar shut its embassy in 2011. It later ...") it stays unknown.
                if (LaterAlone(view, b.Date, b.Token) && NewsBefore(view, published) && !EarlierPast(view, m))
                    return view.Dates.StoryDate is { } storyDay ? (storyDay, DateBasis.Relative, true) : (published, DateBasis.Publication, true);
                return (null, DateBasis.None, false);
            }
            // "began in June, when the government announced on June 5": the most precise time the text supports, a day of the
            // month (or year) chosen, told near the cue in its own clause ("Last week he spoke with X, and he telephoned Y on Monday" keeps the week).
            if (value.Precision != DatePrecision.Day && dayScore < OtherClause && day is { Date.Value: { } inside } finer && inside.Start >= value.Start && inside.End <= value.End)
                return (inside, finer.Date.Basis, false);
            return (Spoken(view, b.Date, b.Token, published) ?? value, b.Date.Basis, false);
        }
        if (quoteContinues && view.Actors.SpeakerDate is not null) return (view.Actors.SpeakerDate, view.Actors.SpeakerDateBasis, true);
        if (farCount == 1 && !planned && !statement && !Present(view, m) && !ThisWeek(far, published)) return (far, farBasis, true);
        if (published is null || EarlierPast(view, m)) return (null, DateBasis.None, ReportedPast(view, m));
        // "Canada expelled India's envoy on Monday, ..., and India responded by expelling six Canadian diplomats": the day of
        // the news told before the deed in its own sentence is its day, before a day told earlier or the publication date.
        if (farCount == 1 && farBefore && !planned && !statement && !Present(view, m)) return (far, farBasis, true);
        // "On June 24, Bahrain's foreign minister travelled to Tehran. The two sides agreed to start talks.": a deed told in the
        // past with no time words, right after a sentence of its paragraph that tells of one day, took place that day.
        if (Carried(view, m, published) is { } carried) return (carried.Value, carried.Basis, true);
        // News told with no time words happened on the day of the news, when an earlier sentence named it
        // ("agreed on Friday ..." in the lead); else on the publication date.
        // "DUBAI, June 24 - Bahrain and Iran have agreed to begin talks, after their foreign ministers met in Tehran on Sunday":
        // the one day of the week up to publication that a statement or plan's own sentence tells, in another clause, is the day
        // it was made, nearer than a day told before and truer than the publication date. (A deed so placed keeps the
        // publication date, which merges with the same deed told elsewhere with its own day.)
        if ((planned || statement) && OwnNewsDay(view, m, published) is { } own) return (own.Value, own.Basis, true);
        if (view.Dates.StoryDate is { } story) return (story, DateBasis.Relative, true);
        return (published, DateBasis.Publication, true);
    }

    // The one day of the week up to publication the sentence names outside its asides, or none: not a dateline, a time still
    // to come, where a span began ("since Sunday"), nor two days ("met on Sunday and again on Tuesday"), which leave open which.
    // Not the day of a later clause joined by ", and" ("would resume flights next week, and telephone lines were restored on
    // Sunday"), nor one told after it behind "after", "following" or "as" unless of the talks themselves, nor one told before a
    // "since" or a relative clause the deed is told in ("said on Friday ... Syria, which is still suspended from the League");
    // and not for a state told in the present, which holds on any day.
    private static (PartialDate Value, DateBasis Basis)? OwnNewsDay(SentenceView view, TriggerMatch m, PartialDate? published)
    {
        if (published is not { Precision: DatePrecision.Day } p || Present(view, m)) return null;
        (PartialDate Value, DateBasis Basis)? one = null;
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (d.Role != DateRole.Point || !Recent(d.Value, p) || d.Value is not { } v || view.Aside[token]
                || view.Tokens[token].Lower is "since" or "until" or "till") continue;
            // "Chile's minister said on Monday ..., and Peru's president insisted that ...": another speaker's verb between the
            // day and the cue leaves the day with the first speaker (review of time26).
            if (token < m.First ? view.HasWordBetween(token, m.First, Since) || view.HasWordBetween(token, m.First, WhichWho)
                    || view.HasWordBetween(token, m.First, OtherSayings)
                : JoinedClauseBetween(view, m.End, token) || (ClauseOpenedBetween(view, m.End, token) && !view.HasWordBetween(m.End, token, MutualMeetings)))
                return null;
            if (one is { } o && o.Value != v) return null;
            one = (v, d.Basis);
        }
        return one;
    }

    private static readonly HashSet<string> WhichWho = new(StringComparer.Ordinal) { "which", "who", "whom" };

    // "will name an ambassador, the ministry said, following a deadly earthquake on Monday": a day told after the cue behind
    // "after", "following", "as" ... is that of another event. Only the talks the statement came out of ("have agreed to begin
    // talks, ... after their foreign ministers met in Tehran on Sunday") date it (review of time26).
    private static bool ClauseOpenedBetween(SentenceView view, int from, int to) =>
        view.HasWordBetween(from, to, Subordinators) || view.HasWordBetween(from, to, AsWord);

    private static readonly HashSet<string> AsWord = new(StringComparer.Ordinal) { "as" };

    private static readonly HashSet<string> MutualMeetings = new(StringComparer.Ordinal) { "met", "talks", "meeting", "negotiations", "summit" };

    // Verbs that report someone's words or view besides those of Sayings: past one, what follows is another's saying.
    private static readonly HashSet<string> OtherSayings = new(StringComparer.Ordinal)
    {
        "argued", "insisted", "stressed", "warned", "urged", "asserted", "maintained", "suggested", "declared", "explained", "according",
        "emphasised", "emphasized", "replied", "responded", "countered", "tweeted", "posted",
    };

    // "said on Monday that the boycott had failed, while Peru's president ...": a clause joined after a comma tells someone
    // else's words, or the same speaker's on another occasion. Not a participle that goes on with the speaker ("said on May 29,
    // while receiving Oman's Sultan, that Iran welcomed").
    private static bool JoinedAfterComma(SentenceView view, int from, int to)
    {
        for (var t = from; t + 2 < to; t++)
        {
            if (view.Tokens[t].Is(",") && view.Tokens[t + 1].Lower is "while" or "and" or "but" or "whereas" or "as"
                && !view.Tokens[t + 2].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // A bare "later" ("He later flew to Turkey"), not one that opens a longer time ("later this year") or counts ("two days later").
    private static bool LaterAlone(SentenceView view, DateMention d, int token) =>
        d.Role == DateRole.Unresolvable && view.Tokens[token].Lower == "later" && d.Length == 5
        && (token == 0 || view.Tokens[token - 1].Kind != TokenKind.Number);

    // The sentence tells of no time but the news of the week up to publication, and the story told before it is today's news:
    // the nearest sentence back that tells a time names a day of the week up to publication, or, with none, the lede tells
    // its news in the present perfect ("Riyadh has recalled its envoy"). After background ("Qatar closed its embassy in 2011.
    // The move angered Damascus. Riyadh later ...", "have been at odds for years") "later" is no day the text gives.
    private static bool NewsBefore(SentenceView view, PartialDate? published)
    {
        if (published is not { } p) return false;
        if (!OnlyNews(view, p, recent: true)) return false;
        if (view.Previous is not { } previous) return true;
        // Only after a sentence that names no time of its own: "Rodriguez met Kerry on Monday. Rodriguez later telephoned Meade"
        // is held undated by a golden case of actors.md (see the report of time22).
        if (!OnlyNews(previous, p, recent: false) || Background(previous)) return false;
        var lede = previous;
        for (var before = previous.Previous; before is not null && !before.Headline; before = before.Previous)
        {
            if (Background(before)) return false;
            if (!OnlyNews(before, p, recent: false)) return NewsDayIn(before, p);
            lede = before;
        }
        return lede.Headline || PresentPerfect(lede);
    }

    // A time of years or months that tells of no day ("for years", "in recent months", "for decades"): the story told there is
    // background.
    private static bool Background(SentenceView view)
    {
        foreach (var (d, _) in view.Dates.Mentions)
        {
            if (d.Role != DateRole.Unresolvable || d.End > view.Text.Length) continue;
            var words = view.Text.AsSpan(d.Start, d.Length);
            if (words.Contains("year", StringComparison.OrdinalIgnoreCase) || words.Contains("month", StringComparison.OrdinalIgnoreCase)
                || words.Contains("decade", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "Shoukry arrived in Damascus on Monday, the first visit since the war began in 2011": the sentence tells a day of the news.
    private static bool NewsDayIn(SentenceView view, PartialDate published)
    {
        foreach (var (d, _) in view.Dates.Mentions)
        {
            if (d.Role == DateRole.Point && Recent(d.Value, published)) return true;
        }
        return false;
    }

    // "Saudi Arabia has recalled its ambassador": the lede tells the news of the day in the present perfect.
    private static bool PresentPerfect(SentenceView view)
    {
        for (var t = 0; t + 1 < view.Tokens.Count; t++)
        {
            if (view.Tokens[t].Lower is not ("has" or "have") || view.InQuote(t)) continue;
            var next = view.Tokens[t + 1].Lower is "also" or "now" or "just" or "already" && t + 2 < view.Tokens.Count ? view.Tokens[t + 2] : view.Tokens[t + 1];
            if (next.IsWord && next.Lower != "been" && (next.Lower.EndsWith("ed", StringComparison.Ordinal) || next.Lower.EndsWith("en", StringComparison.Ordinal)
                || next.Lower is "met" or "held" or "sent" or "made" or "signed" or "cut" or "told" or "said" or "paid" or "hosted" or "struck" or "won" or "put" or "set" or "brought" or "sought" or "left" or "agreed" or "begun" or "come"))
                return true;
        }
        return false;
    }

    // "the first visit to the building since 1958": where a span began is no time the story is told in.
    private static bool OnlyNews(SentenceView view, PartialDate published, bool recent)
    {
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (d.Role is DateRole.Point or DateRole.Anchor && !(recent && Recent(d.Value, published)) && view.Tokens[token].Lower is not ("since" or "until" or "till"))
                return false;
        }
        return true;
    }

    private static bool Recent(PartialDate? value, PartialDate published) =>
        value is { Precision: DatePrecision.Day } v && published.Start.DayNumber - v.Start.DayNumber is >= 0 and <= 7;

    // The time of "X, speaking on May 23 in Moscow, said": a participle of speech opened by a comma a few words before the
    // time, closed by a comma right before a verb of saying that stands before the cue.
    private static bool SpeakingAt(SentenceView view, int token, int cue)
    {
        var open = -1;
        for (var t = token - 1; t >= 1 && t >= token - 6; t--)
        {
            if (view.Tokens[t].Kind == TokenKind.Punct) return false;
            if (view.Tokens[t].Lower is "speaking" or "talking" or "addressing" or "writing" && view.Tokens[t - 1].Is(",")) { open = t; break; }
        }
        if (open < 0) return false;
        for (var t = token + 1; t + 1 < cue && t <= token + 12; t++)
        {
            if (!view.Tokens[t].Is(",")) continue;
            return Sayings.Contains(view.Tokens[t + 1].Lower) || (t + 2 < cue && Sayings.Contains(view.Tokens[t + 2].Lower));
        }
        return false;
    }

    // The one day the sentence before tells, when the cue's sentence names no time and goes on in the past: not a present,
    // perfect or future clause ("Talks have stalled since", "Ties remain frozen"), nor a sentence of another paragraph.
    private static (PartialDate Value, DateBasis Basis)? Carried(SentenceView view, TriggerMatch m, PartialDate? published)
    {
        if (view.Previous is not { } before || view.Dates.Mentions.Count > 0 || view.Headline || before.Headline
            || before.Dates.Text.Paragraph != view.Dates.Text.Paragraph || !PastClause(view, m) || TimedOtherwise(view, m)) return null;
        (PartialDate Value, DateBasis Basis)? one = null;
        foreach (var (d, token) in before.Dates.Mentions)
        {
            if (d.Role == DateRole.Dateline) continue;
            if (d.Role != DateRole.Point || d.Value is not { } v || before.Aside[token] || before.Tokens[token].Lower is "since" or "until" or "till") return null;
            if (one is { } o && o.Value != v) return null;
            // A time that opens its sentence frames the story told after it ("On June 24, ..."); one told further on does when
            // the next sentence goes on of the same actors ("Islamabad answered on April 24. It closed its airspace"), not
            // where it names someone new ("... at a meeting on March 12. King Abdullah received a call").
            if (!Opens(before, d, token) && !GoesOn(view)) return null;
            one = (v, d.Basis);
        }
        if (one is not { } day || day.Value.Precision != DatePrecision.Day || published is { } p && day.Value.Start > p.End) return null;
        return day;
    }

    // The sentence places its deed some other way: a report of the day ("Saudi Arabia reopened its embassy, the foreign
    // ministry said"), a time of its own ("severed ties after Morsi's ouster") or one later than the day before ("eventually").
    private static bool TimedOtherwise(SentenceView view, TriggerMatch m)
    {
        for (var t = 0; t < view.Tokens.Count; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "after" or "before" or "following" or "since" or "eventually" or "subsequently" or "afterwards" or "later" or "ultimately") return true;
            if (t >= m.End && Sayings.Contains(w)) return true;
        }
        return false;
    }

    // The sentence opens on a pronoun or on "the two" or "both": it tells more of those named before.
    private static bool GoesOn(SentenceView view)
    {
        var first = FirstWord(view);
        var w = view.Tokens[first].Lower;
        return w is "it" or "they" or "he" or "she" or "both" || (w == "the" && first + 1 < view.Tokens.Count && view.Tokens[first + 1].Is("two"));
    }

    // The cue's clause up to the cue has a verb of the past and none of the present, perfect or future.
    private static bool PastClause(SentenceView view, TriggerMatch m)
    {
        var past = false;
        for (var t = view.ClauseStart(m.First); t < m.End; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is "has" or "have" or "is" or "are" or "am" or "will" or "shall" or "can" or "may" or "must" or "remain" or "remains" or "says" or "say"
                or "now" or "had") return false;
            if (w is "was" or "were" or "did" || Participles.PastVerb(w)) past = true;
        }
        return past;
    }

    // A far time reaches the cue unless a clause of its own stands between: a later clause joined by ", and" ("would resume
    // flights next week, and telephone lines were restored on Sunday"), or a subordinate clause the cue is told in ("reopened
    // its embassy on Saturday, ... since rebels toppled Assad").
    private static bool FarReaches(SentenceView view, TriggerMatch m, int token) =>
        token < m.First ? !view.HasWordBetween(token, m.First, Since) : !JoinedClauseBetween(view, m.End, token) && !view.HasWordBetween(m.End, token, Subordinators);

    private static readonly HashSet<string> Since = new(StringComparer.Ordinal) { "since" };

    // "declared in 2004", "imposed on Damascus in 2011": a past participle right before the time (which holds its preposition),
    // after a word that is no auxiliary.
    private static bool ParticipleTime(SentenceView view, int token)
    {
        var p = token - 1;
        // A loop, not Find with a lambda: this runs for each time before a cue.
        foreach (var named in view.Actors.Mentions)
        {
            if (named.Last == token && named.First >= 2 && view.Tokens[named.First - 1].Lower is "on" or "against" or "with") { p = named.First - 2; break; }
        }
        if (p < 1 || !Participles.PastVerb(view.Tokens[p].Lower) || !char.IsLower(view.Text[view.Tokens[p].Start])) return false;
        var before = view.Tokens[p - 1];
        return before.Kind == TokenKind.Word && !NotNouns.Contains(before.Lower);
    }

    // A clause joined by ", and" or ", but" after the time, with a subject of its own and a verb of saying the cue is told
    // after: "revokes the emergency declared in 2004, and the Treasury said it was removing 518 entities from its list" is
    // not dated by 2004 (a time of another clause, told by someone else). A saying the time opens ("On Wednesday India said
    // it was suspending") is dated by it.
    private static bool SaidInJoinedClause(SentenceView view, int token, int cue)
    {
        for (var t = token; t + 1 < cue; t++)
        {
            // "received Sharaa on Wednesday ..., and said France would push": the same subject goes on, and its time with it.
            if (view.Tokens[t].Is(",") && view.Tokens[t + 1].Lower is "and" or "but" && t + 2 < cue && !Sayings.Contains(view.Tokens[t + 2].Lower)
                && !Participles.PastVerb(view.Tokens[t + 2].Lower) && !SameSubjectGoesOn.Contains(view.Tokens[t + 2].Lower) && view.HasWordBetween(t, cue, Sayings))
                // Only the time of a participle hung on a noun ("the emergency declared in 2004"): "Belarus freed 52 prisoners
                // the same day, and Washington announced it was lifting sanctions" tells both of that day.
                return ParticipleTime(view, token);
        }
        return false;
    }

    // "Saudi Arabia recalled its ambassador, King Abdullah said in a written statement read on state television late on
    // Sunday": the time of a saying that reports the deed, a few words on from its verb.
    private static bool SaidFar(SentenceView view, int token)
    {
        for (var t = token - 1; t >= 0 && t >= token - 10; t--)
        {
            if (view.Tokens[t].Kind == TokenKind.Punct) return false;
            if (Sayings.Contains(view.Tokens[t].Lower)) return true;
        }
        return false;
    }

    private static bool ThisWeek(PartialDate? far, PartialDate? published) =>
        far is { Precision: DatePrecision.Day } f && published is { Precision: DatePrecision.Day } p && p.Start.DayNumber - f.Start.DayNumber is >= 0 and <= 7;

    // "and Riyadh is now reopening its embassy": a deed told in the present is the news, not the far time of another clause.
    private static bool Present(SentenceView view, TriggerMatch m)
    {
        for (var t = Math.Max(0, m.First - 3); t <= m.First; t++)
        {
            if (view.Tokens[t].Lower is "now" or "is" or "are" or "am" && view.Clause[t] == view.Clause[m.First]) return true;
        }
        return false;
    }

    // The times told with the later stops of a trip date those stops, not the trip's first.
    private static bool Skipped((DateMention Date, int Token)?[]? skip, int token)
    {
        if (skip is null) return false;
        foreach (var leg in skip)
        {
            if (leg?.Token == token) return true;
        }
        return false;
    }

    // A time of its own right after the cue, in its clause: "travelled to the Eritrean capital Asmara on July 8".
    private static bool OwnTimeAfter(SentenceView view, TriggerMatch m)
    {
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (d.Role == DateRole.Point && d.Value is not null && token >= m.End && token - m.End <= 8 && view.Clause[token] == view.Clause[m.First]
                && !view.HasWordBetween(m.End, token, Commas))
                return true;
        }
        return false;
    }

    // "a meeting in Amman on May 1 at which the foreign ministers of Jordan, Saudi Arabia, Iraq and Egypt held talks":
    // the time of the noun a relative clause hangs on dates what the clause tells, however long its subject.
    private static bool DatesRelative(SentenceView view, DateMention d, int cue)
    {
        var t = view.TokenAt(d.End - 1) + 1;
        if (t + 1 >= cue) return false;
        var opens = view.Tokens[t].Lower is "when" or "where" || (view.Tokens[t].Lower is "at" or "during" or "in" or "on" && view.Tokens[t + 1].Is("which"));
        return opens && view.Clause[t] == view.Clause[cue] && !view.HasWordBetween(t, cue, RelativeStops);
    }

    // What ends the relative clause before the cue: another clause, or a saying.
    private static readonly HashSet<string> RelativeStops = new(StringComparer.Ordinal) { ";", ":", "said", "says" };

    private static bool JoinedClauseBetween(SentenceView view, int from, int to)
    {
        for (var t = from; t + 1 < to; t++)
        {
            if (view.Tokens[t].Is(",") && view.Tokens[t + 1].Lower is "and" or "but" or "while" or "whereas") return true;
        }
        return false;
    }

    private static readonly HashSet<string> SameSubjectGoesOn = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then", "later", "subsequently", "again", "on", "in", "at",
    };

    private static bool NewSubjectBetween(SentenceView view, int from, int to)
    {
        for (var t = from; t + 1 < to && t + 2 < view.Tokens.Count; t++)
        {
            if (view.Tokens[t].Is(",") && view.Tokens[t + 1].Lower is "and" or "but" or "while" or "whereas"
                && !Participles.PastVerb(view.Tokens[t + 2].Lower) && !SameSubjectGoesOn.Contains(view.Tokens[t + 2].Lower))
                return true;
        }
        return false;
    }

    private static int Score(SentenceView view, TriggerMatch m, DateMention d, int token)
    {
        // A time after the cue counts from its last word, in that word's clause: "Omani Ambassador al-Busaidy,
        // appointed to the post in March" is dated by March, whatever the cue's first word is near.
        var after = token >= m.End;
        // A cue that runs over a comma ("Ambassador al-Busaidy, appointed") has its verb after it.
        var spansClauses = view.Clause[m.First] != view.Clause[m.End - 1] || view.HasWordBetween(m.First, m.End, Commas);
        var distance = after ? token - (m.End - 1) : Math.Abs(token - (spansClauses ? m.End - 1 : m.First));
        // "broke off relations with Rabat, and on September 22 it closed its airspace": the time of a clause joined by ", and"
        // is that clause's.
        // "The delegations met on March 7, and talks between the ministers on March 10 ended": a time before ", and" and a new
        // subject is the first clause's; before ", and" and a verb ("reopened its embassy on Monday, and appointed"), the
        // clause goes on with the same subject and time.
        var sameClause = after ? SameClause(view, token, m.End - 1) && !JoinedClauseBetween(view, m.End, token)
            : SameClause(view, token, m.First) && view.Clause[m.First] == view.Clause[m.End - 1] && !NewSubjectBetween(view, token, m.First);
        if (token > m.First && view.HasWordBetween(m.End, token, Subordinators) || InFrontedPhrase(view, token, m.First))
            return Opens(view, d, token) || distance > MaxDistance || d.Role == DateRole.Unresolvable ? int.MaxValue : InSubordinate + distance;
        if (distance <= MaxDistance) return distance + (sameClause ? 0 : OtherClause);
        // "Iran reopened its embassy ... and the consulate ... in the port city of Jeddah in early June": the one
        // time of a long clause, with no comma or other time between, still dates its verb.
        if (sameClause && Unbroken(view, m, token)) return FarInClause + distance;
        // "In December, Sudan's President ... made the first visit ..., and the UAE reopened its embassy": a time
        // that opens the sentence frames all of it.
        if (Opens(view, d, token)) return Fronted + distance;
        return int.MaxValue;
    }
}
