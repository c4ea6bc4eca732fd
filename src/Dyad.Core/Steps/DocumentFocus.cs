using System.Runtime.InteropServices;
using Dyad.Actors;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// The states a document is about, most likely first: the pack's focus when the document names it, then the states and
/// organisations it names most, the headline counting thrice. A statement that names no one after its cue is about one
/// of them ("Saudi Arabia, the UAE, Bahrain and Egypt agreed to restore ties severed in 2017", after a sentence on Qatar).
/// <see cref="Pack"/> is the pack's focal state when the document names it: meetings of several parties that include it
/// are coded towards it (spec: Conventions).
/// </summary>
internal sealed class DocumentFocus
{
    private const int Size = 3;
    private const int HeadlineWeight = 3;

    private DocumentFocus(string? pack, List<string> states)
    {
        Pack = pack;
        States = states;
    }

    public string? Pack { get; }
    public IReadOnlyList<string> States { get; }

    // The thread's own table of counts, cleared for each document: a new one per document was about one percent of
    // what coding allocated.
    [ThreadStatic] private static Dictionary<string, int>? t_counts;

    public static DocumentFocus Of(IReadOnlyList<SentenceView> views, string? packFocus)
    {
        var counts = t_counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        counts.Clear();
        for (var i = 0; i < views.Count; i++)
        {
            var weight = i == 0 ? HeadlineWeight : 1;
            foreach (var x in views[i].Actors.Mentions)
            {
                if (x.Actor is null || x.Kind is MentionKind.Place or MentionKind.Group or MentionKind.Pronoun) continue;
                var b = x.BaseActor!;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, b, out _) += weight;
            }
        }
        var focus = new List<string>(Size + 1);
        var named = packFocus is not null && counts.ContainsKey(packFocus);
        if (named) focus.Add(packFocus!);
        // The few most named, picked by repeated scans: cheaper than sorting what every document names.
        while (focus.Count < Size)
        {
            string? best = null;
            var most = 0;
            foreach (var (actor, n) in counts)
            {
                if (focus.Contains(actor)) continue;
                if (n > most || (n == most && best is not null && string.CompareOrdinal(actor, best) < 0)) (best, most) = (actor, n);
            }
            if (best is null) break;
            focus.Add(best);
        }
        return new DocumentFocus(named ? packFocus : null, focus);
    }
}
