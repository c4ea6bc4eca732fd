using System.Text;
using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class TextDecoderTests
{
    private const string Sample = "Caf\u00E9 talks in Damascus \u2014 \u201Cready\u201D.";

    public static TheoryData<string, byte[]> Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new TheoryData<string, byte[]>
        {
            { "utf-8", new UTF8Encoding(false).GetBytes(Sample) },
            { "utf-8 bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
            { "utf-16le bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
            { "utf-16be bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
            { "utf-16le no bom", Encoding.Unicode.GetBytes(Sample) },
            { "windows-1252", Encoding.GetEncoding(1252).GetBytes(Sample) },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void TryDecode_KnownEncodings_GiveTheText(string name, byte[] bytes)
    {
        Assert.True(TextDecoder.TryDecode(bytes, out var text, out var error), $"{name}: {error}");
        Assert.Null(error);
        Assert.Equal(Sample, text);
    }

    [Fact]
    public void TryDecode_Empty_IsAnError()
    {
        Assert.False(TextDecoder.TryDecode([], out _, out var error));
        Assert.Equal("empty file", error);
    }

    [Fact]
    public void TryDecode_NulBytes_IsBinary()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x91, 0x12, 0x00, 0x33, 0xFE, 0x00, 0x01];
        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains("binary", error);
    }

    [Fact]
    public void TryDecode_ControlCharacters_IsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41 + i % 20)).ToArray();
        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains("binary", error);
    }

    [Theory]
    // One in twenty characters of a sample may be a control character; line breaks, tabs and page breaks are text.
    [InlineData('\u0001', 20, true)]
    [InlineData('\u0001', 19, false)]
    [InlineData('\u0085', 20, true)]
    [InlineData('\u0085', 19, false)]
    [InlineData('\n', 2, true)]
    [InlineData('\t', 2, true)]
    [InlineData('\f', 2, true)]
    public void TryDecode_ShareOfControlCharacters_DecidesWhetherItIsText(char control, int every, bool text)
    {
        var chars = Enumerable.Range(0, 1000).Select(i => i % every == every - 1 ? control : (char)('a' + i % 26)).ToArray();
        var bytes = new UTF8Encoding(false).GetBytes(chars);
        Assert.Equal(text, TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Equal(text ? null : "binary content (control characters), not text", error);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void TryDecode_DroppingFinalLineBreaks_GivesTheTextWithoutThem(string name, byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // The same line breaks in the file's own encoding: two bytes each in UTF-16, which are never cut in half.
        var breaks = name.StartsWith("utf-16be", StringComparison.Ordinal) ? Encoding.BigEndianUnicode.GetBytes("\n\n")
            : name.StartsWith("utf-16", StringComparison.Ordinal) ? Encoding.Unicode.GetBytes("\n\n") : "\n\n"u8.ToArray();
        Assert.True(TextDecoder.TryDecode([.. bytes, .. breaks], out var text, out var error, dropFinalLineBreaks: true), $"{name}: {error}");
        Assert.Equal(Sample, text.TrimEnd('\n'));
        Assert.True(TextDecoder.TryDecode([.. bytes, .. breaks], out var kept, out _), name);
        Assert.Equal(Sample + "\n\n", kept);
    }

    [Fact]
    public void TryDecode_OnlyLineBreaks_DecodesToNothing()
    {
        Assert.True(TextDecoder.TryDecode("\n\n"u8, out var text, out _, dropFinalLineBreaks: true));
        Assert.Equal("", text);
    }

    [Theory]
    // The line breaks left out still count in the share of control characters, as when they were decoded.
    [InlineData(19, 1, true)]
    [InlineData(18, 1, false)]
    [InlineData(17, 3, true)]
    public void TryDecode_DroppedLineBreaks_CountInTheShareOfControlCharacters(int letters, int breaks, bool text)
    {
        var raw = new string('a', letters - 1) + "\u0001" + new string('\n', breaks);
        var bytes = new UTF8Encoding(false).GetBytes(raw);
        Assert.Equal(text, TextDecoder.TryDecode(bytes, out _, out _));
        Assert.Equal(text, TextDecoder.TryDecode(bytes, out _, out _, dropFinalLineBreaks: true));
    }
}
