using System.Security.Cryptography;
using System.Text;
using Dyad.Ingest;
using Dyad.Pipeline;
using Dyad.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;

namespace Dyad.Web.Api;

/// <summary>A document to code and store: its id (key), metadata and text.</summary>
/// <param name="Id">The document id events will carry; required, at most 500 characters.</param>
/// <param name="Title">The headline.</param>
/// <param name="Published">The publication date, 2023, 2023-05 or 2023-05-07: relative dates resolve against it.</param>
/// <param name="Url">Where the article was read.</param>
/// <param name="Text">The article's plain text; required.</param>
public sealed record IngestRequest(string? Id, string? Title, string? Published, string? Url, string? Text);

/// <summary>What ingest did with a document.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Outcome">added, duplicate (the same text was already stored) or replaced.</param>
/// <param name="Sentences">How many sentences the text holds.</param>
/// <param name="Events">How many events were coded.</param>
/// <param name="Steps">How many of them have a step.</param>
/// <param name="Note">What the reader noticed but went past (a date it could not read and ignored); null for nothing.</param>
public sealed record IngestResult(string Id, string Outcome, int Sentences, int Events, int Steps, string? Note);

/// <summary>POST /api/documents: code and store one article (only with --allow-ingest and the bearer token).</summary>
internal static class IngestApi
{
    public static RouteGroupBuilder MapIngest(this RouteGroupBuilder api)
    {
        // One runner for the app, made on the first document: its near-copy window is read from the store once, and
        // its runs take turns, so two documents posted at once are linked as if posted one after the other.
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        var runner = new Lazy<IngestRunner>(() => new IngestRunner(services.GetRequiredService<CodingPipeline>(), services.GetRequiredService<IDyadStore>())
        {
            DocumentBudget = services.GetRequiredService<WebOptions>().DocumentBudget,
        });
        api.MapGroup("/documents").WithTags("Documents")
            .MapPost("/", (HttpRequest http, WebOptions options, CancellationToken ct) => Post(http, options, runner, ct))
            .WithSummary("Code and store an article: JSON {id, title, published, url, text}, or text/html or text/plain with ?id=; needs Authorization: Bearer TOKEN")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        // No Accepts() metadata: it would make routing answer a wrong Content-Type with the fallback's 404 instead of our 415.
        return api;
    }

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult, OversizedBodyResult>> Post(
        HttpRequest http, WebOptions options, Lazy<IngestRunner> runner, CancellationToken ct)
    {
        if (!options.AllowIngest)
            return TypedResults.Problem("This server is read-only: start it with --allow-ingest --token T to accept documents.",
                title: "Ingest disabled", statusCode: StatusCodes.Status403Forbidden);
        if (!Authorized(http, options.Token!))
            return TypedResults.Problem("Send the server's token as 'Authorization: Bearer TOKEN'.", title: "Unauthorized",
                statusCode: StatusCodes.Status401Unauthorized);

        // Refused from its declared length before a byte is read (issue 19); a body with no length (chunked) meets
        // Kestrel's limit while it is read.
        if (http.ContentLength is long declared && declared > options.MaxDocumentBytes)
            return new OversizedBodyResult(declared, options.MaxDocumentBytes);

        var mediaType = http.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        IngestRequest request;
        bool html;
        try
        {
            switch (mediaType)
            {
                case "application/json":
                    request = await JsonSerializer.DeserializeAsync<IngestRequest>(http.Body, JsonSerializerOptions.Web, ct)
                              ?? new IngestRequest(null, null, null, null, null);
                    html = false;
                    break;
                case "text/html" or "text/plain":
                    using (var reader = new StreamReader(http.Body, Encoding.UTF8))
                    {
                        var body = await reader.ReadToEndAsync(ct);
                        var q = http.Query;
                        request = new IngestRequest(q["id"], q["title"], q["published"], q["url"], body);
                    }
                    html = mediaType == "text/html";
                    break;
                default:
                    return TypedResults.Problem($"Content-Type '{http.ContentType}' is not application/json, text/html or text/plain.",
                        title: "Unsupported media type", statusCode: StatusCodes.Status415UnsupportedMediaType);
            }
        }
        catch (JsonException e)
        {
            return Problems.BadParameter($"the body is not a JSON document {{id, title, published, url, text}}: {e.Message}");
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Problem(e.Message, title: "Bad request", statusCode: e.StatusCode);
        }

        if (string.IsNullOrWhiteSpace(request.Id) || request.Id.Length > 500)
            return Problems.BadParameter("id is required (the document's key: a name or a URL, at most 500 characters)");
        if (string.IsNullOrWhiteSpace(request.Text)) return Problems.BadParameter("text is empty");
        if (request.Published is { Length: > 0 } p && Model.PartialDate.Parse(p) is { Success: false } bad)
            return Problems.BadParameter($"published {bad.Message}");

        var read = new ArticleReader().ReadText($"api:{request.Id}", request.Text, html,
            new ArticleHints(request.Id.Trim(), new MetaEntry(request.Title, null, request.Published, request.Url)));
        if (read.Error is not null) return Problems.BadParameter(read.Error.Reason);
        // Through the one ingest pipeline, as `dyad ingest` would: a text already stored is not coded again, and a
        // near-copy is linked to its original.
        var summary = runner.Value.Run([new ReadSource($"api:{request.Id}", read)], cancellationToken: ct);
        if (summary.Errors is [{ OverBudget: true } slow, ..])
        {
            // The document's own doing, not the server's: too long to code within --doc-timeout (issue 19).
            return TypedResults.Problem(slow.Reason, title: "Not coded in time", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        if (summary.Errors.Count > 0)
            return TypedResults.Problem(summary.Errors[0].Reason, title: "Ingest failed", statusCode: StatusCodes.Status500InternalServerError);
        var doc = read.Document!;
        var outcome = summary.Added > 0 ? AddOutcome.Added : summary.Replaced > 0 ? AddOutcome.Replaced : AddOutcome.Duplicate;
        var result = new IngestResult(doc.Id, outcome.ToString().ToLowerInvariant(), summary.Sentences, summary.Events, summary.StepEvents, read.Note);
        return outcome == AddOutcome.Duplicate
            ? TypedResults.Ok(result)
            : TypedResults.Created($"/api/documents/{Uri.EscapeDataString(doc.Id)}", result);
    }

    private static bool Authorized(HttpRequest http, string token)
    {
        var header = http.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(token);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
