using NetArchTest.Rules;

namespace Dyad.Tests.Architecture;

/// <summary>
/// The folders of Dyad.Core depend one way (issue 18): Model &lt;- Text &lt;- Dates/Actors &lt;- Steps &lt;- Pipeline &lt;-
/// Ingest/Storage &lt;- Query/Analysis/Export. Each row names a folder and the folders it may use; it must use no
/// other folder of the table. A new folder gets a row, and a place in the rows above it.
/// </summary>
public sealed class ArchitectureTests
{
    // Every folder the rules speak of: a folder may use only those of these it lists.
    private static readonly string[] Folders =
        ["Model", "Packs", "Text", "Dates", "Actors", "Steps", "Ledger", "Pipeline", "Ingest", "Storage", "Query", "Analysis", "Export"];

    [Theory]
    [InlineData("Model")]
    // Pack data: parsed into the model's types, read by the actors and steps.
    [InlineData("Packs", "Model")]
    [InlineData("Text", "Model")]
    [InlineData("Dates", "Model", "Text")]
    // Actors read the dates layer: who held a role, and when a speaker spoke, is looked up on the sentence's date.
    [InlineData("Actors", "Model", "Packs", "Text", "Dates")]
    [InlineData("Steps", "Model", "Packs", "Text", "Dates", "Actors")]
    // The ledger (issue 20) reads the sentence's tokens, dates and actors and the steps coded from it.
    [InlineData("Ledger", "Model", "Packs", "Text", "Dates", "Actors", "Steps")]
    [InlineData("Pipeline", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Ledger")]
    // The store is below what feeds it and what reads it: it keeps near-copy links, it does not compute them.
    [InlineData("Storage", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Ledger", "Pipeline")]
    // Ingest feeds the store through its interface.
    [InlineData("Ingest", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Ledger", "Pipeline", "Storage")]
    // Queries, analysis and exports read the store; none of them runs ingest.
    [InlineData("Query", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Ledger", "Pipeline", "Storage")]
    [InlineData("Analysis", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Ledger", "Pipeline", "Storage", "Query")]
    [InlineData("Export", "Model", "Packs", "Text", "Dates", "Actors", "Steps", "Ledger", "Pipeline", "Storage", "Query")]
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
