using Dyad.Model;

namespace Dyad.Actors;

/// <summary>
/// "the crown prince", "the emir", "the king", "the sultan", "the supreme leader": a title that only some states give names the one
/// who holds it, not whoever led a state last. "Crown Prince Mohammed bin Zayed will visit Ankara ... (six sentences on)
/// Erdogan discussed regional issues with the crown prince" is the UAE's leader, not Turkey's. Resolved over the whole
/// document, before Discourse: first the nearest person named before it in its sentence who bears the title, else a state
/// of its sentence that gives it ("flew to Kuwait, where the emir received him" after Qatar's emir the day before), else
/// the nearest bearer named in the sentences before, else the nearest state named before that gives it. A title no state
/// named gives stays to Discourse ("the queen" after a president named only).
/// </summary>
internal static class ReigningTitles
{
    // The title as the text writes it after "the" (lower case), the word a holder's title in the pack bears, and the
    // states whose heads, or heirs acting for them, bear it 2011-2026.
    private static readonly (string[] Words, string Title, string[] States)[] Titles =
    [
        (["crown", "prince"], "Crown Prince", ["SAU", "ARE", "KWT", "BHR", "QAT", "JOR", "OMN", "MAR"]),
        (["emir"], "Emir", ["QAT", "KWT"]),
        (["amir"], "Emir", ["QAT", "KWT"]),
        (["sultan"], "Sultan", ["OMN", "BRN"]),
        // The Taliban's leader too: "a Chinese envoy met the supreme leader in Kandahar".
        (["supreme", "leader"], "Supreme Leader", ["IRN", "PRK", "AFG"]),
        // "The king spoke by phone with Assad" after "Jordan reopened the crossing": a reigning king, as "the kingdom" is one.
        (["king"], "King", ["SAU", "JOR", "BHR", "MAR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BTN", "LSO", "SWZ", "TON", "MYS"]),
    ];

    public static void Resolve(List<SentenceActors> views)
    {
        for (var v = 0; v < views.Count; v++)
        {
            var view = views[v];
            foreach (var m in view.Mentions)
            {
                if (m.Actor is not null || m.Refers != "role-leader" || m.Kind != MentionKind.Pronoun) continue;
                var tokens = view.Text.Tokens;
                if (!tokens[m.First].Is("the")) continue;
                var title = Match(tokens, m.First + 1, m.Last);
                if (title < 0) continue;
                var (_, word, states) = Titles[title];
                // The holder named in the sentence, else a state of the sentence that gives the title ("flew to Kuwait, where
                // the emir received him", after "Qatar's Emir Tamim" the day before), else the holder named before, else a
                // state named before.
                // Who bears it on the day the sentence tells of first, else who bore it once (Discourse reads titles alike).
                var day = view.Dates.MainDate()?.Value ?? view.Dates.StoryDate;
                var holder = Holder(view, m, word, day, true) ?? Holder(view, m, word, day, false);
                var local = holder is null ? StateIn(view, m, states) : null;
                if (local is null) holder ??= HolderBefore(views, v, word, day, true) ?? HolderBefore(views, v, word, day, false);
                // A king, emir or sultan named by name becomes that person, as Discourse makes one it finds a few sentences
                // back, so that a later "his" stands for him: "after a phone call with King Mohammed VI ... the king said
                // his support was unchanged".
                if (holder is not null && word is "King" or "Emir" or "Sultan") m.Kind = MentionKind.Person;
                var state = holder?.BaseActor ?? local ?? StateBefore(views, v, states);
                if (state is null) continue;
                // Resolved, it stays an anaphor as a resolved "he" does: "the leaders" after it still look for the leaders
                // named by name.
                m.Actor = state;
                m.Level = RoleLevel.Leader;
                m.Resolved = true;
            }
            Honorifics(view);
        }
    }

    /// <summary>
    /// "His Royal Highness Prince Faisal bin Farhan", "His Majesty King Hamad", "Her Excellency the Minister": a style of
    /// address opens the title of the one named right after it; its "His" stands for that one, not for the man named
    /// before ("... met Assad. The visit of His Highness Prince Faisal to Damascus"). With no one named after it ("His
    /// Excellency stressed"), it stays a pronoun.
    /// </summary>
    private static void Honorifics(SentenceActors view)
    {
        var tokens = view.Text.Tokens;
        foreach (var m in view.Mentions)
        {
            if (m.Actor is not null || m.Kind != MentionKind.Pronoun || m.Last - m.First != 1 || tokens[m.First].Lower is not ("his" or "her")) continue;
            var t = m.Last;
            if (t < tokens.Count && tokens[t].Lower is "royal" or "serene") t++;
            if (t >= tokens.Count || tokens[t].Lower is not ("majesty" or "highness" or "excellency" or "eminence")) continue;
            var named = ++t;
            if (t < tokens.Count && tokens[t].Lower is "the" or "dr" or "sheikh" or "prince") t++;
            foreach (var x in view.Mentions)
            {
                if (x.First < named) continue;
                if (x.First <= t && x.Actor is not null && x.Level is RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security)
                {
                    m.Actor = x.Actor;
                    m.Level = x.Level;
                    m.Resolved = true;
                }
                break;
            }
        }
    }

    private static int Match(List<Dyad.Text.Token> tokens, int first, int last)
    {
        for (var i = 0; i < Titles.Length; i++)
        {
            var words = Titles[i].Words;
            if (last - first != words.Length) continue;
            var same = true;
            for (var k = 0; k < words.Length && same; k++) same = tokens[first + k].Lower == words[k];
            if (same) return i;
        }
        return -1;
    }

    // Titles are whole words of a leader's office: "King of Jordan" bears "King", "Monarch of the United Kingdom" does not.
    private static bool Bears(ActorMention x, string title, PartialDate? day, bool onDay) =>
        x.Kind == MentionKind.Person && x.Person is { } p && x.Actor is not null && OfficeTitles.Holds(p, title, day, onDay, RoleLevel.Leader);

    // The nearest bearer before the title in its own sentence.
    private static ActorMention? Holder(SentenceActors view, ActorMention m, string title, PartialDate? day, bool onDay)
    {
        ActorMention? found = null;
        foreach (var x in view.Mentions)
        {
            if (x.First >= m.First) break;
            if (Bears(x, title, day, onDay)) found = x;
        }
        return found;
    }

    private static ActorMention? HolderBefore(List<SentenceActors> views, int v, string title, PartialDate? day, bool onDay)
    {
        for (var back = v - 1; back >= 0; back--)
        {
            var mentions = views[back].Mentions;
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                if (Bears(mentions[i], title, day, onDay)) return mentions[i];
            }
        }
        return null;
    }

    // "The emir received the Syrian minister in Doha": the nearest state that gives the title, in the sentence before the
    // title, then after it ("The crown prince welcomed him, the Saudi Press Agency said").
    private static string? StateIn(SentenceActors view, ActorMention m, string[] states)
    {
        string? before = null, after = null;
        foreach (var x in view.Mentions)
        {
            if (x == m || x.BaseActor is not { } b || Array.IndexOf(states, b) < 0) continue;
            if (x.First < m.First) before = b;
            else after ??= b;
        }
        return before ?? after;
    }

    // The nearest state that gives the title in the sentences before.
    private static string? StateBefore(List<SentenceActors> views, int v, string[] states)
    {
        for (var back = v - 1; back >= 0; back--)
        {
            var mentions = views[back].Mentions;
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                if (mentions[i].BaseActor is { } b && Array.IndexOf(states, b) >= 0) return b;
            }
        }
        return null;
    }
}
