using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// The ledger's <c>kind: dispute</c> lines (issue 20): each step one source asserts and another denies between the focal
/// state and a counterpart (or within one dyad), with the fields the issue names: source, target, step, asserted_docs,
/// denied_docs, and the assertion's doc, date and evidence.
/// </summary>
public static class DisputeLines
{
    /// <summary>The dispute lines of a focal actor's events, or of one dyad's when <paramref name="dyad"/> is given.</summary>
    public static IReadOnlyList<LedgerLine> Read(IDyadStore store, string? focus, (string A, string B)? dyad, DateOnly? from = null, DateOnly? to = null)
    {
        if (focus is null && dyad is null) return [];
        var query = dyad is { } d ? new EventQuery { Dyad = d } : new EventQuery { Actor = focus };
        var lines = new List<LedgerLine>();
        foreach (var x in Disputes.Find(store, query with { From = from, To = to }))
        {
            var first = x.Asserted[0].Event;
            lines.Add(new LedgerLine("dispute",
            [
                new("kind", "dispute"), new("source", x.Source), new("target", x.Target), new("step", x.Step),
                new("asserted_docs", x.AssertedDocs), new("denied_docs", x.DeniedDocs),
                new("doc", x.Doc), new("date", x.Date?.ToString()), new("evidence", x.Evidence),
                new("evidence_start", first.EvidenceStart), new("evidence_end", first.EvidenceEnd),
                new("denial_evidence", x.DenialEvidence),
            ])
            { Actors = [x.Source, .. x.Target is null ? Array.Empty<string>() : [x.Target]] });
        }
        return lines;
    }
}
