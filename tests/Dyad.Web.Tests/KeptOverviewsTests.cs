using Dyad.Model;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Tests.Analysis;
using Dyad.Web.Api;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 19, ninth round: the overview of a focus is kept in the store under the store's mark, the build and the pack
/// (<see cref="KeptOverviews"/>), so that a server started after another one computed it reads a row; a write, another
/// version or an edited pack computes it again, and `dyad ingest` refreshes the foci kept.
/// </summary>
public sealed class KeptOverviewsTests : IAsyncLifetime
{
    private TestSite _site = null!;
    private readonly Pack _pack = PackLoader.Load(WebFixture.PackDirectory);

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-kept-overviews-", temp =>
    {
        using (var store = StoreFactory.Open(temp.Db)) store.AddBatch(ChangingDyads.Documents());
        return [];
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task AServerStartedLater_ReadsTheOverviewKept_UntilAWrite_Issue19()
    {
        var computed = await Bytes(_site.Client, "/api/dyads?focus=SYR");
        string version;
        using (var store = StoreFactory.Open(_site.Temp.Db))
        {
            version = KeptOverviews.Version(store.ChangeMark(), _pack)!;
            Assert.Equal(computed, FirstPage(store.KeptAnswer(KeptOverviews.Name("SYR"), version)!));
            // A marker under the same version: what a server answers from now on shows whether it read the row.
            store.KeepAnswer(KeptOverviews.Name("SYR"), version, Marker("SYR"));
        }
        await using (var later = await Server.StartAsync(_site.Temp.Db))
        {
            Assert.Equal(FirstPage(Marker("SYR")), await Bytes(later.Client, "/api/dyads?focus=Syria"));
            // Written by another handle: the mark moves, the row is stale and the overview is computed again.
            using (var store = StoreFactory.Open(_site.Temp.Db)) store.AddBatch([LateCut()]);
            var after = await Bytes(later.Client, "/api/dyads?focus=SYR");
            Assert.NotEqual(computed, after);
            Assert.Contains("Qatar cut its ties with Syria again."u8.ToArray(), after);
            Assert.Equal(after, await Bytes(_site.Client, "/api/dyads?focus=SYR"));
            using var reread = StoreFactory.Open(_site.Temp.Db);
            Assert.Equal(after, FirstPage(reread.KeptAnswer(KeptOverviews.Name("SYR"), KeptOverviews.Version(reread.ChangeMark(), _pack)!)!));
        }
    }

    [Fact]
    public async Task AnAnswerOfAnotherPackOrBuild_IsNotRead_Issue19()
    {
        using (var store = StoreFactory.Open(_site.Temp.Db))
        {
            var mark = store.ChangeMark();
            var version = KeptOverviews.Version(mark, _pack)!;
            // The same mark, another pack's files; the same mark and pack, another build.
            var edited = KeptOverviews.Version(mark, new Pack
            {
                Name = _pack.Name, Directory = _pack.Directory, Fingerprint = "0" + _pack.Fingerprint, States = _pack.States,
                Organisations = _pack.Organisations, People = _pack.People, Descriptions = _pack.Descriptions, Roles = _pack.Roles,
                EliteModifiers = _pack.EliteModifiers, Steps = _pack.Steps, Patterns = _pack.Patterns, ModalityCues = _pack.ModalityCues,
                TopicCues = _pack.TopicCues, Text = _pack.Text,
            })!;
            Assert.NotEqual(version, edited);
            store.KeepAnswer(KeptOverviews.Name("SYR"), edited, Marker("SYR"));
            store.KeepAnswer(KeptOverviews.Name("TUR"), version.Replace('/', '|'), Marker("TUR"));
        }
        var syr = await Bytes(_site.Client, "/api/dyads?focus=SYR");
        var tur = await Bytes(_site.Client, "/api/dyads?focus=TUR");
        using (var store = StoreFactory.Open(_site.Temp.Db)) Assert.Equal(FirstPage(KeptOverviews.Compute(store, _pack, "SYR", default)), syr);
        Assert.StartsWith("{\"focus\":\"TUR\",\"focusName\":\"Turkey\"", System.Text.Encoding.UTF8.GetString(tur));
    }

    [Fact]
    public async Task ARowThatIsNotAnOverview_IsComputedAgain_Issue19()
    {
        using (var store = StoreFactory.Open(_site.Temp.Db))
            store.KeepAnswer(KeptOverviews.Name("JOR"), KeptOverviews.Version(store.ChangeMark(), _pack)!, "{\"kept\":true}"u8.ToArray());
        var jor = await Bytes(_site.Client, "/api/dyads?focus=JOR");
        using var reread = StoreFactory.Open(_site.Temp.Db);
        Assert.Equal(FirstPage(KeptOverviews.Compute(reread, _pack, "JOR", default)), jor);
        Assert.Equal(KeptOverviews.Compute(reread, _pack, "JOR", default), reread.KeptAnswer(KeptOverviews.Name("JOR"), KeptOverviews.Version(reread.ChangeMark(), _pack)!));
    }

    [Fact]
    public async Task Refresh_ComputesTheFociKeptAfterAWrite_AsAServerWould_Issue19()
    {
        await Bytes(_site.Client, "/api/dyads?focus=SYR");
        await Bytes(_site.Client, "/api/dyads?focus=QAT");
        using var store = StoreFactory.Open(_site.Temp.Db);
        Assert.Empty(KeptOverviews.Refresh(store, _pack));
        store.AddBatch([LateCut()]);
        Assert.Equal(["QAT", "SYR"], KeptOverviews.Refresh(store, _pack));
        Assert.Empty(KeptOverviews.Refresh(store, _pack));
        var version = KeptOverviews.Version(store.ChangeMark(), _pack)!;
        // What the refresh kept is what a server computes (this one held the answers of the mark before the write).
        foreach (var focus in new[] { "SYR", "QAT" })
        {
            var kept = store.KeptAnswer(KeptOverviews.Name(focus), version);
            Assert.NotNull(kept);
            store.KeepAnswer(KeptOverviews.Name(focus), "stale", [0]);
            Assert.Equal(FirstPage(kept), await Bytes(_site.Client, $"/api/dyads?focus={focus}"));
        }
    }

    private static CodedDocument LateCut() =>
        ChangingDyads.Doc("cut-late", ChangingDyads.Ev("cut-late", "QAT", "SYR", "relations.sever", Modality.Asserted, new DateOnly(2026, 6, 1), "Qatar cut its ties with Syria again."));

    // A whole overview kept under a version, marked as no computed one is.
    private static byte[] Marker(string focus) => System.Text.Encoding.UTF8.GetBytes($"{{\"focus\":\"{focus}\",\"focusName\":\"kept\",\"counterparts\":[],\"falls\":[],\"fallsTotal\":0}}");

    // The first page of a whole overview as the API answers it (pages of 20; these stores have fewer counterparts).
    private static byte[] FirstPage(byte[] whole)
    {
        using var document = System.Text.Json.JsonDocument.Parse(whole);
        var total = document.RootElement.GetProperty("counterparts").GetArrayLength();
        return [.. whole[..^1], .. System.Text.Encoding.UTF8.GetBytes($",\"total\":{total},\"page\":1,\"pageSize\":{OverviewPages.DefaultPageSize}}}")];
    }

    private static async Task<byte[]> Bytes(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    // A second server over the same store, as after a restart.
    private sealed class Server : IAsyncDisposable
    {
        private Server(WebApplication app, HttpClient client) => (App, Client) = (app, client);

        public WebApplication App { get; }
        public HttpClient Client { get; }

        public static async Task<Server> StartAsync(string db)
        {
            var app = DyadWeb.Build(TestSite.Options(db));
            await app.StartAsync();
            var address = app.Urls.First();
            return new Server(app, new HttpClient { BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/") });
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
