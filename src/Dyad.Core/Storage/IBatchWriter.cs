using System.Data.Common;
using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>A document row just inserted in a batch's transaction, whose events are still to be written.</summary>
internal readonly record struct WrittenDocument(long Id, CodedDocument Coded);

/// <summary>
/// How a provider writes a batch's rows in its transaction (issue 18: a strategy the store is given, not hooks its
/// subclasses override): the statements of document, signature and link rows, and the events of the whole batch,
/// the bulk of what is written, by the fastest path the provider has.
/// </summary>
internal interface IBatchWriter : IDisposable
{
    /// <summary>The statements of the batch's transaction, disposed when the batch's rows are written.</summary>
    BatchStatements Statements(DbTransaction tx);

    /// <summary>Writes the events of the documents just inserted.</summary>
    void WriteEvents(IReadOnlyList<WrittenDocument> docs, DbTransaction tx);
}
