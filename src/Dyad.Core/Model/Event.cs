namespace Dyad.Model;

/// <summary>
/// One coded event: a step between two actors read from one sentence, with its modality, date and evidence
/// (spec: events.md). <see cref="EvidenceStart"/> and <see cref="EvidenceEnd"/> are offsets into the document text.
/// </summary>
/// <param name="Doc">The document id (<see cref="Document.Id"/>).</param>
/// <param name="Source">The actor id of who takes the step ("TUR", "ARL", "USA.LEG").</param>
/// <param name="Target">The actor id of whom it is done to or with; null when the sentence names none.</param>
/// <param name="Step">The step code ("mission.reopen"); null for an event outside the pack's step list.</param>
/// <param name="Type">The PLOVER event type (AGREE, CONSULT, SANCTION...).</param>
/// <param name="Modality">Whether it happened, is planned, demanded, denied or conditional.</param>
/// <param name="Date">When the event happened (not when it was reported), to the precision the text allows; null when unknown.</param>
/// <param name="DateBasis">How <paramref name="Date"/> was found.</param>
/// <param name="Confidence">0 to 1: the matching pattern's confidence, lowered for weaker readings.</param>
/// <param name="Evidence">The sentence or clause read, as it stands in the document.</param>
/// <param name="EvidenceStart">Offset of the evidence's first character in the document text.</param>
/// <param name="EvidenceEnd">Offset just past its last character.</param>
/// <param name="Sentence">The index of the sentence (<see cref="Model.Sentence.Index"/>).</param>
/// <param name="Pattern">The id of the pack pattern that matched, for explaining a record.</param>
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

    /// <summary>
    /// Its sentence has no time words for it: the date is the day of the news told before, the speaker's or the
    /// publication's. A second telling of a step so dated is the step told first, whatever day that was.
    /// </summary>
    public bool Untimed { get; init; }

    /// <summary>One of the several steps a count names in its sentence ("visited twice, the last time in May"): kept apart from the others.</summary>
    public bool Counted { get; init; }
}
