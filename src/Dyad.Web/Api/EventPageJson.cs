using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dyad.Web.Api;

/// <summary>
/// The event page's JSON written by code generated at build time (issue 19, ninth round: written through reflection's
/// converters, a page of fifty events was 6 to 8 % of the server's time under sixteen clients), with the options the API
/// writes every answer with (the web defaults), so the bytes are those the reflection wrote.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EventPageDto))]
internal sealed partial class EventPageJson : JsonSerializerContext;
