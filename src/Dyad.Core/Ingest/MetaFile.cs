using System.Text.Json;

namespace Dyad.Ingest;

/// <summary>One entry of a folder's meta.json: what is known of the article with that id.</summary>
public sealed record MetaEntry(string? Title, string? Source, string? Published, string? Url);

/// <summary>
/// Reads a folder's meta.json: an object whose keys are document ids (file names without extension).
/// A broken file is an error for that file, never for the batch.
/// </summary>
internal static class MetaFile
{
    public static (IReadOnlyDictionary<string, MetaEntry> Entries, IngestError? Error) Read(string path)
    {
        var empty = new Dictionary<string, MetaEntry>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return (empty, new IngestError(path, "meta.json must be an object keyed by document id"));
            var entries = new Dictionary<string, MetaEntry>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Object)
                    return (empty, new IngestError(path, $"entry '{p.Name}' is not an object"));
                entries[p.Name] = new MetaEntry(Str(p.Value, "title"), Str(p.Value, "source"), Str(p.Value, "published"), Str(p.Value, "url"));
            }
            return (entries, null);
        }
        catch (JsonException e)
        {
            return (empty, new IngestError(path, $"malformed meta.json: {e.Message}"));
        }
        catch (IOException e)
        {
            return (empty, new IngestError(path, $"cannot read meta.json: {e.Message}"));
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
