using System.Data.Common;
using System.Globalization;
using Dyad.Model;
using Dyad.Pipeline;

namespace Dyad.Storage;

public partial class SqlStore
{
    /// <summary>
    /// Writes documents in one transaction, with their near-duplicate signatures and links: all of the batch is
    /// stored, or none of it. Document rows are written one by one (their outcome depends on what is stored), by
    /// statements prepared once for the batch; their events are then written for the whole batch by <see cref="WriteRows"/>.
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
                Texts.Begin();
                LockForWrite(docs, tx);
                using (var prepared = Statements(tx))
                {
                    WriteLinks(prepared, signatures, links);
                    foreach (var doc in docs)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        outcomes.Add(Write(prepared, doc, written));
                    }
                }
                cancellationToken.ThrowIfCancellationRequested();
                WriteRows(written, tx);
                WriteLedger(written, tx);
                Texts.Committing();
                tx.Commit();
            }
            catch
            {
                Texts.RolledBack();
                throw;
            }
            return outcomes;
        }
    }

    /// <summary>The statements of a batch's transaction; the default goes through the ADO.NET provider.</summary>
    private protected virtual BatchStatements Statements(DbTransaction tx) => new PreparedCommands(this, tx);

    /// <summary>A document row just inserted, whose spans and events are still to be written.</summary>
    protected readonly record struct WrittenDocument(long Id, CodedDocument Coded);

    public bool Contains(string contentHash)
    {
        // Asked once per document read, by the thread that reads while another writes batches: on a connection of
        // the text index's own, so the question never waits for a batch to commit.
        lock (_readGate) return Texts.Contains(contentHash);
    }

    private readonly Lock _readGate = new();

    /// <summary>
    /// Called at the start of a batch's transaction: a provider with concurrent writers serializes writers of the
    /// same document id or text here. The default takes no lock: SQLite has one writer at a time.
    /// </summary>
    protected virtual void LockForWrite(IReadOnlyList<PreparedDocument> docs, DbTransaction tx)
    {
    }

    private AddOutcome Write(BatchStatements prepared, PreparedDocument doc, List<WrittenDocument> written)
    {
        var coded = doc.Coded;
        var d = coded.Document;
        // A text already stored (under any id) is skipped. SQLite answers first (StoredInBatch), its batch holding the
        // only write lock. PostgreSQL's unique content hash skips it at the insert, which also decides a race with another
        // writer (the other writer's document stands) and spares a look-up of the hash before it.
        if (Texts.StoredInBatch(d.ContentHash)) return AddOutcome.Duplicate;
        var inserted = prepared.Scalar(InsertDocument,
            ("@k", d.Id), ("@h", d.ContentHash), ("@t", d.Title), ("@s", d.Source), ("@u", d.Url), ("@p", d.Published?.ToString()),
            ("@o", d.Origin), ("@x", d.Text), ("@i", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("@sp", doc.Spans), ("@sc", coded.Sentences.Count));
        if (inserted is null or DBNull) return AddOutcome.Duplicate;
        var id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
        Texts.Inserted(d.ContentHash, id);
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

    /// <summary>
    /// Writes the events of the documents just inserted, in the batch's transaction: the statement prepared once
    /// for the batch, its parameters rebound for every row. (Their spans went into the document rows.)
    /// </summary>
    protected virtual void WriteRows(IReadOnlyList<WrittenDocument> docs, DbTransaction tx)
    {
        using var prepared = new PreparedCommands(this, tx);
        foreach (var (id, coded) in docs)
        {
            Insert(prepared,
                "INSERT INTO events (document_id, doc_key, source, target, step, type, modality, date, date_start, date_end, date_basis, confidence, " +
                "evidence, evidence_start, evidence_end, sentence_idx, pattern, mentions) VALUES " +
                "(@d, @k, @s, @t, @st, @ty, @m, @dt, @ds, @de, @db, @c, @ev, @es, @ee, @si, @pa, @mn)",
                coded.Events, e => [("@d", id), ("@k", e.Doc), ("@s", e.Source), ("@t", e.Target), ("@st", e.Step), ("@ty", e.Type),
                    ("@m", e.Modality.ToCode()), ("@dt", e.Date?.ToString()), ("@ds", DateStart(e)), ("@de", DateEnd(e)), ("@db", e.DateBasis.ToCode()),
                    ("@c", e.Confidence), ("@ev", e.Evidence), ("@es", e.EvidenceStart), ("@ee", e.EvidenceEnd), ("@si", e.Sentence), ("@pa", e.Pattern),
                    ("@mn", e.Mentions)]);
        }
    }

    /// <summary>The first day of an event's date, as stored for range filters and sorting.</summary>
    protected internal static string? DateStart(Event e) => e.Date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day of an event's date, as stored for range filters.</summary>
    protected internal static string? DateEnd(Event e) => e.Date?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Insert<T>(BatchStatements tx, string sql, IReadOnlyList<T> rows, Func<T, (string, object?)[]> bind)
    {
        for (var i = 0; i < rows.Count; i++) tx.Execute(sql, bind(rows[i]));
    }

    /// <summary>The commands of one transaction through the ADO.NET provider, each prepared on first use and rebound after.</summary>
    private sealed class PreparedCommands(SqlStore store, DbTransaction tx) : BatchStatements
    {
        // Keyed by the statement's string object, one constant per call site: hashing the text of each statement
        // again at every row took as long as binding its values.
        private readonly Dictionary<string, DbCommand> _commands = new(ReferenceEqualityComparer.Instance);

        private DbCommand Bind(string sql, (string Name, object? Value)[] args)
        {
            if (!_commands.TryGetValue(sql, out var cmd))
            {
                cmd = store.Command(sql, tx, args);
                cmd.Prepare();
                _commands[sql] = cmd;
                return cmd;
            }
            for (var p = 0; p < args.Length; p++) cmd.Parameters[p].Value = args[p].Value ?? DBNull.Value;
            return cmd;
        }

        public override int Execute(string sql, params (string Name, object? Value)[] args) => Bind(sql, args).ExecuteNonQuery();

        public override object? Scalar(string sql, params (string Name, object? Value)[] args) => Bind(sql, args).ExecuteScalar();

        public override List<long> Longs(string sql, params (string Name, object? Value)[] args)
        {
            using var r = Bind(sql, args).ExecuteReader();
            var values = new List<long>();
            while (r.Read()) values.Add(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture));
            return values;
        }

        public override void Dispose()
        {
            foreach (var cmd in _commands.Values) cmd.Dispose();
        }
    }

    public string? GetJobState(string job, string item)
    {
        lock (_gate)
        {
            return Scalar("SELECT value FROM job_state WHERE job = @j AND item = @i", null, ("@j", job), ("@i", item)) as string;
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
