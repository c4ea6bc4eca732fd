using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>
/// Ingest stage 5, commit: gathers documents in input order into batches of <c>size</c> and writes each in one
/// transaction, with its signatures and the links <paramref name="linker"/> finds in it, then reports and counts each
/// entry in input order. With several coding
/// threads, batches are written on a writer thread of their own while the next are coded; either way one batch is
/// written at a time, in order, so the store ends up the same.
/// </summary>
internal sealed class BatchCommitter(IDyadStore store, int size, bool writeBehind, StoredFilter filter, NearCopyLinker linker,
    Action<CodedDocument?, Document, AddOutcome>? stored) : IDisposable
{
    private readonly WriteBehind? _writer = writeBehind ? new WriteBehind() : null;
    private Batch _batch = new(size);

    // Written by one thread at a time (see Write), read once the writer is done.
    private readonly IngestCounts _counts = new();

    /// <summary>A document already stored, in its place among the others: reported, not written.</summary>
    public void AddStored(Document doc, CancellationToken cancellationToken) => Add((null, doc), null, cancellationToken);

    /// <summary>A coded document, with its near-copy signature.</summary>
    public void AddCoded(PreparedDocument prepared, uint[] signature, CancellationToken cancellationToken) =>
        Add((prepared, prepared.Coded.Document), new DocumentSignature(prepared.Coded.Document.Id, signature), cancellationToken);

    private void Add((PreparedDocument? Prepared, Document Document) entry, DocumentSignature? signature, CancellationToken cancellationToken)
    {
        _batch.Entries.Add(entry);
        if (signature is not null) _batch.Signatures.Add(signature);
        if (_batch.Entries.Count >= size) Flush(cancellationToken);
    }

    /// <summary>Writes the last batch and waits for every write; throws the failure of one that failed.</summary>
    public IngestCounts Complete(CancellationToken cancellationToken)
    {
        Flush(cancellationToken);
        _writer?.Complete();
        return _counts;
    }

    public void Dispose() => _writer?.Dispose();

    private void Flush(CancellationToken cancellationToken)
    {
        if (_batch.Entries.Count == 0) return;
        var full = _batch;
        _batch = new Batch(size);
        if (_writer is null) Write(full, cancellationToken);
        else _writer.Post(() => Write(full, cancellationToken));
    }

    // Runs on one thread at a time: the caller's, or the writer's.
    private void Write(Batch batch, CancellationToken cancellationToken)
    {
        var docs = new List<PreparedDocument>(batch.Entries.Count);
        foreach (var (prepared, _) in batch.Entries) if (prepared is not null) docs.Add(prepared);
        IReadOnlyList<AddOutcome> outcomes = docs.Count == 0 ? []
            : store.AddBatch(new IngestBatch(docs, batch.Signatures, []) { Linker = linker }, cancellationToken);
        // What the batch wrote: a copy whose text another process stored meanwhile is neither stored nor linked.
        _counts.Links.AddRange(linker.TakeCommitted());
        foreach (var (_, doc) in batch.Entries) filter.Committed(doc.ContentHash);
        var next = 0;
        foreach (var (prepared, doc) in batch.Entries)
        {
            var coded = prepared?.Coded;
            var outcome = coded is null ? AddOutcome.Duplicate : outcomes[next++];
            stored?.Invoke(coded, doc, outcome);
            _counts.Count(coded, doc, outcome);
        }
    }

    /// <summary>Documents to commit together, in input order: coded ones (to write) and ones already stored (prepared is null).</summary>
    private sealed class Batch(int size)
    {
        public List<(PreparedDocument? Prepared, Document Document)> Entries { get; } = new(size);
        public List<DocumentSignature> Signatures { get; } = [];
    }
}

/// <summary>What the committed batches held, for the summary.</summary>
internal sealed class IngestCounts
{
    public int Added, Duplicates, Replaced, Sentences, Events, StepEvents, Undated;

    /// <summary>The near-copy links written, in the order they were.</summary>
    public List<DocumentLink> Links { get; } = [];

    public void Count(CodedDocument? coded, Document doc, AddOutcome outcome)
    {
        switch (outcome)
        {
            case AddOutcome.Duplicate: Duplicates++; return;
            case AddOutcome.Replaced: Replaced++; break;
            default: Added++; break;
        }
        Sentences += coded!.Sentences.Count;
        Events += coded.Events.Count;
        foreach (var e in coded.Events) if (e.Step is not null) StepEvents++;
        if (doc.Published is null) Undated++;
    }
}
