using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class WebSourceTests(TestServer server) : IClassFixture<TestServer>
{
    private static readonly HttpClient Http = WebFetcher.CreateClient();

    private static List<ReadResult> Read(string url, WebFetcher? fetcher = null) =>
        new WebSource(new ArticleReader(), fetcher ?? new WebFetcher(Http) { Timeout = TimeSpan.FromSeconds(5) }, url).Read().ToList();

    private static Document Single(List<ReadResult> results)
    {
        Assert.All(results, r => Assert.Null(r.Error));
        return Assert.Single(results).Document!;
    }

    [Fact]
    public void Page_IdIsUrl_MainContentWithoutBoilerplate()
    {
        var doc = Single(Read(server.Url("/page")));
        Assert.Equal(server.Url("/page"), doc.Id);
        Assert.Equal(server.Url("/page"), doc.Url);
        Assert.Equal("Turkey and Syria restore ties", doc.Title);
        Assert.Equal(new PartialDate(2023, 3, 7), doc.Published);
        Assert.Contains("restored diplomatic relations", doc.Text);
        Assert.DoesNotContain("Subscribe now", doc.Text);
        Assert.DoesNotContain("celebrity wedding", doc.Text);
        Assert.DoesNotContain("Cookie settings", doc.Text);
    }

    [Fact]
    public void ShortPage_FallsBackToWholePage()
    {
        var doc = Single(Read(server.Url("/short")));
        Assert.Contains("Turkey and Syria met.", doc.Text);
    }

    [Fact]
    public void Redirect_IsFollowed_IdStaysTheRequestedUrl()
    {
        var doc = Single(Read(server.Url("/redirect")));
        Assert.Equal(server.Url("/redirect"), doc.Id);
        Assert.Contains("restored diplomatic relations", doc.Text);
    }

    [Theory]
    [InlineData("/latin1")]
    [InlineData("/meta-charset")]
    public void Charset_FromHeaderOrMeta(string path)
    {
        var doc = Single(Read(server.Url(path)));
        Assert.Contains("café in Damascus", doc.Text);
    }

    [Fact]
    public void PlainText_IsRead()
    {
        var doc = Single(Read(server.Url("/plain")));
        Assert.StartsWith("Syria talks", doc.Text);
    }

    [Fact]
    public void Pdf_PagesJoined_TitleFromMetadata()
    {
        var doc = Single(Read(server.Url("/doc.pdf")));
        Assert.Equal("Minutes of the Damascus meeting", doc.Title);
        Assert.Contains("restored diplomatic relations", doc.Text);
        Assert.Contains("Second page: the ministers will meet again in April.", doc.Text);
        Assert.True(doc.Text.IndexOf("Second page", StringComparison.Ordinal) > doc.Text.IndexOf("Moscow", StringComparison.Ordinal));
    }

    [Fact]
    public void Rss_ItemsByLink_DatesFromPubDate_FullContentUsed()
    {
        var docs = Read(server.Url("/rss")).Select(r => r.Document!).ToList();
        Assert.Equal(2, docs.Count);
        var page = docs.Single(d => d.Id == server.Url("/page"));
        Assert.Equal(new PartialDate(2023, 3, 7), page.Published);
        Assert.Contains("restored diplomatic relations", page.Text);
        var inline = docs.Single(d => d.Id == server.Url("/full-content"));
        Assert.Equal(new PartialDate(2023, 3, 6), inline.Published);
        Assert.Contains("Saudi Arabia reopened its embassy", inline.Text);
        Assert.Equal("Saudi embassy", inline.Title);
    }

    [Fact]
    public void Atom_DateFromUpdated_WhenPublishedMissing()
    {
        var docs = Read(server.Url("/atom")).Select(r => r.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal(new PartialDate(2023, 3, 8), docs.Single(d => d.Id == server.Url("/page2")).Published);
        var inline = docs.Single(d => d.Id == server.Url("/atom-inline"));
        Assert.Equal(new PartialDate(2023, 3, 9), inline.Published);
        Assert.Contains("Jordan and Syria agreed to reopen the border crossing", inline.Text);
    }

    [Fact]
    public void Feed_BadDates_OneErrorAndItemsReadUndated()
    {
        var results = Read(server.Url("/bad-dates"));
        var error = Assert.Single(results, r => r.Error is not null).Error!;
        Assert.Equal(server.Url("/bad-dates"), error.Input);
        Assert.Contains("sometime last week", error.Reason);
        var doc = Assert.Single(results, r => r.Document is not null).Document!;
        Assert.Equal(server.Url("/page"), doc.Id);
        // The page's own metadata still dates it.
        Assert.Equal(new PartialDate(2023, 3, 7), doc.Published);
    }

    [Fact]
    public void Feed_Skip_And_ETag_NotModified()
    {
        var fetcher = new WebFetcher(Http);
        var first = new WebSource(new ArticleReader(), fetcher, server.Url("/rss")) { SkipItem = id => id.EndsWith("/page", StringComparison.Ordinal) };
        var docs = first.Read().ToList();
        Assert.Equal(server.Url("/full-content"), Assert.Single(docs).Document!.Id);
        Assert.Equal("\"rss-v1\"", first.NewETag);
        var second = new WebSource(new ArticleReader(), fetcher, server.Url("/rss")) { ETag = first.NewETag };
        Assert.Empty(second.Read());
    }

    public static TheoryData<string, string> Faults => new()
    {
        { "/not-found", "HTTP 404" },
        { "/error", "HTTP 500" },
        { "/slow", "timed out" },
        { "/loop-a", "redirect loop" },
        { "/huge", "too large" },
        { "/image", "unsupported content type 'image/png'" },
        { "/binary-text", "binary content" },
        { "/malformed-feed", "malformed feed" },
        { "/corrupt.pdf", "corrupt PDF" },
        { "/encrypted.pdf", "encrypted PDF" },
        { "/empty", "empty" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Fault_IsOneErrorNamingTheUrlAndReason(string path, string reason)
    {
        // Only the page that never answers needs the short timeout; on a loaded machine the others (a megabyte streamed for
        // "/huge") may take longer than two seconds to fail for their own reason.
        var timeout = path == "/slow" ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(30);
        var fetcher = new WebFetcher(Http) { Timeout = timeout, MaxBytes = 1024 * 1024 };
        var results = Read(server.Url(path), fetcher);
        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Equal(server.Url(path), error.Input);
        Assert.True(error.Reason.Contains(reason, StringComparison.OrdinalIgnoreCase), error.ToString());
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void UnreachableHost_IsAnError()
    {
        var url = TestServer.Unreachable();
        var error = Assert.Single(Read(url)).Error!;
        Assert.Equal(url, error.Input);
        Assert.Contains("unreachable", error.Reason);
    }

    [Fact]
    public void TooManyRedirects_IsAnError()
    {
        var fetcher = new WebFetcher(Http) { MaxRedirects = 0 };
        var error = Assert.Single(Read(server.Url("/redirect"), fetcher)).Error!;
        Assert.Contains("too many redirects", error.Reason);
    }
}
