using System.Reflection;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dyad.Web;

/// <summary>
/// The dashboard and JSON API over a store: the same store, pack and query layer as the CLI.
/// Read-only unless ingest is allowed with a token.
/// </summary>
public static class DyadWeb
{
    /// <summary>Builds the app (not started): call RunAsync, or StartAsync and read the addresses.</summary>
    public static WebApplication Build(WebOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AllowIngest && string.IsNullOrWhiteSpace(options.Token))
            throw new ArgumentException("ingest needs a token: pass --token with --allow-ingest");
        var pack = PackLoader.Load(options.PackDirectory ?? PackLoader.DefaultDirectory);
        // Before the store opens: the memory SQLite frees goes back to the system (NativeHeap).
        NativeHeap.Bound();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(DyadWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxDocumentBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(pack);
        builder.Services.AddSingleton(new Query.ActorNames(pack));
        builder.Services.AddSingleton(_ => CodingPipeline.Create(pack));
        builder.Services.AddSingleton<IDyadStore>(_ => StoreFactory.Open(options.Db));
        builder.Services.AddSingleton<OverviewCache>();
        builder.Services.AddSingleton(new DyadPageCache());
        builder.Services.AddSingleton(new DyadListCache());
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, EventPageJson.Default));
        // The framework logs every request's URL at information level (issue 19: a log of everyone's searches);
        // RequestLog logs it at debug instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.EndpointMiddleware", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        // Open the store now: a bad --db fails at start, not on the first request.
        _ = app.Services.GetRequiredService<IDyadStore>();
        app.Use(RequestLog.Add);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Add);
        var files = new EmbeddedFileProvider(typeof(DyadWeb).Assembly, "Dyad.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapDyads();
        api.MapEvents();
        api.MapDocuments();
        api.MapActors();
        api.MapNetwork();
        api.MapLedger();
        api.MapIngest();
        api.MapFallback(() => TypedResults.Problem("No such API endpoint.", statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    /// <summary>The version shown in the page footer.</summary>
    public static string Version => typeof(DyadWeb).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
}
