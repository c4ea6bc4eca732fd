using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Dyad.Query;

namespace Dyad.Export;

/// <summary>Ledger lines as JSON lines (each line's own fields, in order, `kind` first) or as CSV (the union of fields).</summary>
public static class LedgerExport
{
    // Evidence is quoted text: its quotation marks, apostrophes and "+" of a list of places are written as they are.
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON object a line (<see cref="TextWriter.WriteLine()"/>), with each line's own fields in their order, <c>kind</c> first.</summary>
    public static void WriteJsonLines(IEnumerable<LedgerLine> lines, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        foreach (var line in lines)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteObject(json, line);
            }
            writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    /// <summary>One line as a JSON object.</summary>
    internal static void WriteObject(Utf8JsonWriter json, LedgerLine line)
    {
        json.WriteStartObject();
        foreach (var (name, value) in line.Fields)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case double d: json.WriteNumberValue(d); break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var s in list) json.WriteStringValue(s);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>
    /// Writes CSV whose columns are every field any line has, in the order first met; a line leaves empty the columns
    /// of fields it does not have (a goal has no demand). Takes a list: the columns are known only after every line.
    /// </summary>
    public static void WriteCsv(IReadOnlyList<LedgerLine> lines, TextWriter writer)
    {
        var columns = lines.SelectMany(l => l.Fields.Select(f => f.Key)).Distinct().ToList();
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var line in lines)
        {
            foreach (var c in columns) csv.WriteField(Text(line[c]));
            csv.NextRecord();
        }
    }

    /// <summary>A field's value as text: numbers invariant, lists joined by spaces.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IEnumerable<string> list when value is not string => string.Join(' ', list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
