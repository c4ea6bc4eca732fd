using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// "three visits to Muscat, the first in 2015, the second in March 2018 and the third last January", "four rounds of
/// talks followed on January 14, February 24, May 3 and July 1": a count of steps with a list of dates is one step
/// per date. "visited Tehran twice ..., the last time in May 2022": a count with fewer dates than steps leaves the
/// others undated.
/// </summary>
internal static class DateLists
{
    internal static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "numerous", "repeated",
    };

    private static readonly HashSet<string> PluralSteps = new(StringComparer.Ordinal)
    {
        "visits", "trips", "rounds", "meetings", "calls", "conversations", "sessions", "phone", "summits",
    };

    /// <summary>The dates of the several steps a cue counts, in order (null for a step told undated); null when it names one step.</summary>
    public static List<(PartialDate? Value, DateBasis Basis)>? Of(SentenceView view, TriggerMatch m)
    {
        var count = Count(view, m);
        if (count < 2) return null;
        List<(PartialDate? Value, DateBasis Basis)>? dates = null;
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token < m.First || d.Role != DateRole.Point || d.Value is null || view.Aside[token] || view.Clause[token] != view.Clause[m.First]) continue;
            if (dates is not null && Holds(dates, d.Value)) continue;
            (dates ??= []).Add((d.Value, d.Basis));
        }
        if (dates is null) return null;
        // A count told exactly ("twice", "three visits") with fewer dates: the steps not dated stay undated.
        if (count <= MaxExact && dates.Count < count) while (dates.Count < count) dates.Add((null, DateBasis.None));
        return dates.Count >= 2 ? dates : null;
    }

    private const int MaxExact = 5;

    // A loop, not a lambda: one over the loop's date made a closure at every date of every counted cue.
    private static bool Holds(List<(PartialDate? Value, DateBasis Basis)> dates, PartialDate? value)
    {
        foreach (var x in dates)
        {
            if (x.Value == value) return true;
        }
        return false;
    }

    // How many steps the cue counts: 2 to 10 for a number word or figure, MaxExact + 1 for "several"; 1 for none.
    private static int Count(SentenceView view, TriggerMatch m)
    {
        // "visited Tehran twice", "met three times": the count follows the verb.
        for (var t = m.End; t < view.Tokens.Count && t < m.End + 4; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w == "twice") return 2;
            if (w == "thrice") return 3;
            if (t + 1 < view.Tokens.Count && view.Tokens[t + 1].Is("times") && Number(w) is var n and > 1) return n;
            if (w is "," or ";" or ".") break;
        }
        // "met his Syrian counterpart in Moscow in December 2022 and again in January 2023": one step per date.
        for (var t = m.End; t < view.Tokens.Count && t < m.End + 12 && view.Clause[t] == view.Clause[m.First]; t++)
        {
            if (view.Tokens[t].Is("again") && view.Tokens[t - 1].Is("and")) return MaxExact + 1;
        }
        // "visited Damascus on February 4, and returned to the Syrian capital on April 12": a trip made again, told by a
        // verb of its own sharing the subject, is one more step with its own date ("returned home" ends the same trip).
        if (m.Pattern.Step.StartsWith("visit", StringComparison.Ordinal) && ReturnedAfter(view, m)) return MaxExact + 1;
        if (DatedConjuncts(view, m)) return 2;
        if (!Several(view, m)) return 1;
        // "two visits", "three rounds of talks": exact only where the number stands right before the step's noun ("the
        // two leaders spoke by phone" counts leaders, not calls).
        for (var t = Math.Max(0, m.First - 3); t + 1 < m.End; t++)
        {
            if (Number(view.Tokens[t].Lower) is var n and > 1 && PluralSteps.Contains(view.Tokens[t + 1].Lower)) return n;
        }
        return MaxExact + 1;
    }

    // "imposed tariffs on Australian barley in May 2020 and on wine later that year": two objects of one verb, each told
    // with a time of its own, are two steps. Only where the second object's phrase holds no verb and ends its clause
    // ("and on Monday exchanged ambassadors" is another verb's time).
    private static bool DatedConjuncts(SentenceView view, TriggerMatch m)
    {
        var first = -1;
        var second = -1;
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token < m.End || d.Role != DateRole.Point || d.Value is null || view.Clause[token] != view.Clause[m.First]) continue;
            if (first < 0) first = token;
            else if (second < 0) second = token;
            else return false;
        }
        if (second < 0) return false;
        var and = -1;
        for (var t = first + 1; t < second; t++)
        {
            if (view.Tokens[t].Is("and")) { and = t; break; }
        }
        if (and < 0 || and + 2 > second || (view.Tokens[and + 1].Lower is not ("on" or "to" or "against" or "with") && !Named(view, and + 1, first))) return false;
        for (var t = and + 2; t < second; t++)
        {
            if (view.Tokens[t].Kind == TokenKind.Punct || Participles.PastVerb(view.Tokens[t].Lower) || t > and + 6) return false;
        }
        // "flew to Riyadh on Monday, and to Doha on Tuesday": a second party named is another leg, dated on its own.
        if (view.NamesActorBetween(and, second)) return false;
        var end = view.TokenAt(FindEnd(view, second) - 1) + 1;
        return end >= view.Tokens.Count || view.Tokens[end].Kind == TokenKind.Punct || view.Tokens[end].Lower is "as" or "after" or "in";
    }

    // "after Operation Euphrates Shield in 2016 and Operation Olive Branch in 2018": a second step named by its own name, with
    // its own year, is another of the kind the cue counts.
    // Only where the second name starts as the first did ("Operation ... and Operation ..."): "struck army positions in 2018 and
    // Iran-backed militias in 2019" names another target, "and Amnesty International in 2019 accused" another subject.
    private static bool Named(SentenceView view, int t, int firstDate)
    {
        if (view.Tokens[t].Kind != TokenKind.Word || !char.IsUpper(view.Text[view.Tokens[t].Start])) return false;
        for (var f = Math.Max(0, firstDate - 6); f < firstDate; f++)
        {
            if (view.Tokens[f].Is(view.Tokens[t].Lower)) return true;
        }
        return false;
    }

    private static int FindEnd(SentenceView view, int token)
    {
        foreach (var (d, at) in view.Dates.Mentions)
        {
            if (at == token) return d.End;
        }
        return view.Tokens[token].End;
    }

    private static bool ReturnedAfter(SentenceView view, TriggerMatch m)
    {
        for (var t = m.End + 1; t + 1 < view.Tokens.Count && t < m.End + 16; t++)
        {
            var w = view.Tokens[t].Lower;
            if (w is ";" or "." or "but" or "while" or "when" or "after" or "before") return false;
            if (w is "returned" or "came" && view.Tokens[t - 1].Is("and") && !view.Tokens[t + 1].Is("home")
                && (w == "returned" || view.Tokens[t + 1].Is("back")))
                return BackToTheSamePlace(view, m.First, t);
        }
        return false;
    }

    // "visited Riyadh on February 2 and returned to Damascus on February 3": going home is no second visit; a return is one
    // only to a place of the state the trip went to ("visited Damascus ... and returned to the Syrian capital"), or to no
    // place named.
    private static bool BackToTheSamePlace(SentenceView view, int first, int returned)
    {
        string? back = null;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First > returned && x.First <= returned + 6 && x.BaseActor is { } b) { back = b; break; }
        }
        // "visited Damascus in early January and returned a week after the earthquake": returned there.
        if (back is null) return true;
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First >= first && x.First < returned && x.BaseActor == back) return true;
        }
        return false;
    }

    private static int Number(string w) => w switch
    {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => int.TryParse(w, out var n) && n is > 1 and < 100 ? n : 0,
    };

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
