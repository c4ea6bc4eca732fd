using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Export;

/// <summary>
/// Events as PLOVER records (openeventdata/PLOVER, PLOVER_MANUAL.tex, chapter "Data Fields"), one JSON object a
/// line: <c>id</c>, <c>date</c> and <c>enddate</c> (the range a partial date covers: "2011" is 2011-01-01 to
/// 2011-12-31), <c>actor</c> and <c>recipient</c> as lists of entity objects (<c>code</c>, <c>sector</c>: GOV for a
/// bare state code), <c>event</c> (the step's PLOVER type), <c>mode</c> and <c>context</c> from the pack's steps.json
/// (<c>plover_mode</c>, <c>plover_context</c>), the auxiliary modes of the manual ("future", "hypothetical",
/// "negation") put in <c>context</c> as it asks, <c>event_text</c> (the evidence), <c>text_info</c> (sentence and
/// offsets) and <c>cite_info</c> (url, title, publication). Dyad's own fields follow, as the manual allows: doc,
/// step, modality, date_precision, date_basis, confidence, published.
/// </summary>
public static class PloverExport
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes one PLOVER record a line. <paramref name="pack"/> gives each step's PLOVER mode and context; a stored
    /// event's id is "dyad-" and its id, an event from no store "dyad-", its document and its place in the output.
    /// </summary>
    public static void Write(IEnumerable<EventRow> rows, Pack pack, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            var e = row.Event;
            var step = e.Step is null ? null : pack.FindStep(e.Step);
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("id", row.Id is { } id ? $"dyad-{id}" : $"dyad-{e.Doc}-{n}");
                Nullable(json, "date", EventExport.Iso(e.Date?.Start));
                if (e.Date is { Precision: not DatePrecision.Day } d) json.WriteString("enddate", EventExport.Iso(d.End));
                json.WritePropertyName("actor");
                Entities(json, pack, e.Source);
                if (e.Target is not null)
                {
                    json.WritePropertyName("recipient");
                    Entities(json, pack, e.Target);
                }
                Strings(json, "event", [e.Type]);
                Strings(json, "mode", step?.PloverMode ?? []);
                Strings(json, "context", [.. step?.PloverContext ?? [], .. Auxiliary(e.Modality)]);
                Strings(json, "event_text", [e.Evidence]);
                json.WriteStartObject("text_info");
                json.WriteNumber("sequence", e.Sentence);
                json.WriteNumber("start", e.EvidenceStart);
                json.WriteNumber("end", e.EvidenceEnd);
                json.WriteEndObject();
                json.WriteStartObject("cite_info");
                Nullable(json, "url", row.Url);
                Nullable(json, "title", row.Title);
                Nullable(json, "publication", row.Outlet);
                json.WriteString("coder", "Dyad");
                json.WriteString("codebook", $"dyad-{pack.Name}");
                json.WriteEndObject();
                json.WriteString("doc", e.Doc);
                Nullable(json, "step", e.Step);
                json.WriteString("modality", e.Modality.ToCode());
                Nullable(json, "date_precision", EventExport.Precision(e.Date));
                json.WriteString("date_basis", e.DateBasis.ToCode());
                json.WriteNumber("confidence", Math.Round(e.Confidence, 3));
                Nullable(json, "published", row.Published?.ToString());
                json.WriteEndObject();
            }
            writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Write('\n');
        }
    }

    /// <summary>The manual's auxiliary modes, which it asks to be put in the context; asserted and demanded have none.</summary>
    public static IEnumerable<string> Auxiliary(Modality modality) => modality switch
    {
        Modality.Planned => ["future"],
        Modality.Hypothetical => ["hypothetical"],
        Modality.Negated => ["negation"],
        _ => [],
    };

    private static void Entities(Utf8JsonWriter json, Pack pack, string actor)
    {
        var dot = actor.IndexOf('.');
        var code = dot < 0 ? actor : actor[..dot];
        var state = pack.States.Any(s => s.Id == code);
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("code", code);
        // A bare state code means its government (spec: events.md); an organisation has no sector.
        if (dot >= 0) json.WriteString("sector", actor[(dot + 1)..]);
        else if (state) json.WriteString("sector", "GOV");
        json.WriteString("entity_name", pack.DisplayName(code));
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
