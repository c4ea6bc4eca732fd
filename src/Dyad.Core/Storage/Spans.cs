using System.Buffers;
using System.Text;
using System.Text.Json;
using Dyad.Dates;
using Dyad.Model;
using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// The spans of a stored document (sentences, actors, time expressions) as one compact JSON value in its row.
/// They are only ever read whole, with their document, so a row each (nine rows per sentence on average) would
/// cost most of a batch's write time for nothing a query uses. Events keep their own rows: they are queried.
/// </summary>
internal static class Spans
{
    /// <summary>
    /// The spans as stored, made once per document: the ingest runner asks on the coding thread, so the thread that
    /// writes batches only writes.
    /// </summary>
    public static string Of(CodedDocument coded) => coded.StoredSpans ??= Write(coded);

    private static string Write(CodedDocument coded)
    {
        // One buffer and writer per thread, reused: a growing stream per document allocated ten times the
        // spans' size (96 MB per 10 MB of text).
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var w = t_writer ??= new Utf8JsonWriter(buffer);
        w.Reset(buffer);
        w.WriteStartObject();
        w.WriteStartArray("s");
        foreach (var s in coded.Sentences)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Index);
            w.WriteNumberValue(s.Start);
            w.WriteNumberValue(s.End);
            w.WriteNumberValue(s.Coded ? 1 : 0);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("m");
        foreach (var m in coded.MentionList())
        {
            w.WriteStartArray();
            w.WriteNumberValue(m.Sentence);
            w.WriteNumberValue(m.Start);
            w.WriteNumberValue(m.End);
            w.WriteStringValue(m.Actor);
            w.WriteStringValue(m.Kind.ToString());
            w.WriteStringValue(m.Role.ToString());
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("t");
        foreach (var t in coded.DateList())
        {
            w.WriteStartArray();
            w.WriteNumberValue(t.Start);
            w.WriteNumberValue(t.End);
            if (t.Value is { } v) w.WriteStringValue(v.ToString());
            else w.WriteNullValue();
            w.WriteStringValue(t.Basis.ToCode());
            w.WriteStringValue(t.Role.ToString());
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        // A rare huge document must not keep its buffer on the thread for good.
        if (buffer.Capacity > 1024 * 1024) t_buffer = null;
        return json;
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    public static (List<Sentence> Sentences, List<Mention> Mentions, List<DateMention> Dates) Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var sentences = root.GetProperty("s").EnumerateArray()
            .Select(a => new Sentence(a[0].GetInt32(), a[1].GetInt32(), a[2].GetInt32(), a[3].GetInt32() != 0)).ToList();
        var mentions = root.GetProperty("m").EnumerateArray()
            .Select(a => new Mention(a[0].GetInt32(), a[1].GetInt32(), a[2].GetInt32(), a[3].GetString()!,
                Enum.Parse<MentionKind>(a[4].GetString()!), Enum.Parse<RoleLevel>(a[5].GetString()!)))
            .OrderBy(m => m.Start).ToList();
        var dates = root.GetProperty("t").EnumerateArray()
            .Select(a => new DateMention(a[0].GetInt32(), a[1].GetInt32(),
                PartialDate.TryParse(a[2].ValueKind == JsonValueKind.String ? a[2].GetString() : null, out var v) ? v : null,
                ModalityNames.ParseBasis(a[3].GetString()), Enum.Parse<DateRole>(a[4].GetString()!)))
            .OrderBy(d => d.Start).ToList();
        return (sentences, mentions, dates);
    }

}
