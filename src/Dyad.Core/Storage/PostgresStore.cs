using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dyad.Model;
using Dyad.Pipeline;
using Npgsql;
using NpgsqlTypes;

namespace Dyad.Storage;

/// <summary>
/// A PostgreSQL store for a team: several processes ingest into it at once. Races are settled by the database:
/// migrations run under an advisory lock, writers of the same document id or text are serialized by transaction
/// advisory locks, and the unique content hash keeps a text stored once whatever happens. A batch's events go in
/// by binary COPY (the spans travel in the document rows).
/// </summary>
public sealed class PostgresStore : SqlStore
{
    // Any fixed number: the session lock every Dyad process takes to migrate a database.
    private const long MigrationLockKey = 0x44796164_4D696772; // "DyadMigr"

    private readonly NpgsqlDataSource _dataSource;

    /// <param name="db">A postgres:// or postgresql:// URL, or an Npgsql connection string (Host=...;Database=...).</param>
    public PostgresStore(string db) : this(NpgsqlDataSource.Create(PostgresUrl.ToConnectionString(db)))
    {
    }

    // Reads borrow pooled connections of the data source; a cancel request stops a read's command on the server.
    private PostgresStore(NpgsqlDataSource dataSource) : base(dataSource.OpenConnection(), SqlDialect.Postgres, Describe(dataSource.ConnectionString),
        new Readers(dataSource.OpenConnection, static (_, command) => command.Cancel()))
    {
        _dataSource = dataSource;
        Texts = new UniqueTextIndex(dataSource.OpenConnection);
    }

    /// <summary>Where the store is, without the password.</summary>
    private static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    protected override IDisposable LockSchema()
    {
        Execute("SELECT pg_advisory_lock(@k)", null, ("@k", MigrationLockKey));
        return new Unlock(this);
    }

    private sealed class Unlock(PostgresStore store) : IDisposable
    {
        public void Dispose() => store.Execute("SELECT pg_advisory_unlock(@k)", null, ("@k", MigrationLockKey));
    }

    /// <summary>
    /// Locks each document id and each text of the batch for the rest of the transaction, in one global order so
    /// that two batches never wait for each other in a cycle. Another writer of the same id or text waits for this
    /// transaction to commit, then sees its document: a duplicate, or a version to replace.
    /// </summary>
    protected override void LockForWrite(IReadOnlyList<PreparedDocument> docs, DbTransaction tx)
    {
        var keys = docs.SelectMany(d => new[] { LockKey("key", d.Coded.Document.Id), LockKey("text", d.Coded.Document.ContentHash) }).Distinct().Order().ToArray();
        if (keys.Length == 0) return;
        using var cmd = Command("SELECT pg_advisory_xact_lock(k) FROM (SELECT unnest(@keys) AS k ORDER BY 1) AS sorted", tx, [("@keys", keys)]);
        cmd.ExecuteNonQuery();
    }

    private static long LockKey(string kind, string value) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"dyad:{kind}:{value}")), 0);

    protected override void WriteRows(IReadOnlyList<WrittenDocument> docs, DbTransaction tx)
    {
        if (docs.Count == 0) return;
        var connection = (NpgsqlConnection)Connection;
        using (var copy = connection.BeginBinaryImport(
                   "COPY events (document_id, doc_key, source, target, step, type, modality, date, date_start, date_end, date_basis, confidence, " +
                   "evidence, evidence_start, evidence_end, sentence_idx, pattern, mentions) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, coded) in docs)
            {
                foreach (var e in coded.Events)
                {
                    copy.StartRow();
                    copy.Write(id, NpgsqlDbType.Bigint);
                    Text(copy, e.Doc);
                    Text(copy, e.Source);
                    Text(copy, e.Target);
                    Text(copy, e.Step);
                    Text(copy, e.Type);
                    Text(copy, e.Modality.ToCode());
                    Text(copy, e.Date?.ToString());
                    Text(copy, DateStart(e));
                    Text(copy, DateEnd(e));
                    Text(copy, e.DateBasis.ToCode());
                    copy.Write(e.Confidence, NpgsqlDbType.Double);
                    Text(copy, e.Evidence);
                    copy.Write(e.EvidenceStart, NpgsqlDbType.Integer);
                    copy.Write(e.EvidenceEnd, NpgsqlDbType.Integer);
                    copy.Write(e.Sentence, NpgsqlDbType.Integer);
                    Text(copy, e.Pattern);
                    copy.Write(e.Mentions, NpgsqlDbType.Integer);
                }
            }
            copy.Complete();
        }
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _dataSource.Dispose();
    }
}
