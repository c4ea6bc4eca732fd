namespace Dyad.Tests.Corpus;

/// <summary>Folders the tests read: the repository root (the folder holding Dyad.sln) and the shared corpus beside it.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dyad.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException($"no Dyad.sln above {AppContext.BaseDirectory}: cannot find the repository root");
        }
    }

    public static string Samples => Path.Combine(Root, "samples");

    public static string Golden => Path.Combine(Root, "tests", "Dyad.Tests", "Corpus", "golden");

    /// <summary>../shared/corpus/seeds beside the repository (or DYAD_SHARED/corpus/seeds); a clear failure when absent.</summary>
    public static string Seeds
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable("DYAD_SHARED");
            var candidates = new List<string>();
            if (!string.IsNullOrEmpty(shared)) candidates.Add(Path.Combine(shared, "corpus", "seeds"));
            for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
                candidates.Add(Path.Combine(dir.FullName, "shared", "corpus", "seeds"));
            var found = candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "meta.json")));
            if (found is null)
                Assert.Fail($"seed corpus not found: looked for shared/corpus/seeds/meta.json in {string.Join(", ", candidates)}; set DYAD_SHARED to the shared folder");
            return found!;
        }
    }
}
