using Dyad.Dates;
using Dyad.Model;

namespace Dyad.Storage;

/// <summary>
/// The spans of a stored document (sentences, actors, time expressions) as one compact value in its row. They are
/// only ever read whole, with their document, so a row each (nine rows per sentence on average) would cost most of
/// a batch's write time for nothing a query uses. Events keep their own rows: they are queried.
/// </summary>
/// <remarks>
/// The form is binary: a version byte, then each list as a count and its items, numbers as 7-bit varints,
/// offsets as the distance from the item before and lengths, so that most take one byte; strings as
/// length-prefixed UTF-8; kinds, roles and bases by their enum numbers, which are never renumbered. Stores of
/// schema versions 4 and 5 held JSON instead, as many bytes as the text itself, three and a half times this form;
/// versions 1 to 3 a row per span. Migration 8 rewrote both in this form (<see cref="SpanMigration"/>).
/// </remarks>
internal static class SpanBlob
{
    private const byte Version = 2;

    /// <summary>Spans in the stored form: sentences in order, mentions and time expressions in text order.</summary>
    public static byte[] Write(List<Sentence> sentences, List<Mention> mentions, List<DateMention> dates)
    {
        // One stream and writer per thread, reused: only the result is allocated per document.
        var stream = t_stream ??= new MemoryStream(16 * 1024);
        var w = t_writer ??= new BinaryWriter(stream);
        stream.SetLength(0);
        w.Write(Version);
        w.Write7BitEncodedInt(sentences.Count);
        var end = 0;
        foreach (var s in sentences)
        {
            w.Write7BitEncodedInt(s.Index);
            WriteOffsets(w, s.Start, s.End, end);
            w.Write(s.Coded);
            end = s.End;
        }
        w.Write7BitEncodedInt(mentions.Count);
        var start = 0;
        foreach (var m in mentions)
        {
            w.Write7BitEncodedInt(m.Sentence);
            WriteOffsets(w, m.Start, m.End, start);
            w.Write(m.Actor);
            w.Write((byte)m.Kind);
            w.Write((byte)m.Role);
            start = m.Start;
        }
        w.Write7BitEncodedInt(dates.Count);
        start = 0;
        foreach (var t in dates)
        {
            WriteOffsets(w, t.Start, t.End, start);
            w.Write(t.Value is not null);
            if (t.Value is { } v) w.Write(v.ToString());
            w.Write((byte)t.Basis);
            w.Write((byte)t.Role);
            start = t.Start;
        }
        w.Flush();
        var bytes = stream.ToArray();
        // A rare huge document must not keep its buffer on the thread for good.
        if (stream.Capacity > 1024 * 1024) (t_stream, t_writer) = (null, null);
        return bytes;
    }

    [ThreadStatic] private static MemoryStream? t_stream;
    [ThreadStatic] private static BinaryWriter? t_writer;

    /// <summary>Spans as <see cref="Write"/> writes them; mentions and time expressions in text order.</summary>
    /// <exception cref="InvalidDataException">The value is not spans of this form (a damaged row).</exception>
    public static (List<Sentence> Sentences, List<Mention> Mentions, List<DateMention> Dates) Read(byte[] data)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false));
            if (r.ReadByte() != Version) throw new InvalidDataException($"spans of an unknown version {data[0]}");
            var sentences = new List<Sentence>(Count(r));
            var end = 0;
            for (var i = sentences.Capacity; i > 0; i--)
            {
                var index = r.Read7BitEncodedInt();
                (var start, end) = ReadOffsets(r, end);
                sentences.Add(new Sentence(index, start, end, r.ReadBoolean()));
            }
            var mentions = new List<Mention>(Count(r));
            var at = 0;
            for (var i = mentions.Capacity; i > 0; i--)
            {
                var sentence = r.Read7BitEncodedInt();
                (at, var stop) = ReadOffsets(r, at);
                mentions.Add(new Mention(sentence, at, stop, r.ReadString(), Defined<MentionKind>(r.ReadByte()), Defined<RoleLevel>(r.ReadByte())));
            }
            var dates = new List<DateMention>(Count(r));
            at = 0;
            for (var i = dates.Capacity; i > 0; i--)
            {
                (at, var stop) = ReadOffsets(r, at);
                PartialDate? value = r.ReadBoolean()
                    ? PartialDate.TryParse(r.ReadString(), out var v) ? v : throw new InvalidDataException("spans with a date that does not parse")
                    : null;
                dates.Add(new DateMention(at, stop, value, Defined<DateBasis>(r.ReadByte()), Defined<DateRole>(r.ReadByte())));
            }
            if (r.BaseStream.Position != data.Length) throw new InvalidDataException("spans followed by stray bytes");
            // Stable sorts, as the JSON form was read: mentions come sentence by sentence, in text order already.
            return (sentences, [.. mentions.OrderBy(m => m.Start)], [.. dates.OrderBy(d => d.Start)]);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("spans cut short");
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"damaged spans: {e.Message}");
        }
    }

    // A span as its distance from a point before it (the end of the sentence before, the start of the mention or time
    // expression before) and its length: both small, so most take one byte.
    private static void WriteOffsets(BinaryWriter w, int start, int end, int after)
    {
        w.Write7BitEncodedInt(start - after);
        w.Write7BitEncodedInt(end - start);
    }

    private static (int Start, int End) ReadOffsets(BinaryReader r, int after)
    {
        var start = after + r.Read7BitEncodedInt();
        return (start, start + r.Read7BitEncodedInt());
    }

    // A list's count, which its items must have the bytes for (each takes several): a damaged count is an error,
    // not a list sized by it.
    private static int Count(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        var left = r.BaseStream.Length - r.BaseStream.Position;
        return count >= 0 && count <= left ? count : throw new InvalidDataException($"spans with a count of {count} and {left} bytes left");
    }

    private static T Defined<T>(byte value) where T : struct, Enum
    {
        var e = (T)Enum.ToObject(typeof(T), value);
        return Enum.IsDefined(e) ? e : throw new InvalidDataException($"spans with an unknown {typeof(T).Name} {value}");
    }
}
