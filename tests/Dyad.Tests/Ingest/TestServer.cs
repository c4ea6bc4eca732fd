using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dyad.Tests.Ingest;

/// <summary>A real HTTP server on 127.0.0.1 (Kestrel, port 0) serving the pages, feeds, PDFs and faults the ingest tests read.</summary>
public sealed class TestServer : IAsyncLifetime
{
    private WebApplication? _app;
    public string Base { get; private set; } = "";
    public int FeedHits;

    public const string ArticleText =
        "Turkey and Syria restored diplomatic relations on Tuesday, the foreign ministers said at a press conference in Damascus. " +
        "The two governments agreed to reopen their embassies within weeks and to resume direct flights between Ankara and Damascus. " +
        "Officials said the talks had been prepared for months by intelligence chiefs meeting in Moscow.";

    public static string Page(string title, string body, string? date = "2023-03-07") => $"""
        <!doctype html><html><head><title>{title} | Example News</title>
        <meta property="og:title" content="{title}">{(date is null ? "" : $"<meta property=\"article:published_time\" content=\"{date}T10:00:00Z\">")}
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> Subscribe now for unlimited access to every story</nav>
        <div class="sidebar"><ul><li><a href="/x">Most read: celebrity wedding</a></li><li><a href="/y">Weather tomorrow</a></li></ul></div>
        <article><h1>{title}</h1><p>{body}</p><p>{body}</p></article>
        <footer>Copyright Example News. All rights reserved. Cookie settings.</footer>
        </body></html>
        """;

    public static byte[] Pdf(string title, params string[] pages)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 780.0;
            foreach (var line in Wrap(text, 90))
            {
                page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
                y -= 16;
            }
        }
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var w in text.Split(' '))
        {
            if (line.Length + w.Length + 1 > width) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(w);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    public string Url(string path) => Base + path;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/page", () => Results.Content(Page("Turkey and Syria restore ties", ArticleText), "text/html; charset=utf-8"));
        app.MapGet("/page2", () => Results.Content(Page("Ankara and Damascus reopen embassies", ArticleText.Replace("Tuesday", "Wednesday")), "text/html; charset=utf-8"));
        app.MapGet("/short", () => Results.Content("<html><body><p>Turkey and Syria met.</p></body></html>", "text/html"));
        app.MapGet("/latin1", () => Results.Bytes(Encoding.Latin1.GetBytes(Page("Café talks", "The café in Damascus hosted Turkish and Syrian envoys. " + ArticleText)), "text/html; charset=iso-8859-1"));
        app.MapGet("/meta-charset", () => Results.Bytes(
            Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><article><p>The café in Damascus hosted envoys. " + ArticleText + "</p></article></body></html>"), "text/html"));
        app.MapGet("/plain", () => Results.Text("Syria talks\n\n" + ArticleText, "text/plain"));
        app.MapGet("/doc.pdf", () => Results.Bytes(Pdf("Minutes of the Damascus meeting", ArticleText, "Second page: the ministers will meet again in April."), "application/pdf"));
        app.MapGet("/corrupt.pdf", () => Results.Bytes(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage\n%%EOF"), "application/pdf"));
        app.MapGet("/encrypted.pdf", () => Results.Bytes(EncryptedPdf(), "application/pdf"));
        app.MapGet("/rss", (HttpContext ctx) =>
        {
            Interlocked.Increment(ref FeedHits);
            const string etag = "\"rss-v1\"";
            if (ctx.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(304);
            ctx.Response.Headers.ETag = etag;
            return Results.Content(Rss(Base), "application/rss+xml");
        });
        app.MapGet("/atom", () => Results.Content(Atom(Base), "application/atom+xml"));
        app.MapGet("/bad-dates", () => Results.Content(BadDatesRss(Base), "application/rss+xml"));
        app.MapGet("/malformed-feed", () => Results.Content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel>", "application/rss+xml"));
        app.MapGet("/not-found", () => Results.NotFound());
        app.MapGet("/error", () => Results.StatusCode(500));
        // Far beyond any client timeout of the tests, which may be generous: a loaded machine serves the other pages slowly.
        app.MapGet("/slow", async (CancellationToken ct) => { await Task.Delay(60_000, ct); return Results.Text("late"); });
        app.MapGet("/loop-a", () => Results.Redirect("/loop-b"));
        app.MapGet("/loop-b", () => Results.Redirect("/loop-a"));
        app.MapGet("/redirect", () => Results.Redirect("/page"));
        app.MapGet("/huge", async (HttpContext ctx) =>
        {
            // No Content-Length: the cap must hold while streaming.
            ctx.Response.ContentType = "text/plain";
            var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            for (var i = 0; i < 64; i++) await ctx.Response.Body.WriteAsync(chunk);
        });
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], "image/png"));
        app.MapGet("/binary-text", () => Results.Bytes([.. Enumerable.Range(0, 2000).Select(i => (byte)(i % 7 == 0 ? 0 : 1))], "text/plain"));
        app.MapGet("/empty", () => Results.Text("", "text/html"));
        await app.StartAsync();
        Base = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _app = app;
    }

    public static string Rss(string b) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Example News</title><link>{b}/</link><description>News</description>
        <item><title>Turkey and Syria restore ties</title><link>{b}/page</link><pubDate>Tue, 07 Mar 2023 10:00:00 GMT</pubDate></item>
        <item><title>Saudi embassy</title><link>{b}/full-content</link><pubDate>Mon, 06 Mar 2023 09:00:00 GMT</pubDate>
        <content:encoded><![CDATA[<p>Saudi Arabia reopened its embassy in Damascus on Monday, officials said, after years of closure.</p><p>The kingdom's foreign ministry confirmed the move in a statement.</p>]]></content:encoded></item>
        </channel></rss>
        """;

    public static string Atom(string b) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example:feed</id><updated>2023-03-09T00:00:00Z</updated>
        <entry><title>Embassies</title><id>urn:example:1</id><link href="{b}/page2"/><updated>2023-03-08T12:00:00Z</updated></entry>
        <entry><title>Inline</title><id>urn:example:2</id><link href="{b}/atom-inline"/><updated>2023-03-09T08:00:00Z</updated>
        <content type="html">&lt;p&gt;Jordan and Syria agreed to reopen the border crossing on Thursday, the interior ministers said.&lt;/p&gt;</content></entry>
        </feed>
        """;

    public static string BadDatesRss(string b) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Bad dates</title><link>{b}/</link><description>x</description>
        <item><title>Odd date</title><link>{b}/page</link><pubDate>sometime last week</pubDate></item>
        </channel></rss>
        """;

    /// <summary>A PDF whose trailer names an /Encrypt dictionary (RC4, standard handler) it cannot be read without.</summary>
    public static byte[] EncryptedPdf()
    {
        var sb = new StringBuilder();
        sb.Append("%PDF-1.4\n");
        var offsets = new List<int>();
        void Obj(string body) { offsets.Add(sb.Length); sb.Append($"{offsets.Count} 0 obj\n{body}\nendobj\n"); }
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        Obj("<< /Length 10 >>\nstream\n0123456789\nendstream");
        Obj("<< /Filter /Standard /V 1 /R 2 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> /P -44 >>");
        var xref = sb.Length;
        sb.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A URL on a port nothing listens on.</summary>
    public static string Unreachable()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return $"http://127.0.0.1:{port}/nothing";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
