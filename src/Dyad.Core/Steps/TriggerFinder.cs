using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Finds the step cues of a sentence. Cues are indexed by their first word, so a sentence costs one
/// dictionary look-up per token; cues that compete for the same words keep the one with the higher priority, then the
/// longer. Cues that only share a noun ("reopened its embassy after closing it": "reopened ... embassy" and
/// "embassy ... closing it") are two events.
/// A cue is dropped when an "unless" cue matches around it, or a "requires" word is absent from the sentence.
/// </summary>
internal sealed class TriggerFinder
{
    private readonly FirstWordIndex<(CompiledPattern Pattern, Cue Cue, int[] Later)> _cues = new();
    private readonly ElementPresence _presence = new();

    public IReadOnlyList<CompiledPattern> Patterns { get; }

    public TriggerFinder(Pack pack)
    {
        Patterns = pack.Patterns.Select(p => CompiledPattern.Compile(p, pack)).ToList();
        foreach (var p in Patterns)
        {
            foreach (var cue in p.Cues) _cues.Add(cue, (p, cue, _presence.Add(cue)));
        }
    }

    public List<TriggerMatch> Find(SentenceView view)
    {
        var tokens = view.Tokens;
        var found = new List<TriggerMatch>();
        // Which cues' later elements the sentence has words for: worked out at its first candidate, if it has one.
        Span<ulong> present = stackalloc ulong[_presence.Words];
        present.Clear();
        var marked = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (p, cue, later) in _cues.For(tokens[i]))
            {
                if (later.Length > 0)
                {
                    if (!marked)
                    {
                        _presence.Mark(tokens, present);
                        marked = true;
                    }
                    if (!ElementPresence.All(present, later)) continue;
                }
                TryAdd(view, p, cue, i, found);
            }
        }
        var kept = Resolve(found);
        DropConditionedSteps(view, kept);
        DropSanctionTargets(view, kept);
        return kept;
    }

    // A method of its own, past a test that captures nothing: its lambda captures the sentence, and in Find that made a
    // closure and a delegate for every sentence, strike or not.
    private static void DropSanctionTargets(SentenceView view, List<TriggerMatch> kept)
    {
        if (kept.Exists(k => k.Pattern.Step == "conflict.offensive")) DropStrikesTargeted(view, kept);
    }

    // Apart from the test above: a lambda that captures a method's parameters makes its closure as the method starts, so
    // here it was still made for every sentence.
    private static void DropStrikesTargeted(SentenceView view, List<TriggerMatch> kept)
    {
        // "imposed new sanctions on Iran on Friday, targeting its steel industry": what sanctions target is no strike.
        kept.RemoveAll(k => k.Pattern.Step == "conflict.offensive" && k.First > 0 && view.Tokens[k.First - 1].Is(",")
            && view.Tokens[k.First].Lower is "targeting" && kept.Exists(o => o.End <= k.First && o.Pattern.Step.StartsWith("sanction.", StringComparison.Ordinal)));
    }

    /// <summary>
    /// "Tehran would not negotiate with Washington unless it lifted its sanctions": what a condition asks for, in the
    /// clause after its "unless" or "until", is no step of its own.
    /// </summary>
    private static void DropConditionedSteps(SentenceView view, List<TriggerMatch> kept)
    {
        for (var c = 0; c < kept.Count; c++)
        {
            var condition = kept[c];
            if (condition.Pattern.Step != "condition.set" || view.Tokens[condition.End - 1].Lower is not ("unless" or "until")) continue;
            var end = condition.End;
            while (end < view.Tokens.Count && !view.Tokens[end].Is(",") && !view.Tokens[end].Is(";")) end++;
            RemoveStarting(kept, condition.End, end);
        }
    }

    // Outside the loop above, whose every cue made a closure for this lambda, condition or not.
    private static void RemoveStarting(List<TriggerMatch> kept, int from, int to) => kept.RemoveAll(k => k.First >= from && k.First < to);

    private static void TryAdd(SentenceView view, CompiledPattern p, Cue cue, int i, List<TriggerMatch> into)
    {
        var end = cue.Match(view.Tokens, i, p.Gap, out var matched);
        if (end < 0) return;
        var match = new TriggerMatch(p, i, end) { Matched = matched };
        if (Vetoed(view, match) || !Required(view, p)) return;
        into.Add(match);
    }

    private static bool Vetoed(SentenceView view, TriggerMatch m)
    {
        // "Enayati, a senior diplomat and former Iranian ambassador to Kuwait, was appointed": the post he left is not the one
        // given, which a later cue of the sentence may name.
        if (m.Pattern.Step == "ambassador.appoint" && FormerHolderAt(view, m.First)) return true;
        var unless = m.Pattern.Unless;
        if (unless.IsEmpty) return false;
        // Around the cue: a few words before it, and the few after ("return of refugees", "conditions were met").
        for (var s = Math.Max(0, m.First - 4); s < Math.Min(view.Tokens.Count, m.End + 3); s++)
        {
            if (unless.MatchesAt(view.Tokens, s, 4)) return true;
        }
        return false;
    }

    // A former office holder ("former Iranian ambassador", an elite: .ELI) named where the cue begins.
    private static bool FormerHolderAt(SentenceView view, int first)
    {
        foreach (var x in view.Actors.Mentions)
        {
            if (x.First <= first && first < x.Last && x.Actor is { } actor && actor.EndsWith(".ELI", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool Required(SentenceView view, CompiledPattern p)
    {
        foreach (var alternatives in p.Requires)
        {
            var ok = false;
            foreach (var word in alternatives)
            {
                foreach (var t in view.Tokens)
                {
                    if (word.Matches(t.Lower)) { ok = true; break; }
                }
                if (ok) break;
            }
            if (!ok) return false;
        }
        return true;
    }

    // A loop rather than a lambda, which was a closure and a delegate for every match of every sentence.
    private static bool CompetesWithAny(List<TriggerMatch> kept, TriggerMatch m)
    {
        foreach (var k in kept)
        {
            if (k.Competes(m)) return true;
        }
        return false;
    }

    // A bare verb that begins a reading naming its object is that reading's verb, not a second step: "suspended a range
    // of sanctions" is sanctions eased, not a membership suspended; "reinstate its ambassador" is an ambassador, not a
    // member. Two readings that each name an object ("restore diplomatic, trade and travel ties") both stand, and so does
    // a verb a condition or stance is read around ("refused to meet Erdogan unless Ankara withdraws").
    private static void DropBareVerbs(List<TriggerMatch> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var m = found[i];
            if (m.Length != 1) continue;
            foreach (var o in found)
            {
                if (o.First == m.First && o.Length > 1 && o.Pattern.Step != m.Pattern.Step && o.Pattern.Frame is not (Frame.Condition or Frame.Stance))
                {
                    found.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static bool AllInside(List<TriggerMatch> kept, TriggerMatch m)
    {
        foreach (var k in kept)
        {
            if (k.Competes(m) && !(k.First > m.First && k.End < m.End)) return false;
        }
        return true;
    }

    private static List<TriggerMatch> Resolve(List<TriggerMatch> found)
    {
        if (found.Count <= 1) return found;
        DropBareVerbs(found);
        // Higher priority first; then a verb's reading before a bare noun's ("held security meetings" before "security
        // meetings"); then the reading whose gaps let fewer words through; then the one that names more words.
        found.Sort((a, b) => a.Pattern.Priority != b.Pattern.Priority ? b.Pattern.Priority.CompareTo(a.Pattern.Priority)
            : (a.Pattern.Near == 0) != (b.Pattern.Near == 0) ? (a.Pattern.Near == 0 ? -1 : 1)
            : a.Slack != b.Slack ? a.Slack.CompareTo(b.Slack)
            : a.Matched != b.Matched ? b.Matched.CompareTo(a.Matched) : a.First.CompareTo(b.First));
        var kept = new List<TriggerMatch>();
        foreach (var m in found)
        {
            if (!CompetesWithAny(kept, m)) kept.Add(m);
            // "made an end to Turkish hosting of Brotherhood channels a condition for restoring ties": the words a condition
            // frames are what it asks for, not a reading of their own.
            else if (m.Pattern.Step == "condition.set" && m.Length > 3 && AllInside(kept, m))
            {
                kept.RemoveAll(k => k.Competes(m));
                kept.Add(m);
            }
        }
        kept.Sort((a, b) => a.First.CompareTo(b.First));
        return kept;
    }
}
