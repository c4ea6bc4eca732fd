namespace Dyad.Steps;

/// <summary>A step cue that fired in a sentence (character span), its pattern, and what became of it.</summary>
/// <remarks>Traces are kept only when the pipeline is asked to explain a document (<c>dyad explain</c>).</remarks>
/// <param name="Sentence">The index of the sentence the cue is in.</param>
/// <param name="Start">Offset of the cue's first character in the document text.</param>
/// <param name="End">Offset just past the cue's last character.</param>
/// <param name="Pattern">The id of the pack pattern whose cue it is.</param>
/// <param name="Outcome">"1 record(s)" when it made records, else why it made none ("talk about an idea, not a deed").</param>
public sealed record CueTrace(int Sentence, int Start, int End, string Pattern, string Outcome);
