namespace Dyad.Tests.Storage;

/// <summary>
/// Reads of a SQLite store come from a pool of connections (issue 19: a connection opened per read cost milliseconds a
/// query): they see each commit, and a store closed and made again at the same path is not read through the old file.
/// </summary>
public sealed class SqliteReadPoolTests
{
    [Fact]
    public void PooledReads_SeeEachCommit_AndAFileMadeAgainAfterTheStoreIsClosed()
    {
        using var temp = new TempStore();
        using (var store = SqliteStore.Open(temp.Db))
        {
            store.AddBatch([Doc("a", "First text.")]);
            Assert.Equal(["a"], store.Documents().Select(d => d.Key));
            store.AddBatch([Doc("b", "Second text.")]);
            Assert.Equal(["a", "b"], store.Documents().Select(d => d.Key).Order(StringComparer.Ordinal));
        }
        foreach (var file in Directory.GetFiles(temp.Folder)) File.Delete(file);
        using (var store = SqliteStore.Open(temp.Db))
        {
            store.AddBatch([Doc("c", "Third text.")]);
            Assert.Equal(["c"], store.Documents().Select(d => d.Key));
        }
    }
}
