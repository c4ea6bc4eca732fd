using System.Diagnostics;

namespace Dyad.Web.Tests;

/// <summary>Searches and pages that must stay bounded whatever they ask (issue 19, failures 3 and 4).</summary>
[Collection(WebCollection.Name)]
public sealed class SearchAndPagingTests(WebFixture web)
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        var response = await web.Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Events_TwoThousandQueryWords_Are400AtOnce_Issue19()
    {
        // "+" is a space in a query string: 2,000 words in 4,000 characters, under the server's limit of a URL.
        var words = string.Join("+", Enumerable.Repeat("a", 2000));
        var watch = Stopwatch.StartNew();
        var (status, body) = await Get($"/api/events?q={words}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Contains("q has", body);
        Assert.Contains("can be searched", body);
        (status, _) = await Get($"/api/events?q={words}&format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Events_PercentAlone_Is400_NotEveryEvent_Issue19()
    {
        var (status, body) = await Get("/api/events?q=%25");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("no letters or digits", body);
        var data = await web.Client.GetFromJsonAsync<JsonElement>("/api/events?q=embassy%25");
        Assert.Equal(0, data.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Events_APageBeyondTheLastReachable_Is400_AndTotalsSayTheyAreExact_Issue19()
    {
        var (status, body) = await Get("/api/events?page=201&pageSize=50");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("10,000th", body);
        (status, _) = await Get("/api/documents?page=21&pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var last = await web.Client.GetFromJsonAsync<JsonElement>("/api/events?page=200&pageSize=50");
        Assert.Empty(last.GetProperty("items").EnumerateArray());
        Assert.True(last.GetProperty("totalExact").GetBoolean());
        // The shared store holds the samples and whatever other tests posted: the total is every document listed.
        var all = await web.Client.GetFromJsonAsync<JsonElement>("/api/documents?pageSize=500");
        var docs = await web.Client.GetFromJsonAsync<JsonElement>("/api/documents?pageSize=5&page=2");
        Assert.True(docs.GetProperty("totalExact").GetBoolean());
        Assert.True(all.GetProperty("items").GetArrayLength() >= 17);
        Assert.Equal(all.GetProperty("items").GetArrayLength(), docs.GetProperty("total").GetInt32());
        Assert.Equal(5, docs.GetProperty("items").GetArrayLength());
    }
}
