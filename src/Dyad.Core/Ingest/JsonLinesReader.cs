using System.Text.Json;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>
/// Reads a JSON Lines file of articles, one object a line: {"id", "url", "title", "published", "text"}. The id
/// is "id", else "url", else file:line. A bad line is an error naming file:line, and the rest goes on.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(string path, PartialDate? published = null)
    {
        StreamReader file;
        try
        {
            file = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot read: {e.Message}")];
        }
        return Lines(path, file, published);
    }

    private static IEnumerable<ReadResult> Lines(string path, StreamReader file, PartialDate? published)
    {
        using var _ = file;
        var n = 0;
        var any = false;
        while (file.ReadLine() is { } line)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            yield return ReadLine(path, n, line, published);
        }
        if (!any) yield return ReadResult.Fail(path, "empty file");
    }

    public static ReadResult ReadLine(string path, int lineNumber, string line, PartialDate? published = null)
    {
        var origin = $"{path}:{lineNumber}";
        try
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object) return ReadResult.Fail(origin, "not a JSON object");
            var text = Str(o, "text");
            if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(origin, "no \"text\"");
            var url = Str(o, "url");
            var id = Str(o, "id") ?? url ?? $"{Path.GetFileNameWithoutExtension(path)}:{lineNumber}";
            string? note = null;
            var date = published;
            if (date is null && Str(o, "published") is { } p)
            {
                var parsed = PartialDate.Parse(p);
                date = parsed.ValueOrNull();
                if (date is null) note = $"\"published\" {parsed.Message}; ignored";
            }
            var clean = TextNormalizer.Normalize(text);
            if (string.IsNullOrWhiteSpace(clean)) return ReadResult.Fail(origin, "no text");
            return ReadResult.Ok(new Document(id, clean, Str(o, "title"), Str(o, "source"), url, date, origin), note);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(origin, $"malformed JSON: {e.Message}");
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
