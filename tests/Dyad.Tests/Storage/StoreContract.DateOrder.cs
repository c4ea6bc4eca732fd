using System.Text.RegularExpressions;

namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 19, tenth round: a page in date order reads the start dates in the order it shows them, date then id, and
/// stops at its end; it does not read a whole day's index entries and sort them (4,360 entries for one day at a million
/// events, each matched against a search's words).
/// </summary>
public abstract partial class StoreContract
{
    /// <summary>The provider's plan of <paramref name="sql"/> with <paramref name="args"/>, as text, a step a line.</summary>
    protected abstract string Plan(IDyadStore store, string sql, IReadOnlyList<(string Name, object? Value)> args);

    [StoreFact]
    public void Events_PagesInDateOrder_ReadTheStartDatesInOrder_WithoutASort_Issue19()
    {
        using var store = OpenWith(FilterSet());
        var dialect = ((SqlStore)store).Dialect;
        SortKey[] order = [new("date_start"), new("id")];
        // Every event; a window starting on the 1st of a month (its days, and its year's start); common words (SQLite lists
        // their matches in a subquery for this, PostgreSQL matches each evidence's words).
        foreach (var query in new[]
                 {
                     new EventQuery { Limit = 50 },
                     new EventQuery { From = new DateOnly(2023, 3, 1), To = new DateOnly(2023, 4, 1), Limit = 50 },
                     new EventQuery { Text = "embassy", Limit = 50 },
                 })
        {
            var sql = new EventSql(query, dialect, commonText: true);
            var plan = Plan(store, sql.Select("e.id", order, query.Limit, 0, "e.date_start IS NOT NULL"), sql.Args);
            Assert.False(SortsBeforeItsLimit(plan), plan);
            Assert.True(plan.Contains("ix_events_start", StringComparison.Ordinal), plan);
        }
    }

    // SQLite: "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" (the rows of each start date sorted by id); PostgreSQL: a Sort
    // or an Incremental Sort whose input is not already cut to a page (the branches of a window, at most a page each,
    // are still put in order together, in either provider).
    private static bool SortsBeforeItsLimit(string plan)
    {
        if (plan.Contains("RIGHT PART OF ORDER BY", StringComparison.Ordinal)) return true;
        var steps = plan.Split('\n').Where(l => !l.TrimStart().Contains(':', StringComparison.Ordinal)).ToList();
        for (var i = 0; i + 1 < steps.Count; i++)
        {
            if (Regex.IsMatch(steps[i], @"^\s*(->\s*)?(Incremental )?Sort\s*$") && !steps[i + 1].Contains("Limit", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
