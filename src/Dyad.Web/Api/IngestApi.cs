using System.Security.Cryptography;
using System.Text;
using Dyad.Ingest;
using Dyad.Pipeline;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Text.Json;

namespace Dyad.Web.Api;

/// <summary>A document to code and store: its id (key), metadata and text.</summary>
public sealed record IngestRequest(string? Id, string? Title, string? Published, string? Url, string? Text);

/// <summary>What ingest did with a document.</summary>
public sealed record IngestResult(string Id, string Outcome, int Sentences, int Events, int Steps, string? Note);

/// <summary>POST /api/documents: code and store one article (only with --allow-ingest and the bearer token).</summary>
internal static class IngestApi
{
    public static RouteGroupBuilder MapIngest(this RouteGroupBuilder api)
    {
        api.MapGroup("/documents").WithTags("Documents")
            .MapPost("/", Post)
            .WithSummary("Code and store an article: JSON {id, title, published, url, text}, or text/html or text/plain with ?id=; needs Authorization: Bearer TOKEN")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        // No Accepts() metadata: it would make routing answer a wrong Content-Type with the fallback's 404 instead of our 415.
        return api;
    }

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> Post(
        HttpRequest http, WebOptions options, CodingPipeline pipeline, IDyadStore store, CancellationToken ct)
    {
        if (!options.AllowIngest)
            return TypedResults.Problem("This server is read-only: start it with --allow-ingest --token T to accept documents.",
                title: "Ingest disabled", statusCode: StatusCodes.Status403Forbidden);
        if (!Authorized(http, options.Token!))
            return TypedResults.Problem("Send the server's token as 'Authorization: Bearer TOKEN'.", title: "Unauthorized",
                statusCode: StatusCodes.Status401Unauthorized);

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
        if (request.Published is { Length: > 0 } p && MetaFile.ParseDate(p) is null)
            return Problems.BadParameter($"published '{p}' is not a date (2023, 2023-05 or 2023-05-07)");

        var read = new ArticleReader().ReadText($"api:{request.Id}", request.Text, html,
            new ArticleHints(request.Id.Trim(), new MetaEntry(request.Title, null, request.Published, request.Url)));
        if (read.Error is not null) return Problems.BadParameter(read.Error.Reason);
        var coded = pipeline.Code(read.Document!, ct);
        var outcome = store.Add(coded, ct);
        var result = new IngestResult(coded.Document.Id, outcome.ToString().ToLowerInvariant(), coded.Sentences.Count, coded.Events.Count,
            coded.Events.Count(e => e.Step is not null), read.Note);
        return outcome == AddOutcome.Duplicate
            ? TypedResults.Ok(result)
            : TypedResults.Created($"/api/documents/{Uri.EscapeDataString(coded.Document.Id)}", result);
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
