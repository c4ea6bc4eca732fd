namespace Dyad.Cli.Bench;

/// <summary>Where benchmarks find real articles: the shared seed corpus beside the repository, and the bundled samples.</summary>
internal static class BenchCorpus
{
    /// <summary>The repository root (the folder holding Dyad.sln) above <paramref name="start"/>, or null.</summary>
    public static string? Root(string? start = null)
    {
        foreach (var from in new[] { start, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = from is null ? null : new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dyad.sln"))) return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>../shared/corpus/seeds beside the repository (or DYAD_SHARED/corpus/seeds), or null when missing.</summary>
    public static string? Seeds()
    {
        var shared = Environment.GetEnvironmentVariable("DYAD_SHARED");
        if (!string.IsNullOrEmpty(shared) && Directory.Exists(Path.Combine(shared, "corpus", "seeds"))) return Path.Combine(shared, "corpus", "seeds");
        for (var dir = Root() is { } root ? new DirectoryInfo(root) : null; dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "corpus", "seeds");
            if (File.Exists(Path.Combine(seeds, "meta.json"))) return seeds;
        }
        return null;
    }

    /// <summary>The bundled samples: in the repository, else beside the installed pack.</summary>
    public static string? Samples()
    {
        if (Root() is { } root && Directory.Exists(Path.Combine(root, "samples"))) return Path.Combine(root, "samples");
        var beside = Path.Combine(AppContext.BaseDirectory, "samples");
        return Directory.Exists(beside) ? beside : null;
    }

    /// <summary>The default pack: beside the program, else packs/syria in the repository (BenchmarkDotNet runs from its own folder).</summary>
    public static string PackDirectory()
    {
        if (File.Exists(Path.Combine(Packs.PackLoader.DefaultDirectory, "pack.json"))) return Packs.PackLoader.DefaultDirectory;
        return Root() is { } root ? Path.Combine(root, "packs", "syria") : Packs.PackLoader.DefaultDirectory;
    }

    /// <summary>Templates for the generator: the samples and the seeds, whichever are found.</summary>
    public static IReadOnlyList<CorpusTemplate> Templates()
    {
        var list = new List<CorpusTemplate>();
        foreach (var folder in new[] { Samples(), Seeds() })
        {
            if (folder is not null) list.AddRange(CorpusGenerator.LoadTemplates(folder));
        }
        if (list.Count == 0) throw new IOException("no articles to generate a corpus from: neither samples/ nor shared/corpus/seeds was found");
        return list;
    }
}
