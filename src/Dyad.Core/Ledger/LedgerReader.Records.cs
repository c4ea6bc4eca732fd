using Dyad.Actors;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Ledger;

internal sealed partial class LedgerReader
{
    private void ReadConditions(SentenceContext s, List<LedgerRecord> records)
    {
        var cues = new List<(bool Tag, int Start, int End)>();
        _conditions.FindAll(s.Tokens, 0, s.Tokens.Count, cues);
        // "There are no preconditions", "without conditions": a condition denied is no condition.
        if (cues.Count == 0 || _conditionUnless.Any(s.Tokens, 0, s.Tokens.Count)) return;
        var cue = cues[0].Start;
        var setter = s.SubjectBefore(cue) ?? s.FirstActing();
        if (setter is null) return;
        var target = s.OtherAfter(cue, setter) ?? s.OtherBefore(cue, setter) ?? s.Context.FocusOtherThan(setter);
        // A condition is set on someone: "these conditions" with no one to meet them is talk of circumstances.
        if (target is null) return;
        var gates = s.Gates(setter, target);
        foreach (var (topic, words) in TopicsOrRecent(s, onlyReferredBack: false))
            records.Add(s.Stamp(new Condition(setter, target, topic, words, gates)));
    }

    private void ReadGoals(SentenceContext s, List<LedgerRecord> records)
    {
        var cues = new List<(bool Tag, int Start, int End)>();
        _goals.FindAll(s.Tokens, 0, s.Tokens.Count, cues);
        if (cues.Count == 0) return;
        // The goal is what follows the words of aim: "to facilitate the return of Syrian refugees".
        var topics = Topics(s.Tokens, cues[0].Start, s.Tokens.Count);
        if (topics.Count == 0) return;
        // Who acts in the sentence's step claims its goal, else the sentence's subject; where the step is the focal state's
        // own (Syria readmitted to the Arab League), the goal is its counterpart's, who normalizes with it.
        var step = s.Step();
        var (actor, counterpart) = step is { Target: { } target } && target != s.Context.PackFocus && Base(step.Source) == s.Context.PackFocus
            ? (target, step.Source)
            : (step?.Source ?? s.FirstActing(notFocus: true), step?.Target);
        if (actor is null) return;
        counterpart ??= s.Counterpart(actor);
        // A goal is toward someone: a motive with no counterpart is talk of motives in general.
        if (counterpart is null) return;
        foreach (var (topic, _, _) in topics)
            records.Add(s.Stamp(new ClaimedGoal(actor, counterpart, topic)));
    }

    private void ReadStatus(SentenceContext s, List<LedgerRecord> records)
    {
        var cues = new List<(ConditionStatus Tag, int Start, int End)>();
        _status.FindAll(s.Tokens, 0, s.Tokens.Count, cues);
        if (cues.Count == 0) return;
        // "has not curbed" is unmet though "curbed" alone is met: the strongest evidence of the sentence wins.
        var (status, start, end) = cues.OrderBy(c => c.Tag switch { ConditionStatus.Unmet => 0, ConditionStatus.Dropped => 1, _ => 2 }).First();
        var words = s.Text[s.Tokens[start].Start..s.Tokens[end - 1].End];
        var actor = s.SubjectBefore(start) ?? s.FirstActing();
        foreach (var (topic, _) in TopicsOrRecent(s, onlyReferredBack: true))
            records.Add(s.Stamp(new StatusNote(topic, actor, status, words)));
    }

    private void ReadIndicators(SentenceContext s, List<int> candidates, List<LedgerRecord> records, List<RefusedAmount> refused)
    {
        var tokens = s.Tokens;
        var done = -1;
        foreach (var t in candidates)
        {
            if (t < done || s.InDate(t)) continue;
            Amount? found = null;
            for (var start = Math.Max(0, t - 3); start <= t && found is null; start++)
            {
                if (_amounts.Read(tokens, start, s.Text) is { } a && a.First <= t && a.End > t && !s.InDate(a.End - 1)) found = a;
            }
            if (found is not { } amount) continue;
            done = amount.End;
            var words = s.Text[tokens[amount.First].Start..tokens[amount.End - 1].End];
            if (amount.Vague)
            {
                refused.Add(new RefusedAmount(tokens[amount.First].Start, tokens[amount.End - 1].End, words, "vague amount: no number"));
                continue;
            }
            var indicator = Indicator(s, amount, out var unit);
            if (indicator is null) continue;
            records.Add(s.Stamp(new IndicatorValue(indicator, amount.Value!.Value, unit!, amount.Qualifier, s.Place(amount), s.Period(amount), words, s.PeopleOf(amount))));
        }
    }

    // Words a number is read with: a few before it, or up to its clause's end after it.
    private const int Before = 7;
    private const int After = 10;

    /// <summary>The first indicator whose cue stands near the amount and that takes its unit.</summary>
    private string? Indicator(SentenceContext s, Amount amount, out string? unit)
    {
        unit = null;
        var tokens = s.Tokens;
        var from = Math.Max(0, amount.First - Before);
        var to = Math.Min(tokens.Count, amount.End + After);
        // Before the amount, a cue counts only in its own phrase: "killed and nearly 13 million have been displaced".
        for (var i = amount.First - 1; i >= from; i--)
        {
            if (IsStop(tokens[i]) || tokens[i].Is(",") || tokens[i].Is("and") || tokens[i].Is("while") || tokens[i].Is("but")) { from = i + 1; break; }
        }
        for (var i = amount.End; i < to; i++)
        {
            if (IsStop(tokens[i])) { to = i; break; }
        }
        var bare = amount.Unit is null && (amount.End >= tokens.Count || tokens[amount.End].Kind == TokenKind.Punct || _amounts.Bare.MatchAt(tokens, amount.End, out _, out _));
        // The indicator whose cue stands nearest the amount; the first in the pack's order on a tie.
        IndicatorDefinition? best = null;
        var nearest = int.MaxValue;
        var found = new List<(bool Tag, int Start, int End)>();
        foreach (var (definition, cues) in _indicators)
        {
            if (amount.Ratio ? !definition.Ratio : amount.Unit is { } u ? !definition.Units.Contains(u) : !bare) continue;
            found.Clear();
            cues.FindAll(tokens, from, to, found);
            foreach (var (_, start, end) in found)
            {
                var distance = start >= amount.End ? start - amount.End : end <= amount.First ? amount.First - end : 0;
                if (distance < nearest) (best, nearest) = (definition, distance);
            }
        }
        if (best is null) return null;
        unit = amount.Unit ?? best.Units[0];
        return best.Id;
    }

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }

    private static bool IsStop(in Token t) => t.Kind == TokenKind.Punct && (t.Is(";") || t.Is(".") || t.Is(":"));
}
