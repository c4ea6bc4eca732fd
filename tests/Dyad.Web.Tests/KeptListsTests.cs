using Dyad.Model;
using Dyad.Storage;
using Dyad.Tests.Analysis;
using Dyad.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 19, eighth round: a dyad's changes of rung and disputes are outlined once per change of the store and kept
/// (<see cref="DyadListCache"/>); the pages of /history and /disputes are slices of those lists, and a write makes the
/// next page outline the dyad again. The store: <see cref="ChangingDyads"/> (Qatar's 84 changes, Jordan's 30 disputes).
/// </summary>
public sealed class KeptListsTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-kept-lists-", temp =>
    {
        using (var store = StoreFactory.Open(temp.Db)) store.AddBatch(ChangingDyads.Documents());
        return [];
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task HistoryPages_AreSlicesOfOneListKept_Issue19()
    {
        var all = (await _site.Json("/api/dyads/QAT/SYR")).GetProperty("history").EnumerateArray().Select(h => h.GetRawText()).ToList();
        Assert.Equal(ChangingDyads.Changes, all.Count);
        var pages = await Pages("/api/dyads/QAT/SYR/history", 13, ChangingDyads.Changes);
        Assert.Equal(all, pages);
        // The list was outlined once and is kept under the store's mark: asked for again, it is not computed.
        var kept = await Kept("QAT/SYR");
        Assert.Equal(ChangingDyads.Changes, kept.History.Count);
        Assert.True(_site.App.Services.GetRequiredService<DyadListCache>().Bytes >= kept.Bytes);
    }

    [Fact]
    public async Task DisputePages_AreSlicesOfEveryDispute_PastTheOverviewsTwenty_Issue19()
    {
        // The dyad page lists the latest 100, so all 30 here, read whole: the pages give the same disputes.
        var page = await _site.Json("/api/dyads/JOR/SYR");
        var all = page.GetProperty("disputes").EnumerateArray().Select(d => d.GetRawText()).ToList();
        Assert.Equal(ChangingDyads.Disputes, all.Count);
        Assert.Equal(all, await Pages("/api/dyads/JOR/SYR/disputes", 7, ChangingDyads.Disputes));
        // Two pages of 20, earliest first: the first 20, then the last 10 (the overview lists the latest 20).
        var first = await _site.Json("/api/dyads/Jordan/Syria/disputes?pageSize=20");
        var second = await _site.Json("/api/dyads/JOR/SYR/disputes?page=2&pageSize=20");
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(ChangingDyads.Disputes - 20, second.GetProperty("items").GetArrayLength());
        Assert.Equal("yes0", first.GetProperty("items")[0].GetProperty("doc").GetString());
        Assert.Equal($"Jordan reopened its embassy ({ChangingDyads.Disputes - 1}).", second.GetProperty("items")[9].GetProperty("evidence").GetString());
        Assert.Equal($"Jordan did not reopen its embassy ({ChangingDyads.Disputes - 1}).", second.GetProperty("items")[9].GetProperty("denialEvidence").GetString());
        var overview = (await _site.Json("/api/dyads?focus=SYR")).GetProperty("counterparts").EnumerateArray().Single(c => c.GetProperty("counterpart").GetString() == "JOR");
        Assert.Equal(all.TakeLast(20).Select(Doc), overview.GetProperty("disputes").EnumerateArray().Select(d => d.GetProperty("doc").GetString()));
        // A page past the end is empty; bad pages and dyads as for the history.
        Assert.Equal(0, (await _site.Json("/api/dyads/JOR/SYR/disputes?page=3&pageSize=20")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await _site.Client.GetAsync("/api/dyads/JOR/SYR/disputes?pageSize=501")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _site.Client.GetAsync("/api/dyads/SYR/SYR/disputes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Client.GetAsync("/api/dyads/JOR/XYZ/disputes")).StatusCode);
    }

    [Fact]
    public async Task AWrite_MakesTheNextPageOutlineTheDyadAgain_Issue19()
    {
        Assert.Equal(ChangingDyads.Changes, (await _site.Json("/api/dyads/QAT/SYR/history?pageSize=10")).GetProperty("total").GetInt32());
        Assert.Equal(ChangingDyads.Disputes, (await _site.Json("/api/dyads/JOR/SYR/disputes?pageSize=10")).GetProperty("total").GetInt32());
        // Written by another handle, as another process would: the server learns of it through the change mark only.
        var late = new DateOnly(2026, 6, 1);
        using (var store = StoreFactory.Open(_site.Temp.Db))
        {
            store.AddBatch([
                ChangingDyads.Doc("cut-late", ChangingDyads.Ev("cut-late", "QAT", "SYR", "relations.sever", Modality.Asserted, late, "Qatar cut its ties with Syria again.")),
                ChangingDyads.Doc("yes-late", ChangingDyads.Ev("yes-late", "JOR", "SYR", "mission.reopen", Modality.Asserted, late, "Jordan reopened its embassy again.")),
                ChangingDyads.Doc("no-late", ChangingDyads.Ev("no-late", "JOR", "SYR", "mission.reopen", Modality.Negated, late, "Jordan did not reopen its embassy again.")),
            ]);
        }
        var history = await _site.Json("/api/dyads/QAT/SYR/history?page=9&pageSize=10");
        Assert.Equal(ChangingDyads.Changes + 1, history.GetProperty("total").GetInt32());
        Assert.Equal("2026-06-01", history.GetProperty("items").EnumerateArray().Last().GetProperty("dateStart").GetString());
        // The page of disputes asked for before the write is computed again, not the one kept.
        var disputes = await _site.Json("/api/dyads/JOR/SYR/disputes?pageSize=10");
        Assert.Equal(ChangingDyads.Disputes + 1, disputes.GetProperty("total").GetInt32());
        var last = await _site.Json("/api/dyads/JOR/SYR/disputes?page=4&pageSize=10");
        Assert.Equal("yes-late", last.GetProperty("items").EnumerateArray().Single().GetProperty("doc").GetString());
    }

    [Fact]
    public async Task Lists_PastTheBudget_AreDroppedAndOutlinedAgain()
    {
        // A budget that holds one dyad's lists: the other's, asked for after, pushes it out.
        var cache = new DyadListCache(maxBytes: 100 * 96);
        var computed = 0;
        Task<DyadLists> Lists(int changes)
        {
            computed++;
            return Task.FromResult(new DyadLists([.. Enumerable.Range(0, changes).Select(i => new Analysis.RungChange(new PartialDate(2020), 1, "x", i))], []));
        }
        Assert.Equal(60 * 96, (await cache.Get("QAT/SYR", (1, 1), () => Lists(60), CancellationToken.None)).Bytes);
        await cache.Get("JOR/SYR", (1, 1), () => Lists(60), CancellationToken.None);
        Assert.Equal(60 * 96, cache.Bytes);
        await cache.Get("JOR/SYR", (1, 1), () => Lists(60), CancellationToken.None);
        Assert.Equal(2, computed);
        await cache.Get("QAT/SYR", (1, 1), () => Lists(60), CancellationToken.None);
        Assert.Equal(3, computed);
    }

    // Every item of a list read page after page of the size given, as raw JSON, checking the totals.
    private async Task<List<string>> Pages(string path, int size, int total)
    {
        var items = new List<string>();
        for (var page = 1; page <= (total + size - 1) / size; page++)
        {
            var answer = await _site.Json($"{path}?page={page}&pageSize={size}");
            Assert.Equal(total, answer.GetProperty("total").GetInt32());
            Assert.Equal(page, answer.GetProperty("page").GetInt32());
            items.AddRange(answer.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()));
        }
        return items;
    }

    // The lists kept of a dyad under the store's mark now; fails if they were not kept.
    private Task<DyadLists> Kept(string dyad)
    {
        var store = _site.App.Services.GetRequiredService<IDyadStore>();
        return _site.App.Services.GetRequiredService<DyadListCache>().Get(dyad, store.ChangeMark(), () => throw new InvalidOperationException($"{dyad}: not kept"), CancellationToken.None);
    }

    private static string Doc(string json) => JsonDocument.Parse(json).RootElement.GetProperty("doc").GetString()!;
}
