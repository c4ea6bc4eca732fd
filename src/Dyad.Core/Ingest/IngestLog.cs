namespace Dyad.Ingest;

/// <summary>The errors and notes of one ingest run, in input order, for its summary; each error handed on to <paramref name="failed"/> as it is logged.</summary>
internal sealed class IngestLog(Action<IngestError>? failed = null)
{
    private readonly List<IngestError> _errors = [];
    private readonly List<string> _notes = [];

    /// <summary>Logs a read's error or note; the document when there is one to go on with.</summary>
    public Model.Document? Read(IngestItem item)
    {
        if (item.Read.Error is not null)
        {
            Add(item.Read.Error);
            return null;
        }
        if (item.Read.Note is not null) _notes.Add($"{item.Current}: {item.Read.Note}");
        return item.Read.Document!;
    }

    public void CodingFailed(IngestItem item, string reason, bool overBudget = false) =>
        Add(new IngestError(item.Current, $"coding failed: {reason}") { OverBudget = overBudget });

    private void Add(IngestError error)
    {
        _errors.Add(error);
        failed?.Invoke(error);
    }

    // The links the batches wrote, after the notes of reading (they are found as batches commit).
    public IngestSummary Summary(IngestCounts c, TimeSpan elapsed) =>
        new(c.Added, c.Duplicates, c.Replaced, c.Sentences, c.Events, c.StepEvents, c.Undated, _errors,
            [.. _notes, .. c.Links.Select(l => $"{l.DocumentKey}: near-identical to '{l.OriginalKey}' ({l.Similarity:P0} similar); linked as a copy")], elapsed)
        { Linked = c.Links.Count };
}
