using Dyad.Actors;
using Dyad.Model;

namespace Dyad.Steps;

internal static partial class Arguments
{
    // Nouns of a body that acts through the members a list names: "a delegation made up of ...", "a committee composed of ...".
    private static readonly HashSet<string> MemberedNouns = new(StringComparer.Ordinal)
    {
        "delegation", "delegations", "committee", "committees", "team", "teams", "panel", "mission", "commission",
    };

    /// <summary>
    /// The members of a body the list names, when the list says who the body is made of: "a delegation made up of lawmakers
    /// from Egypt, Iraq and Jordan held talks with Assad", "the arrival of a delegation, including ministers from Egypt and
    /// Iraq, for talks with Assad". What the body does, its members do, each for its own state; the members of a
    /// parliamentary body's delegation are their states' legislatures (spec: `.LEG`). Null when the list is no such list, or
    /// when the body is itself an object ("Assad received a delegation made up of ..."): then the list is no subject.
    /// </summary>
    private static List<ActorMention>? Members(SentenceView view, List<ActorMention> group, int at)
    {
        var tokens = view.Tokens;
        var before = group[0].First - 1;
        if (before >= 0 && tokens[before].Is("the")) before--;
        if (before < 2) return null;
        int noun;
        var w = tokens[before].Lower;
        if (w == "of" && tokens[before - 1].Lower is "composed" or "comprised" or "consisting" or "formed") noun = before - 2;
        else if (w == "of" && tokens[before - 1].Is("up") && tokens[before - 2].Is("made")) noun = before - 3;
        else if (w == "comprising") noun = before - 1;
        else if (w == "including" && IncludedFor(view, group, at)) noun = before - 1;
        else return null;
        if (noun >= 0 && tokens[noun].Is(",")) noun--;
        if (noun < 0 || !MemberedNouns.Contains(tokens[noun].Lower) || !BodyActs(view, noun)) return null;
        if (!Parliamentary(view, noun)) return group;
        var members = new List<ActorMention>(group.Count);
        foreach (var x in group)
        {
            // "representatives from Egypt" in an inter-parliamentary delegation sit in Egypt's parliament.
            if (x.Kind is MentionKind.State or MentionKind.Description && x.Actor == x.BaseActor && x.State == x.Actor)
            {
                var legislature = x.Clone();
                legislature.Actor = x.Actor + ".LEG";
                members.Add(legislature);
            }
            else members.Add(x);
        }
        return members;
    }

    // "a delegation, including ministers from Egypt and Iraq, arrived", "..., for talks with Assad": "including" names a
    // body's members only when the body's verb or its own purpose, the cue, follows the list ("several states, including
    // Egypt and Iraq, whose ministers met" names no members).
    private static bool IncludedFor(SentenceView view, List<ActorMention> group, int at)
    {
        var after = group[^1].Last;
        while (after < at && view.Tokens[after].Is(",")) after++;
        if (after >= at) return after == at;
        var w = view.Tokens[after].Lower;
        return (w == "for" && at - after <= 2) || Auxiliaries.Contains(w) || Participles.PastVerb(w);
    }

    // The body is the subject of its clause or what an event noun is of ("the arrival of a delegation"), not the object of a
    // verb ("Assad received a delegation made up of ...", "agreed to set up a committee composed of ..."), whose members
    // do not do what follows.
    private static bool BodyActs(SentenceView view, int noun)
    {
        var tokens = view.Tokens;
        for (var t = noun - 1; t >= 0 && t >= noun - 6; t--)
        {
            var w = tokens[t].Lower;
            if (w is not ("a" or "an" or "the")) continue;
            return t == 0 || tokens[t - 1].Lower is "," or "of" or "when" or "after" or "as" or "while";
        }
        return noun <= 3 && (noun == 0 || tokens[0].Kind == Text.TokenKind.Word);
    }

    private static bool Parliamentary(SentenceView view, int noun)
    {
        for (var t = noun - 1; t >= 0 && t >= noun - 6; t--)
        {
            var w = view.Tokens[t].Lower;
            if (w is "a" or "an" or "the") return false;
            if (w.Contains("parliament", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
