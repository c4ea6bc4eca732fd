using System.Runtime.CompilerServices;
using Dyad.Tests.Corpus;

namespace Dyad.Tests.Architecture;

/// <summary>
/// The tests mirror the source folders (issue 18): a test of Query lives in Query, one of the CLI's bench harness in
/// Bench. Every folder of this project, and the namespace of every type in it, names a folder of Dyad.Core or of the
/// CLI, so a test filed by habit in the wrong place (Stories tested from Ingest, stores from Pipeline) fails here.
/// </summary>
public sealed class TestFolderTests
{
    // Folders that name no source folder, each for a reason.
    private static readonly Dictionary<string, string> Cross = new(StringComparer.Ordinal)
    {
        ["Architecture"] = "rules over the whole assembly",
        ["Corpus"] = "golden specs and corpora coded by the whole pipeline, and the paths to them",
    };

    // The source folders, as their namespaces name them: Dyad.X in Dyad.Core, Dyad.Cli and Dyad.Cli.X in the CLI.
    private static HashSet<string> SourceFolders()
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(Dyad.Model.Document).Assembly.GetTypes())
        {
            if (type.Namespace?.Split('.') is ["Dyad", var folder, ..]) folders.Add(folder);
        }
        foreach (var type in typeof(Dyad.Cli.Cli).Assembly.GetTypes())
        {
            if (type.Namespace?.Split('.') is ["Dyad", "Cli", .. var rest])
            {
                folders.Add("Cli");
                if (rest.Length > 0) folders.Add(rest[0]);
            }
        }
        return folders;
    }

    [Fact]
    public void EveryTestNamespace_NamesASourceFolder()
    {
        var known = SourceFolders();
        Assert.Contains("Query", known);
        Assert.Contains("Bench", known);
        var strays = typeof(TestFolderTests).Assembly.GetTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Dyad.Tests.", StringComparison.Ordinal) && !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .Select(t => (Type: t.FullName, Folder: t.Namespace!.Split('.')[2]))
            .Where(t => !known.Contains(t.Folder) && !Cross.ContainsKey(t.Folder))
            .Select(t => t.Type)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(strays.Count == 0, $"test types in a namespace that names no source folder ({string.Join(", ", known.Order(StringComparer.Ordinal))}): {string.Join(", ", strays)}");
    }

    [Fact]
    public void EveryTestFolder_NamesASourceFolder_AndItsFilesItsNamespace()
    {
        var known = SourceFolders();
        var project = Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests");
        var problems = new List<string>();
        foreach (var dir in Directory.GetDirectories(project))
        {
            var folder = Path.GetFileName(dir);
            if (folder is "bin" or "obj") continue;
            if (!known.Contains(folder) && !Cross.ContainsKey(folder)) problems.Add($"{folder}/ names no source folder");
            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            {
                var declared = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal));
                if (declared != $"namespace Dyad.Tests.{folder};")
                    problems.Add($"{Path.GetRelativePath(project, file)} declares '{declared}', not 'namespace Dyad.Tests.{folder};'");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
