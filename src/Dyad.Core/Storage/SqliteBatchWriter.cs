using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// A SQLite batch: every row through SQLite's own interface, by statements prepared once for the life of the store
/// (see <see cref="SqliteStatements"/> and <see cref="SqliteEventWriter"/>).
/// </summary>
internal sealed class SqliteBatchWriter(SqliteStatements statements, SqliteEventWriter events) : IBatchWriter
{
    public BatchStatements Statements(DbTransaction tx) => statements;

    public void WriteEvents(IReadOnlyList<WrittenDocument> docs, DbTransaction tx)
    {
        foreach (var (id, coded) in docs)
        {
            foreach (var e in coded.Events) events.Write(id, e);
        }
    }

    // The statements are finalized before the connection closes.
    public void Dispose()
    {
        events.Dispose();
        statements.Close();
    }
}
