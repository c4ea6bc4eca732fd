using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Dyad.Ingest;

/// <summary>What a fetch gave: the body and how to read it, or (with <see cref="NotModified"/>) that nothing changed.</summary>
internal sealed record FetchedBody(Uri Url, byte[] Body, string? MediaType, string? Charset, string? ETag, bool NotModified = false);

/// <summary>
/// Fetches a URL for ingest: redirects followed by hand up to <see cref="MaxRedirects"/> (so a loop is a clear
/// error), a timeout per request, a size cap enforced while streaming, and the content type checked before
/// the body is read. Every failure is an <see cref="IngestError"/> naming the URL, never an exception.
/// </summary>
public sealed class WebFetcher(HttpClient http, TimeProvider? time = null)
{
    static WebFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Redirects followed before the fetch is an error.</summary>
    internal int MaxRedirects { get; init; } = 5;
    /// <summary>How long one fetch may take, redirects and body included; over it, the fetch is an error naming the URL.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>Larger bodies are refused while streaming.</summary>
    internal long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Media types worth reading: pages, plain text, PDF and feeds.</summary>
    public static readonly string[] Accepted =
    [
        "text/html", "application/xhtml+xml", "text/plain", "application/pdf", "application/rss+xml", "application/atom+xml",
        "application/xml", "text/xml", "application/rdf+xml",
    ];

    /// <summary>An HttpClient that leaves redirects to the fetcher.</summary>
    public static HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All }) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    /// <summary>Whether an input is an absolute http or https URL (fetched), not a path (read from disk).</summary>
    internal static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    internal (FetchedBody? Body, IngestError? Error) Fetch(string url, string? etag = null, CancellationToken cancellationToken = default) =>
        FetchAsync(url, etag, cancellationToken).GetAwaiter().GetResult();

    internal async Task<(FetchedBody? Body, IngestError? Error)> FetchAsync(string url, string? etag = null, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsUrl(url)) return (null, new IngestError(url, "not an http or https URL"));
        using var timeout = new CancellationTokenSource(Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var visited = new HashSet<string>(StringComparer.Ordinal) { uri.AbsoluteUri };
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.UserAgent.ParseAdd("Dyad/1.0 (+news ingest)");
                if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified)
                {
                    var location = response.Headers.Location;
                    if (location is null) return (null, new IngestError(url, $"HTTP {status} redirect without a Location"));
                    uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (!visited.Add(uri.AbsoluteUri)) return (null, new IngestError(url, $"redirect loop (back to {uri})"));
                    if (hop + 1 > MaxRedirects) return (null, new IngestError(url, $"too many redirects (more than {MaxRedirects})"));
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return (new FetchedBody(uri, [], null, null, etag, NotModified: true), null);
                if (!response.IsSuccessStatusCode)
                    return (null, new IngestError(url, $"HTTP {status} {response.ReasonPhrase}".TrimEnd()));
                var media = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
                if (media is not null && !Accepted.Contains(media))
                    return (null, new IngestError(url, $"unsupported content type '{media}' (expected HTML, plain text, PDF or a feed)"));
                if (response.Content.Headers.ContentLength is { } length && length > MaxBytes)
                    return (null, new IngestError(url, $"too large ({length:N0} bytes; the limit is {MaxBytes:N0})"));
                var body = await ReadCapped(response.Content, linked.Token).ConfigureAwait(false);
                if (body is null) return (null, new IngestError(url, $"too large (more than {MaxBytes:N0} bytes)"));
                var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"', ' ');
                return (new FetchedBody(uri, body, media, charset, response.Headers.ETag?.ToString()), null);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, new IngestError(url, $"timed out after {Timeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException e)
        {
            return (null, new IngestError(url, $"unreachable: {e.Message}"));
        }
        catch (IOException e)
        {
            return (null, new IngestError(url, $"connection failed: {e.Message}"));
        }
    }

    private async Task<byte[]?> ReadCapped(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > MaxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>Decodes a fetched body: the charset of the headers, else of the page's meta tag, else as a text file.</summary>
    internal static bool TryDecode(FetchedBody body, out string text, out string? error)
    {
        var charset = body.Charset ?? (body.MediaType is null or "text/html" or "application/xhtml+xml" ? MetaCharset(body.Body) : null);
        if (charset is not null && body.Body.Length > 0)
        {
            Encoding? encoding = null;
            try
            {
                encoding = Encoding.GetEncoding(charset.Equals("utf8", StringComparison.OrdinalIgnoreCase) ? "utf-8" : charset);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: detect instead.
            }
            if (encoding is not null && Array.IndexOf(body.Body, (byte)0, 0, Math.Min(body.Body.Length, 8192)) < 0 || encoding is UnicodeEncoding)
            {
                text = encoding!.GetString(body.Body).TrimStart('\uFEFF');
                error = null;
                return true;
            }
        }
        return TextDecoder.TryDecode(body.Body, out text, out error);
    }

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096));
        var m = System.Text.RegularExpressions.Regex.Match(head, @"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return m.Success ? m.Groups[1].Value : null;
    }
}
