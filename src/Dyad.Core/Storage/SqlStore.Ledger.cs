using System.Data.Common;
using System.Globalization;
using Dyad.Ledger;
using Dyad.Model;

namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    private const string InsertLedger =
        "INSERT INTO ledger (document_id, doc_key, kind, actor, counterpart, topic, words, gates, status, indicator, value, unit, qualifier, place, period, people_of, " +
        "date, date_start, date_end, evidence, evidence_start, evidence_end, sentence_idx) VALUES " +
        "(@d, @k, @kind, @a, @c, @t, @w, @g, @s, @i, @v, @u, @q, @p, @pe, @po, @dt, @ds, @de, @ev, @es, @ee, @si)";

    /// <summary>
    /// Writes the ledger records of the documents just inserted, in the batch's transaction: a document and its ledger are
    /// stored together or not at all. Few sentences hold a record, so the provider's prepared statement is enough.
    /// </summary>
    private void WriteLedger(IReadOnlyList<WrittenDocument> docs, DbTransaction tx)
    {
        PreparedCommands? prepared = null;
        try
        {
            foreach (var (id, coded) in docs)
            {
                foreach (var sentence in coded.Ledger)
                {
                    foreach (var record in sentence.Records)
                    {
                        prepared ??= new PreparedCommands(_connection, tx);
                        prepared.Execute(InsertLedger, Bind(id, record));
                    }
                }
            }
        }
        finally
        {
            prepared?.Dispose();
        }
    }

    private static (string, object?)[] Bind(long id, LedgerRecord r)
    {
        string? actor = null, counterpart = null, topic = null, words = null, gates = null, status = null, indicator = null, unit = null, qualifier = null,
            place = null, period = null, of = null;
        double? value = null;
        switch (r)
        {
            case Condition c: (actor, counterpart, topic, words, gates, status) = (c.Setter, c.Target, c.Topic, c.Demand, c.Gates, ConditionStatus.Open.ToCode()); break;
            case ClaimedGoal g: (actor, counterpart, topic) = (g.Actor, g.Counterpart, g.Topic); break;
            case StatusNote n: (actor, topic, status, words) = (n.Actor, n.Topic, n.Status.ToCode(), n.Words); break;
            case IndicatorValue v: (indicator, value, unit, qualifier, place, period, words, of) = (v.Indicator, v.Value, v.Unit, v.Qualifier, v.Place, v.Period, v.Amount, v.Of); break;
        }
        return [("@d", id), ("@k", r.Doc), ("@kind", r.Kind), ("@a", actor), ("@c", counterpart), ("@t", topic), ("@w", words), ("@g", gates), ("@s", status),
            ("@i", indicator), ("@v", value), ("@u", unit), ("@q", qualifier), ("@p", place), ("@pe", period), ("@po", of), ("@dt", r.Date?.ToString()),
            ("@ds", r.Date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@de", r.Date?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@ev", r.Evidence), ("@es", r.EvidenceStart), ("@ee", r.EvidenceEnd), ("@si", r.Sentence)];
    }

    public IReadOnlyList<LedgerRecord> Ledger(LedgerQuery query)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        void Add(string clause, string name, object? value)
        {
            where.Add(clause);
            args.Add((name, value));
        }
        if (query.Kind is { } kind) Add("kind = @kind", "@kind", kind);
        if (query.Topic is { } topic) Add("topic = @topic", "@topic", topic);
        if (query.Document is { } doc) Add("doc_key = @doc", "@doc", doc);
        if (query.From is { } from) Add("date_end >= @from", "@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.To is { } to) Add("date_start <= @to", "@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var sql = "SELECT kind, doc_key, actor, counterpart, topic, words, gates, status, indicator, value, unit, qualifier, place, period, date, evidence, " +
                  "evidence_start, evidence_end, sentence_idx, people_of FROM ledger" + (where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where)) +
                  " ORDER BY CASE WHEN date_start IS NULL THEN 1 ELSE 0 END, date_start, doc_key, sentence_idx, id";
        lock (_gate)
        {
            using var cmd = Command(sql, null, args);
            using var r = cmd.ExecuteReader();
            var list = new List<LedgerRecord>();
            while (r.Read())
            {
                if (ReadLedger(r) is { } record) list.Add(record);
            }
            return list;
        }
    }

    // A kind this build does not know (written by a newer one) is left out.
    private static LedgerRecord? ReadLedger(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        LedgerRecord? record = S(0) switch
        {
            "condition" => new Condition(S(2) ?? "", S(3), S(4) ?? "", S(5) ?? "", S(6)),
            "goal" => new ClaimedGoal(S(2) ?? "", S(3), S(4) ?? ""),
            "status" => new StatusNote(S(4) ?? "", S(2), ConditionStatusNames.Parse(S(7)), S(5) ?? ""),
            "indicator" => new IndicatorValue(S(8) ?? "", r.IsDBNull(9) ? 0 : r.GetDouble(9), S(10) ?? "", S(11), S(12), S(13), S(5) ?? "", S(19)),
            _ => null,
        };
        return record is null ? null : record with
        {
            Doc = S(1)!,
            Date = PartialDate.TryParse(S(14), out var date) ? date : null,
            Evidence = S(15)!,
            EvidenceStart = r.GetInt32(16),
            EvidenceEnd = r.GetInt32(17),
            Sentence = r.GetInt32(18),
        };
    }
}
