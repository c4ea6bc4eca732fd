using Dyad.Model;

namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    // The columns ReadEvent reads, without the evidence ('') and the document's (nulls): no join, no text.
    private const string ClaimColumns =
        "e.id, e.doc_key, e.source, e.target, e.step, e.type, e.modality, e.date, e.date_basis, e.confidence, '' AS evidence, " +
        "e.evidence_start, e.evidence_end, e.sentence_idx, e.pattern, e.mentions, e.document_id, NULL AS title, NULL AS url, NULL AS published, NULL AS outlet";

    /// <summary>
    /// The asserted and negated step events between exactly <paramref name="a"/> and <paramref name="b"/> (both directions)
    /// without their evidence and document (<see cref="Model.Event.Evidence"/> empty; title, address and outlet null): what
    /// finding disputes needs of each, read from the two ranges of ix_events_pair without a row of documents or a sentence
    /// held per event (issue 19: a dyad page held every contested event of the pair with its text). In a dyad's order:
    /// dated by start and id, then the undated by id. Read whole events with <see cref="EventsById"/> for those kept.
    /// </summary>
    public IEnumerable<StoredEvent> Claims(string a, string b, CancellationToken cancellationToken = default)
    {
        const string where = "e.step IS NOT NULL AND e.modality IN (@asserted, @negated)";
        var sql = $"SELECT {ClaimColumns} FROM events e WHERE e.source = @a AND e.target = @b AND {where} " +
                  $"UNION ALL SELECT {ClaimColumns} FROM events e WHERE e.source = @b AND e.target = @a AND {where}";
        List<(string, object?)> args = [("@a", a), ("@b", b), ("@asserted", Modality.Asserted.ToCode()), ("@negated", Modality.Negated.ToCode())];
        return ReadEvents(sql, args, cancellationToken).OrderBy(e => e.Event.Date is null ? 1 : 0).ThenBy(e => e.Event.Date?.Start).ThenBy(e => e.Id);
    }
}
