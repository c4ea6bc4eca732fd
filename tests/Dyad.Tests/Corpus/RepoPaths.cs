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
            var found = FindSeeds(out var candidates);
            if (found is null)
                Assert.Fail($"seed corpus not found: looked for shared/corpus/seeds/meta.json in {string.Join(", ", candidates)}; set DYAD_SHARED to the shared folder");
            return found!;
        }
    }

    /// <summary>
    /// Why a test of the seed corpus cannot run here, or null when it can. A fresh clone has no ../shared: its tests
    /// skip with this reason. Under CI (CI=true) or with DYAD_SHARED set they are never skipped, so a missing corpus
    /// there fails the run instead of passing it silently.
    /// </summary>
    public static string? SeedsSkipReason
    {
        get
        {
            if (FindSeeds(out var candidates) is not null) return null;
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return null;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DYAD_SHARED"))) return null;
            return $"needs the shared seed corpus (shared/corpus/seeds/meta.json), not found in {string.Join(", ", candidates)}: "
                   + "set DYAD_SHARED to the shared folder (CI runs this test)";
        }
    }

    private static string? FindSeeds(out List<string> candidates)
    {
        var shared = Environment.GetEnvironmentVariable("DYAD_SHARED");
        candidates = [];
        if (!string.IsNullOrEmpty(shared)) candidates.Add(Path.Combine(shared, "corpus", "seeds"));
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
            candidates.Add(Path.Combine(dir.FullName, "shared", "corpus", "seeds"));
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "meta.json")));
    }
}
