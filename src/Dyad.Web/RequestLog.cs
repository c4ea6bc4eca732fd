using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dyad.Web;

/// <summary>
/// Each request's method, path and query at debug level, with its status and time (issue 19: they were logged at
/// information level, so a default server kept every search its users typed).
/// </summary>
internal static class RequestLog
{
    public static async Task Add(HttpContext context, RequestDelegate next)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Dyad.Web.Requests");
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            await next(context);
            return;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await next(context);
        logger.LogDebug("{Method} {Path}{Query}: {Status} in {Elapsed} ms", context.Request.Method, context.Request.Path, context.Request.QueryString,
            context.Response.StatusCode, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
