namespace Dyad.Steps;

/// <summary>A step cue that fired in a sentence (character span), its pattern, and what became of it.</summary>
public sealed record CueTrace(int Sentence, int Start, int End, string Pattern, string Outcome);
