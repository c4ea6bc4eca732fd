namespace Dyad.Dates;

/// <summary>
/// Whether a time expression tells of something ahead of publication ("will meet on Tuesday", "is expected to
/// visit in May", "the upcoming summit in March", "On Friday, the leaders will meet") or behind it ("said
/// Tuesday", "met on Friday", "was held in May"). The verb an expression dates stands before it in its clause,
/// or after it when the expression opens the clause: the first tense cue found there decides. Without one the
/// caller decides; mostly the past wins, because news reports what happened.
/// </summary>
internal static class Tense
{
    // Far enough for "will send a delegation led by its deputy foreign minister to Egypt in early May"; the next
    // clause's verb lies past a comma, where the scan stops anyway.
    private const int Reach = 16;

    // A fronted time dates the verb right after its subject, not one further on ("Tuesday's decision also comes
    // ahead of a summit to be held ...").
    private const int ForwardReach = 8;

    /// <summary>What <see cref="Read"/> returns for a past act that looks ahead ("invited", "agreed to"): the time it
    /// governs may lie either side of publication.</summary>
    public const int Open = 2;

    /// <summary>1 when the clause tells of the future, -1 of the past, <see cref="Open"/> of an act that looks ahead, 0 when no cue says.</summary>
    public static int Read(in Scan s, int start, int end)
    {
        var infinitive = false;
        for (var k = start - 1; k >= 0 && k >= start - Reach; k--)
        {
            if (s.T[k].Kind == DateTokenKind.Punct)
            {
                // "announced today, Sunday, that": a time in apposition to the one before it reads that one's verb.
                if (k == start - 1 && s.T[k].Punct == ',' && k > 0 && DateWords.IsTrigger(s.Word(k - 1), s.T[k - 1].Capitalised)) continue;
                if (Bounds(s.T[k].Punct)) break;
                continue;
            }
            var cue = Cue(s, k);
            // "said Washington has given him until the end of November": a verb of saying this far back frames the
            // clause the time belongs to, and tells nothing of that clause's tense ("said on Tuesday" is nearer).
            // "said in an interview with RIA Novosti on Thursday that he would meet": a time reached from the verb of saying
            // through its own phrases (a preposition right after the verb, no "that" yet) is still the saying's, and past.
            if (Saying(s.Word(k)) && start - k > SaidReach)
            {
                if (SayingPhrase(s, k, start)) return -1;
                break;
            }
            // "invited the delegation to visit Egypt in May": the past verb governs an act still to come then.
            if (cue < 0 && infinitive) return 0;
            // "agreed on Saturday to reopen": right after the verb, the time is the agreeing's own; so is one after what was
            // agreed with no act still to come in it ("agreed a new sanctions package on Wednesday").
            if (cue == Open) return k == start - 1 || !ToBetween(s, k + 1, start) ? -1 : Open;
            if (cue != 0) return cue;
            infinitive |= s.Word(k) == W.To && k + 1 < start && s.T[k + 1] is { Kind: DateTokenKind.Word, Word: W.None, Capitalised: false, PastForm: false };
        }
        for (var k = end; k < s.T.Length && k < end + ForwardReach; k++)
        {
            if (s.T[k].Kind == DateTokenKind.Punct)
            {
                // "On Friday, the leaders will meet": the comma after a fronted expression is no boundary.
                if (Bounds(s.T[k].Punct) && !(k == end && s.T[k].Punct == ',')) break;
                continue;
            }
            var cue = Cue(s, k);
            if (cue == Open) return Open;
            if (cue != 0) return cue;
        }
        return 0;
    }

    private static bool ToBetween(in Scan s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.Word(k) == W.To) return true;
        }
        return false;
    }

    // "said in a statement on Tuesday": a verb of saying within this many tokens is the one the time dates.
    private const int SaidReach = 4;

    private static bool SayingPhrase(in Scan s, int saying, int start)
    {
        if (s.Word(saying + 1) is not (W.In or W.On or W.At or W.During)) return false;
        for (var k = saying + 1; k < start; k++)
        {
            if (s.Word(k) == W.That) return false;
        }
        return true;
    }

    private static bool Saying(W w) => w is W.Said or W.Says or W.Told or W.Announced or W.Added or W.Stated or W.Noted or W.Confirmed or W.Reported;

    // Clause and quotation boundaries; apostrophes and hyphens belong to words ("'ll", "won't", "mid-May").
    private static bool Bounds(char c) => c is not ('\'' or '\u2019' or '-' or '/' or '&');

    /// <summary>1 for a cue of the future, -1 for one of the past, <see cref="Open"/> for a past act that looks ahead, 0 for none.</summary>
    private static int Cue(in Scan s, int k)
    {
        var next = s.Word(k + 1);
        switch (s.Word(k))
        {
            case W.Will or W.Shall or W.Would or W.Upcoming or W.Coming or W.Next:
                return 1;
            case W.Ll:
                return k > 0 && (s.IsPunct(k - 1, '\'') || s.IsPunct(k - 1, '\u2019')) ? 1 : 0;
            case W.Won:
                // "won't" tells of the future, "won" of the past.
                return s.IsPunct(k + 1, '\'') || s.IsPunct(k + 1, '\u2019') ? 1 : -1;
            case W.Going or W.Is or W.Are or W.Intends:
                return next == W.To ? 1 : 0;
            case W.Plans or W.Plan or W.Planning:
                return next is W.To or W.For ? 1 : 0;
            // "planned for April 22", "the planned visit in May"; "had planned to" was a plan of the past.
            case W.Planned:
                return next is W.To or W.For ? AfterPast(s, k) : s.Word(k - 1) is W.The or W.A ? 1 : 0;
            case W.Invited or W.Agreed or W.Decided or W.Promised or W.Pledged or W.Vowed:
                return Open;
            case W.Set:
                return next is W.To or W.For ? AfterPast(s, k) : -1;
            case W.Due:
                return next is W.To or W.In or W.On or W.For ? AfterPast(s, k) : 0;
            case W.Expected or W.Scheduled or W.Slated:
                return AfterPast(s, k);
            case W.To:
                // "to be held in May"; "was to be held" was a plan of the past.
                return next == W.Be ? AfterPast(s, k) : 0;
            // "has"/"have" tell nothing: a present perfect takes no point in time ("has given him until November").
            case W.Was or W.Were or W.Had or W.Did
                or W.Said or W.Says or W.Told or W.Announced or W.Added or W.Stated or W.Noted or W.Confirmed or W.Reported:
                return -1;
            case W.Met or W.Held or W.Made or W.Took or W.Began or W.Sent or W.Gave or W.Came or W.Went or W.Struck or W.Spoke
                or W.Froze or W.Broke or W.Withdrew or W.Flew or W.Fell or W.Wrote or W.Drew or W.Chose or W.Became or W.Overthrew
                or W.Shook or W.Saw or W.Rang or W.Brought or W.Fought or W.Kept or W.Paid or W.Threw or W.Swore
                or W.Grew or W.Knew or W.Oversaw or W.Undertook or W.Upheld:
                return Passive(s, k) ? 0 : -1;
        }
        return s.T[k].PastForm && !Passive(s, k) ? -1 : 0;
    }

    // "was expected to", "were scheduled for": a plan of the past.
    private static int AfterPast(in Scan s, int k) => k > 0 && s.Word(k - 1) is W.Was or W.Were or W.Had ? -1 : 1;

    // "will be held", "is scheduled": a participle after a form of "be" tells no tense of its own.
    private static bool Passive(in Scan s, int k) => k > 0 && s.Word(k - 1) is W.Be or W.Been or W.Being or W.Is or W.Are;
}
