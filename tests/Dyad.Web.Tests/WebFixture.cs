using Dyad.Ingest;

namespace Dyad.Web.Tests;

/// <summary>
/// One server for the API and browser tests: the repo's samples/ plus one hostile document, ingested into a
/// temporary SQLite file, served as a <see cref="TestSite"/>.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string HostileId = "99_hostile";
    public const string Token = "test-token-5d1f";

    public static string RepoRoot { get; } = FindRoot();
    public static string PackDirectory => Path.Combine(RepoRoot, "packs", "syria");

    /// <summary>The server, its store and its client.</summary>
    public TestSite Site { get; private set; } = null!;
    public string DbPath => Site.Temp.Db;
    public Uri BaseAddress => Site.Address;
    public HttpClient Client => Site.Client;
    public IngestSummary Seeded => Site.Seeded!;

    public async Task InitializeAsync() => Site = await TestSite.StartAsync("dyad-web-tests-",
        temp => [Path.Combine(RepoRoot, "samples"), Path.GetDirectoryName(temp.Write($"hostile/{HostileId}.txt", HostileText))!]);

    /// <summary>GETs a path of the shared server and reads its JSON; an answer other than success fails the test.</summary>
    public Task<JsonElement> Json(string path) => Site.Json(path);

    public async Task DisposeAsync()
    {
        if (Site is not null) await Site.DisposeAsync();
    }

    /// <summary>An article carrying script payloads in its title, its coded sentences and its body.</summary>
    public const string HostileText =
        "Jordan reopens border <script>window.__pwned = 1; alert('title')</script>\n" +
        "March 5, 2023\n\n" +
        "Jordan reopened the Jaber border crossing with Syria on Sunday <img src=x onerror=\"window.__pwned=1;alert(1)\">, officials said.\n\n" +
        "Jordanian Foreign Minister Ayman Safadi visited Damascus and met Bashar al-Assad <a href=\"javascript:window.__pwned=1\">read more</a>.\n\n" +
        "<svg onload=\"window.__pwned=1\"></svg><iframe src=\"javascript:alert(2)\"></iframe> The statement ended there.\n";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (Dyad.sln) above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web";
}
