using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Dyad.Model;

namespace Dyad.Export;

/// <summary>
/// The events export (spec: events.md): JSON Lines with exactly the spec's fields, or CSV with the same columns.
/// </summary>
public static class EventExport
{
    public static readonly string[] Fields = ["doc", "source", "target", "step", "type", "modality", "date", "date_basis", "confidence", "evidence"];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteJsonLines(IEnumerable<Event> events, TextWriter writer) => WriteJsonLines(events.Select(e => (e, Array.Empty<long>())), [], writer);

    /// <summary>The spec's fields, then extra integer fields per event (the story view's num_articles, num_sources).</summary>
    public static void WriteJsonLines(IEnumerable<(Event Event, long[] Extra)> rows, string[] extraFields, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        foreach (var (e, extra) in rows)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("doc", e.Doc);
                json.WriteString("source", e.Source);
                WriteNullable(json, "target", e.Target);
                WriteNullable(json, "step", e.Step);
                json.WriteString("type", e.Type);
                json.WriteString("modality", e.Modality.ToCode());
                WriteNullable(json, "date", e.Date?.ToString());
                json.WriteString("date_basis", e.DateBasis.ToCode());
                json.WriteNumber("confidence", Math.Round(e.Confidence, 3));
                json.WriteString("evidence", e.Evidence);
                for (var i = 0; i < extraFields.Length; i++) json.WriteNumber(extraFields[i], extra[i]);
                json.WriteEndObject();
            }
            writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Write('\n');
        }
    }

    public static void WriteCsv(IEnumerable<Event> events, TextWriter writer) => WriteCsv(events.Select(e => (e, Array.Empty<long>())), [], writer);

    /// <summary>The spec's columns, then extra integer columns per event.</summary>
    public static void WriteCsv(IEnumerable<(Event Event, long[] Extra)> rows, string[] extraFields, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var f in Fields.Concat(extraFields)) csv.WriteField(f);
        csv.NextRecord();
        foreach (var (e, extra) in rows)
        {
            csv.WriteField(e.Doc);
            csv.WriteField(e.Source);
            csv.WriteField(e.Target ?? "");
            csv.WriteField(e.Step ?? "");
            csv.WriteField(e.Type);
            csv.WriteField(e.Modality.ToCode());
            csv.WriteField(e.Date?.ToString() ?? "");
            csv.WriteField(e.DateBasis.ToCode());
            csv.WriteField(Math.Round(e.Confidence, 3).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.Evidence);
            foreach (var x in extra) csv.WriteField(x.ToString(CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
