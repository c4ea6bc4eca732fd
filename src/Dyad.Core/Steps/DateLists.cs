using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// "three visits to Muscat, the first in 2015, the second in March 2018 and the third last January", "four rounds of
/// talks followed on January 14, February 24, May 3 and July 1": a count of steps with a list of dates is one step
/// per date.
/// </summary>
internal static class DateLists
{
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "numerous", "repeated",
    };

    private static readonly HashSet<string> PluralSteps = new(StringComparer.Ordinal)
    {
        "visits", "trips", "rounds", "meetings", "calls", "conversations", "sessions", "phone", "summits",
    };

    /// <summary>The dates of the several steps a cue counts, in order; null when it names one step.</summary>
    public static List<DateMention>? Of(SentenceView view, TriggerMatch m)
    {
        if (!Several(view, m)) return null;
        List<DateMention>? dates = null;
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token < m.First || d.Role != DateRole.Point || d.Value is null || view.Aside[token] || view.Clause[token] != view.Clause[m.First]) continue;
            if (dates is not null && dates.Exists(x => x.Value == d.Value)) continue;
            (dates ??= []).Add(d);
        }
        return dates is { Count: >= 2 } ? dates : null;
    }

    private static bool Several(SentenceView view, TriggerMatch m)
    {
        var plural = false;
        for (var t = m.First; t < m.End; t++)
        {
            if (PluralSteps.Contains(view.Tokens[t].Lower)) plural = true;
        }
        if (!plural) return false;
        for (var t = Math.Max(0, m.First - 3); t < m.End; t++)
        {
            var tok = view.Tokens[t];
            if (Counts.Contains(tok.Lower) || (tok.Kind == Text.TokenKind.Number && tok.Lower is not ("1" or "0"))) return true;
        }
        return false;
    }
}
