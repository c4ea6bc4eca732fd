using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Dates an event: the nearest time expression of its clause (or else of its sentence) within a few words;
/// "12 years after" dates only the event told right after it; an unresolvable expression ("recently") gives
/// no date rather than a guess; inside a quotation, the date of the speech; else the publication date,
/// unless the clause tells of an earlier past ("had visited").
/// </summary>
internal static class DateLinker
{
    private const int MaxDistance = 15;

    /// <remarks>
    /// A plan is dated when it was announced: a time after its cue ("invited Assad to attend the summit on May 19")
    /// is when the plan is for, so only times before the cue date it ("announced in July that it would appoint").
    /// </remarks>
    public static (PartialDate? Date, DateBasis Basis) Link(SentenceView view, TriggerMatch m, PartialDate? published, bool quoteContinues, bool planned)
    {
        (DateMention Date, int Token)? best = null;
        var bestScore = int.MaxValue;
        foreach (var (d, token) in view.Dates)
        {
            if (d.Role == DateRole.Anchor)
            {
                if (token < m.First && m.First - token <= 6) return (d.Value, d.Value is null ? DateBasis.None : d.Basis);
                continue;
            }
            if (view.Aside[token] && !view.Aside[m.First]) continue;
            if (FirstSince(view, token)) continue;
            if (planned && token > m.First) continue;
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
