using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dyad.Dates;
using Dyad.Model;

namespace Dyad.Storage;

/// <summary>
/// Schema migration 8: every document's spans in the one form read today (<see cref="SpanBlob"/>, binary). Stores of
/// schema versions 4 and 5 hold them as JSON in the spans column, stores of versions 1 to 3 in one row per span in
/// the sentences, mentions and time_expressions tables; both are rewritten here, once, so that nothing else reads
/// them, and the old column and tables are dropped by the migration's SQL after.
/// </summary>
internal static class SpanMigration
{
    /// <summary>Rewrites the spans of every document without binary spans, in the migration's transaction.</summary>
    public static void Run(DbConnection connection, DbTransaction tx)
    {
        // Ids first, then one document at a time: a store of a million documents is never held in memory at once.
        var ids = new List<long>();
        using (var select = Command(connection, tx, "SELECT id FROM documents WHERE span_data IS NULL ORDER BY id"))
        using (var r = select.ExecuteReader())
        {
            while (r.Read()) ids.Add(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture));
        }
        foreach (var id in ids)
        {
            var json = Scalar(connection, tx, "SELECT spans FROM documents WHERE id = @id", id) as string;
            var (sentences, mentions, dates) = json is not null ? ReadJson(json) : ReadTables(connection, tx, id);
            using var update = Command(connection, tx, "UPDATE documents SET span_data = @sp, sentence_count = @sc WHERE id = @id",
                ("@sp", SpanBlob.Write(sentences, mentions, dates)), ("@sc", sentences.Count), ("@id", id));
            update.ExecuteNonQuery();
        }
    }

    /// <summary>Spans as stores of schema versions 4 and 5 wrote them: one JSON value.</summary>
    public static (List<Sentence> Sentences, List<Mention> Mentions, List<DateMention> Dates) ReadJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var sentences = root.GetProperty("s").EnumerateArray()
            .Select(a => new Sentence(a[0].GetInt32(), a[1].GetInt32(), a[2].GetInt32(), a[3].GetInt32() != 0)).ToList();
        var mentions = root.GetProperty("m").EnumerateArray()
            .Select(a => new Mention(a[0].GetInt32(), a[1].GetInt32(), a[2].GetInt32(), a[3].GetString()!,
                Enum.Parse<MentionKind>(a[4].GetString()!), Enum.Parse<RoleLevel>(a[5].GetString()!)))
            .OrderBy(m => m.Start).ToList();
        var dates = root.GetProperty("t").EnumerateArray()
            .Select(a => new DateMention(a[0].GetInt32(), a[1].GetInt32(),
                PartialDate.TryParse(a[2].ValueKind == JsonValueKind.String ? a[2].GetString() : null, out var v) ? v : null,
                ModalityNames.ParseBasis(a[3].GetString()), Enum.Parse<DateRole>(a[4].GetString()!)))
            .OrderBy(d => d.Start).ToList();
        return (sentences, mentions, dates);
    }

    // Spans as schema versions 1 to 3 wrote them: a row per span.
    private static (List<Sentence>, List<Mention>, List<DateMention>) ReadTables(DbConnection connection, DbTransaction tx, long id)
    {
        var sentences = Rows(connection, tx, "SELECT idx, start_offset, end_offset, coded FROM sentences WHERE document_id = @id ORDER BY idx", id,
            r => new Sentence(Int(r, 0), Int(r, 1), Int(r, 2), Convert.ToBoolean(r.GetValue(3), CultureInfo.InvariantCulture)));
        var mentions = Rows(connection, tx, "SELECT sentence_idx, start_offset, end_offset, actor, kind, role FROM mentions WHERE document_id = @id ORDER BY start_offset", id,
            r => new Mention(Int(r, 0), Int(r, 1), Int(r, 2), r.GetString(3), Enum.Parse<MentionKind>(r.GetString(4)), Enum.Parse<RoleLevel>(r.GetString(5))));
        var dates = Rows(connection, tx, "SELECT start_offset, end_offset, value, basis, role FROM time_expressions WHERE document_id = @id ORDER BY start_offset", id,
            r => new DateMention(Int(r, 0), Int(r, 1), PartialDate.TryParse(r.IsDBNull(2) ? null : r.GetString(2), out var v) ? v : null,
                ModalityNames.ParseBasis(r.GetString(3)), Enum.Parse<DateRole>(r.GetString(4))));
        return (sentences, mentions, dates);
    }

    private static List<T> Rows<T>(DbConnection connection, DbTransaction tx, string sql, long id, Func<DbDataReader, T> read)
    {
        using var cmd = Command(connection, tx, sql, ("@id", id));
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(read(r));
        return list;
    }

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private static object? Scalar(DbConnection connection, DbTransaction tx, string sql, long id)
    {
        using var cmd = Command(connection, tx, sql, ("@id", id));
        return cmd.ExecuteScalar();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction tx, string sql, params (string Name, object? Value)[] args) =>
        Commands.Create(connection, sql, tx, args);
}
