using Dyad.Model;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// "Sudan's Defence and Security Council announced ...", "Turkey's National Security Council": a state's own body whose
/// name ends in an organisation's ("Security Council") is the state's, not the organisation's. Without this the
/// council's decision to sever ties with the UAE is the United Nations'.
/// </summary>
internal static class NationalBodies
{
    public static void Resolve(SentenceActors view)
    {
        var tokens = view.Text.Tokens;
        var text = view.Text.Text;
        foreach (var m in view.Mentions)
        {
            if (m.Kind != MentionKind.Organisation || m.Actor is null || m.First < 3) continue;
            // The words of the body's own name before the organisation's: capitalised, or "and" / "of" between them.
            var t = m.First - 1;
            var named = 0;
            while (t >= 1 && m.First - t <= 4 && tokens[t].Kind == TokenKind.Word && !ActorRecognizer.Overlaps(view.Mentions, t, t + 1)
                && (char.IsUpper(text[tokens[t].Start]) || tokens[t].Lower is "and" or "of"))
            {
                // "Syria's Return To Arab League": a headline's capitals, where a capitalised little word gives it away.
                if (char.IsUpper(text[tokens[t].Start]) && tokens[t].Lower is "to" or "by" or "at" or "in" or "on" or "for" or "with" or "from" or "of" or "and" or "the")
                {
                    named = 0;
                    break;
                }
                if (char.IsUpper(text[tokens[t].Start])) named++;
                t--;
            }
            if (named == 0 || t < 1 || !(tokens[t].Is("'s") || tokens[t].Is("'"))) continue;
            var owner = OwnerEndingAt(view.Mentions, t);
            if (owner is null) continue;
            m.Actor = owner.BaseActor;
            m.Kind = MentionKind.Description;
            m.Level = RoleLevel.Official;
        }
    }

    // A loop, not a lambda: the lambda captured the loop's own variable, so C# made a closure for every mention of every
    // sentence, organisation or not.
    private static ActorMention? OwnerEndingAt(List<ActorMention> mentions, int t)
    {
        foreach (var x in mentions)
        {
            if (x.Last == t && x.Actor is not null && x.Kind is MentionKind.State or MentionKind.Capital) return x;
        }
        return null;
    }
}
