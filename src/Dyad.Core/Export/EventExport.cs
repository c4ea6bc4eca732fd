using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Dyad.Model;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Export;

/// <summary>An event with the article it was read from, as the exports write it.</summary>
public sealed record EventRow(Event Event, string? Url = null, string? Title = null, string? Outlet = null, PartialDate? Published = null)
{
    /// <summary>The stored event's id, when it comes from a store.</summary>
    public long? Id { get; init; }

    /// <summary>The row of a stored event: the event, its article's url, title, outlet and publication date, and its id.</summary>
    public static EventRow From(StoredEvent e) => new(e.Event, e.Url, e.Title, e.Outlet, e.Published) { Id = e.Id };
}

/// <summary>
/// The events export (spec: events.md): JSON Lines with the spec's fields first, in the spec's order, then the
/// article's (url, title, outlet, published) and the exact spans (evidence and date ranges); CSV with the same columns.
/// </summary>
public static class EventExport
{
    /// <summary>The spec's fields, in its order: the scorer reads these.</summary>
    public static readonly string[] SpecFields = ["doc", "source", "target", "step", "type", "modality", "date", "date_basis", "confidence", "evidence"];

    /// <summary>
    /// What a reader needs beside them: where the event was read (url, title, outlet, publication date), where in the
    /// text (evidence offsets), and the date as a range with its precision, so "2011" is not read as 2011-01-01.
    /// </summary>
    public static readonly string[] SourceFields = ["url", "title", "outlet", "published", "evidence_start", "evidence_end", "date_start", "date_end", "date_precision"];

    /// <summary>Every field of the export, in order.</summary>
    public static readonly string[] Fields = [.. SpecFields, .. SourceFields];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes events with no article fields (url, title, outlet and published are null), one JSON object a line.</summary>
    public static void WriteJsonLines(IEnumerable<Event> events, TextWriter writer) => WriteJsonLines(events.Select(e => new EventRow(e)), writer);

    /// <summary>
    /// Writes one JSON object a line, ended by "\n": the <see cref="Fields"/> in order, null where unknown, confidence
    /// rounded to three places, text unescaped except where JSON requires it. Byte-for-byte the same for the same rows.
    /// </summary>
    public static void WriteJsonLines(IEnumerable<EventRow> rows, TextWriter writer) => WriteJsonLines(rows.Select(r => (r, Array.Empty<long>())), [], writer);

    /// <summary>The fields, then extra integer fields per event (the story view's num_articles, num_sources).</summary>
    public static void WriteJsonLines(IEnumerable<(EventRow Row, long[] Extra)> rows, string[] extraFields, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        foreach (var (row, extra) in rows)
        {
            var e = row.Event;
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
                WriteNullable(json, "url", row.Url);
                WriteNullable(json, "title", row.Title);
                WriteNullable(json, "outlet", row.Outlet);
                WriteNullable(json, "published", row.Published?.ToString());
                json.WriteNumber("evidence_start", e.EvidenceStart);
                json.WriteNumber("evidence_end", e.EvidenceEnd);
                WriteNullable(json, "date_start", Iso(e.Date?.Start));
                WriteNullable(json, "date_end", Iso(e.Date?.End));
                WriteNullable(json, "date_precision", Precision(e.Date));
                for (var i = 0; i < extraFields.Length; i++) json.WriteNumber(extraFields[i], extra[i]);
                json.WriteEndObject();
            }
            writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Write('\n');
        }
    }

    /// <summary>Writes events with no article fields as CSV: a header of the <see cref="Fields"/>, then a row each.</summary>
    public static void WriteCsv(IEnumerable<Event> events, TextWriter writer) => WriteCsv(events.Select(e => new EventRow(e)), writer);

    /// <summary>Writes CSV: a header of the <see cref="Fields"/>, then a row per event, empty where a value is unknown.</summary>
    public static void WriteCsv(IEnumerable<EventRow> rows, TextWriter writer) => WriteCsv(rows.Select(r => (r, Array.Empty<long>())), [], writer);

    /// <summary>The columns, then extra integer columns per event.</summary>
    public static void WriteCsv(IEnumerable<(EventRow Row, long[] Extra)> rows, string[] extraFields, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var f in Fields.Concat(extraFields)) csv.WriteField(f);
        csv.NextRecord();
        foreach (var (row, extra) in rows)
        {
            var e = row.Event;
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
            csv.WriteField(row.Url ?? "");
            csv.WriteField(row.Title ?? "");
            csv.WriteField(row.Outlet ?? "");
            csv.WriteField(row.Published?.ToString() ?? "");
            csv.WriteField(e.EvidenceStart.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.EvidenceEnd.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(Iso(e.Date?.Start) ?? "");
            csv.WriteField(Iso(e.Date?.End) ?? "");
            csv.WriteField(Precision(e.Date) ?? "");
            foreach (var x in extra) csv.WriteField(x.ToString(CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }

    /// <summary>year, month or day; null for an undated event.</summary>
    public static string? Precision(PartialDate? date) => date?.Precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        DatePrecision.Day => "day",
        _ => null,
    };

    internal static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
