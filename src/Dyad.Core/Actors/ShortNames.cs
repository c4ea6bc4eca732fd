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
    private static bool OnePerson(List<LexEntry> entries)
    {
        for (var i = 1; i < entries.Count; i++)
        {
            if (!ReferenceEquals(entries[i].Person, entries[0].Person)) return false;
        }
        return entries.Count > 0;
    }

    public static void Resolve(List<SentenceView> views, Func<SentenceView, DateOnly?> dateOf)
    {
        HashSet<Packs.PersonEntry>? named = null;
        var states = new HashSet<string>(StringComparer.Ordinal);
        var any = false;
        foreach (var view in views)
        {
            foreach (var m in view.Mentions)
            {
                if (m.ShortName is not null) { any = true; continue; }
                if (m.Person is not null) (named ??= new HashSet<Packs.PersonEntry>(ReferenceEqualityComparer.Instance)).Add(m.Person);
                if (m.BaseActor is { } b) states.Add(b);
            }
        }
        if (!any) return;
        foreach (var view in views)
        {
            for (var i = view.Mentions.Count - 1; i >= 0; i--)
            {
                var m = view.Mentions[i];
                if (m.ShortName is null) continue;
                var meant = named is null ? null : m.ShortName.Where(e => e.Person is not null && named.Contains(e.Person)).ToList();
                if (meant is null || meant.Count == 0) meant = m.ShortName.Where(e => e.Actor is not null && states.Contains(e.Actor.Split('.')[0])).ToList();
                // A head of state or government is named by surname alone ("Erdogan said"), when no one else in the pack is.
                if (meant.Count == 0 && OnePerson(m.ShortName) && ActorRecognizer.Pick(m.ShortName, dateOf(view), out var f) is { Level: Model.RoleLevel.Leader } && !f)
                    meant = m.ShortName;
                if (meant.Count == 0)
                {
                    view.Mentions.RemoveAt(i);
                    continue;
                }
                var entry = ActorRecognizer.Pick(meant, dateOf(view), out var former);
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
