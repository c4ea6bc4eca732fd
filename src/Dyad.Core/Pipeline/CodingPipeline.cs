using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Pipeline;

/// <summary>
/// The coding pipeline, frozen: sentences -> dates -> actors -> steps. Built by <see cref="PipelineBuilder"/>;
/// safe to share across threads (stages keep no per-document state).
/// </summary>
public sealed class CodingPipeline
{
    internal CodingPipeline(Pack pack, IReadOnlyList<IStage> stages)
    {
        Pack = pack;
        Stages = stages;
    }

    public Pack Pack { get; }
    public IReadOnlyList<IStage> Stages { get; }

    /// <summary>The standard pipeline over a pack: every stage on.</summary>
    public static CodingPipeline Create(Pack pack) =>
        new PipelineBuilder(pack).UseSentences().UseDates().UseActors().UseSteps().Build();

    public CodedDocument Code(Document document, CancellationToken cancellationToken = default) => Code(document, trace: false, cancellationToken);

    /// <param name="document">The document.</param>
    /// <param name="trace">Keep every cue that fired and what became of it (<see cref="CodedDocument.Cues"/>): what `dyad explain` shows.</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    public CodedDocument Code(Document document, bool trace, CancellationToken cancellationToken = default)
    {
        var doc = new CodedDocument(document) { Cues = trace ? [] : null };
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(doc, cancellationToken);
        }
        return doc;
    }
}

/// <summary>Switches pipeline stages on, in order, then freezes them.</summary>
public sealed class PipelineBuilder(Pack pack)
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder UseSentences() => Use(new SentenceStage(pack));
    public PipelineBuilder UseDates() => Use(new DateStage());
    public PipelineBuilder UseActors() => Use(new ActorStage(pack));
    public PipelineBuilder UseSteps() => Use(new StepStage(pack));

    public PipelineBuilder Use(IStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public CodingPipeline Build() => new(pack, _stages.ToArray());
}
