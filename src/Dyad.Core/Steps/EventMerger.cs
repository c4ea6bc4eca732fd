using Dyad.Model;

namespace Dyad.Steps;

/// <summary>
/// Makes one record of several mentions of one event in a document: same source, target and step, with dates
/// that agree (one a coarser form of the other) or missing. The record keeps the first evidence, the most
/// precise date and the highest confidence. Events of the same kind on different dates stay apart.
/// </summary>
internal static class EventMerger
{
    public static List<Event> Merge(List<Event> events)
    {
        var kept = new List<Event>(events.Count);
        foreach (var e in events)
        {
            var index = kept.FindIndex(k => k.Source == e.Source && k.Target == e.Target && k.Step == e.Step && Agree(k.Date, e.Date));
            if (index < 0) { kept.Add(e); continue; }
            var k = kept[index];
            var date = MorePrecise(k, e);
            kept[index] = k with
            {
                Date = date.Date,
                DateBasis = date.DateBasis,
                Confidence = Math.Max(k.Confidence, e.Confidence),
                Modality = k.Modality == Modality.Asserted || e.Modality != Modality.Asserted ? k.Modality : e.Modality,
                Mentions = k.Mentions + e.Mentions,
            };
        }
        return kept;
    }

    private static bool Agree(PartialDate? a, PartialDate? b) => a is null || b is null || a.Value.IsCompatibleWith(b.Value);

    private static Event MorePrecise(Event a, Event b)
    {
        if (a.Date is null) return b;
        if (b.Date is null) return a;
        // A date read in the text beats the publication fallback; then the finer one wins.
        if (a.DateBasis == DateBasis.Publication && b.DateBasis != DateBasis.Publication) return b;
        if (b.DateBasis == DateBasis.Publication && a.DateBasis != DateBasis.Publication) return a;
        return b.Date.Value.Precision > a.Date.Value.Precision ? b : a;
    }
}
