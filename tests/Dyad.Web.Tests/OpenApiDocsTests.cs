using System.Net.Http.Json;
using System.Text.Json;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 18: the XML docs of the API's records reach /openapi/v1.json, so a client reads what each field means there
/// and not only in the source. A record or field left without a doc comment fails here, named.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiDocsTests(WebFixture web)
{
    private async Task<JsonElement> Document()
    {
        var response = await web.Client.GetAsync("/openapi/v1.json");
        Assert.True(response.IsSuccessStatusCode, $"/openapi/v1.json: {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Description(JsonElement schema) =>
        schema.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;

    private static bool IsReference(JsonElement schema) =>
        schema.TryGetProperty("$ref", out _)
        || (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Any(s => s.TryGetProperty("$ref", out _)));

    [Fact]
    public async Task OpenApi_EveryRecordOfTheApi_IsDescribedFieldByField()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Name.EndsWith("Dto", StringComparison.Ordinal) || s.Name.StartsWith("Ingest", StringComparison.Ordinal))
            .ToList();
        // The answers of every read endpoint and of ingest: a schema renamed or dropped from the document fails here too.
        foreach (var name in new[] { "ActorsDto", "CounterpartDto", "DocumentDto", "DyadDetailDto", "EventDto", "LedgerLineDto", "NetworkDto", "IngestResult" })
            Assert.Contains(schemas, s => s.Name == name);

        var missing = new List<string>();
        foreach (var schema in schemas)
        {
            if (string.IsNullOrWhiteSpace(Description(schema.Value))) missing.Add(schema.Name);
            if (!schema.Value.TryGetProperty("properties", out var properties)) continue;
            foreach (var p in properties.EnumerateObject())
            {
                // A property whose type is another record is a reference (a nullable one: one of null and the reference),
                // and the generator leaves its description to the record's.
                if (string.IsNullOrWhiteSpace(Description(p.Value)) && !IsReference(p.Value))
                    missing.Add($"{schema.Name}.{p.Name}");
            }
        }
        Assert.True(missing.Count == 0, $"no description in /openapi/v1.json: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task OpenApi_AFieldsDescription_IsItsParamDoc()
    {
        var eventDto = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty("EventDto");
        Assert.Equal("The last day the date can mean, yyyy-mm-dd (\"2011\" ends 2011-12-31).",
            Description(eventDto.GetProperty("properties").GetProperty("dateEnd")));
    }
}
