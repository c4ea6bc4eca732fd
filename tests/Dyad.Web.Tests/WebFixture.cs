using Dyad.Ingest;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;

namespace Dyad.Web.Tests;

/// <summary>
/// One server for the API and browser tests: the repo's samples/ plus one hostile document, ingested into a
/// temporary SQLite file, served by <see cref="DyadWeb.Build"/> on 127.0.0.1 with a free port.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string HostileId = "99_hostile";
    public const string Token = "test-token-5d1f";

    public static string RepoRoot { get; } = FindRoot();
    public static string PackDirectory => Path.Combine(RepoRoot, "packs", "syria");

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "dyad-web-tests-" + Guid.NewGuid().ToString("N")[..8]);
    public string DbPath => Path.Combine(Directory, "dyad.db");
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public IngestSummary Seeded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var hostileDir = Path.Combine(Directory, "hostile");
        System.IO.Directory.CreateDirectory(hostileDir);
        await File.WriteAllTextAsync(Path.Combine(hostileDir, HostileId + ".txt"), HostileText);
        var pack = PackLoader.Load(PackDirectory);
        using (var store = StoreFactory.Open(DbPath))
        {
            Seeded = new IngestRunner(CodingPipeline.Create(pack), store).Run([Path.Combine(RepoRoot, "samples"), hostileDir]);
        }
        (App, BaseAddress) = await StartAsync(new WebOptions { Db = DbPath, PackDirectory = PackDirectory, Urls = "http://127.0.0.1:0" });
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Starts an app on a free loopback port and returns it with its address.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(WebOptions options)
    {
        var app = DyadWeb.Build(options);
        await app.StartAsync();
        var address = app.Urls.First();
        return (app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
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
