using Dyad.Ingest;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Tests.Storage;

namespace Dyad.Web.Tests;

/// <summary>
/// A server over a store of its own: a temporary folder, the store ingested from what a test wrote there (or from the
/// samples), the app on a free loopback port, and a client of it. Disposing stops the app and deletes the folder.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private TestSite(TempStore temp, WebApplication app, Uri address, IngestSummary? seeded)
    {
        Temp = temp;
        App = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
        Seeded = seeded;
    }

    public TempStore Temp { get; }
    public WebApplication App { get; }
    public Uri Address { get; }
    public HttpClient Client { get; }

    /// <summary>What ingesting the inputs gave; null when the store began empty.</summary>
    public IngestSummary? Seeded { get; }

    /// <summary>The options of a read-only server of the repo's pack over a store, on a free loopback port.</summary>
    public static WebOptions Options(string db) => new() { Db = db, PackDirectory = WebFixture.PackDirectory, Urls = "http://127.0.0.1:0" };

    /// <summary>
    /// Writes the test's files (<paramref name="write"/> returns the inputs to ingest, or none), ingests them into the
    /// store with the repo's pack, and serves it with <paramref name="options"/> changed as asked; <paramref name="beforeStart"/>
    /// sees the app built but not yet listening.
    /// </summary>
    public static async Task<TestSite> StartAsync(string prefix, Func<TempStore, IReadOnlyList<string>>? write = null,
        Func<WebOptions, WebOptions>? options = null, Action<WebApplication>? beforeStart = null)
    {
        var temp = new TempStore(prefix);
        try
        {
            IngestSummary? seeded = null;
            if (write?.Invoke(temp) is { Count: > 0 } inputs)
            {
                using var store = StoreFactory.Open(temp.Db);
                seeded = new IngestRunner(CodingPipeline.Create(PackLoader.Load(WebFixture.PackDirectory)), store).Run(inputs);
            }
            var app = DyadWeb.Build(options is null ? Options(temp.Db) : options(Options(temp.Db)));
            beforeStart?.Invoke(app);
            await app.StartAsync();
            var address = app.Urls.First();
            return new TestSite(temp, app, new Uri(address.EndsWith('/') ? address : address + "/"), seeded);
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    /// <summary>GETs a path and reads its JSON; an answer other than success fails the test, naming the path and the answer.</summary>
    public Task<JsonElement> Json(string path) => Client.Json(path);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Temp.Dispose();
    }
}

/// <summary>Reading the API's JSON in a test.</summary>
public static class HttpJson
{
    /// <summary>GETs a path and reads its JSON; an answer other than success fails the test, naming the path and the answer.</summary>
    public static async Task<JsonElement> Json(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
