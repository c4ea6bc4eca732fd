using Dyad.Pipeline;

namespace Dyad.Tests.Pipeline;

/// <summary>Build() checks that every stage's layers are written before it (issue 18).</summary>
public sealed class PipelineBuilderTests
{
    [Fact]
    public void Build_StepsWithoutActors_NamesTheStageAndTheMissingLayer()
    {
        var builder = new PipelineBuilder(Coding.Pack).UseSentences().UseDates().UseSteps();

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("'steps'", error.Message, StringComparison.Ordinal);
        Assert.Contains("actors layer", error.Message, StringComparison.Ordinal);
        Assert.Contains("UseActors()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ActorsBeforeDates_NamesTheStageThatWritesTooLate()
    {
        var builder = new PipelineBuilder(Coding.Pack).UseSentences().UseActors().UseDates().UseSteps();

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("'actors'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dates layer", error.Message, StringComparison.Ordinal);
        Assert.Contains("'dates' stage writes only after it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoStagesWritingOneLayer_Throws()
    {
        var builder = new PipelineBuilder(Coding.Pack).UseSentences().UseDates().UseDates();

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("already writes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RunsTheStagesInLayerOrder()
    {
        var pipeline = CodingPipeline.Create(Coding.Pack);

        Assert.Equal(["sentences", "dates", "actors", "steps", "ledger"], pipeline.Stages.Select(s => s.Name));
        Assert.Equal([Layer.Sentences, Layer.Dates, Layer.Actors, Layer.Steps, Layer.Ledger], pipeline.Stages.SelectMany(s => s.Writes));
    }

    [Fact]
    public void Build_SentencesAndDatesOnly_FindsDatesAndNoEvents()
    {
        var pipeline = new PipelineBuilder(Coding.Pack).UseSentences().UseDates().Build();

        var coded = pipeline.Code(new Document("t", "On 7 March 2023 Jordan reopened its embassy in Damascus.", Published: Coding.DefaultPublished));

        Assert.NotEmpty(coded.Dates);
        Assert.Empty(coded.Mentions);
        Assert.Empty(coded.Events);
    }
}
