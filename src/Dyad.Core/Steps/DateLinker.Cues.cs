using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>The word tests <see cref="DateLinker"/> reads a sentence with.</summary>
internal static partial class DateLinker
{
    private static readonly HashSet<string> Sayings = new(StringComparer.Ordinal)
    {
        "said", "says", "revealed", "reveals", "announced", "announces", "confirmed", "confirms", "reported", "reports", "disclosed",
        "stated", "told", "acknowledged", "admitted", "claimed", "noted", "added", "wrote", "recalled",
    };

    // Words that open a clause of their own: a time after one, past the cue, dates that clause's event
    // ("reopened its embassy after closing it in 2012"), and the cue's only as a last resort (see Score).
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "after", "before", "since", "following", "when", "until", "while",
    };

    // A time inside a relative clause past the cue never dates it: "the embassy that was shut in 2012".
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "that", "which", "who", "whom", "where" };

    // Words that may stand before a time that opens the sentence: "But in December, ...".
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "but", "and", "however", "then", "meanwhile", "also", "yet" };

    // The "that" of a verb of saying between the clause start and the cue, or -1.
    private static int SayingBefore(SentenceView view, int first)
    {
        for (var t = first - 1; t > 0; t--)
        {
            if (view.Tokens[t].Is("that") && Sayings.Contains(view.Tokens[t - 1].Lower)) return t;
        }
        return -1;
    }

    private static bool HasLaterDate(SentenceView view, TriggerMatch m, int saying)
    {
        foreach (var (d, token) in view.Dates.Mentions)
        {
            // "announced on Friday that Rome had named an ambassador, the first since 2012": where a span began dates nothing.
            if (token > saying && d.Role == DateRole.Point && d.Value is not null && view.Clause[token] == view.Clause[m.First]
                && view.Tokens[token].Lower is not ("since" or "until" or "till")) return true;
        }
        return false;
    }

    // One clause, or two joined across an apposition between dashes: "a trade embargo against Cuba — the Cold War
    // foe closest to its shores — in 1960".
    private static bool SameClause(SentenceView view, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        var clause = view.Clause;
        if (clause[from] == clause[to]) return true;
        if (clause[to] != clause[from] + 2) return false;
        var dashes = 0;
        for (var t = from; t < to; t++)
        {
            if (clause[t + 1] == clause[t]) continue;
            if (!view.Tokens[t + 1].Is("-") && !view.Tokens[t].Is("-")) return false;
            dashes++;
        }
        return dashes == 2;
    }

    // "said on Tuesday", "said in a statement on Tuesday", "announced Friday".
    private static bool SaidAt(SentenceView view, int token)
    {
        for (var t = token - 1; t >= 0 && t >= token - 4; t--)
        {
            if (view.Tokens[t].Kind == Text.TokenKind.Punct) return false;
            if (Sayings.Contains(view.Tokens[t].Lower)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Commas = new(StringComparer.Ordinal) { "," };

    private static readonly HashSet<string> Semicolons = new(StringComparer.Ordinal) { ";" };

    // "restore ties severed in 2017": a verb of its own right after the cue takes the time that follows it. A cue
    // that opens its clause is its subject, and the verb after it its own ("Talks followed on January 14").
    private static bool Participle(SentenceView view, TriggerMatch m, int token)
    {
        var from = m.End;
        if (from >= token || m.First < 3 || view.Clause[m.First - 3] != view.Clause[m.First]) return false;
        var w = view.Tokens[from].Lower;
        if (char.IsUpper(view.Text[view.Tokens[from].Start])) return false;
        // "an operation dubbed Olive Branch in Afrin on January 20": a name given is no event of its own.
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-') && !Naming.Contains(w);
    }

    // "remain opposed to any normalisation while the conditions set in 2017 are unmet", "to lift the measures imposed on
    // Damascus in 2011": a time right after a noun and its participle, further on than the cue's own next word, tells of
    // that participle.
    private static bool NounParticiple(SentenceView view, TriggerMatch m, int token)
    {
        if (token < m.End + 2) return false;
        var p = token - 1;
        // "imposed on Damascus in 2011": the participle's own object may stand between.
        if (view.Actors.Mentions.Find(x => x.Last == token) is { } named && named.First >= m.End + 2 && view.Tokens[named.First - 1].Lower is "on" or "against" or "with")
            p = named.First - 2;
        var w = view.Tokens[p].Lower;
        // "Sheikh Mohammed bin Zayed on 12 May": a name is no participle.
        if (!char.IsLower(view.Text[view.Tokens[p].Start])) return false;
        // "the foreign ministry announced on Tuesday": a saying's time, which the scoring of sayings reads.
        if (Sayings.Contains(w) || !(Participles.Looks(w) && Participles.PastVerb(w) || w is "set" or "laid" or "taken" or "given" or "broken" or "frozen" or "chosen" or "written"))
            return false;
        var noun = view.Tokens[p - 1];
        // "he first visited in March": an adverb before a verb of its clause.
        if (p - 1 < m.End || noun.Kind != Text.TokenKind.Word || !char.IsLower(view.Text[noun.Start]) || NotNouns.Contains(noun.Lower)
            || Arguments.IsAdverb(view, p - 1) || noun.Lower is "first" or "again" or "once" or "never" or "already" or "just" or "still" or "last")
            return false;
        // "since the demonstrations started in 2011": a clause's own subject and verb, unless a verb of the clause follows
        // the time ("while the conditions set in 2017 are unmet").
        var opener = view.Tokens[p - 2].Is("the") ? p - 3 : p - 2;
        if (opener >= 0 && view.Tokens[opener].Lower is "since" or "after" or "when" or "while" or "before" or "until" or "as" or "because" or "once")
        {
            var next = view.TokenAt(view.Dates.Mentions.Find(x => x.Token == token).Date.End - 1) + 1;
            return next < view.Tokens.Count && view.Tokens[next].Lower is "is" or "are" or "was" or "were" or "remain" or "remains" or "remained" or "has" or "have" or "had";
        }
        return true;
    }

    // Words that stand before a verb but are no noun a participle could hang on.
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "it", "they", "he", "she", "which", "that", "who", "and", "or",
        "on", "in", "at", "of", "for", "with", "by", "to", "from", "against", "over", "the", "a", "an",
    };

    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal) { "dubbed", "named", "called", "codenamed", "code-named", "titled", "labelled", "labeled" };

    // "agreed to restore relations, severed since 1961, in December 2014": a time just inside a participle set off by a
    // comma after the cue tells of that participle.
    private static bool InParticipleAside(SentenceView view, TriggerMatch m, int token)
    {
        var comma = -1;
        for (var t = m.End; t < token; t++)
        {
            if (view.Tokens[t].Is(",")) comma = t;
        }
        if (comma < 0 || token - comma > 4 || token - comma < 2) return false;
        var w = view.Tokens[comma + 1].Lower;
        return Participles.Looks(w) && !w.Contains('-') && !char.IsUpper(view.Text[view.Tokens[comma + 1].Start]);
    }

    // Nothing between the cue and the time: no comma, no other time, no clause of its own.
    private static bool Unbroken(SentenceView view, TriggerMatch m, int token)
    {
        var (from, to) = token > m.First ? (m.End, token) : (token + 1, m.First);
        for (var t = from; t < to; t++)
        {
            // "met her Chinese counterpart, Foreign Minister Wang Yi, at the UN General Assembly in September": a name
            // set between commas breaks nothing.
            if (view.Tokens[t].Is(",") && NamedApposition(view, t, to) is var close and > 0) { t = close; continue; }
            if (view.Tokens[t].Is(",") || Subordinators.Contains(view.Tokens[t].Lower) || Relatives.Contains(view.Tokens[t].Lower)) return false;
        }
        foreach (var (_, other) in view.Dates.Mentions)
        {
            if (other > Math.Min(token, m.First) && other < Math.Max(token, m.First) && other != token) return false;
        }
        return true;
    }

    // The closing comma of ", Foreign Minister Wang Yi,": a few words between two commas that name one actor, or two
    // ("the German and French foreign ministers, Annalena Baerbock and Jean-Noel Barrot,").
    private static int NamedApposition(SentenceView view, int open, int limit)
    {
        var close = open + 1;
        while (close < limit && close <= open + 11 && !view.Tokens[close].Is(",")) close++;
        if (close >= limit || !view.Tokens[close].Is(",") || close == open + 1) return -1;
        // The name may follow a title the lexicon does not hold: ", Foreign Minister Wang Yi,".
        foreach (var x in view.Actors.Mentions)
        {
            if (x.Last != close || x.First <= open || x.Kind == MentionKind.Pronoun) continue;
            for (var t = open + 1; t < x.First; t++)
            {
                if (view.Tokens[t].Is("and") || view.Tokens[t].Is("-")) continue;
                if (view.Tokens[t].Kind != TokenKind.Word || !char.IsUpper(view.Text[view.Tokens[t].Start])) return -1;
            }
            return close;
        }
        return -1;
    }

    // "restored the diplomatic relations Washington broke off in January 1961": a clause of its own after the cue, an actor
    // and its past verb, takes the time that follows.
    private static bool SubjectVerbBetween(SentenceView view, TriggerMatch m, int token)
    {
        for (var t = m.End; t < token; t++)
        {
            var w = view.Tokens[t].Lower;
            // Only a clause that hangs on the cue's object with no word to open it: after "since", "after", a comma or "and"
            // the clause is another's ("closed since the protests began in 2011").
            if (Subordinators.Contains(w) || Relatives.Contains(w) || w is "," or "and" or "but" or "as" or "because") return false;
            // "met Syria's interim President Ahmed al-Sharaa on Wednesday": a name that ends like a past verb is no verb.
            if (Sayings.Contains(w) || !Participles.PastVerb(w) || char.IsUpper(view.Text[view.Tokens[t].Start])) continue;
            // "a visit to Tehran followed in June": the cue's own object before the clause's verb is no subject.
            foreach (var x in view.Actors.Mentions)
                if (x.Last == t && x.First >= m.End && x.CanAct && !ObjectPrepositions.Contains(view.Tokens[x.First - 1].Lower)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal) { "to", "in", "with", "from", "at", "of", "on", "for", "by" };

    // "withdrew from the 2015 nuclear deal between Iran and world powers, reimposing sanctions": a time that stands before
    // a noun as its time ("the 2015 deal", "a March summit") dates that noun's event: the cue it opens or names as its
    // object ("attended the 2023 summit"), not another told nearby.
    private static bool OfAnotherNoun(SentenceView view, DateMention d, int token, TriggerMatch m)
    {
        if (token == 0 || view.Tokens[token - 1].Lower is not ("the" or "a" or "an")) return false;
        // "at a March summit", "during the 2011 uprising": a noun that frames the time of the clause.
        if (token >= 2 && view.Tokens[token - 2].Lower is "at" or "during" or "in" or "on" or "amid" or "before" or "after") return false;
        var after = view.TokenAt(d.End - 1) + 1;
        if (after >= view.Tokens.Count || view.Tokens[after].Kind != TokenKind.Word || !char.IsLower(view.Text[view.Tokens[after].Start])) return false;
        // "signed a 2023 agreement with Iran to restore ties": what the noun is for is its event.
        if (token < m.First && m.First - token <= 8 && view.Tokens[m.First - 1].Is("to")) return false;
        return token < m.First - 1 || token > m.End + 3;
    }

    // "a day after Saudi Arabia expelled Lebanon's ambassador, recalled its own envoy and banned all Lebanese imports": the
    // anchor dates the event told right after it and the verbs that share its subject, each joined by a comma or "and"
    // with no subject, time or clause of its own between.
    private static bool AnchorReaches(SentenceView view, int last, int cue, bool resolved)
    {
        if (AnchorGap(view, last, cue) <= AnchorReach) return true;
        // An open count ("more than a decade after") dates nothing: it undates only the event right after it.
        if (!resolved || cue - last > ChainReach || !view.Tokens[cue - 1].Is(",") && !view.Tokens[cue - 1].Is("and")) return false;
        var first = -1;
        for (var t = last + 1; t < cue; t++)
        {
            var word = view.Tokens[t].Lower;
            if (word is ";" or ":" or "-" or "said" or "says" or "but" or "while" or "which" or "who" or "when" or "as") return false;
            if (word is not ("," or "and")) continue;
            if (first < 0) first = t;
            // Each comma or "and" goes on with a verb of the same subject: "..., Bahrain recalled its envoy and banned" names
            // a subject of its own.
            if (t + 1 < view.Tokens.Count && !Participles.PastVerb(view.Tokens[t + 1].Lower) && !view.Tokens[t + 1].Is("and")) return false;
        }
        foreach (var (_, token) in view.Dates.Mentions)
            if (token > last && token < cue) return false;
        // The anchored clause's own first verb lies within reach, before the list goes on.
        return first > last && AnchorGap(view, last, first) <= ChainHead;
    }

    // How far the verbs sharing an anchored subject may run, and how long the first of them may be before its comma.
    private const int ChainReach = 30;
    private const int ChainHead = 12;

    // Words from an anchor's last word to the cue, an apposition between two commas left out.
    private static int AnchorGap(SentenceView view, int last, int cue)
    {
        var gap = 0;
        for (var t = last + 1; t < cue; t++)
        {
            if (view.Tokens[t].Is(","))
            {
                var close = t + 1;
                while (close < cue && !view.Tokens[close].Is(",")) close++;
                if (close < cue) { t = close; continue; }
                // "seven months after the uprising started, King Abdullah called": the comma closes the event anchored.
                return int.MaxValue;
            }
            gap++;
        }
        return gap;
    }

    // "After the disaster struck on February 6, the ministers visited": a time inside a subordinate phrase that opens
    // the sentence, closed by a comma before the cue, dates that phrase's event.
    private static bool InFrontedPhrase(SentenceView view, int token, int cue)
    {
        var first = FirstWord(view);
        if (token >= cue || first >= token || !Subordinators.Contains(view.Tokens[first].Lower)) return false;
        // The phrase ends within its clause: in "Since then, ... sanctions have been imposed - until Tuesday, when ..."
        // the dash has closed it long before.
        if (view.Clause[first] != view.Clause[token]) return false;
        for (var t = token + 1; t < cue; t++)
        {
            if (view.Tokens[t].Is(",")) return true;
        }
        return false;
    }

    // The first word of the sentence past an opening quotation mark and a conjunction: "\"Following ...", "But in ...".
    private static int FirstWord(SentenceView view)
    {
        var first = 0;
        while (first < view.Tokens.Count - 1 && view.Tokens[first].Kind == Text.TokenKind.Punct) first++;
        return first < view.Tokens.Count - 1 && Openers.Contains(view.Tokens[first].Lower) ? first + 1 : first;
    }

    // The time opens the sentence (after at most a quotation mark and a conjunction) and a comma closes it, or it is
    // what the sentence is about: "November 12, 2011 was the day the Arab League suspended Syria".
    private static bool Opens(SentenceView view, DateMention d, int token)
    {
        if (token != FirstWord(view)) return false;
        var after = view.TokenAt(d.End - 1) + 1;
        if (after + 2 < view.Tokens.Count && view.Tokens[after].Lower is "was" or "is" or "marked" or "marks"
            && view.Tokens[after + 1].Lower is "the" or "when" && view.Tokens[after + 2].Lower is "day" or "date" or "year" or "month" or "week" or "moment" or "time")
            return true;
        if (after < view.Tokens.Count && view.Tokens[after].Is(",")) return true;
        // "On January 3 the German and French foreign ministers ... travelled": a time in a phrase of its own before the
        // subject, with no comma.
        return view.Tokens[token].Lower is "on" or "in" && after < view.Tokens.Count && view.Tokens[after].Lower is "the";
    }

    // "his first trip to an Arab state since 2011", "the first meeting between the two since the outbreak of the war in
    // 2011": the date counts the years before the event, it is not its date; but it dates a cue inside that phrase
    // ("since Syria was suspended from the organisation in 2011").
    private static bool FirstSince(SentenceView view, int token, int cue)
    {
        var since = -1;
        for (var t = token; t >= 0 && t >= token - 8 && view.Clause[t] == view.Clause[token]; t--)
        {
            if (view.Tokens[t].Is("since")) { since = t; break; }
            if (view.Tokens[t].Kind == TokenKind.Punct) return false;
        }
        if (since < 0 || (since < token && cue > since && cue < token)) return false;
        for (var t = since - 1; t >= 0 && view.Clause[t] == view.Clause[since]; t--)
        {
            if (view.Tokens[t].Is("first")) return true;
        }
        return false;
    }

    // "had visited", "had been suspended", "Beijing earlier expelled", "have already renewed": the past perfect, or
    // an adverb of an earlier past, tells of something before the news.
    private static readonly HashSet<string> EarlierWords = new(StringComparer.Ordinal) { "had", "earlier", "previously", "already", "formerly" };

    // "Canada said it had expelled six Indian diplomats", "Dendias told reporters that the ambassador had been declared persona
    // non grata": a pluperfect after a verb of saying, with no time words in the sentence, is the tense of reported speech, not
    // an earlier past: it names no time and may tell again the deed the text dated before (EventMerger). "had previously",
    // "had already" or "earlier" tell of an earlier deed, and a time of the sentence dates it or leaves it apart.
    // "had expelled a Ugandan envoy during a trade row too", "had also recalled its ambassador when the war began": words of
    // another occasion, anywhere in the sentence, tell of a deed of its own, not the one told again.
    private static bool ReportedPast(SentenceView view, TriggerMatch m)
    {
        if (view.Dates.Mentions.Count > 0) return false;
        var reported = false;
        for (var t = 0; t < view.Tokens.Count; t++)
        {
            var w = view.Tokens[t].Lower;
            if (t < m.First && Sayings.Contains(w)) reported = true;
            else if (OtherOccasion(w) || (w == "well" && t > 0 && view.Tokens[t - 1].Is("as"))) return false;
        }
        return reported;
    }

    private static bool OtherOccasion(string w) => w is "earlier" or "previously" or "already" or "formerly" or "before" or "once"
        or "also" or "too" or "again" or "twice" or "first" or "when" or "during" or "under";

    private static bool EarlierPast(SentenceView view, TriggerMatch m)
    {
        for (var t = Math.Max(0, m.First - 4); t <= m.First && t < view.Tokens.Count; t++)
        {
            if (EarlierWords.Contains(view.Tokens[t].Lower) && view.Clause[t] == view.Clause[m.First]) return true;
        }
        return false;
    }

    // "his first ambassador to Tunisia since 2011, when diplomatic relations were severed": a clause opened by ", when"
    // right after a time, with no time of its own, happened then; its subject may be long ("when the defence ministers of
    // Turkey, Syria and Russia, accompanied by their intelligence chiefs, met").
    private static (PartialDate? Date, DateBasis Basis)? WhenClause(SentenceView view, TriggerMatch m)
    {
        for (var t = m.First - 1; t >= 2 && t >= m.First - 20; t--)
        {
            if (!view.Tokens[t].Is("when")) continue;
            if (!view.Tokens[t - 1].Is(",")) return null;
            // "in 2012, when the uprising turned into a civil war ..., and Riyadh is now reopening": the cue must stand in
            // the when-clause, not in a clause joined after it.
            if (JoinedClauseBetween(view, t, m.First) || view.HasWordBetween(t, m.First, Semicolons)) return null;
            (PartialDate? Date, DateBasis Basis)? before = null;
            foreach (var (d, token) in view.Dates.Mentions)
            {
                if (token > t && token < m.End + 4) return null;
                if (d.Role == DateRole.Point && d.Value is not null && view.TokenAt(d.End - 1) == t - 2) before = (d.Value, d.Basis);
            }
            return before;
        }
        return null;
    }
    private static readonly HashSet<string> Future = new(StringComparer.Ordinal) { "will", "shall", "expected", "due" };

    // The gatherings the argument frames know, and the rounds of talks and ceremonies a where-clause also hangs on.
    private static readonly HashSet<string> WhereMeetings =
        new(Arguments.OtherGatherings.Concat(["ceremony", "negotiations", "consultations"]), StringComparer.Ordinal);

    // "The step follows the Jan. 5 summit of the Gulf Cooperation Council in AlUla, where Egypt signed the declaration": what
    // took place where a dated meeting was held took place on its date, as a when-clause after a time does.
    private static (PartialDate? Date, DateBasis Basis)? WhereClause(SentenceView view, TriggerMatch m)
    {
        for (var t = m.First - 1; t >= 3 && t >= m.First - 20; t--)
        {
            if (!view.Tokens[t].Is("where")) continue;
            if (!view.Tokens[t - 1].Is(",") || JoinedClauseBetween(view, t, m.First) || view.HasWordBetween(t, m.First, Semicolons)) return null;
            // "the June 20 meeting in Amman, where the ministers will meet": a meeting still to come is dated when announced.
            if (view.HasWordBetween(t, m.First, Future)) return null;
            (PartialDate? Date, DateBasis Basis)? head = null;
            foreach (var (d, token) in view.Dates.Mentions)
            {
                if (token > t && token < m.End + 4) return null;
                if (d.Role == DateRole.Point && d.Value is not null && token > 1 && token < t && view.Tokens[token - 1].Is("the")
                    && !view.Tokens[token - 2].Is("of") && NounPhraseTo(view, view.TokenAt(d.End - 1) + 1, t - 1)) head = (d.Value, d.Basis);
            }
            return head;
        }
        return null;
    }

    // "the Jan. 5 summit of the Gulf Cooperation Council in the Saudi city of AlUla": the dated noun, a meeting, and what modifies
    // it, with no verb or punctuation of a clause of its own up to the comma. "Tehran, the scene of the 2016 attack on the embassy,
    // where ..." dates nothing: the attack only tells the place, and no meeting was held there on that date ("of" before it too).
    private static bool NounPhraseTo(SentenceView view, int from, int comma)
    {
        if (from >= comma || comma - from > 12 || view.Tokens[from].Kind != TokenKind.Word) return false;
        if (!WhereMeetings.Contains(view.Tokens[from].Lower) && !(from + 1 < comma && WhereMeetings.Contains(view.Tokens[from + 1].Lower))) return false;
        for (var t = from; t < comma; t++)
        {
            var tok = view.Tokens[t];
            if (tok.Kind == TokenKind.Punct || Participles.PastVerb(tok.Lower)) return false;
        }
        return true;
    }
}
