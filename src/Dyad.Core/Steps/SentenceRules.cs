using Dyad.Model;

namespace Dyad.Steps;

/// <summary>Rules over all the steps one sentence tells, once its cues are coded.</summary>
internal static class SentenceRules
{
    /// <summary>
    /// "Erdogan met the Saudi crown prince on his first visit", "Raisi met Assad in Damascus": a meeting during a visit
    /// is the visit (spec: a meeting on one side's soil is a visit by the other side). A contact between the parties
    /// of a visit told in the same sentence is dropped.
    /// </summary>
    public static void DropContactsOfVisits(List<Event> events, int first)
    {
        for (var i = events.Count - 1; i >= first; i--)
        {
            var e = events[i];
            if (e.Step is null || !e.Step.StartsWith("contact.", StringComparison.Ordinal)) continue;
            for (var k = first; k < events.Count; k++)
            {
                var v = events[k];
                if (v.Step == "visit.leader" && EventMerger.SamePair(v, e))
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Damascus insisted that any normalisation with Ankara must be preceded by a withdrawal of Turkish troops": a step
    /// toward a state and toward its army, told in one sentence by one source, is one step toward the state.
    /// </summary>
    public static void DropArmiesOfStates(List<Event> events, int first)
    {
        for (var i = events.Count - 1; i >= first; i--)
        {
            var e = events[i];
            // An offensive against a state's army is against the army ("launched an offensive against Syrian Arab Army forces").
            if (e.Target is not { } target || !target.EndsWith(".MIL", StringComparison.Ordinal) || e.Step is null || e.Step.StartsWith("conflict.", StringComparison.Ordinal)) continue;
            var state = target.AsSpan(0, target.Length - 4);
            for (var k = first; k < events.Count; k++)
            {
                var v = events[k];
                if (v.Step == e.Step && v.Source == e.Source && v.Target is { } t && state.SequenceEqual(t))
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }
}
