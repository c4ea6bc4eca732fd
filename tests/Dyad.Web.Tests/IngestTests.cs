using System.Net.Http.Headers;
using System.Text;
using Dyad.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests;

/// <summary>POST /api/documents: only with --allow-ingest and the bearer token; codes and stores the article.</summary>
public sealed class IngestTests : IAsyncLifetime
{
    private readonly List<TestSite> _sites = [];

    private const string Article =
        "Saudi Arabia and Syria agree to reopen embassies\n\n" +
        "Saudi Arabia and Syria agreed on Thursday to reopen their embassies, the Saudi foreign ministry said. " +
        "Saudi Foreign Minister Prince Faisal bin Farhan visited Damascus and met President Bashar al-Assad.";

    private async Task<HttpClient> Server(bool allowIngest, TimeSpan? documentBudget = null)
    {
        var site = await TestSite.StartAsync("dyad-ingest-tests-", options: o => o with
        {
            AllowIngest = allowIngest,
            Token = allowIngest ? WebFixture.Token : null,
            DocumentBudget = documentBudget ?? new WebOptions().DocumentBudget,
        });
        _sites.Add(site);
        return site.Client;
    }

    private static HttpRequestMessage Post(object body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [Fact]
    public async Task Post_WithoutToken_Is401()
    {
        var client = await Server(allowIngest: true);
        await ApiTests.AssertProblem(await client.SendAsync(Post(new { id = "a", text = Article }, null)), HttpStatusCode.Unauthorized);
        await ApiTests.AssertProblem(await client.SendAsync(Post(new { id = "a", text = Article }, "wrong")), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    public async Task Post_ABodyOverTheDocumentCap_Is413BeforeTheBodyIsSent_AndNothingIsStored_Issue19(string mediaType)
    {
        var site = await Site();
        // A client that waits for the server's word as long as it takes (not .NET's one second, which runs out under
        // load and sends the body): the 413 comes from the declared length, and no "100 Continue" asks for the body.
        using var client = Client(site, TimeSpan.FromMinutes(5));
        var content = OversizedBody(mediaType);
        var response = await client.SendAsync(OversizedPost(content, expectContinue: true));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(content.Sent);
        Assert.Equal(0, (await site.Json("api/documents")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("text/plain", false)]
    [InlineData("application/json", false)]
    [InlineData("application/json", true)]
    public async Task Post_ABodyOverTheDocumentCap_SentWithoutWaiting_IsAReadable413_AndNothingIsStored_Issue19(string mediaType, bool expectContinue)
    {
        var site = await Site();
        // The body sent at once: no Expect header, or a wait for "100 Continue" that has run out. Such a client reads the
        // answer only after sending the whole body; the server reads it and drops it rather than resetting the connection.
        using var client = Client(site, TimeSpan.Zero);
        var content = OversizedBody(mediaType);
        var response = await client.SendAsync(OversizedPost(content, expectContinue));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(content.Sent);
        Assert.Equal(0, (await site.Json("api/documents")).GetProperty("total").GetInt32());
    }

    private async Task<TestSite> Site()
    {
        await Server(allowIngest: true);
        return _sites[^1];
    }

    private static HttpClient Client(TestSite site, TimeSpan expectContinueWait) =>
        new(new SocketsHttpHandler { Expect100ContinueTimeout = expectContinueWait }) { BaseAddress = site.Address };

    private static SentContent OversizedBody(string mediaType)
    {
        var text = new string('a', (int)new WebOptions().MaxDocumentBytes + 1024);
        return new SentContent(mediaType == "text/plain" ? text : JsonSerializer.Serialize(new { id = "big", text }), mediaType);
    }

    private static HttpRequestMessage OversizedPost(HttpContent content, bool expectContinue)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents?id=big") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.Token);
        request.Headers.ExpectContinue = expectContinue;
        return request;
    }

    /// <summary>A body with its length declared that says whether the client sent it.</summary>
    private sealed class SentContent : HttpContent
    {
        private readonly byte[] _bytes;

        public SentContent(string body, string mediaType)
        {
            _bytes = Encoding.UTF8.GetBytes(body);
            Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        public bool Sent { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Sent = true;
            return stream.WriteAsync(_bytes).AsTask();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }

    [Fact]
    public async Task Overview_AfterAWrite_IsComputedAgain_NotServedStale_Issue19()
    {
        var client = await Server(allowIngest: true);
        async Task<List<string>> Counterparts() => [.. (await client.GetFromJsonAsync<JsonElement>("/api/dyads?focus=SYR")).GetProperty("counterparts")
            .EnumerateArray().Select(c => c.GetProperty("counterpart").GetString()!)];
        Assert.Empty(await Counterparts());
        Assert.Empty(await Counterparts());
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Post(new { id = "a", text = Article, published = "2023-04-12" }, WebFixture.Token))).StatusCode);
        Assert.Contains("SAU", await Counterparts());
    }

    [Fact]
    public async Task Post_NotCodedWithinTheServersBudget_Is422_AndNothingIsStored_Issue19()
    {
        // One microsecond (serve --doc-timeout 0.000001): no article is split into sentences that fast.
        var client = await Server(allowIngest: true, documentBudget: TimeSpan.FromTicks(10));
        var problem = await ApiTests.AssertProblem(await client.SendAsync(Post(new { id = "slow", text = Article }, WebFixture.Token)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("coding failed: not coded within its time budget of 0.001 ms (--doc-timeout); skipped", problem.GetProperty("detail").GetString());
        var documents = await client.GetFromJsonAsync<JsonElement>("/api/documents");
        Assert.Equal(0, documents.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Post_OnReadOnlyServer_IsRefused()
    {
        var client = await Server(allowIngest: false);
        await ApiTests.AssertProblem(await client.SendAsync(Post(new { id = "a", text = Article }, WebFixture.Token)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public void Build_IngestWithoutToken_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => DyadWeb.Build(new WebOptions { PackDirectory = WebFixture.PackDirectory, AllowIngest = true }));
    }

    [Fact]
    public async Task Post_Json_CodesStoresAndServesTheDocument()
    {
        var client = await Server(allowIngest: true);
        var response = await client.SendAsync(Post(new { id = "saudi-embassies", title = "Saudi Arabia and Syria to reopen embassies", published = "2023-03-23", url = "https://example.org/a", text = Article }, WebFixture.Token));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("added", result.GetProperty("outcome").GetString());
        Assert.True(result.GetProperty("steps").GetInt32() > 0);

        var doc = await client.GetFromJsonAsync<JsonElement>("/api/documents/saudi-embassies");
        Assert.Equal("2023-03-23", doc.GetProperty("published").GetString());
        var events = await client.GetFromJsonAsync<JsonElement>("/api/events?dyad=SAU:SYR");
        Assert.True(events.GetProperty("total").GetInt32() > 0);

        var again = await client.SendAsync(Post(new { id = "saudi-embassies", text = Article, published = "2023-03-23" }, WebFixture.Token));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("duplicate", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Post_NearCopy_IsLinkedToItsOriginal_Issue18()
    {
        var client = await Server(allowIngest: true);
        var body = Article + " " + Article.Replace("\n", " ");
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Post(new { id = "orig", published = "2023-03-23", text = body }, WebFixture.Token))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Post(new { id = "copy", published = "2023-03-23", text = body + " (Reporting by the wire.)" }, WebFixture.Token))).StatusCode);
        var store = _sites[^1].App.Services.GetRequiredService<IDyadStore>();
        var link = Assert.Single(store.Links());
        Assert.Equal(("copy", "orig"), (link.DocumentKey, link.OriginalKey));
    }

    [Fact]
    public async Task Post_Html_ReadsTheArticleFromThePage()
    {
        var client = await Server(allowIngest: true);
        var html = "<!doctype html><html><head><title>Embassies to reopen</title></head><body><article><h1>Embassies to reopen</h1><p>" +
                   Article.Replace("\n", " ") + "</p><script>window.x=1</script></article></body></html>";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents?id=html-doc&published=2023-03-23")
        {
            Content = new StringContent(html, Encoding.UTF8, "text/html"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.Token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var doc = await client.GetFromJsonAsync<JsonElement>("/api/documents/html-doc");
        Assert.Contains("Faisal bin Farhan", doc.GetProperty("text").GetString());
        Assert.DoesNotContain("window.x", doc.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"title\":\"no id\",\"text\":\"Syria.\"}", "id is required")]
    [InlineData("{\"id\":\"x\",\"text\":\"\"}", "text is empty")]
    [InlineData("{\"id\":\"x\",\"text\":\"Syria.\",\"published\":\"yesterday\"}", "published 'yesterday'")]
    [InlineData("{not json", "not a JSON document")]
    public async Task Post_BadBodies_Are400Problems(string body, string message)
    {
        var client = await Server(allowIngest: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.Token);
        var problem = await ApiTests.AssertProblem(await client.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_OtherContentType_Is415()
    {
        var client = await Server(allowIngest: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new ByteArrayContent([1, 2, 3]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.Token);
        await ApiTests.AssertProblem(await client.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var site in _sites) await site.DisposeAsync();
    }
}
