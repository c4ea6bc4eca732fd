using Microsoft.Net.Http.Headers;

namespace Dyad.Web.Api;

/// <summary>
/// Sends a <see cref="KeptJson"/>: 304 with no body when the request names its tag in If-None-Match, the gzip form when
/// the request accepts gzip, the JSON otherwise. The answer changes with the store, so a client keeping it asks again each
/// time (Cache-Control: no-cache) and is told 304 while it holds the current one.
/// </summary>
internal sealed class KeptJsonResult(KeptJson answer) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        var response = httpContext.Response;
        response.Headers.ETag = answer.Tag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept-Encoding";
        if (Matches(request.GetTypedHeaders().IfNoneMatch, answer.Tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentType = "application/json; charset=utf-8";
        var body = answer.Json;
        if (AcceptsGzip(request.GetTypedHeaders().AcceptEncoding))
        {
            body = answer.Gzip;
            response.Headers.ContentEncoding = "gzip";
        }
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    // If-None-Match compares weakly (RFC 9110 13.1.2): any tag of the list naming the same opaque tag, or "*".
    internal static bool Matches(IList<EntityTagHeaderValue> ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Count == 0) return false;
        var ours = EntityTagHeaderValue.Parse(tag);
        return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    // gzip named with a quality above zero, or "*" above zero when gzip is not named (RFC 9110 12.5.3).
    internal static bool AcceptsGzip(IList<StringWithQualityHeaderValue> acceptEncoding)
    {
        double? gzip = null, any = null;
        foreach (var coding in acceptEncoding)
        {
            var quality = coding.Quality ?? 1;
            if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase)) gzip = Math.Max(gzip ?? 0, quality);
            else if (coding.Value.Equals("*", StringComparison.Ordinal)) any = Math.Max(any ?? 0, quality);
        }
        return (gzip ?? any ?? 0) > 0;
    }
}
