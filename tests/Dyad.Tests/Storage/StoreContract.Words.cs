namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 19, eleventh round: a page of common words, read in date order, matches each event it passes against the words
/// the store keeps (SQLite's full-text table, PostgreSQL's stored column of words), not against its evidence's words
/// computed again (PostgreSQL: to_tsvector for every event passed, about 18 µs each at a million events).
/// </summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void Events_CommonWordsInDateOrder_MatchTheWordsTheStoreKeeps_Issue19()
    {
        using var store = OpenWith(FilterSet());
        var dialect = ((SqlStore)store).Dialect;
        var query = new EventQuery { Text = "called Assad", Limit = 50 };
        var sql = new EventSql(query, dialect, commonText: true);
        var plan = Plan(store, sql.Select("e.id", [new("date_start"), new("id")], query.Limit, 0, "e.date_start IS NOT NULL"), sql.Args);
        Assert.DoesNotContain("to_tsvector", plan, StringComparison.Ordinal);
        Assert.Contains(dialect == SqlDialect.Sqlite ? "events_fts" : "evidence_words", plan, StringComparison.Ordinal);
        Assert.Equal(["e1"], Labels(store, query));
    }
}
