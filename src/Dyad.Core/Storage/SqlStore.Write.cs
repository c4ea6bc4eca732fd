using System.Data.Common;
using System.Globalization;
using Dyad.Model;
using Dyad.Pipeline;

namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    /// <summary>
    /// Writes documents in one transaction, with their near-duplicate signatures and links: all of the batch is
    /// stored, or none of it. Document rows are written one by one (their outcome depends on what is stored), by
    /// statements prepared once for the batch; their events are then written for the whole batch by the provider's
    /// <see cref="IBatchWriter"/>. A batch's linker is handed what other writers stored since it last looked, then the
    /// documents written, under the write lock that lets one batch write at a time.
    /// </summary>
    public IReadOnlyList<AddOutcome> AddBatch(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        var (docs, signatures, links) = batch;
        lock (_gate)
        {
            var outcomes = new List<AddOutcome>(docs.Count);
            var written = new List<WrittenDocument>(docs.Count);
            using var tx = _connection.BeginTransaction();
            try
            {
                _texts.Begin();
                _writeLock.Take(docs, tx);
                if (batch.Linker is { } linker) CatchUp(linker, tx);
                using (var prepared = _writer.Statements(tx))
                {
                    foreach (var doc in docs)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        outcomes.Add(Write(prepared, doc, written));
                    }
                    var stored = WrittenSignatures(signatures, written);
                    WriteLinks(prepared, stored, batch.Linker is { } l ? [.. links, .. l.Link(stored)] : links);
                }
                cancellationToken.ThrowIfCancellationRequested();
                _writer.WriteEvents(written, tx);
                WriteLedger(written, tx);
                _texts.Committing();
                tx.Commit();
            }
            catch
            {
                _texts.RolledBack();
                throw;
            }
            return outcomes;
        }
    }

    public bool Contains(string contentHash)
    {
        // Asked once per document read, by the thread that reads while another writes batches: on a connection of
        // the text index's own, so the question never waits for a batch to commit.
        lock (_readGate) return _texts.Contains(contentHash);
    }

    private readonly Lock _readGate = new();

    private AddOutcome Write(BatchStatements prepared, PreparedDocument doc, List<WrittenDocument> written)
    {
        var coded = doc.Coded;
        var d = coded.Document;
        // A text already stored (under any id) is skipped. SQLite answers first (StoredInBatch), its batch holding the
        // only write lock. PostgreSQL's unique content hash skips it at the insert, which also decides a race with another
        // writer (the other writer's document stands) and spares a look-up of the hash before it.
        if (_texts.StoredInBatch(d.ContentHash)) return AddOutcome.Duplicate;
        var inserted = prepared.Scalar(InsertDocument,
            ("@k", d.Id), ("@h", d.ContentHash), ("@t", d.Title), ("@s", d.Source), ("@u", d.Url), ("@p", d.Published?.ToString()),
            ("@o", d.Origin), ("@x", d.Text), ("@i", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("@sp", doc.Spans), ("@sc", coded.Sentences.Count));
        if (inserted is null or DBNull) return AddOutcome.Duplicate;
        var id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
        _texts.Inserted(d.ContentHash, id);
        // Another document with the same id is an older version of this one (an edited file, an updated page).
        var replaced = false;
        foreach (var gone in prepared.Longs(DeleteOtherVersions, ("@k", d.Id), ("@id", id)))
        {
            replaced = true;
            // A version written earlier in this batch: its rows are not written yet, and must not be.
            written.RemoveAll(w => w.Id == gone);
        }
        written.Add(new WrittenDocument(id, coded));
        return replaced ? AddOutcome.Replaced : AddOutcome.Added;
    }

    // The only unique key a new row can break is its text's (content_hash), where the store has one (PostgreSQL).
    private string InsertDocument => _insertDocument ??=
        $"{_dialect.InsertOrSkip} documents (doc_key, content_hash, title, source, url, published, origin, text, ingested_at, span_data, sentence_count) " +
        $"VALUES (@k, @h, @t, @s, @u, @p, @o, @x, @i, @sp, @sc) {_dialect.SkipConflict} {_dialect.ReturningId}";

    private string? _insertDocument;

    private const string DeleteOtherVersions = "DELETE FROM documents WHERE doc_key = @k AND id <> @id RETURNING id";

    /// <summary>The first day of an event's date, as stored for range filters and sorting.</summary>
    internal static string? DateStart(Event e) => e.Date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day of an event's date, as stored for range filters.</summary>
    internal static string? DateEnd(Event e) => e.Date?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? GetJobState(string job, string item)
    {
        lock (_gate)
        {
            return Commands.Scalar(_connection, "SELECT value FROM job_state WHERE job = @j AND item = @i", null, ("@j", job), ("@i", item)) as string;
        }
    }

    public void SetJobState(string job, string item, string? value)
    {
        lock (_gate)
        {
            // An upsert: two processes setting the same item at once both succeed, the last one wins.
            Execute("INSERT INTO job_state (job, item, value) VALUES (@j, @i, @v) ON CONFLICT (job, item) DO UPDATE SET value = excluded.value",
                null, ("@j", job), ("@i", item), ("@v", value));
        }
    }
}
