using Dyad.Packs;
using Dyad.Steps;

namespace Dyad.Tests.Packs;

public class PackLoaderTests
{
    private static readonly Pack Syria = PackLoader.Load(PackLoader.DefaultDirectory);

    [Fact]
    public void Load_SyriaPack_IncludesTheWorld()
    {
        Assert.Equal("SYR", Syria.Focus);
        Assert.True(Syria.States.Count >= 249, $"only {Syria.States.Count} states");
        Assert.Contains(Syria.Organisations, o => o.Id == "ARL");
        Assert.Contains(Syria.People, p => p.Name == "Hakan Fidan");
        Assert.Equal(17, Syria.Steps.Count);
    }

    [Fact]
    public void Load_SyriaPack_DeclaresAssadsGovernmentToItsFallThenTheTransitional_Issue20()
    {
        var syria = Syria.ErasOf("SYR");
        Assert.Equal(["the Assad government", "the transitional government"], syria.Select(e => e.Name));
        Assert.Equal(new DateOnly(2024, 12, 8), syria[0].To);
        Assert.Equal(new DateOnly(2024, 12, 9), syria[1].From);
        Assert.Null(syria[1].To);
        Assert.True(syria[0].Contains(new DateOnly(2024, 12, 8)));
        Assert.False(syria[1].Contains(new DateOnly(2024, 12, 8)));
        // The world pack's breaks arrive through the include, each with its source.
        Assert.Equal(4, Syria.ErasOf("EGY").Count);
        Assert.Contains(Syria.ErasOf("SDN"), e => e.From == new DateOnly(2021, 10, 26));
        Assert.Contains(Syria.ErasOf("AFG"), e => e.From == new DateOnly(2021, 8, 16) && e.To is null);
        Assert.All(Syria.Eras, e => Assert.False(string.IsNullOrEmpty(e.Source)));
        Assert.Empty(Syria.ErasOf("TUR"));
    }

    [Fact]
    public void Compile_PatternWithModality_GivesItsDefaultModality()
    {
        var invitation = Syria.Patterns.Single(p => p.Id == "visit.invitation");
        Assert.Equal(Modality.Planned, CompiledPattern.Compile(invitation, Syria).DefaultModality);
        Assert.Null(CompiledPattern.Compile(Syria.Patterns.Single(p => p.Id == "visit"), Syria).DefaultModality);
    }

    [Fact]
    public void Load_PatternNamingAnUnknownStep_FailsNamingTheFileAndThePattern()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-pack-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "pack.json"), "{ \"name\": \"t\" }");
            File.WriteAllText(Path.Combine(dir.FullName, "steps.json"), "{ \"steps\": [ { \"code\": \"a.b\", \"rung\": 1, \"kind\": \"normalizing\", \"type\": \"CONSULT\" } ] }");
            File.WriteAllText(Path.Combine(dir.FullName, "patterns.json"), "{ \"patterns\": [ { \"id\": \"p1\", \"step\": \"no.such\", \"cues\": [\"meet\"] } ] }");
            var e = Assert.Throws<PackException>(() => PackLoader.Load(dir.FullName));
            Assert.Contains("p1", e.Message);
            Assert.Contains("no.such", e.Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Load_BrokenJson_FailsNamingTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-pack-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "pack.json"), "{ \"name\": \"t\" }");
            File.WriteAllText(Path.Combine(dir.FullName, "people.json"), "{ \"people\": [ { \"name\": ");
            var e = Assert.Throws<PackException>(() => PackLoader.Load(dir.FullName));
            Assert.EndsWith("people.json", e.Path);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
