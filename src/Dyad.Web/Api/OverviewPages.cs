using System.Runtime.InteropServices;
using System.Text.Json;

namespace Dyad.Web.Api;

/// <summary>
/// The overview of a focal state cut into pages of counterparts (issue 19, twelfth round: every counterpart in one answer
/// was 4 MB at a million events, and sending 4 MB to sixteen clients on two cores took over 50 ms whatever sent it). The
/// overview is computed and kept whole (<see cref="KeptOverviews"/>); a page is written from the JSON of its counterparts
/// as they were serialized there, so that a page holding every counterpart is the whole overview with its paging told.
/// </summary>
internal sealed class OverviewPages
{
    /// <summary>The counterparts a page holds unless asked otherwise.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The most counterparts a page holds: a counterpart with its eras is about ten kilobytes.</summary>
    public const int MaxPageSize = 100;

    private readonly byte[] _focus;
    private readonly byte[] _focusName;
    private readonly byte[][] _counterparts;
    private readonly byte[] _falls;
    private readonly byte[] _fallsTotal;

    private OverviewPages(byte[] whole, byte[] focus, byte[] focusName, byte[][] counterparts, byte[] falls, byte[] fallsTotal)
    {
        Whole = whole;
        _focus = focus;
        _focusName = focusName;
        _counterparts = counterparts;
        _falls = falls;
        _fallsTotal = fallsTotal;
    }

    /// <summary>The whole overview, as computed and kept.</summary>
    public byte[] Whole { get; }

    /// <summary>How many counterparts the overview holds.</summary>
    public int Total => _counterparts.Length;

    /// <summary>
    /// The pages of a whole overview (<see cref="DyadsDto"/> without its paging); null when <paramref name="whole"/> is not
    /// one (a row of the store that something else wrote: the overview is then computed again).
    /// </summary>
    public static OverviewPages? Read(byte[] whole)
    {
        try
        {
            using var document = JsonDocument.Parse(whole);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("focus", out var focus) || focus.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("focusName", out var focusName) || focusName.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("counterparts", out var counterparts) || counterparts.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("falls", out var falls) || falls.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("fallsTotal", out var fallsTotal) || fallsTotal.ValueKind != JsonValueKind.Number)
                return null;
            static byte[] Raw(JsonElement e) => JsonMarshal.GetRawUtf8Value(e).ToArray();
            return new OverviewPages(whole, Raw(focus), Raw(focusName), [.. counterparts.EnumerateArray().Select(Raw)], Raw(falls), Raw(fallsTotal));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The JSON of page <paramref name="page"/> of <paramref name="size"/> counterparts: the whole overview's fields in its
    /// order, the page's counterparts, then total, page and pageSize (a page past the last holds none).
    /// </summary>
    public byte[] Page(int page, int size)
    {
        var from = (int)Math.Min(_counterparts.Length, (long)(page - 1) * size);
        var to = (int)Math.Min(_counterparts.Length, (long)from + size);
        using var buffer = new MemoryStream(_falls.Length + 256 + (to - from) * 12_000);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            Raw(json, "focus"u8, _focus);
            Raw(json, "focusName"u8, _focusName);
            json.WritePropertyName("counterparts"u8);
            json.WriteStartArray();
            for (var i = from; i < to; i++) json.WriteRawValue(_counterparts[i], skipInputValidation: true);
            json.WriteEndArray();
            Raw(json, "falls"u8, _falls);
            Raw(json, "fallsTotal"u8, _fallsTotal);
            json.WriteNumber("total"u8, _counterparts.Length);
            json.WriteNumber("page"u8, page);
            json.WriteNumber("pageSize"u8, size);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    // A value read from the whole overview, written again as it was (its escaping included).
    private static void Raw(Utf8JsonWriter json, ReadOnlySpan<byte> name, byte[] value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(value, skipInputValidation: true);
    }
}
