using System.Globalization;
using Dyad.Model;

namespace Dyad.Storage;

/// <summary>
/// The SQL of an <see cref="EventQuery"/>, written so that each provider answers a page from its indexes (issue 19:
/// the dyad filter ORed two directions over a one-column index and read 72 % of the events; every page sorted all
/// matches). The filters become branches that each read one index range: a dyad is two branches (A to B, B to A, both
/// on ix_events_pair), an actor two (as source on ix_events_pair, as target on ix_events_target, the second without
/// the rows of the first), so that a branch reads its rows in date order and stops at the page's end; the branches
/// are put together with UNION ALL and sorted again, at most a page and its offset from each (SQLite merges them in
/// order instead, see <see cref="Select"/>).
/// </summary>
internal sealed class EventSql
{
    private readonly List<string> _common = [];
    private readonly List<List<string>> _branches = [[]];
    private readonly SqlDialect _dialect;

    public List<(string, object?)> Args { get; } = [];

    // commonText: the text's words match more events than a page reaches (SQLite: see SqlDialect.SqliteCommonTextMatch);
    // keptSet: their set is given to the read's connection (TextMatchSets), else listed by a subquery.
    public EventSql(EventQuery q, SqlDialect d, bool commonText = false, bool keptSet = false)
    {
        _dialect = d;
        if (q.Actor is { } actor)
        {
            // An actor id matches its sectors too: USA matches USA.LEG, not USAF. The sectors are one range of the
            // index ('USA.' up to 'USA/', '/' following '.'), where a LIKE used no index.
            const string asSource = "(e.source = @actor OR (e.source >= @actorDot AND e.source < @actorEnd))";
            const string asTarget = "(e.target = @actor OR (e.target >= @actorDot AND e.target < @actorEnd))";
            Split([asSource], [asTarget, "NOT " + asSource]);
            Args.Add(("@actor", actor));
            Args.Add(("@actorDot", actor + "."));
            Args.Add(("@actorEnd", actor + "/"));
        }
        if (q.Dyad is { } dyad)
        {
            if (dyad.A == dyad.B) _common.Add("e.source = @da AND e.target = @da");
            else Split(["e.source = @da AND e.target = @db"], ["e.source = @db AND e.target = @da"]);
            Args.Add(("@da", dyad.A));
            Args.Add(("@db", dyad.B));
        }
        if (q.Step is { } step)
        {
            if (step.EndsWith('*') || step.EndsWith('.'))
            {
                _common.Add($"e.step {d.Like} @step");
                Args.Add(("@step", step.TrimEnd('*') + "%"));
            }
            else
            {
                _common.Add("e.step = @step");
                Args.Add(("@step", step));
            }
        }
        if (q.StepsOnly) _common.Add("e.step IS NOT NULL");
        if (q.Modality is { } m)
        {
            _common.Add("e.modality = @modality");
            Args.Add(("@modality", m.ToCode()));
        }
        if (q.From is { } from)
        {
            // A date is a day, a month or a year: one that ends on or after the window's first day starts on or after
            // it, or is the year or the month holding that day (starting on 1 January or on the 1st). Each is a branch
            // reading one range of ix_events_date in date order: the window's own days, and the two single starts
            // before it (where a single range from 1 January read up to a year of index entries to fill one page).
            // A date that starts before the window and ends in it is the window's month or, in January, its year (both
            // starting on the 1st), or its year (starting on 1 January): each such end is one day, so each branch is
            // an equal range of ix_events_date, in id order (issue 19, ninth round: a range of ends, date_end >= @from,
            // made every page sort the year's dated events to find its first, 3,443 of them at a million events).
            var (year, month) = (new DateOnly(from.Year, 1, 1), new DateOnly(from.Year, from.Month, 1));
            List<string[]> starts = [["e.date_start >= @from"]];
            if (month < from) starts.Add(["e.date_start = @fromMonth AND e.date_end = @fromMonthEnd"]);
            if (month < from && month == year) starts.Add(["e.date_start = @fromMonth AND e.date_end = @fromYearEnd"]);
            if (year < month) starts.Add(["e.date_start = @fromYear AND e.date_end = @fromYearEnd"]);
            Split([.. starts]);
            Args.Add(("@from", Day(from)));
            if (month < from)
            {
                Args.Add(("@fromMonth", Day(month)));
                Args.Add(("@fromMonthEnd", Day(new PartialDate(from.Year, from.Month).End)));
            }
            if ((month < from && month == year) || year < month) Args.Add(("@fromYearEnd", Day(new PartialDate(from.Year).End)));
            if (year < month) Args.Add(("@fromYear", Day(year)));
        }
        if (q.To is { } to)
        {
            _common.Add("e.date_start <= @to");
            Args.Add(("@to", Day(to)));
        }
        if (q.Text is { } text)
        {
            var (search, error) = TextSearch.Parse(text);
            if (error is not null) throw new ArgumentException($"text {error}");
            if (search is not null)
            {
                if (commonText && keptSet && d == SqlDialect.Sqlite) _common.Add(SqlDialect.SqliteCommonTextMatch);
                else if (commonText && d == SqlDialect.Sqlite)
                {
                    _common.Add(string.Format(CultureInfo.InvariantCulture, SqlDialect.SqliteCommonTextList, "@fts"));
                    Args.Add(("@fts", d.FullTextQuery(search)));
                }
                else
                {
                    _common.Add(string.Format(CultureInfo.InvariantCulture, d.TextMatch, "@fts"));
                    Args.Add(("@fts", d.FullTextQuery(search)));
                }
                for (var n = 0; n < search.Literals.Count; n++)
                {
                    _common.Add(string.Format(CultureInfo.InvariantCulture, d.Contains, $"@lit{n}"));
                    Args.Add(($"@lit{n}", search.Literals[n]));
                }
            }
        }
        if (q.Document is { } doc)
        {
            _common.Add("e.doc_key = @doc");
            Args.Add(("@doc", doc));
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Each branch so far becomes one per alternative (a dyad and an actor: four).</summary>
    private void Split(params string[][] alternatives)
    {
        var next = new List<List<string>>();
        foreach (var branch in _branches)
        {
            foreach (var alternative in alternatives) next.Add([.. branch, .. alternative]);
        }
        _branches.Clear();
        _branches.AddRange(next);
    }

    /// <summary>The WHERE of each branch, with <paramref name="extra"/> clauses added to all.</summary>
    public IReadOnlyList<string> Wheres(params string[] extra) =>
        [.. _branches.Select(b => b.Concat(_common).Concat(extra).ToList()).Select(c => c.Count == 0 ? "" : " WHERE " + string.Join(" AND ", c))];

    /// <summary>
    /// The rows of every branch with <paramref name="columns"/> (of e, the event, and d, its document), in the order of
    /// <paramref name="keys"/> (columns of events, the first with its nulls last if asked), cut at <paramref name="limit"/>
    /// rows after <paramref name="offset"/>. One branch is one ordered read; several are each sorted and cut on their own
    /// (an index gives each its rows in order) and the rows left are sorted again, then joined to their columns.
    /// </summary>
    public string Select(string columns, IReadOnlyList<SortKey> keys, int? limit, int offset, params string[] extra)
    {
        var wheres = Wheres(extra);
        var page = limit is { } n ? $" LIMIT {n} OFFSET {offset}" : "";
        const string from = "events e JOIN documents d ON d.id = e.document_id";
        if (wheres.Count == 1 && limit is null) return $"SELECT {columns} FROM {from}{wheres[0]} ORDER BY {Order(keys, "e.")}";
        // The page's ids first, from the index ranges alone, then their rows: the rows skipped by the offset or cut by
        // the sort are never read with their evidence and documents (on a million events, a dyad's fifth page read
        // 500 events and documents to show 50).
        var keyColumns = string.Join(", ", keys.Select(k => k.Column).Append("id").Distinct().Select(c => $"e.{c} AS s_{c}"));
        string ids;
        if (wheres.Count == 1) ids = $"SELECT {keyColumns} FROM events e{wheres[0]} ORDER BY {Order(keys, "e.")}{page}";
        else if (_dialect == SqlDialect.Sqlite && keys.All(k => !k.NullsLast))
        {
            // SQLite merges the branches of a compound SELECT ordered by its result columns, each read in its index's
            // order, and stops at the page's end: no branch is cut, sorted again and merged (issue 19, eleventh round: a
            // dyad's fifth page read 250 index entries from each branch and sorted both, 0.13 ms against 0.05). Its ORDER
            // BY names columns only, so a first key with its nulls last keeps the form below.
            ids = string.Join(" UNION ALL ", wheres.Select(w => $"SELECT {keyColumns} FROM events e{w}")) + $" ORDER BY {Order(keys, "s_")}{page}";
        }
        else
        {
            var inner = limit is { } m ? $" LIMIT {m + offset}" : "";
            var branches = wheres.Select((w, i) => $"SELECT * FROM (SELECT {keyColumns} FROM events e{w} ORDER BY {Order(keys, "e.")}{inner}) AS b{i}");
            ids = $"SELECT * FROM ({string.Join(" UNION ALL ", branches)}) AS a ORDER BY {Order(keys, "a.s_")}{page}";
        }
        return $"SELECT {columns} FROM ({ids}) AS u JOIN events e ON e.id = u.s_id JOIN documents d ON d.id = e.document_id ORDER BY {Order(keys, "u.s_")}";
    }

    private static string Order(IReadOnlyList<SortKey> keys, string prefix) => string.Join(", ", keys.SelectMany((k, i) =>
    {
        var column = prefix + k.Column;
        var dir = k.Descending ? " DESC" : "";
        return i == 0 && k.NullsLast ? new[] { $"CASE WHEN {column} IS NULL THEN 1 ELSE 0 END", column + dir } : [column + dir];
    }));

    /// <summary>The count of matching rows, up to <paramref name="cap"/>: a page's total never reads past it.</summary>
    public string CountUpTo(int cap, params string[] extra)
    {
        var branches = Wheres(extra).Select(w => $"SELECT 1 AS one FROM events e{w}");
        return $"SELECT COUNT(*) FROM ({string.Join(" UNION ALL ", branches)} LIMIT {cap}) AS c";
    }

}

/// <summary>A column of events to sort by; the first key may put its nulls last whichever way it goes.</summary>
internal readonly record struct SortKey(string Column, bool Descending = false, bool NullsLast = false);
