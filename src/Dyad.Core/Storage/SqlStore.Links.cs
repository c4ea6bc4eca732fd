using System.Globalization;
using Dyad.Ingest;

namespace Dyad.Storage;

// Near-duplicate bookkeeping for ingest (schema migration 3). Kept apart from the document writes so the
// ingest runner can save it before a batch: saving again under the same key replaces, so a rerun is harmless.
public partial class SqlStore : IDocumentLinkStore
{
    public IReadOnlyList<(string Key, string Signature)> Signatures()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT doc_key, signature FROM document_signatures", null, []);
            using var r = cmd.ExecuteReader();
            var list = new List<(string, string)>();
            while (r.Read()) list.Add((r.GetString(0), r.GetString(1)));
            return list;
        }
    }

    public void SaveSignatures(IReadOnlyList<(string Key, string Signature)> signatures, IReadOnlyList<DocumentLink> links)
    {
        if (signatures.Count == 0 && links.Count == 0) return;
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var tx = new PreparedCommands(this, transaction);
            foreach (var (key, sig) in signatures)
            {
                tx.Execute("DELETE FROM document_signatures WHERE doc_key = @k", ("@k", key));
                tx.Execute("DELETE FROM document_links WHERE doc_key = @k", ("@k", key));
                tx.Execute("INSERT INTO document_signatures (doc_key, signature) VALUES (@k, @s)", ("@k", key), ("@s", sig));
            }
            foreach (var l in links)
            {
                tx.Execute("DELETE FROM document_links WHERE doc_key = @k", ("@k", l.DocumentKey));
                tx.Execute("INSERT INTO document_links (doc_key, original_key, similarity) VALUES (@k, @o, @s)",
                    ("@k", l.DocumentKey), ("@o", l.OriginalKey), ("@s", l.Similarity));
            }
            transaction.Commit();
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
