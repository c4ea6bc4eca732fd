using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Pipeline;

/// <summary>
/// The coding pipeline, frozen: sentences -> dates -> actors -> steps -> ledger. Built by <see cref="PipelineBuilder"/>;
/// safe to share across threads (stages keep no per-document state).
/// </summary>
public sealed class CodingPipeline
{
    internal CodingPipeline(Pack pack, IReadOnlyList<IStage> stages)
    {
        Pack = pack;
        Stages = stages;
    }

    /// <summary>The pack the stages code with: actors, steps, dates and ledger patterns.</summary>
    public Pack Pack { get; }
    /// <summary>The stages in the order they run, each after the stages that write what it reads.</summary>
    internal IReadOnlyList<IStage> Stages { get; }

    /// <summary>The standard pipeline over a pack: every stage on.</summary>
    public static CodingPipeline Create(Pack pack) =>
        new PipelineBuilder(pack).UseSentences().UseDates().UseActors().UseSteps().UseLedger().Build();

    /// <summary>
    /// Codes one document through every stage, in order. The same document and pack always give the same layers and
    /// events; the document itself is not changed.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between stages and sentences).</exception>
    public CodedDocument Code(Document document, CancellationToken cancellationToken = default) => Code(document, trace: false, cancellationToken);

    /// <param name="document">The document.</param>
    /// <param name="trace">Keep every cue that fired and what became of it (<see cref="CodedDocument.Cues"/>): what `dyad explain` shows.</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    public CodedDocument Code(Document document, bool trace, CancellationToken cancellationToken = default) =>
        Run(new CodedDocument(document) { Cues = trace ? [] : null }, cancellationToken);

    /// <summary>Codes a document within a time budget, checked between sentences.</summary>
    /// <exception cref="OperationCanceledException">The budget ran out (<see cref="CodingBudget.Exceeded"/>), or its run was cancelled.</exception>
    public CodedDocument Code(Document document, CodingBudget budget)
    {
        var coded = Run(new CodedDocument(document) { Budget = budget }, budget.Token);
        budget.Finish();
        return coded;
    }

    private CodedDocument Run(CodedDocument doc, CancellationToken cancellationToken)
    {
        foreach (var stage in Stages)
        {
            doc.Checkpoint(cancellationToken);
            stage.Process(doc, cancellationToken);
        }
        return doc;
    }
}

/// <summary>
/// Switches pipeline stages on, in order, then freezes them. <see cref="Build"/> checks the order: every layer a
/// stage reads is written by a stage before it, and no two stages write one layer.
/// </summary>
public sealed class PipelineBuilder(Pack pack)
{
    private readonly List<IStage> _stages = [];

    /// <summary>Adds the sentences stage: sentences with offsets, boilerplate and notes marked uncoded, tokens and clauses of each coded one. Reads nothing.</summary>
    public PipelineBuilder UseSentences() => Use(new SentenceStage(pack));
    /// <summary>Adds the dates stage: the time expressions of each coded sentence, resolved against the publication date. Reads sentences.</summary>
    public PipelineBuilder UseDates() => Use(new DateStage());
    /// <summary>Adds the actors stage: the states, organisations and people each coded sentence names, then pronouns and quoted speakers. Reads sentences and dates.</summary>
    public PipelineBuilder UseActors() => Use(new ActorStage(pack));
    /// <summary>Adds the steps stage: the pack's step patterns matched into events. Reads sentences, dates and actors.</summary>
    public PipelineBuilder UseSteps() => Use(new StepStage(pack));
    /// <summary>Adds the ledger stage: conditions, goals, status notes and indicator values. Reads sentences, dates, actors and steps.</summary>
    public PipelineBuilder UseLedger() => Use(new LedgerStage(pack));

    internal PipelineBuilder Use(IStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Freezes the stages into a pipeline.</summary>
    /// <exception cref="InvalidOperationException">A stage reads a layer no stage before it writes, or two stages write one layer.</exception>
    public CodingPipeline Build()
    {
        var stages = _stages.ToArray();
        var writers = new Dictionary<Layer, IStage>();
        foreach (var stage in stages)
        {
            foreach (var layer in stage.Reads)
            {
                if (writers.ContainsKey(layer)) continue;
                var later = Array.Find(stages, s => s.Writes.Contains(layer));
                throw new InvalidOperationException(later is null
                    ? $"The '{stage.Name}' stage reads the {Describe(layer)} layer, but no stage writes it: switch on {UseOf(layer)} before '{stage.Name}'."
                    : $"The '{stage.Name}' stage reads the {Describe(layer)} layer, which the '{later.Name}' stage writes only after it: switch on '{later.Name}' first.");
            }
            foreach (var layer in stage.Writes)
            {
                if (!writers.TryAdd(layer, stage))
                    throw new InvalidOperationException($"The '{stage.Name}' stage writes the {Describe(layer)} layer, which the '{writers[layer].Name}' stage already writes.");
            }
        }
        return new(pack, stages);
    }

    private static string Describe(Layer layer) => layer.ToString().ToLowerInvariant();

    private static string UseOf(Layer layer) => layer switch
    {
        Layer.Sentences => "UseSentences()",
        Layer.Dates => "UseDates()",
        Layer.Actors => "UseActors()",
        Layer.Steps => "UseSteps()",
        Layer.Ledger => "UseLedger()",
        _ => $"a stage that writes {Describe(layer)}",
    };
}
