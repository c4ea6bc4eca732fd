namespace Dyad.Model;

/// <summary>
/// One coded event: a step between two actors read from one sentence, with its modality, date and evidence
/// (spec: events.md). <see cref="EvidenceStart"/> and <see cref="EvidenceEnd"/> are offsets into the document text.
/// </summary>
public sealed record Event(
    string Doc,
    string Source,
    string? Target,
    string? Step,
    string Type,
    Modality Modality,
    PartialDate? Date,
    DateBasis DateBasis,
    double Confidence,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    int Sentence,
    string Pattern)
{
    /// <summary>How many mentions in the document were merged into this record.</summary>
    public int Mentions { get; init; } = 1;

    /// <summary>One of the several steps a count names in its sentence ("visited twice, the last time in May"): kept apart from the others.</summary>
    public bool Counted { get; init; }
}
