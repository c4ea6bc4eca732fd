namespace Dyad.Ingest;

/// <summary>How far an ingest has come, for a progress bar.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Current);

/// <summary>What an ingest did, for the summary line.</summary>
public sealed record IngestSummary(
    int Added,
    int Duplicates,
    int Replaced,
    int Sentences,
    int Events,
    int StepEvents,
    int Undated,
    IReadOnlyList<IngestError> Errors,
    IReadOnlyList<string> Notes,
    TimeSpan Elapsed)
{
    /// <summary>Near-identical documents (syndicated copies) linked to their original.</summary>
    public int Linked { get; init; }
}
