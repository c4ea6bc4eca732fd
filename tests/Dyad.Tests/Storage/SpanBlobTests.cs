using Dyad.Dates;

namespace Dyad.Tests.Storage;

/// <summary>The stored form of a document's spans: read back as coded, and a damaged value is an error, never wrong spans.</summary>
public sealed class SpanBlobTests
{
    [Fact]
    public void Read_OfWritten_IsTheCodedSpans_InTextOrder()
    {
        foreach (var coded in CodedSamples())
        {
            var (sentences, mentions, dates) = SpanBlob.Read(PreparedDocument.Of(coded).Spans);
            Assert.Equal(coded.Sentences, sentences);
            Assert.Equal(coded.Mentions.OrderBy(m => m.Start), mentions);
            Assert.Equal(coded.Dates.OrderBy(d => d.Start), dates);
        }
    }

    [Fact]
    public void Written_IsUnderAThirdOfTheJson()
    {
        var samples = CodedSamples();
        var binary = samples.Sum(c => PreparedDocument.Of(c).Spans.Length);
        var json = samples.Sum(c => StoredJson(c).Length);
        Assert.True(binary * 3 < json, $"{binary} bytes against {json} of JSON");
    }

    [Fact]
    public void ReadJson_OfAVersion5Row_IsTheSameSpans()
    {
        foreach (var coded in CodedSamples())
        {
            var (sentences, mentions, dates) = SpanMigration.ReadJson(StoredJson(coded));
            Assert.Equal(coded.Sentences, sentences);
            Assert.Equal(coded.Mentions.OrderBy(m => m.Start), mentions);
            Assert.Equal(coded.Dates.OrderBy(d => d.Start), dates);
        }
    }

    [Fact]
    public void Read_OfDamagedValues_ThrowsInvalidData()
    {
        var coded = CodedSamples().First(c => c.Dates.Any() && c.Mentions.Any());
        var good = PreparedDocument.Of(coded).Spans;
        // Cut anywhere, the value ends before its counts are met.
        for (var cut = 0; cut < good.Length; cut += 7) Assert.Throws<InvalidDataException>(() => SpanBlob.Read(good[..cut]));
        Assert.Throws<InvalidDataException>(() => SpanBlob.Read([.. good, 0]));
        var version = (byte[])good.Clone();
        version[0] = 9;
        Assert.Contains("unknown version 9", Assert.Throws<InvalidDataException>(() => SpanBlob.Read(version)).Message);
        // A count far beyond the bytes left, and a negative one.
        Assert.Contains("count of 2147483647", Assert.Throws<InvalidDataException>(() => SpanBlob.Read([2, 0xFF, 0xFF, 0xFF, 0xFF, 0x07])).Message);
        Assert.Contains("count of -1", Assert.Throws<InvalidDataException>(() => SpanBlob.Read([2, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F])).Message);
        // One sentence, no mentions, one time expression whose role is not a role.
        Assert.Contains("unknown DateRole", Assert.Throws<InvalidDataException>(() => SpanBlob.Read([2, 1, 0, 0, 5, 1, 0, 1, 0, 4, 0, 0, 7])).Message);
    }

    /// <summary>The JSON that schema versions 4 and 5 stored, written as they wrote it.</summary>
    internal static string StoredJson(global::Dyad.Pipeline.CodedDocument coded) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?[][]>
    {
        ["s"] = [.. coded.Sentences.Select(s => new object?[] { s.Index, s.Start, s.End, s.Coded ? 1 : 0 })],
        ["m"] = [.. coded.Mentions.Select(m => new object?[] { m.Sentence, m.Start, m.End, m.Actor, m.Kind.ToString(), m.Role.ToString() })],
        ["t"] = [.. coded.Dates.Select(t => new object?[] { t.Start, t.End, t.Value?.ToString(), t.Basis.ToCode(), t.Role.ToString() })],
    });
}
