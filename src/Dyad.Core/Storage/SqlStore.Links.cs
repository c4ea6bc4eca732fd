using System.Data.Common;
using System.Globalization;

namespace Dyad.Storage;

// Near-duplicate bookkeeping for ingest (schema migration 3), written in the transaction of the documents'
// batch: saving again under the same key replaces, so a rerun is harmless. Batches are written one at a time (see
// IWriteLock), so a batch's linker sees every document committed before it.
internal sealed partial class SqlStore
{
    private const string SignaturesByRow =
        "SELECT d.id, s.doc_key, s.signature FROM document_signatures s JOIN documents d ON d.doc_key = s.doc_key";

    public void ReadSignatures(int latest, Action<StoredSignature> each)
    {
        lock (_gate)
        {
            // Only the latest, by their documents' ids (the order they were stored in; a rewritten one comes last):
            // reading every signature of a store of 670,000 documents made an ingest of one document take 10 s.
            using var cmd = Command(
                $"SELECT id, doc_key, signature FROM ({SignaturesByRow} ORDER BY d.id DESC LIMIT @n) AS latest ORDER BY id", null, [("@n", latest)]);
            ReadSignatures(cmd, each);
        }
    }

    // The documents stored since the linker last looked (by another writer: this batch has written nothing yet), in
    // the batch's transaction, which no other writer can commit past.
    private void CatchUp(INearCopyLinker linker, DbTransaction tx)
    {
        using var cmd = Command($"{SignaturesByRow} WHERE d.id > @seen ORDER BY d.id", tx, [("@seen", linker.SeenUpTo)]);
        ReadSignatures(cmd, linker.Seen);
    }

    private static void ReadSignatures(DbCommand cmd, Action<StoredSignature> each)
    {
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (SignatureText.Parse(r.GetString(2)) is { } signature)
                each(new StoredSignature(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), signature));
        }
    }

    /// <summary>
    /// The signatures of the documents the batch wrote (the last given for a key), in id order; not those of a
    /// document found stored already, whose signature is there or belongs to a document that is not.
    /// </summary>
    private static List<StoredSignature> WrittenSignatures(IReadOnlyList<DocumentSignature> signatures, List<WrittenDocument> written)
    {
        var byKey = new Dictionary<string, uint[]>(StringComparer.Ordinal);
        foreach (var (key, signature) in signatures) byKey[key] = signature;
        var list = new List<StoredSignature>(written.Count);
        foreach (var (id, coded) in written)
        {
            if (byKey.TryGetValue(coded.Document.Id, out var signature)) list.Add(new StoredSignature(id, coded.Document.Id, signature));
        }
        return list;
    }

    // Rows of the batch's transaction (see AddBatch): a key saved again replaces its signature and link.
    private static void WriteLinks(BatchStatements prepared, IReadOnlyList<StoredSignature> signatures, IReadOnlyList<DocumentLink> links)
    {
        foreach (var (_, key, signature) in signatures)
        {
            prepared.Execute("DELETE FROM document_signatures WHERE doc_key = @k", ("@k", key));
            prepared.Execute("DELETE FROM document_links WHERE doc_key = @k", ("@k", key));
            prepared.Execute("INSERT INTO document_signatures (doc_key, signature) VALUES (@k, @s)",
                ("@k", key), ("@s", SignatureText.Format(signature)));
        }
        foreach (var l in links)
        {
            prepared.Execute("DELETE FROM document_links WHERE doc_key = @k", ("@k", l.DocumentKey));
            prepared.Execute("INSERT INTO document_links (doc_key, original_key, similarity) VALUES (@k, @o, @s)",
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
