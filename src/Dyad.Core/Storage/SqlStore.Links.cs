using System.Globalization;
using Dyad.Ingest;

namespace Dyad.Storage;

// Near-duplicate bookkeeping for ingest (schema migration 3), written in the transaction of the documents'
// batch: saving again under the same key replaces, so a rerun is harmless. Several processes may save the same
// key at once (PostgreSQL): the rows are locked by the delete, and an insert that still meets a row another
// writer just committed leaves that row, which holds the same signature.
public partial class SqlStore : IDocumentLinkStore
{
    public void ReadSignatures(Action<string, uint[]> each)
    {
        lock (_gate)
        {
            // Streamed: a store of millions of documents is read one row at a time, in the table's stored order
            // (insertion order, near enough: a rewritten row comes last), so the window of recent documents ends
            // with the newest.
            using var cmd = Command("SELECT doc_key, signature FROM document_signatures", null, []);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (NearDuplicates.Parse(r.GetString(1)) is { } signature) each(r.GetString(0), signature);
            }
        }
    }

    // Rows of the batch's transaction (see AddBatch): a key saved again replaces its signature and link.
    private static void WriteLinks(BatchStatements prepared, IReadOnlyList<DocumentSignature> signatures, IReadOnlyList<DocumentLink> links)
    {
        foreach (var (key, signature) in signatures)
        {
            prepared.Execute("DELETE FROM document_signatures WHERE doc_key = @k", ("@k", key));
            prepared.Execute("DELETE FROM document_links WHERE doc_key = @k", ("@k", key));
            prepared.Execute("INSERT INTO document_signatures (doc_key, signature) VALUES (@k, @s) ON CONFLICT (doc_key) DO NOTHING",
                ("@k", key), ("@s", NearDuplicates.Format(signature)));
        }
        foreach (var l in links)
        {
            prepared.Execute("DELETE FROM document_links WHERE doc_key = @k", ("@k", l.DocumentKey));
            prepared.Execute("INSERT INTO document_links (doc_key, original_key, similarity) VALUES (@k, @o, @s) ON CONFLICT (doc_key) DO NOTHING",
                ("@k", l.DocumentKey), ("@o", l.OriginalKey), ("@s", l.Similarity));
        }
    }

    public IReadOnlyList<DocumentLink> Links()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT doc_key, original_key, similarity FROM document_links ORDER BY doc_key", null, []);
            using var r = cmd.ExecuteReader();
            var list = new List<DocumentLink>();
            while (r.Read()) list.Add(new DocumentLink(r.GetString(0), r.GetString(1), Convert.ToDouble(r.GetValue(2), CultureInfo.InvariantCulture)));
            return list;
        }
    }
}
