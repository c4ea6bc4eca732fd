using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// How a store answers "is this text stored?" (issue 18: a strategy, not hooks spread over the store's subclasses).
/// Asked twice for each document: before coding, on a connection that sees what is committed while batches are
/// written; and in a batch's transaction, before its row is written. Not thread-safe: the store's locks guard it.
/// </summary>
internal interface ITextIndex : IDisposable
{
    /// <summary>Is the text stored? Asked before coding, on the reading connection.</summary>
    bool Contains(string contentHash);

    /// <summary>A batch's transaction has begun: what other writers stored is seen from here on.</summary>
    void Begin();

    /// <summary>Is the text stored, asked in the batch's transaction before its row is written? False leaves it to the insert.</summary>
    bool StoredInBatch(string contentHash);

    /// <summary>A document row just inserted in the batch's transaction.</summary>
    void Inserted(string contentHash, long id);

    /// <summary>The last work of a batch's transaction before it commits.</summary>
    void Committing();

    /// <summary>A batch's transaction failed and was rolled back: forget what it wrote.</summary>
    void RolledBack();
}

/// <summary>
/// The unique index of content hashes (PostgreSQL): the insert skips a stored text, which also settles a race with
/// another writer, so nothing is asked in the batch; before coding, one prepared look-up on the reading connection.
/// </summary>
internal sealed class UniqueTextIndex(Func<DbConnection> openRead) : ITextIndex
{
    private DbConnection? _read;
    private DbCommand? _contains;

    public bool Contains(string contentHash)
    {
        if (_contains is null)
        {
            _read = openRead();
            _contains = _read.CreateCommand();
            _contains.CommandText = "SELECT 1 FROM documents WHERE content_hash = @h";
            var p = _contains.CreateParameter();
            p.ParameterName = "@h";
            p.Value = contentHash;
            _contains.Parameters.Add(p);
            _contains.Prepare();
        }
        _contains.Parameters[0].Value = contentHash;
        return _contains.ExecuteScalar() is not null;
    }

    public void Begin()
    {
    }

    public bool StoredInBatch(string contentHash) => false;

    public void Inserted(string contentHash, long id)
    {
    }

    public void Committing()
    {
    }

    public void RolledBack()
    {
    }

    public void Dispose()
    {
        _contains?.Dispose();
        _read?.Dispose();
    }
}
