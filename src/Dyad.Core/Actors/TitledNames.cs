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
    public static void Resolve(List<SentenceActors> views, Dictionary<string, ActorMention>? titled)
    {
        // Titles only some states give are the document's business too, and must be settled before Discourse guesses a
        // leader for them: the one place the actor stage reads the whole document first.
        ReigningTitles.Resolve(views);
        foreach (var view in views) Appositive(view, ref titled);
        if (titled is null) return;
        foreach (var view in views)
        {
            var tokens = view.Text.Tokens;
            var mentions = view.Mentions;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || !NamePart(view.Text.Text, tokens[t])
                    || !titled.TryGetValue(tokens[t].Lower, out var bearer) || ActorRecognizer.Overlaps(mentions, t, t + 1))
                    continue;
                var again = new ActorMention { First = t, Last = t + 1, Actor = bearer.Actor, Kind = MentionKind.Person, Level = bearer.Level };
                // "Karim Zaltoun" right after the title is the naming itself; "Tal Zaltoun" is another name.
                if (ShortNames.PartOfAnotherName(view, again)) continue;
                var at = mentions.FindIndex(x => x.First > t);
                mentions.Insert(at < 0 ? mentions.Count : at, again);
            }
        }
    }

    /// <summary>
    /// "Hamid al-Shatri, the head of Iraq's National Intelligence Service, travelled to Damascus": a name the pack does
    /// not know, set off by an apposition that names an office, is that office's holder, here and later by surname (with or
    /// without its article: "al-Shatri", "Shatri").
    /// </summary>
    private static void Appositive(SentenceActors view, ref Dictionary<string, ActorMention>? titled)
    {
        var tokens = view.Text.Tokens;
        var text = view.Text.Text;
        for (var i = 0; i < view.Mentions.Count; i++)
        {
            var office = view.Mentions[i];
            if (office.Actor is null || office.Kind == MentionKind.Pronoun || office.Last >= tokens.Count || !tokens[office.Last].Is(",")) continue;
            // "Mykhailo Podolyak, an adviser to Zelenskiy, said": one who serves a leader or a state acts for its state.
            var serves = Serving(tokens, office.First);
            if (serves < 0 && (office.Level is not (RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security) || office.Person is not null)) continue;
            // "the head of Iraq's National Intelligence Service": a few words of office may open the apposition.
            var comma = serves >= 0 ? serves : office.First - 1;
            while (comma >= 0 && office.First - comma <= 4 && tokens[comma].Lower is "the" or "a" or "an" or "head" or "chief" or "director" or "of" or "senior")
                comma--;
            if (comma < 2 || !tokens[comma].Is(",")) continue;
            // Two to four capitalised words right before the comma, opening the sentence or a clause.
            var first = comma;
            while (first > 0 && comma - first < 4 && tokens[first - 1].Kind == TokenKind.Word && NamePart(text, tokens[first - 1])) first--;
            // "Sikorski met Lena Marwick, a senior adviser to President Zelenskiy,": one who serves may be named as an object too.
            if (comma - first < 2 || (first > 0 && tokens[first - 1].Kind == TokenKind.Word && tokens[first - 1].Lower is not ("and" or "but" or "when" or "after" or "as")
                    && !(serves >= 0 && !char.IsUpper(text[tokens[first - 1].Start]))))
                continue;
            if (ActorRecognizer.Overlaps(view.Mentions, first, first + 1) || ActorRecognizer.Overlaps(view.Mentions, comma - 1, comma) || Dated(view, first, comma)) continue;
            ActorMention named;
            if (serves >= 0)
            {
                // The one served only describes the named: "an adviser to President Zelenskiy, met Sikorski" is no leader's meeting.
                named = new ActorMention { First = first, Last = office.Last, Actor = office.BaseActor, Kind = MentionKind.Person, Level = RoleLevel.Official };
                view.Mentions[i] = named;
            }
            else
            {
                named = new ActorMention { First = first, Last = comma, Actor = office.Actor, Kind = MentionKind.Person, Level = office.Level };
                view.Mentions.Insert(i, named);
                i++;
            }
            var surname = tokens[comma - 1].Lower;
            titled ??= new Dictionary<string, ActorMention>(StringComparer.Ordinal);
            titled.TryAdd(surname, named);
            // "al-Shatri" is "Shatri" alone too.
            if (surname.IndexOf('-') is 2 or 3 && surname[..surname.IndexOf('-')] is "al" or "el" or "as" or "ash" or "ad") titled.TryAdd(surname[(surname.IndexOf('-') + 1)..], named);
        }
    }

    // "an adviser to", "a spokesman for", "a senior aide to" right before the mention at `at`: the token before the words of
    // service (where the apposition opens), else -1.
    private static int Serving(List<Token> tokens, int at)
    {
        var k = at - 1;
        // "an adviser to President Zelenskiy": a title the mention leaves out.
        while (k >= 2 && at - k <= 3 && tokens[k].Lower is "president" or "prime" or "minister" or "king" or "emir" or "crown" or "prince"
            or "sheikh" or "chancellor" or "premier" or "supreme" or "leader")
            k--;
        if (k < 2 || tokens[k].Lower is not ("to" or "for")) return -1;
        k--;
        if (tokens[k].Lower is not ("adviser" or "advisor" or "aide" or "spokesman" or "spokeswoman" or "spokesperson")) return -1;
        k--;
        while (k >= 0 && at - k <= 7 && tokens[k].Lower is "senior" or "top" or "chief" or "close" or "foreign-policy" or "foreign" or "policy" or "security"
            or "national" or "political" or "diplomatic" or "military" or "presidential")
            k--;
        return k >= 0 && tokens[k].Lower is "a" or "an" or "the" ? k - 1 : -1;
    }

    // "On Monday, Iraq's foreign minister, Fuad Hussein, said": a time is no name.
    private static bool Dated(SentenceActors view, int first, int end)
    {
        foreach (var (d, token) in view.Dates.Mentions)
        {
            if (token < end && view.Text.TokenAt(d.End - 1) >= first) return true;
        }
        return false;
    }

    // "Hamid", "al-Shatri", "bin": a word of a person's name.
    private static bool NamePart(string text, Token token)
    {
        if (char.IsUpper(text[token.Start])) return true;
        var w = token.Lower;
        var dash = w.IndexOf('-');
        return (dash is 2 or 3 && dash + 1 < w.Length && char.IsUpper(text[token.Start + dash + 1])) || w is "bin" or "ibn" or "bint" or "van" or "von" or "de" or "da";
    }
}
