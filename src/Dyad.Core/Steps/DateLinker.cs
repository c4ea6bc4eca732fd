using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Dates an event: the nearest time expression of its clause (or else of its sentence) within a few words;
/// "12 years after" dates only the event told right after it; an unresolvable expression ("recently") gives
/// no date rather than a guess; a dateline and a time still to come ("soon") date nothing; inside a quotation, the date of the speech; else the publication date,
/// unless the clause tells of an earlier past ("had visited").
/// </summary>
internal static class DateLinker
{
    private const int MaxDistance = 15;

    // How far after an anchor's last word the event it dates may start: "a day after [the United Arab Emirates] reopened".
    private const int AnchorReach = 6;

    /// <remarks>
    /// A plan is dated when it was announced: a time after its cue ("invited Assad to attend the summit on May 19")
    /// is when the plan is for, so only times before the cue date it ("announced in July that it would appoint").
    /// A deed told in what someone said ("revealed in August 2022 that he had held a conversation ... in October
    /// 2021") is dated by its own time, not by the saying's: a time before "said that" dates only statements and plans.
    /// </remarks>
    public static (PartialDate? Date, DateBasis Basis) Link(SentenceView view, TriggerMatch m, PartialDate? published, bool quoteContinues, bool planned,
        bool statement = false)
    {
        var saying = planned || statement ? -1 : SayingBefore(view, m.First);
        (DateMention Date, int Token)? best = null;
        var bestScore = int.MaxValue;
        foreach (var (d, token) in view.Dates)
        {
            if (d.Role is DateRole.Dateline or DateRole.Prospective) continue;
            if (d.Role == DateRole.Anchor)
            {
                if (token < m.First && m.First - view.TokenAt(d.End - 1) <= AnchorReach) return (d.Value, d.Value is null ? DateBasis.None : d.Basis);
                continue;
            }
            if (view.Aside[token] && !view.Aside[m.First]) continue;
            if (FirstSince(view, token)) continue;
            if (planned && token > m.First) continue;
            if (token < saying && HasLaterDate(view, m, saying)) continue;
            if (saying >= 0 && token > saying && view.Clause[token] == view.Clause[m.First])
            {
                // Within what was said, the deed's own time wins at any distance.
                if (d.Value is not null && d.Role == DateRole.Point) return (d.Value, d.Basis);
            }
            var distance = Math.Abs(token - m.First);
            if (distance > MaxDistance) continue;
            var score = distance + (view.Clause[token] == view.Clause[m.First] ? 0 : 100);
            if (score < bestScore) { bestScore = score; best = (d, token); }
        }
        if (best is { } b)
        {
            return b.Date.Role == DateRole.Unresolvable || b.Date.Value is null ? (null, DateBasis.None) : (b.Date.Value, b.Date.Basis);
        }
        if (quoteContinues && view.SpeakerDate is not null) return (view.SpeakerDate, view.SpeakerDateBasis);
        if (published is null || EarlierPast(view, m)) return (null, DateBasis.None);
        return (published, DateBasis.Publication);
    }

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
        foreach (var (d, token) in view.Dates)
        {
            if (token > saying && d.Role == DateRole.Point && d.Value is not null && view.Clause[token] == view.Clause[m.First]) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Sayings = new(StringComparer.Ordinal)
    {
        "said", "says", "revealed", "reveals", "announced", "announces", "confirmed", "confirms", "reported", "reports", "disclosed",
        "stated", "told", "acknowledged", "admitted", "claimed", "noted", "added", "wrote", "recalled",
    };

    // "his first trip to an Arab state since 2011": the date counts the years before the event, it is not its date.
    private static bool FirstSince(SentenceView view, int token)
    {
        if (!view.Tokens[token].Is("since")) return false;
        for (var t = Math.Max(0, token - 8); t < token; t++)
        {
            if (view.Tokens[t].Is("first")) return true;
        }
        return false;
    }

    // "had visited", "had been suspended": the past perfect tells of something before the news.
    private static bool EarlierPast(SentenceView view, TriggerMatch m)
    {
        for (var t = Math.Max(0, m.First - 4); t <= m.First && t < view.Tokens.Count; t++)
        {
            if (view.Tokens[t].Is("had") && view.Clause[t] == view.Clause[m.First]) return true;
        }
        return false;
    }
}
