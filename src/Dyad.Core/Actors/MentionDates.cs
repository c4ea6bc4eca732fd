using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// The time a name is looked up on: who held an office is read at the time of the clause that names them, not at
/// the sentence's first date. "Trump withdrew from the 2015 nuclear agreement in 2018": Trump acts in 2018, the year
/// of his clause, and "the 2015 agreement" only dates the agreement. A person acts for the state they served then
/// (spec: actors).
/// </summary>
internal static class MentionDates
{
    /// <summary>
    /// The date of the name at <paramref name="token"/>: the nearest point in time of its own stretch of the clause
    /// (no comma between), else <paramref name="main"/> (the sentence's main date, else publication) when its clause
    /// tells that date, else the nearest point in time of its clause or aside. <paramref name="own"/> tells whether
    /// the date was found next to the name.
    /// </summary>
    public static PartialDate? At(SentenceActors view, int token, PartialDate? main, out bool own)
    {
        own = false;
        var dates = view.Dates.Mentions;
        // Most sentences name no time, or one: they cost a look at none or one.
        if (dates.Count == 0) return main;
        var text = view.Text;
        PartialDate? near = null;
        var nearDistance = int.MaxValue;
        var nearRank = int.MaxValue;
        var mainInClause = false;
        foreach (var (d, at) in dates)
        {
            if (!Dates(text, d, at) || !SameClause(text, token, at)) continue;
            mainInClause |= d.Value == main;
            // Rank 0: in the name's own stretch and no noun's time; 1: in the stretch, a noun's time ("the 2015 deal");
            // 2: elsewhere in the clause; 3: a noun's time elsewhere in the clause.
            var rank = (SameStretch(text.Tokens, token, at) ? 0 : 2) + (NounTime(text.Tokens, at) ? 1 : 0);
            var distance = Math.Abs(at - token);
            if (rank > nearRank || (rank == nearRank && distance >= nearDistance)) continue;
            near = d.Value;
            nearRank = rank;
            nearDistance = distance;
        }
        if (near is null) return main;
        // "In December, as the old regime collapsed, Israeli forces moved into the buffer zone established in 1974, and
        // Netanyahu later demanded ...": a time across a comma is another stretch's; the main clause keeps its date.
        if (nearRank >= 2 && mainInClause) return main;
        own = nearRank < 2;
        return near;
    }

    /// <summary>
    /// Another point in time the sentence names at which one of <paramref name="entries"/>, a person's, is in office:
    /// "The old cabinet resigned in March 2016, and the new foreign secretary, Boris Johnson, met Lavrov in December 2017":
    /// Johnson, in an apposition that tells no time of its own, is looked up in 2017.
    /// </summary>
    public static PartialDate? Serving(SentenceActors view, List<LexEntry> entries, PartialDate? tried)
    {
        foreach (var (d, at) in view.Dates.Mentions)
        {
            if (!Dates(view.Text, d, at) || d.Value is not { } value || value.Equals(tried)) continue;
            foreach (var e in entries)
            {
                if (e.Kind == LexKind.Person && e.ActiveIn(value)) return value;
            }
        }
        return null;
    }

    // A resolved point in time that dates what happens near it: "since 2011" and "until 2020" bound a span instead.
    // "the first visit since Assad was ousted in December": a time inside a "since" clause bounds a span as well.
    private static bool Dates(TokenizedSentence text, DateMention d, int at)
    {
        if (d.Role != DateRole.Point || d.Value is null) return false;
        var tokens = text.Tokens;
        for (var t = at; t >= 0 && t >= at - 8; t--)
        {
            if (tokens[t].Lower is "since" or "until" or "till") return false;
            if (tokens[t].Kind == TokenKind.Punct) break;
        }
        return true;
    }

    // One clause and the same side of an aside: "Lapid, who became foreign minister in 2021, met ..." keeps 2021 for
    // the relative clause.
    private static bool SameClause(TokenizedSentence text, int a, int b)
    {
        if (text.Clause[a] != text.Clause[b] || text.Aside[a] != text.Aside[b]) return false;
        if (!text.Aside[a]) return true;
        // Two asides of one clause are two: ", who ... ," and a later "(... )".
        var (from, to) = a < b ? (a, b) : (b, a);
        for (var t = from; t <= to; t++)
        {
            if (!text.Aside[t]) return false;
        }
        return true;
    }

    // No comma between: "Trump met Kim in 2018, and Biden called him in 2021" gives each name its own year.
    private static bool SameStretch(List<Token> tokens, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Is(",")) return false;
        }
        return true;
    }

    // "the 2015 nuclear agreement", "a 2019 visit": a year after an article is the time of the noun it stands before.
    private static bool NounTime(List<Token> tokens, int at) => at > 0 && tokens[at - 1].Lower is "the" or "a" or "an";
}
