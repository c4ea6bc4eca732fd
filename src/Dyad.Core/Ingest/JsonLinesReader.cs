using System.Text.Json;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>
/// Reads a JSON Lines file of articles, one object a line: {"id", "url", "title", "published", "text"}. The id
/// is "id", else "url", else file:line. A bad line is an error naming file:line, and the rest goes on.
/// </summary>
internal static class JsonLinesReader
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

    /// <summary>The longest line read, in characters: an article's cap, as for a file (ArticleReader.MaxBytes).</summary>
    public const int MaxLineLength = 20 * 1024 * 1024;

    private static IEnumerable<ReadResult> Lines(string path, StreamReader file, PartialDate? published)
    {
        using var _ = file;
        var n = 0;
        var any = false;
        var line = new System.Text.StringBuilder();
        while (Next(file, line, MaxLineLength) is { } complete)
        {
            n++;
            if (!complete)
            {
                any = true;
                yield return ReadResult.Fail($"{path}:{n}", $"line too long (more than {MaxLineLength:N0} characters, the limit for one article); skipped");
                continue;
            }
            if (IsBlank(line)) continue;
            any = true;
            yield return ReadLine(path, n, line.ToString(), published);
        }
        if (!any) yield return ReadResult.Fail(path, "empty file");
    }

    // The next line into `line`: true when read whole, false when longer than `max` (the rest is read past and
    // dropped, so a 200 MB line costs no more memory than the cap), null at the end of the file.
    private static bool? Next(StreamReader file, System.Text.StringBuilder line, int max)
    {
        line.Clear();
        var whole = true;
        var any = false;
        int c;
        while ((c = file.Read()) >= 0)
        {
            any = true;
            if (c == '\n') break;
            if (c == '\r')
            {
                if (file.Peek() == '\n') file.Read();
                break;
            }
            if (!whole) continue;
            if (line.Length >= max) { whole = false; line.Clear(); continue; }
            line.Append((char)c);
        }
        return any ? whole : null;
    }

    private static bool IsBlank(System.Text.StringBuilder line)
    {
        foreach (var chunk in line.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace()) return false;
        }
        return true;
    }

    public static ReadResult ReadLine(string path, int lineNumber, string line, PartialDate? published = null)
    {
        var origin = $"{path}:{lineNumber}";
        try
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object) return ReadResult.Fail(origin, "not a JSON object");
            // The text is a string: a number or an object in its place is a mistake, not an article.
            if (o.TryGetProperty("text", out var t) && t.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return ReadResult.Fail(origin, $"\"text\" is {Kind(t.ValueKind)}, not a string");
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

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
