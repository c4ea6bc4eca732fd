using NetArchTest.Rules;

namespace Dyad.Tests;

/// <summary>
/// The folders of Dyad.Core depend one way (issue 18): Model &lt;- Text &lt;- Dates/Actors &lt;- Steps &lt;- Pipeline &lt;-
/// Ingest/Storage &lt;- Query/Analysis/Export. Each row names a folder and the folders it may use; it must use no
/// other folder of the table. A new folder gets a row, and a place in the rows above it.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Cycles = "Ingest <-> Storage and Storage -> Query -> Ingest are being untangled on another branch (issue 18)";

    // Every folder the rules speak of: a folder may use only those of these it lists.
    private static readonly string[] Folders =
        ["Model", "Packs", "Text", "Dates", "Actors", "Steps", "Pipeline", "Ingest", "Storage", "Query", "Analysis", "Export"];

    [Theory]
    [InlineData("Model")]
    // Pack data: parsed into the model's types, read by the actors and steps.
    [InlineData("Packs", "Model")]
    [InlineData("Text", "Model")]
    [InlineData("Dates", "Model", "Text")]
    // Actors read the dates layer: who held a role, and when a speaker spoke, is looked up on the sentence's date.
    [InlineData("Actors", "Model", "Packs", "Text", "Dates")]
    [InlineData("Steps", "Model", "Packs", "Text", "Dates", "Actors")]
    [InlineData("Pipeline", "Model", "Packs", "Text", "Dates", "Actors", "Steps")]
    [InlineData("Ingest", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Pipeline", "Storage", Skip = Cycles)]
    [InlineData("Storage", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Pipeline", Skip = Cycles)]
    [InlineData("Query", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Pipeline", "Ingest", "Storage", Skip = Cycles)]
    [InlineData("Analysis", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Pipeline", "Ingest", "Storage", "Query")]
    [InlineData("Export", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Pipeline", "Ingest", "Storage", "Query")]
    public void Folder_UsesOnlyTheFoldersBelowIt(string folder, params string[] mayUse)
    {
        var forbidden = Folders.Where(f => f != folder && !mayUse.Contains(f)).Select(f => $"Dyad.{f}").ToArray();
        if (forbidden.Length == 0) return;

        var result = Types.InAssembly(typeof(Dyad.Model.Document).Assembly)
            .That().ResideInNamespace($"Dyad.{folder}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        var offenders = result.FailingTypeNames ?? [];
        Assert.True(result.IsSuccessful,
            $"Dyad.{folder} may use only {string.Join(", ", mayUse.DefaultIfEmpty("nothing"))}; these types use more: {string.Join(", ", offenders)}");
    }
}
