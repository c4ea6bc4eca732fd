using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace Dyad.Storage;

/// <summary>
/// Locks each document id and each text of a batch for the rest of the transaction (advisory transaction locks), in
/// one global order so that two batches never wait for each other in a cycle. Another writer of the same id or text
/// waits for this transaction to commit, then sees its document: a duplicate, or a version to replace.
/// </summary>
internal sealed class PostgresWriteLock : IWriteLock
{
    public static readonly PostgresWriteLock Instance = new();

    public void Take(IReadOnlyList<PreparedDocument> docs, DbTransaction tx)
    {
        var keys = docs.SelectMany(d => new[] { LockKey("key", d.Coded.Document.Id), LockKey("text", d.Coded.Document.ContentHash) }).Distinct().Order().ToArray();
        if (keys.Length == 0) return;
        using var cmd = Commands.Create(tx.Connection!, "SELECT pg_advisory_xact_lock(k) FROM (SELECT unnest(@keys) AS k ORDER BY 1) AS sorted", tx, [("@keys", keys)]);
        cmd.ExecuteNonQuery();
    }

    private static long LockKey(string kind, string value) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"dyad:{kind}:{value}")), 0);
}
