using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// Reads an event's modality from the cue words of the pack (modality.json) between its subject and its
/// cue, and inside the cue ("did not reopen"). When several kinds of cue occur, a condition wins over a
/// negation, a negation over a demand, a demand over a plan.
/// </summary>
internal sealed class ModalityReader
{
    private static readonly Modality[] Precedence = [Modality.Hypothetical, Modality.Negated, Modality.Demanded, Modality.Planned];
    private readonly Dictionary<Modality, Cue[]> _cues = [];

    public ModalityReader(Pack pack)
    {
        foreach (var (code, words) in pack.ModalityCues)
        {
            if (!ModalityNames.TryParse(code, out var m)) throw new PackException(pack.Directory, $"modality.json: unknown modality '{code}'");
            _cues[m] = words.Select(Cue.Parse).ToArray();
        }
    }

    public Modality Read(SentenceView view, int from, int triggerFirst, int triggerEnd)
    {
        var found = new HashSet<Modality>();
        var clause = view.Clause[triggerFirst];
        for (var t = from; t < triggerEnd; t++)
        {
            if (view.Clause[t] != clause) continue;
            foreach (var (m, cues) in _cues)
            {
                foreach (var cue in cues)
                {
                    if (cue.Match(view.Tokens, t, 3, out _) > 0) { found.Add(m); break; }
                }
            }
        }
        foreach (var m in Precedence)
        {
            if (found.Contains(m)) return m;
        }
        return Modality.Asserted;
    }
}
