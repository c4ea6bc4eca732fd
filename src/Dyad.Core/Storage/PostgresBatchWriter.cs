using System.Data.Common;
using Dyad.Model;
using Npgsql;
using NpgsqlTypes;

namespace Dyad.Storage;

/// <summary>
/// A PostgreSQL batch: document, signature and link rows by statements prepared for the batch, and its events by
/// one binary COPY (the spans travel in the document rows).
/// </summary>
internal sealed class PostgresBatchWriter(NpgsqlConnection connection) : IBatchWriter
{
    public BatchStatements Statements(DbTransaction tx) => new PreparedCommands(connection, tx);

    public void WriteEvents(IReadOnlyList<WrittenDocument> docs, DbTransaction tx)
    {
        if (docs.Count == 0) return;
        using var copy = connection.BeginBinaryImport(
            "COPY events (document_id, doc_key, source, target, step, type, modality, date, date_start, date_end, date_basis, confidence, " +
            "evidence, evidence_start, evidence_end, sentence_idx, pattern, mentions) FROM STDIN (FORMAT BINARY)");
        foreach (var (id, coded) in docs)
        {
            foreach (var e in coded.Events) Row(copy, id, e);
        }
        copy.Complete();
    }

    private static void Row(NpgsqlBinaryImporter copy, long id, Event e)
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
        Text(copy, SqlStore.DateStart(e));
        Text(copy, SqlStore.DateEnd(e));
        Text(copy, e.DateBasis.ToCode());
        copy.Write(e.Confidence, NpgsqlDbType.Double);
        Text(copy, e.Evidence);
        copy.Write(e.EvidenceStart, NpgsqlDbType.Integer);
        copy.Write(e.EvidenceEnd, NpgsqlDbType.Integer);
        copy.Write(e.Sentence, NpgsqlDbType.Integer);
        Text(copy, e.Pattern);
        copy.Write(e.Mentions, NpgsqlDbType.Integer);
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    // Nothing outlives a batch.
    public void Dispose()
    {
    }
}
