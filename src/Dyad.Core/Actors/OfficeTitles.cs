using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Actors;

/// <summary>
/// Whether a person of the pack holds an office by its title ("crown prince", "king", "prime minister") on a day. The one
/// test of the two layers that resolve a title named alone (ReigningTitles over the whole document first, Discourse
/// sentence by sentence after it), so that both read the pack's offices alike: by whole words, in any case, on the day
/// the sentence tells of.
/// </summary>
internal static class OfficeTitles
{
    /// <summary>
    /// Whether <paramref name="p"/> held an office whose title has the words of <paramref name="title"/>: on
    /// <paramref name="day"/> (with no day known, an office still held), or with <paramref name="onDay"/> false at any
    /// time, because the pack may list one office at a time (a crown prince named prime minister is still called the
    /// crown prince). With <paramref name="level"/>, only offices at that level count.
    /// </summary>
    public static bool Holds(PersonEntry p, string title, PartialDate? day, bool onDay, RoleLevel? level = null)
    {
        foreach (var r in p.Roles)
        {
            if (level is { } l && r.Level != l) continue;
            if (r.Title is not { } t || !HasWords(t, title)) continue;
            if (!onDay) return true;
            if (day is { } d ? (r.From is null || d.End >= r.From) && (r.To is null || d.Start <= r.To) : r.To is null) return true;
        }
        return false;
    }

    // Whole words: "King of Jordan" bears "king", but "Prime Minister of the United Kingdom" does not, and "President of
    // the United Arab Emirates" is no emir.
    private static bool HasWords(string office, string title)
    {
        for (var at = office.IndexOf(title, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = office.IndexOf(title, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + title.Length;
            if ((at == 0 || !char.IsLetter(office[at - 1])) && (end == office.Length || !char.IsLetter(office[end]))) return true;
        }
        return false;
    }
}
