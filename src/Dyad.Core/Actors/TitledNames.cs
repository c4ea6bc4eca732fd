using Dyad.Model;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// "Egyptian Foreign Minister Karim Zaltoun met ... Zaltoun told reporters": the surname of someone the pack does not know
/// names them again once the document has named them after a title. Without it, the quote's "we" and every later act of
/// theirs fall to whatever state was named nearest.
/// </summary>
internal static class TitledNames
{
    public static void Resolve(List<SentenceActors> views)
    {
        if (ShortNames.TitledSurnames(views) is not { } titled) return;
        foreach (var view in views)
        {
            var tokens = view.Text.Tokens;
            var mentions = view.Mentions;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(view.Text.Text[tokens[t].Start])
                    || !titled.TryGetValue(tokens[t].Lower, out var bearer) || Covered(mentions, t))
                    continue;
                var again = new ActorMention { First = t, Last = t + 1, Actor = bearer.Actor, Kind = MentionKind.Person, Level = bearer.Level };
                // "Karim Zaltoun" right after the title is the naming itself; "Tal Zaltoun" is another name.
                if (ShortNames.PartOfAnotherName(view, again)) continue;
                var at = mentions.FindIndex(x => x.First > t);
                mentions.Insert(at < 0 ? mentions.Count : at, again);
            }
        }
    }

    private static bool Covered(List<ActorMention> mentions, int t)
    {
        foreach (var x in mentions)
        {
            if (x.First <= t && t < x.Last) return true;
        }
        return false;
    }
}
