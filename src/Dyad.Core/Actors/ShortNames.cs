using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Settles short names once a document is read: "Sharaa" names Ahmed al-Sharaa only where the document also names
/// him in full (or by an alias of the pack); where several people share the short name, the one named in full is
/// meant. A short name of no one named in full is dropped: it is a common surname, or someone the pack does not know.
/// </summary>
internal static class ShortNames
{
    public static void Resolve(List<SentenceView> views, Func<SentenceView, DateOnly?> dateOf)
    {
        HashSet<Packs.PersonEntry>? named = null;
        var any = false;
        foreach (var view in views)
        {
            foreach (var m in view.Mentions)
            {
                if (m.ShortName is not null) any = true;
                else if (m.Person is not null) (named ??= new HashSet<Packs.PersonEntry>(ReferenceEqualityComparer.Instance)).Add(m.Person);
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
                if (meant is null || meant.Count == 0)
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
