using System.Globalization;

namespace Dyad.Storage;

// Near-duplicate bookkeeping for ingest (schema migration 3), written in the transaction of the documents'
// batch: saving again under the same key replaces, so a rerun is harmless. Several processes may save the same
// key at once (PostgreSQL): the rows are locked by the delete, and an insert that still meets a row another
// writer just committed leaves that row, which holds the same signature.
public sealed partial class SqlStore
{
    public void ReadSignatures(int latest, Action<string, uint[]> each)
    {
        lock (_gate)
        {
            // Only the latest, by their documents' ids (the order they were stored in; a rewritten one comes last):
            // reading every signature of a store of 670,000 documents made an ingest of one document take 10 s.
            using var cmd = Command(
                "SELECT doc_key, signature FROM (SELECT s.doc_key, s.signature, d.id FROM document_signatures s " +
                "JOIN documents d ON d.doc_key = s.doc_key ORDER BY d.id DESC LIMIT @n) AS latest ORDER BY id", null, [("@n", latest)]);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (SignatureText.Parse(r.GetString(1)) is { } signature) each(r.GetString(0), signature);
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
                ("@k", key), ("@s", SignatureText.Format(signature)));
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
