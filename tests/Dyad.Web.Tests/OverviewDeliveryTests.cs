using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Dyad.Model;
using Dyad.Storage;
using Dyad.Tests.Analysis;
using Dyad.Web.Api;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 19, tenth round: the overview kept is sent without being copied whole to every client (4 MB an answer at a
/// million events): a client holding the current answer is told 304, one that accepts gzip gets the form compressed once,
/// and both are the same bytes as the JSON. Twelfth round: dyad pages and pages of a dyad's disputes likewise.
/// </summary>
public sealed class OverviewDeliveryTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-overview-delivery-", temp =>
    {
        using (var store = StoreFactory.Open(temp.Db)) store.AddBatch(ChangingDyads.Documents());
        return [];
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task AClientHoldingTheAnswer_IsTold304_UntilTheAnswerChanges_Issue19()
    {
        using var first = await _site.Client.GetAsync("/api/dyads?focus=SYR");
        var json = await first.Content.ReadAsByteArrayAsync();
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

        using var held = await Get("/api/dyads?focus=SYR", r => r.Headers.IfNoneMatch.Add(tag));
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
        Assert.Empty(await held.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, held.Headers.ETag);
        // Another answer's tag, or another focus: the whole answer.
        using var other = await Get("/api/dyads?focus=SYR", r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0\"", isWeak: true)));
        Assert.Equal(json, await other.Content.ReadAsByteArrayAsync());
        using var qatar = await Get("/api/dyads?focus=QAT", r => r.Headers.IfNoneMatch.Add(tag));
        Assert.Equal(HttpStatusCode.OK, qatar.StatusCode);

        using (var store = StoreFactory.Open(_site.Temp.Db))
            store.AddBatch([ChangingDyads.Doc("cut-late", ChangingDyads.Ev("cut-late", "QAT", "SYR", "relations.sever", Modality.Asserted, new DateOnly(2026, 6, 1), "Qatar cut its ties with Syria again."))]);
        using var changed = await Get("/api/dyads?focus=SYR", r => r.Headers.IfNoneMatch.Add(tag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Contains("Qatar cut its ties with Syria again.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientAcceptingGzip_GetsTheSameBytesCompressed_Issue19()
    {
        var json = await _site.Client.GetByteArrayAsync("/api/dyads?focus=SYR");
        using var gzipped = await Get("/api/dyads?focus=SYR", r => r.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br"));
        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", gzipped.Headers.Vary);
        var sent = await gzipped.Content.ReadAsByteArrayAsync();
        Assert.True(sent.Length < json.Length, $"{sent.Length} bytes sent for {json.Length}");
        Assert.Equal(json, Inflate(sent));
        // Refused by quality zero: the JSON as it is.
        using var refused = await Get("/api/dyads?focus=SYR", r => r.Headers.AcceptEncoding.ParseAdd("gzip;q=0, identity"));
        Assert.Empty(refused.Content.Headers.ContentEncoding);
        Assert.Equal(json, await refused.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/dyads/QAT/SYR")]
    [InlineData("/api/dyads/JOR/SYR/disputes?pageSize=5")]
    public async Task ADyadPage_IsSentAsTheOverviewIs_HeldOrCompressed_Issue19(string path)
    {
        using var first = await _site.Client.GetAsync(path);
        var json = await first.Content.ReadAsByteArrayAsync();
        Assert.Empty(first.Content.Headers.ContentEncoding);
        Assert.Equal("application/json; charset=utf-8", first.Content.Headers.ContentType?.ToString());
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        using var held = await Get(path, r => r.Headers.IfNoneMatch.Add(tag));
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
        Assert.Empty(await held.Content.ReadAsByteArrayAsync());
        using var gzipped = await Get(path, r => r.Headers.AcceptEncoding.ParseAdd("gzip"));
        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        Assert.Equal(json, Inflate(await gzipped.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("gzip", true)]
    [InlineData("gzip, deflate, br, zstd", true)]
    [InlineData("br;q=1.0, GZIP;q=0.5", true)]
    [InlineData("*", true)]
    [InlineData("gzip;q=0, *", false)]
    [InlineData("gzip;q=0", false)]
    [InlineData("identity", false)]
    [InlineData("br", false)]
    [InlineData("", false)]
    public void AcceptsGzip_ReadsTheCodingsAndTheirQualities(string header, bool accepted)
    {
        var codings = header.Length == 0 ? [] : StringWithQualityHeaderValueList(header);
        Assert.Equal(accepted, KeptJsonResult.AcceptsGzip(codings));
    }

    [Fact]
    public void TheTag_IsTheContents()
    {
        Assert.Equal(new KeptJson("{\"a\":1}"u8.ToArray()).Tag, new KeptJson("{\"a\":1}"u8.ToArray()).Tag);
        Assert.NotEqual(new KeptJson("{\"a\":1}"u8.ToArray()).Tag, new KeptJson("{\"a\":2}"u8.ToArray()).Tag);
    }

    private static List<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> StringWithQualityHeaderValueList(string header) =>
        [.. Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.ParseList(header.Split(','))];

    private async Task<HttpResponseMessage> Get(string path, Action<HttpRequestMessage> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        headers(request);
        return await _site.Client.SendAsync(request);
    }

    private static byte[] Inflate(byte[] gzip)
    {
        using var inflated = new MemoryStream();
        using (var stream = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress)) stream.CopyTo(inflated);
        return inflated.ToArray();
    }
}
