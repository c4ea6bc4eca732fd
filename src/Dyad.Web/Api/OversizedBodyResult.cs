using Microsoft.AspNetCore.Http.Features;

namespace Dyad.Web.Api;

/// <summary>
/// 413 for a request whose declared Content-Length is over the document cap, sent before a byte of the body is read, so
/// no "100 Continue" goes out: a client that asked for one (Expect: 100-continue) never sends the body. A client that
/// sends it anyway (no Expect, or its wait for the word ran out, one second in .NET, under load) only reads the answer
/// after sending the whole body, and a server that closes with the body unread resets the connection under it (a broken
/// pipe, not a 413). So the answer is sent first, then the body is read and thrown away, as long as it is declared at
/// most <see cref="DrainFactor"/> times the cap and arrives within <see cref="DrainTime"/>; the connection then closes.
/// </summary>
internal sealed class OversizedBodyResult(long declared, long cap) : IResult
{
    /// <summary>A body declared up to this many times the cap is read and dropped after the answer; a larger one is not.</summary>
    public const int DrainFactor = 4;

    /// <summary>How long the server goes on reading a refused body.</summary>
    public static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(10);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var drain = declared <= cap * DrainFactor;
        // Kestrel refuses a read of a body declared over its limit (the cap); raised only for reading this one to drop it.
        if (drain && httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = declared;
        // A client that never sent the body must not have its next request read as this one's body.
        httpContext.Response.Headers.Connection = "close";
        await TypedResults.Problem($"The body is {declared:N0} bytes; a document is at most {cap:N0} bytes.",
            title: "Document too large", statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(httpContext);
        // Once the answer has started Kestrel sends no "100 Continue", so reading on does not ask for the body.
        await httpContext.Response.CompleteAsync();
        if (drain) await Drain(httpContext);
    }

    private static async Task Drain(HttpContext httpContext)
    {
        using var time = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        time.CancelAfter(DrainTime);
        var buffer = new byte[16 * 1024];
        try
        {
            while (await httpContext.Request.Body.ReadAsync(buffer, time.Token) > 0)
            {
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client closed (it never sent the body), went quiet or is too slow: the answer is out, nothing to do.
        }
    }
}
