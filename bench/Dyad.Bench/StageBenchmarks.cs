using BenchmarkDotNet.Attributes;
using Dyad.Cli.Bench;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Pipeline;

namespace Dyad.Bench;

/// <summary>
/// The pipeline stage by stage on the seed articles (the samples when the seeds are missing): each benchmark
/// runs the pipeline up to and including one stage, so a stage costs the difference from the one before.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Document[] _docs = [];
    private CodingPipeline _sentences = null!, _dates = null!, _actors = null!, _steps = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pack = PackLoader.Load(BenchCorpus.PackDirectory());
        _sentences = new PipelineBuilder(pack).UseSentences().Build();
        _dates = new PipelineBuilder(pack).UseSentences().UseDates().Build();
        _actors = new PipelineBuilder(pack).UseSentences().UseDates().UseActors().Build();
        _steps = CodingPipeline.Create(pack);
        var folder = BenchCorpus.Seeds() ?? BenchCorpus.Samples() ?? throw new InvalidOperationException("no seeds and no samples found");
        _docs = Throughput.Read(folder).ToArray();
        Console.WriteLine($"// corpus: {folder}, {_docs.Length} documents, {_docs.Sum(d => d.Text.Length):N0} chars, " +
                          $"{_docs.Sum(d => _steps.Code(d).Sentences.Count)} sentences");
    }

    private int Run(CodingPipeline pipeline)
    {
        var n = 0;
        foreach (var d in _docs) { var c = pipeline.Code(d); n += c.Events.Count + c.Sentences.Count; }
        return n;
    }

    [Benchmark(Baseline = true, Description = "sentences")]
    public int Sentences() => Run(_sentences);

    [Benchmark(Description = "+dates")]
    public int Dates() => Run(_dates);

    [Benchmark(Description = "+actors")]
    public int Actors() => Run(_actors);

    [Benchmark(Description = "+steps (whole pipeline)")]
    public int Steps() => Run(_steps);
}

/// <summary>The whole pipeline, raw text to events, on a generated corpus of about 1 MB held in memory.</summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private Document[] _docs = [];
    private CodingPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = CodingPipeline.Create(PackLoader.Load(BenchCorpus.PackDirectory()));
        _docs = new CorpusGenerator(BenchCorpus.Templates()).Documents(1_000_000).ToArray();
    }

    [Benchmark(Description = "pipeline, 1 MB generated, 1 thread")]
    public int OneThread()
    {
        var n = 0;
        foreach (var d in _docs) n += _pipeline.Code(d).Events.Count;
        return n;
    }

    [Benchmark(Description = "pipeline, 1 MB generated, all cores")]
    public int AllCores()
    {
        var n = 0;
        foreach (var c in OrderedParallel.Map(_docs, d => _pipeline.Code(d), Environment.ProcessorCount)) n += c.Events.Count;
        return n;
    }
}
