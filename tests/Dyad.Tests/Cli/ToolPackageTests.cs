using System.Xml.Linq;
using Dyad.Cli.Commands;
using Dyad.Tests.Corpus;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Cli;

/// <summary>Issue 21: a real `dyad` command, installed as a .NET tool, that finds its pack and samples from any folder.</summary>
public sealed class ToolPackageTests : TempStoreTest
{
    [Fact]
    public void CliProject_IsAToolPackage_NamedDyad_ShippingPacksAndSamples()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Dyad.Cli", "Dyad.Cli.csproj"));
        string? Property(string name) => project.Descendants(name).FirstOrDefault()?.Value;
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("dyad", Property("ToolCommandName"));
        var shipped = project.Descendants("None").Select(n => (string?)n.Attribute("LinkBase")).ToList();
        Assert.Contains("packs", shipped);
        Assert.Contains("samples", shipped);
    }

    [Fact]
    public void Program_FindsItsDefaultPackBesideItself()
    {
        Assert.True(File.Exists(Path.Combine(global::Dyad.Packs.PackLoader.DefaultDirectory, "pack.json")), global::Dyad.Packs.PackLoader.DefaultDirectory);
        Assert.StartsWith(AppContext.BaseDirectory, global::Dyad.Packs.PackLoader.DefaultDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SamplesAbsentHere_ReadsTheBundledSamplesAndSaysSo()
    {
        var program = Temp.PathOf("tool");
        Directory.CreateDirectory(Path.Combine(program, "samples"));
        var elsewhere = Temp.PathOf("elsewhere");
        Directory.CreateDirectory(elsewhere);
        var output = new StringWriter();
        var resolved = BundledInputs.Resolve(["samples", "notes", "https://example.org/samples"], output, program, elsewhere);
        Assert.Equal([Path.Combine(program, "samples"), "notes", "https://example.org/samples"], resolved);
        Assert.Contains("reading the samples shipped with dyad", output.ToString());
    }

    [Fact]
    public void Ingest_SamplesPresentHere_AreTheOnesRead()
    {
        var program = Temp.PathOf("tool");
        Directory.CreateDirectory(Path.Combine(program, "samples"));
        Directory.CreateDirectory(Temp.PathOf("samples"));
        var output = new StringWriter();
        Assert.Equal(["samples"], BundledInputs.Resolve(["samples"], output, program, Temp.Folder));
        Assert.Equal("", output.ToString());
    }
}
