using Dyad.Model;
using Dyad.Storage;
using static Dyad.Tests.Storage.StoreData;

namespace Dyad.Tests.Storage;

/// <summary>
/// The sets of a common search's matches (issue 19: SQLite built the list of a word's 205,891 matches again for each page):
/// read once per search and change mark however many ask at once, dropped when the mark moves, bounded in number, and
/// never kept from a read that failed; a write by another process is seen at the next page.
/// </summary>
public sealed class TextMatchSetsTests
{
    [Fact]
    public void MatchSet_HoldsEachIdOnce()
    {
        var set = new MatchSet([3, 70_000, 3, 64, 0]);
        Assert.Equal(4, set.Count);
        Assert.True(set.Contains(0) && set.Contains(3) && set.Contains(64) && set.Contains(70_000));
        Assert.False(set.Contains(1) || set.Contains(63) || set.Contains(65) || set.Contains(70_001) || set.Contains(-1) || set.Contains(long.MaxValue));
    }

    [Fact]
    public async Task Get_ReadsOncePerSearchAndMark_AndDropsTheOldMarksSets()
    {
        var sets = new TextMatchSets();
        var reads = 0;
        using var gate = new ManualResetEventSlim();
        TextMatchCount Read(long id)
        {
            Interlocked.Increment(ref reads);
            gate.Wait();
            return Common(id);
        }
        var asking = Enumerable.Range(0, 8).Select(_ => Task.Run(() => sets.Get("\"embassy\"*", (1, 10), () => Read(7)))).ToList();
        await Task.Delay(100);
        gate.Set();
        var got = await Task.WhenAll(asking);
        Assert.Equal(1, reads);
        Assert.All(got, s => Assert.Same(got[0], s));
        Assert.Same(got[0], sets.Kept("\"embassy\"*", (1, 10)));
        Assert.Null(sets.Kept("\"embassy\"*", (1, 11)));
        // A write: the next mark reads again, and the sets of the old one are gone.
        sets.Get("\"envoy\"*", (1, 11), () => Read(8));
        Assert.Null(sets.Kept("\"embassy\"*", (1, 10)));
        Assert.True(sets.Get("\"embassy\"*", (1, 11), () => Read(9)).Set!.Contains(9));
        Assert.Equal(3, reads);
    }

    [Fact]
    public void Get_KeepsAtMostMaxEntries_TheLeastRecentlyAskedForDroppedFirst()
    {
        var sets = new TextMatchSets();
        for (var i = 0; i < TextMatchSets.MaxEntries; i++) sets.Get($"w{i}", (1, 1), () => Common(i));
        Assert.NotNull(sets.Kept("w0", (1, 1)));
        sets.Get("new", (1, 1), () => Common(1));
        Assert.NotNull(sets.Kept("w0", (1, 1)));
        Assert.Null(sets.Kept("w1", (1, 1)));
        Assert.NotNull(sets.Kept("new", (1, 1)));
    }

    [Fact]
    public void Get_AReadThatFails_IsNotKept()
    {
        var sets = new TextMatchSets();
        Assert.Throws<OperationCanceledException>(() => sets.Get("w", (1, 1), () => throw new OperationCanceledException()));
        Assert.Null(sets.Kept("w", (1, 1)));
        Assert.True(sets.Get("w", (1, 1), () => Common(5)).Set!.Contains(5));
    }

    [Fact]
    public void CommonWordPages_AfterAWriteByAnotherHandle_ShowTheNewEvents()
    {
        using var temp = new TempStore();
        using var store = SqliteStore.Open(temp.Db);
        store.AddBatch([.. Enumerable.Range(0, 21).Select(d => Doc($"d{d}", $"Document {d}.", new PartialDate(2023, 1, 1),
            [.. Enumerable.Range(0, 500).Select(i => Ev($"d{d}.{i}", $"d{d}", "TUR", "SYR", "contact.meeting", Modality.Asserted,
                new PartialDate(2012 + i % 10, 1 + i % 12, 1 + d), DateBasis.Explicit, 0.5, "The embassy reopened", i))]))]);
        var query = new EventQuery { Text = "embassy", Limit = 50 };
        Assert.Equal(10_500, store.CountEvents(query with { Limit = null }));
        Assert.DoesNotContain(store.Events(query), e => e.Event.Doc == "new");
        using (var other = SqliteStore.Open(temp.Db))
        {
            other.AddBatch([Doc("new", "New.", new PartialDate(2023, 1, 1),
                Ev("new.0", "new", "TUR", "SYR", "contact.meeting", Modality.Asserted, new PartialDate(2005, 1, 1), DateBasis.Explicit, 0.5, "An embassy closed", 0))]);
        }
        Assert.Equal("new", store.Events(query)[0].Event.Doc);
        Assert.Equal(10_501, store.CountEvents(query with { Limit = null }));
    }

    [Fact]
    public void Counts_OnEitherSideOfACommonSearch_AreExact_FromOneReading()
    {
        // 10,001 events name the embassy (common: a set), 10,000 of them the consulate too (rare: the index), the count
        // of each read once with its set or without (issue 19, eighth round).
        using var temp = new TempStore();
        using var store = SqliteStore.Open(temp.Db);
        store.AddBatch([.. Enumerable.Range(0, 11).Select(d => Doc($"d{d}", $"Document {d}.", new PartialDate(2023, 1, 1),
            [.. Enumerable.Range(0, d == 10 ? 1 : 1000).Select(i => Ev($"d{d}.{i}", $"d{d}", "TUR", "SYR", "contact.meeting", Modality.Asserted,
                new PartialDate(2012 + i % 10, 1 + i % 12, 1 + d), DateBasis.Explicit, 0.5, d == 10 ? "The embassy reopened" : "The embassy and the consulate reopened", i))]))]);
        Assert.Equal(10_001, store.CountEvents(new EventQuery { Text = "embassy" }));
        Assert.Equal(10_000, store.CountEvents(new EventQuery { Text = "consulate" }));
        Assert.Equal(10_000, store.CountEvents(new EventQuery { Text = "consulate", Limit = 50 }, 20_000));
        // The pages agree: the last page of each ends where its count says.
        Assert.Equal(51, store.Events(new EventQuery { Text = "embassy", Limit = 100, Offset = 9_950 }).Count);
        Assert.Equal(50, store.Events(new EventQuery { Text = "consulate", Limit = 100, Offset = 9_950 }).Count);
    }

    // The matches of a common search of one id.
    private static TextMatchCount Common(long id)
    {
        var set = new MatchSet([id]);
        return new TextMatchCount(set.Count, set);
    }
}
