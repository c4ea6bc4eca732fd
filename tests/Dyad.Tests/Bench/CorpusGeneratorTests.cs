using Dyad.Cli.Bench;
using Dyad.Tests.Corpus;

namespace Dyad.Tests.Bench;

/// <summary>The articles `dyad bench` generates from templates: all different, the same for the same seed.</summary>
public sealed class CorpusGeneratorTests
{
    [Fact]
    public void GeneratedCorpus_ArticlesDiffer_AndAreDeterministic()
    {
        var templates = CorpusGenerator.LoadTemplates(RepoPaths.Samples);
        var a = new CorpusGenerator(templates, seed: 3).Documents(200_000).ToList();
        var b = new CorpusGenerator(templates, seed: 3).Documents(200_000).ToList();
        Assert.Equal(a.Select(d => d.ContentHash), b.Select(d => d.ContentHash));
        Assert.Equal(a.Count, a.Select(d => d.ContentHash).Distinct().Count());
        Assert.All(a, d => Assert.NotNull(d.Published));
        Assert.InRange(a.Sum(d => d.Text.Length), 190_000, 215_000);
    }
}
