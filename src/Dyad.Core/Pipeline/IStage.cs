namespace Dyad.Pipeline;

/// <summary>A layer of a coded document: what one stage writes and later stages read.</summary>
internal enum Layer
{
    /// <summary>Sentences with offsets, and the tokens, clauses and quotation state of each coded one.</summary>
    Sentences,
    /// <summary>The time expressions of each coded sentence, resolved.</summary>
    Dates,
    /// <summary>The actors of each coded sentence, resolved, and who speaks in it.</summary>
    Actors,
    /// <summary>The events.</summary>
    Steps,
    /// <summary>Conditions, goals, status notes and indicator values of each sentence that has any (issue 20).</summary>
    Ledger,
}

/// <summary>
/// One stage of the coding pipeline: reads the layers it declares and writes its own.
/// <see cref="PipelineBuilder.Build"/> refuses a stage whose <see cref="Reads"/> no earlier stage writes.
/// </summary>
internal interface IStage
{
    /// <summary>The stage's name, as errors name it.</summary>
    string Name { get; }
    /// <summary>The layers the stage writes (one, for the standard stages); no other stage writes them.</summary>
    IReadOnlyList<Layer> Writes { get; }
    /// <summary>The layers the stage reads: stages before it must write them.</summary>
    IReadOnlyList<Layer> Reads { get; }
    void Process(CodedDocument doc, CancellationToken cancellationToken);
}
