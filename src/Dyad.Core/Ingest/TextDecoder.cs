using System.Buffers;
using System.Text;

namespace Dyad.Ingest;

/// <summary>
/// Turns the bytes of a text file into a string: UTF-8 or UTF-16 with a byte-order mark, UTF-16 without one
/// (detected from its zero bytes), strict UTF-8, or else Windows-1252. Binary content is refused.
/// </summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Throws on bytes that are not UTF-8, so that they are read as Windows-1252 instead.
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <param name="bytes">The bytes.</param>
    /// <param name="text">The text decoded.</param>
    /// <param name="error">Why the bytes are not text.</param>
    /// <param name="dropFinalLineBreaks">Leave out the line breaks that end the bytes, for a reader that drops them anyway
    /// (<see cref="Dyad.Text.TextNormalizer"/>): nearly every text file ends with one, and dropping it from the decoded
    /// string copied the whole article a second time.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error, bool dropFinalLineBreaks = false)
    {
        text = "";
        error = null;
        if (bytes.Length == 0) { error = "empty file"; return false; }
        // Only where a line break is the single byte 0x0A (UTF-8, Windows-1252): a UTF-16 one is two bytes.
        var body = dropFinalLineBreaks ? bytes.TrimEnd((byte)'\n') : bytes;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { text = Encoding.UTF8.GetString(body[3..]); return Check(ref text, out error, bytes.Length - body.Length); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { text = Encoding.Unicode.GetString(bytes[2..]); return Check(ref text, out error); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { text = Encoding.BigEndianUnicode.GetString(bytes[2..]); return Check(ref text, out error); }
        var utf16 = LooksUtf16(bytes);
        if (utf16 is not null) { text = utf16.GetString(bytes); return Check(ref text, out error); }
        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0)) { error = "binary content (NUL bytes), not text"; return false; }
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(body);
        }
        return Check(ref text, out error, bytes.Length - body.Length);
    }

    private static Encoding? LooksUtf16(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 8) return null;
        // With no zero byte in the sample (nearly every article) both counts below are 0 and the answer is no: one
        // vectorised search instead of 2,048 steps of two tests each, for every file read.
        if (!bytes[..n].Contains((byte)0)) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var half = n / 2;
        if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return Encoding.Unicode;
        if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    // Control characters but the line and page breaks and tabs of text (char.IsControl: U+0000-001F, U+007F-009F).
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\r' or '\t' or '\f'))]);

    // The line breaks left out at the end (`dropped`) count in the sample's length as they did when they were decoded.
    private static bool Check(ref string text, out string? error, int dropped = 0)
    {
        error = null;
        var control = 0;
        var length = Math.Min(text.Length + dropped, 8192);
        var sample = text.AsSpan(0, Math.Min(text.Length, length));
        // Searched, not read a character at a time: text has none, or a few, and every article is checked.
        for (var at = sample.IndexOfAny(Controls); at >= 0; at = sample.IndexOfAny(Controls))
        {
            control++;
            sample = sample[(at + 1)..];
        }
        if (length > 0 && control > length / 20) { error = "binary content (control characters), not text"; return false; }
        return true;
    }
}
