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
        WriteList(w, sentences, static s => s.End, static (w, s, after) =>
        {
            w.Write7BitEncodedInt(s.Index);
            WriteOffsets(w, s.Start, s.End, after);
            w.Write(s.Coded);
        });
        WriteList(w, mentions, static m => m.Start, static (w, m, after) =>
        {
            w.Write7BitEncodedInt(m.Sentence);
            WriteOffsets(w, m.Start, m.End, after);
            w.Write(m.Actor);
            w.Write((byte)m.Kind);
            w.Write((byte)m.Role);
        });
        WriteList(w, dates, static t => t.Start, static (w, t, after) =>
        {
            WriteOffsets(w, t.Start, t.End, after);
            w.Write(t.Value is not null);
            if (t.Value is { } v) w.Write(v.ToString());
            w.Write((byte)t.Basis);
            w.Write((byte)t.Role);
        });
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
            var sentences = ReadList(r, static s => s.End, static (r, after) =>
            {
                var index = r.Read7BitEncodedInt();
                var (start, end) = ReadOffsets(r, after);
                return new Sentence(index, start, end, r.ReadBoolean());
            });
            var mentions = ReadList(r, static m => m.Start, static (r, after) =>
            {
                var sentence = r.Read7BitEncodedInt();
                var (start, end) = ReadOffsets(r, after);
                return new Mention(sentence, start, end, r.ReadString(), Defined<MentionKind>(r.ReadByte()), Defined<RoleLevel>(r.ReadByte()));
            });
            var dates = ReadList(r, static d => d.Start, static (r, after) =>
            {
                var (start, end) = ReadOffsets(r, after);
                PartialDate? value = r.ReadBoolean()
                    ? PartialDate.TryParse(r.ReadString(), out var v) ? v : throw new InvalidDataException("spans with a date that does not parse")
                    : null;
                return new DateMention(start, end, value, Defined<DateBasis>(r.ReadByte()), Defined<DateRole>(r.ReadByte()));
            });
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

    // A list: its count, then its items, each counting its offsets from a point of the item before. Sentences do not
    // overlap, so from its end; mentions and time expressions may, so from its start.
    private static void WriteList<T>(BinaryWriter w, List<T> items, Func<T, int> next, Action<BinaryWriter, T, int> write)
    {
        w.Write7BitEncodedInt(items.Count);
        var after = 0;
        foreach (var item in items)
        {
            write(w, item, after);
            after = next(item);
        }
    }

    private static List<T> ReadList<T>(BinaryReader r, Func<T, int> next, Func<BinaryReader, int, T> read)
    {
        var items = new List<T>(Count(r));
        var after = 0;
        for (var i = items.Capacity; i > 0; i--)
        {
            items.Add(read(r, after));
            after = next(items[^1]);
        }
        return items;
    }

    // A span as its distance from that point and its length: both small, so most take one byte.
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
