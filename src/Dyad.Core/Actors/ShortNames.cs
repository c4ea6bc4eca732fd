using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Settles short names once a document is read: "Sharaa" names Ahmed al-Sharaa only where the document also names
/// him in full (or by an alias of the pack), or names the state he acts for ("Erdogan" in an article on Turkey);
/// where several people share the short name, the one named in full is meant, then one whose state is named. A short
/// name of no one so named is dropped: it is a common surname, or someone the pack does not know.
/// </summary>
internal static class ShortNames
{
    internal static bool PartOfAnotherName(SentenceActors view, ActorMention m)
    {
        // "Ambassador Mohamed Al Khajah": a short name followed by more of a name is someone's first name.
        // "Ferdinand Marcos Jr.": a generational suffix is no more of a name.
        // "Sheikh Ahmad Nasser al-Mohammad al-Sabah": a person's name that follows goes on with the same name, so the
        // title and given name before it ("Sheikh Ahmad", the Yemeni minister's short name) are no one else.
        if (m.Last < view.Text.Tokens.Count && view.Text.Tokens[m.Last] is { Kind: Text.TokenKind.Word } after && char.IsUpper(view.Text.Text[after.Start])
            && after.Lower is not ("jr" or "sr" or "ii" or "iii")
            && !view.Mentions.Exists(x => x.First == m.Last && x.Kind != Model.MentionKind.Person) && !view.Dates.Mentions.Exists(d => d.Date.Start == after.Start))
            return true;
        if (m.First == 0) return false;
        var before = view.Text.Tokens[m.First - 1];
        if (before.Kind != Text.TokenKind.Word || !char.IsUpper(view.Text.Text[before.Start])) return false;
        // A title before the name is no other name ("President Sharaa", "Sheikh Tamim"); neither is a sentence's first word,
        // nor a time ("On Wednesday Putin telephoned").
        // A short name before it is a first name, not a title: "Defence Minister Yassin Ibrahim" is neither Muhyiddin Yassin
        // nor Anwar Ibrahim.
        if (view.Mentions.Exists(x => x.Last == m.First && x.ShortName is null) || view.Dates.Mentions.Exists(d => d.Date.End == before.End)) return false;
        // "hours after Saudi King Abdullah withdrew his envoy": a demonym is no other name.
        if (view.Adjectives?.Exists(x => x.Last == m.First) == true) return false;
        return m.First - 1 > 0 && before.Lower is not ("president" or "minister" or "prime" or "king" or "sheikh" or "emir" or "sultan" or "prince"
            or "mr" or "mrs" or "ms" or "dr" or "general" or "secretary" or "ambassador" or "chancellor" or "premier" or "envoy" or "leader");
    }

    // The words of a title that name an office, as the pack's role titles write it ("King of Jordan").
    private static readonly Dictionary<string, string> Offices = new(StringComparer.Ordinal)
    {
        ["king"] = "King", ["queen"] = "Queen", ["emir"] = "Emir", ["amir"] = "Emir", ["sultan"] = "Sultan", ["president"] = "President",
        ["prime"] = "Prime Minister", ["premier"] = "Prime Minister", ["chancellor"] = "Chancellor", ["crown"] = "Crown Prince",
        ["foreign"] = "Foreign", ["defence"] = "Defen", ["defense"] = "Defen",
    };

    /// <summary>
    /// "King Abdullah" in a document that also names the UAE: of those who share a short name, the title before it picks
    /// the one who holds that office (the King of Jordan, not the Emirati foreign minister Abdullah bin Zayed).
    /// </summary>
    private static List<LexEntry> Titled(SentenceActors view, ActorMention m, List<LexEntry> entries)
    {
        if (entries.Count < 2) return entries;
        string? office = null;
        for (var t = Math.Max(0, m.First - 1); t < m.Last - 1 && t < view.Text.Tokens.Count; t++)
        {
            if (Offices.TryGetValue(view.Text.Tokens[t].Lower, out var o)) office = o;
        }
        if (office is null) return entries;
        var fit = entries.Where(e => e.Person is { } p && p.Roles.Any(r => r.Actor == e.Actor && r.From == e.From
            && r.Title is { } title && title.Contains(office, StringComparison.OrdinalIgnoreCase))).ToList();
        return fit.Count > 0 ? fit : entries;
    }

    /// <summary>
    /// "Saudi King Abdullah" in 2011: of those who share a short name, the demonym before it picks the one of that state
    /// (the Saudi king, not Jordan's).
    /// </summary>
    private static List<LexEntry> OfDemonym(SentenceActors view, ActorMention m, List<LexEntry> entries)
    {
        if (entries.Count < 2 || view.Adjectives is null) return entries;
        foreach (var a in view.Adjectives)
        {
            if (a.Last != m.First || a.Actor is null) continue;
            var fit = entries.Where(e => e.Actor is not null && e.Actor.Split('.')[0] == a.Actor).ToList();
            return fit.Count > 0 ? fit : entries;
        }
        return entries;
    }

    private static LexEntry? OneInOffice(List<LexEntry> entries, Model.PartialDate? on)
    {
        if (on is not { } day) return null;
        LexEntry? found = null;
        foreach (var e in entries)
        {
            if (!e.ActiveIn(day) || e.Level is not (Model.RoleLevel.Leader or Model.RoleLevel.Minister)) continue;
            if (found is not null && !ReferenceEquals(found.Person, e.Person)) return null;
            if (found is null || e.Level > found.Level) found = e;
        }
        return found;
    }

    // The surname after each title the document names someone by, when the pack does not know the person: "Cuban
    // Foreign Minister Bruno Rodriguez" keeps "rodriguez" for the Cuban minister.
    internal static Dictionary<string, ActorMention>? TitledSurnames(List<SentenceActors> views)
    {
        Dictionary<string, ActorMention>? titled = null;
        foreach (var view in views)
        {
            var tokens = view.Text.Tokens;
            foreach (var x in view.Mentions)
            {
                if (x.ShortName is not null || x.Person is not null || x.Actor is null || x.Level == Model.RoleLevel.None || x.Kind == Model.MentionKind.Pronoun)
                    continue;
                var t = x.Last;
                while (t < tokens.Count && t < x.Last + 3 && tokens[t].Kind == TokenKind.Word && char.IsUpper(view.Text.Text[tokens[t].Start])
                    && !InNamed(view.Mentions, t))
                    t++;
                // A given name and a surname at least.
                if (t - x.Last < 2) continue;
                (titled ??= new Dictionary<string, ActorMention>(StringComparer.Ordinal)).TryAdd(tokens[t - 1].Lower, x);
            }
        }
        return titled;
    }

    // Whether token t is inside a mention that is no short name. A loop, not a lambda over t: that was a closure for every
    // mention looked at.
    private static bool InNamed(List<ActorMention> mentions, int t)
    {
        foreach (var o in mentions)
        {
            if (o.First <= t && t < o.Last && o.ShortName is null) return true;
        }
        return false;
    }

    // titled: the surnames the document names after a title (TitledSurnames), read once for this and TitledNames.
    // dateOf: the sentence's own date (its main date, else publication), for names whose clause tells no time.
    public static void Resolve(List<SentenceActors> views, Func<SentenceActors, Model.PartialDate?> dateOf, Dictionary<string, ActorMention>? titled)
    {
        var any = false;
        foreach (var view in views)
        {
            foreach (var m in view.Mentions) any |= m.ShortName is not null;
        }
        // Most documents hold no short name: they cost one look at each mention.
        if (!any) return;
        HashSet<Packs.PersonEntry>? named = null;
        var states = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            foreach (var m in view.Mentions)
            {
                if (m.ShortName is not null) continue;
                if (m.Person is not null) (named ??= new HashSet<Packs.PersonEntry>(ReferenceEqualityComparer.Instance)).Add(m.Person);
                if (m.BaseActor is { } b) states.Add(b);
            }
        }
        foreach (var view in views)
        {
            for (var i = view.Mentions.Count - 1; i >= 0; i--)
            {
                var m = view.Mentions[i];
                if (m.ShortName is null) continue;
                // "Ain Issa", "Tal Abyad": a name of something else, of which the short name is only the last word.
                if (PartOfAnotherName(view, m))
                {
                    view.Mentions.RemoveAt(i);
                    continue;
                }
                var candidates = OfDemonym(view, m, Titled(view, m, m.ShortName));
                var meant = named is null ? null : candidates.Where(e => e.Person is not null && named.Contains(e.Person)).ToList();
                // "Cuban Foreign Minister Bruno Rodriguez met Kerry. ... Rodriguez told a news conference": the surname of
                // someone the document named with a title is that person, whoever else in the pack bears it.
                if ((meant is null || meant.Count == 0) && titled is not null
                    && titled.TryGetValue(view.Text.Tokens[m.Last - 1].Lower, out var earlier) && !ReferenceEquals(earlier, m))
                {
                    m.Actor = earlier.Actor;
                    m.Level = earlier.Level;
                    m.Person = earlier.Person;
                    m.ShortName = null;
                    continue;
                }
                if (meant is null || meant.Count == 0) meant = candidates.Where(e => e.Actor is not null && states.Contains(e.Actor.Split('.')[0])).ToList();
                // A head of state or government, or a minister, is named by surname alone ("Erdogan said", "Lavrov
                // visited"), when no one else in office then has that short name ("King Abdullah" in 2023).
                // Looked up at the time of the name's own clause: "Lavrov visited Ankara in 2019" in an article of 2025.
                var date = MentionDates.At(view, m.First, dateOf(view), out var own);
                if (meant.Count == 0 && OneInOffice(candidates, date) is { } holder) meant = [holder];
                // "The cabinet fell in March 2016, and the new foreign secretary, Johnson, met Lavrov in December 2017":
                // someone in office at another time the sentence names, when the stretch naming them tells none.
                else if (meant.Count == 0 && !own && MentionDates.Serving(view, candidates, date) is { } serving
                         && OneInOffice(candidates, serving) is { } then)
                {
                    meant = [then];
                    date = serving;
                }
                if (meant.Count == 0)
                {
                    view.Mentions.RemoveAt(i);
                    continue;
                }
                var entry = ActorRecognizer.Pick(meant, date, out var former);
                if (entry is null && !own && MentionDates.Serving(view, meant, date) is { } other) entry = ActorRecognizer.Pick(meant, other, out former);
                if (entry is null)
                {
                    view.Mentions.RemoveAt(i);
                    continue;
                }
                m.Actor = entry.Actor;
                m.Level = former ? Model.RoleLevel.None : entry.Level;
                m.Former = former;
                m.Person = entry.Person;
                m.ShortName = null;
            }
        }
    }
}
