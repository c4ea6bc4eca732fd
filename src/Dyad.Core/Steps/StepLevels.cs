using Dyad.Actors;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Picks the rung of a contact from who takes part: intelligence chiefs make a security contact, two heads of
/// state a leaders' contact, a leader travelling to the other state (or meeting it on its soil) a leader's visit,
/// anyone else a ministerial contact. Patterns name "contact.*" or "visit.*" and leave the choice here.
/// </summary>
internal static class StepLevels
{
    public static (string Step, bool Swap) Resolve(string step, SentenceView view, TriggerMatch m, ActorMention source, ActorMention target, ActorMention? location)
    {
        if (!step.EndsWith(".*", StringComparison.Ordinal)) return (step, false);
        var (sourceLeads, targetLeads) = (Leads(source), Leads(target));
        // Intelligence chiefs make a security contact; defence and foreign ministers at the same meeting a ministerial
        // one (spec: "both at one meeting give both": StepCoder pairs each with their peer). "Intelligence" in the
        // sentence counts for parties of no rank.
        var security = source.Level == RoleLevel.Security || target.Level == RoleLevel.Security
            || Enumerable.Range(m.First, m.Length).Any(t => view.Tokens[t].Lower is "security" or "intelligence")
            || (source.Level <= RoleLevel.Official && target.Level <= RoleLevel.Official && view.Tokens.Any(t => t.Is("intelligence")));
        if (security) return ("contact.security", false);
        if (step == "visit.*")
        {
            return sourceLeads ? ("visit.leader", false) : ("contact.ministerial", false);
        }
        // A meeting on one side's soil: the other side travelled, and the traveller's rank makes the step.
        var place = location?.BaseActor;
        // "the telephone call between Assad and Sheikh Mohammed bin Zayed, Crown Prince of Abu Dhabi": a cue that names a
        // call travels nowhere, whatever place the sentence names.
        if (place is not null && Call(view, m)) place = null;
        // "Houthi negotiators met the Saudi ambassador in Sanaa": the opposition's own ground is its state's.
        if (place is not null && (place == target.State || place == source.State) && target.State != source.State)
        {
            var swap = place == source.State;
            var visitor = swap ? target : source;
            // An organisation's seat is no state to visit (spec: a leader's visit is to the other state).
            if (location is { Kind: MentionKind.Organisation }) return (sourceLeads && targetLeads ? "contact.leader" : "contact.ministerial", swap);
            return (Leads(visitor) ? "visit.leader" : "contact.ministerial", swap);
        }
        return sourceLeads && targetLeads ? ("contact.leader", false) : ("contact.ministerial", false);
    }

    /// <summary>
    /// True when a security contact also names ministers outside its two parties: "defence ministers and intelligence
    /// chiefs from Turkey and Syria met", where the intelligence chiefs made it a security contact.
    /// </summary>
    public static bool MinistersToo(SentenceView view, ActorMention source, ActorMention target)
    {
        for (var t = 0; t < view.Tokens.Count; t++)
        {
            if (view.Tokens[t].Lower is not ("minister" or "ministers") || (t > 0 && view.Tokens[t - 1].Lower == "prime")) continue;
            // "Hakan Fidan, who became foreign minister in June": a role told of one party, not another at the table.
            if (Covers(source, t) || Covers(target, t) || Describes(view, t)) continue;
            return true;
        }
        return false;

        static bool Covers(ActorMention m, int t) => m.First <= t && t < m.Last;

        static bool Describes(SentenceView view, int t)
        {
            for (var k = Math.Max(0, t - 4); k < t; k++)
            {
                if (view.Tokens[k].Lower is "who" or "became" or "as" or "former" or "then" or "now") return true;
            }
            return false;
        }
    }

    private static bool Call(SentenceView view, TriggerMatch m)
    {
        // "Erdogan called Assad to offer condolences": the verb alone.
        if (m.End - m.First == 1 && view.Tokens[m.First].Lower is "called" or "rang") return true;
        for (var t = m.First; t < m.End; t++)
        {
            if (view.Tokens[t].Lower is "call" or "calls" or "phone" or "telephone" or "telephoned" or "phoned" or "videoconference" or "video") return true;
        }
        return false;
    }

    // A head of state or government: the head of an organisation meets and travels as its envoys do (spec: steps).
    // (Lexicon enters the leader of an organisation at a minister's level for the same reason.)
    private static bool Leads(ActorMention m) => m.Level == RoleLevel.Leader && m.Kind != MentionKind.Organisation;
}
