using System.Globalization;
using Dyad.Model;

namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    // What finding disputes reads of a record: the story key, the date, the document and the confidence that picks a
    // story's representative; ReadClaims fills the rest with nothing (the offsets, pattern, basis and mentions of
    // ReadEvent's columns were read for each of the tens of thousands of claims of a first overview and never used).
    private const string ClaimColumns = "e.id, e.doc_key, e.source, e.target, e.step, e.type, e.modality, e.date, e.confidence, e.document_id";

    /// <summary>
    /// The events that these summary rows count, as claims: source, target, step, type, modality, date, confidence and
    /// document only (<see cref="Model.Event.Evidence"/> and the pattern empty, offsets, sentence and basis zero; title,
    /// address and outlet null): what finding disputes needs of each (issue 19: a dyad's disputes read every
    /// asserted and denied step of the pair, the first overview every one of the focus). A row of one or two events knows
    /// their ids, which are read by key; a larger dated one is read from its day of the dyad's index range
    /// (ix_events_pair); the larger undated ones of a source and target from the pair's undated range, once. In id order.
    /// Read whole events with <see cref="EventsById"/> for those kept.
    /// </summary>
    public IReadOnlyList<StoredEvent> ClaimsOf(IReadOnlyCollection<StepCount> rows, CancellationToken cancellationToken = default)
    {
        var list = new List<StoredEvent>();
        var ids = rows.Where(r => r.Count <= 2).SelectMany(r => r.Count == 1 ? [r.FirstId] : new[] { r.FirstId, r.LastId });
        foreach (var chunk in ids.Distinct().Order().Chunk(5000))
        {
            list.AddRange(ReadClaims($"SELECT {ClaimColumns} FROM events e WHERE {_dialect.OneOf("e.id", "@ids")}",
                [("@ids", _dialect.Values(chunk))], cancellationToken));
        }
        foreach (var row in rows.Where(r => r.Count > 2 && r.Date is not null))
        {
            var date = row.Date!.Value;
            list.AddRange(ReadClaims($"SELECT {ClaimColumns} FROM events e WHERE e.source = @s AND e.target = @t AND e.date_start = @start " +
                                     "AND e.date = @date AND e.step = @step AND e.modality = @m",
                [("@s", row.Source), ("@t", row.Target), ("@step", row.Step), ("@m", row.Modality.ToCode()),
                    ("@start", date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@date", date.ToString())], cancellationToken));
        }
        foreach (var pair in rows.Where(r => r.Count > 2 && r.Date is null).GroupBy(r => (r.Source, r.Target)))
        {
            // The pair's undated range once, its steps picked in the database rather than every undated claim of the pair
            // built to be dropped; the modality after.
            var wanted = pair.Select(r => (r.Step, r.Modality)).ToHashSet();
            var steps = wanted.Select(w => w.Step).Distinct().Order(StringComparer.Ordinal).ToList();
            List<(string, object?)> args = [("@s", pair.Key.Source), ("@t", pair.Key.Target), .. steps.Select((step, i) => ($"@step{i}", (object?)step))];
            list.AddRange(ReadClaims($"SELECT {ClaimColumns} FROM events e WHERE e.source = @s AND e.target = @t AND e.date_start IS NULL AND e.date IS NULL " +
                                     $"AND e.step IN ({string.Join(", ", steps.Select((_, i) => $"@step{i}"))})", args, cancellationToken)
                .Where(e => wanted.Contains((e.Event.Step!, e.Event.Modality))));
        }
        list.Sort((x, y) => x.Id.CompareTo(y.Id));
        return list;
    }

    /// <summary>
    /// The dated step events of one source, target and step in these documents (any modality), without evidence and
    /// document, from each document's events (ix_events_doc): where else an undated mention's document speaks of the step.
    /// </summary>
    public IReadOnlyList<StoredEvent> DatedClaimsIn(IReadOnlyCollection<long> documentIds, string source, string target, string step,
        CancellationToken cancellationToken = default)
    {
        var list = new List<StoredEvent>();
        foreach (var chunk in documentIds.Distinct().Order().Chunk(500))
        {
            var names = chunk.Select((_, i) => $"@doc{i}").ToList();
            List<(string, object?)> args = [("@s", source), ("@t", target), ("@step", step), .. chunk.Select((id, i) => (names[i], (object?)id))];
            list.AddRange(ReadClaims($"SELECT {ClaimColumns} FROM events e WHERE e.document_id IN ({string.Join(", ", names)}) " +
                                     "AND e.source = @s AND e.target = @t AND e.step = @step AND e.date IS NOT NULL", args, cancellationToken));
        }
        return list;
    }

    /// <summary>
    /// Which of these documents are syndicated copies (linked to an original): what <see cref="Query.Stories"/> skips, read
    /// for the documents at hand rather than every link of the store (issue 19).
    /// </summary>
    public IReadOnlySet<string> CopiesAmong(IReadOnlyCollection<string> documentKeys, CancellationToken cancellationToken = default)
    {
        var copies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in documentKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(5000))
        {
            using var reading = Reading.Start(_readers, $"SELECT doc_key FROM document_links WHERE {_dialect.OneOf("doc_key", "@keys")}",
                [("@keys", _dialect.Values(chunk))], cancellationToken);
            while (reading.Next()) copies.Add(reading.Reader.GetString(0));
        }
        return copies;
    }

    private IEnumerable<StoredEvent> ReadClaims(string sql, List<(string, object?)> args, CancellationToken cancellationToken)
    {
        using var reading = Reading.Start(_readers, sql, args, cancellationToken);
        var r = reading.Reader;
        while (reading.Next())
        {
            PartialDate? date = null;
            if (!r.IsDBNull(7))
            {
                PartialDate.TryParse(r.GetString(7), out var d);
                date = d;
            }
            ModalityNames.TryParse(r.GetString(6), out var modality);
            var e = new Event(r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5),
                modality, date, default, r.GetDouble(8), "", 0, 0, 0, "");
            yield return new StoredEvent(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), e,
                Convert.ToInt64(r.GetValue(9), CultureInfo.InvariantCulture), null, null, null);
        }
    }
}
