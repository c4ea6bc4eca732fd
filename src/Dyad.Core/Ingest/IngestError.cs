namespace Dyad.Ingest;

/// <summary>An input that could not be read as an article: where it came from and why, in one line.</summary>
public sealed record IngestError(string Input, string Reason)
{
    /// <summary>The input was read but not coded within its time budget (<see cref="IngestRunner.DocumentBudget"/>).</summary>
    public bool OverBudget { get; init; }

    /// <summary>"input: reason", one line, as the CLI prints it.</summary>
    public override string ToString() => $"{Input}: {Reason}";
}

/// <summary>What reading one input gave: a document, or the reason there is none.</summary>
public readonly record struct ReadResult(Model.Document? Document, IngestError? Error, string? Note = null)
{
    /// <summary>A document read, with an optional note (such as a date that was passed over).</summary>
    internal static ReadResult Ok(Model.Document d, string? note = null) => new(d, null, note);
    /// <summary>No document: <paramref name="input"/> could not be read, for <paramref name="reason"/>.</summary>
    internal static ReadResult Fail(string input, string reason) => new(null, new IngestError(input, reason));
}
