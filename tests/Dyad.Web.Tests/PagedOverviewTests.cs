using System.Net;
using System.Text.Json;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Tests.Analysis;
using Dyad.Web.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 19, twelfth round: /api/dyads answers its counterparts in pages (20 unless asked, at most 100) with their total,
/// in the whole overview's order, and a page holding every counterpart is the whole overview with its paging told; the
/// dashboard reads every page. The store: one step between Syria and each of <see cref="Counterparts"/> states of the
/// pack, more than a page, early in 2025 (the governments now in power), their rungs varied so that the order is not the
/// states' own.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PagedOverviewTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int Counterparts = 45;
    private static readonly string[] Steps = ["contact.ministerial", "relations.sever", "mission.reopen", "contact.security", "ambassador.appoint", "visit.leader"];

    private readonly Pack _pack = PackLoader.Load(WebFixture.PackDirectory);
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-paged-overview-", temp =>
    {
        using (var store = StoreFactory.Open(temp.Db)) store.AddBatch(Documents());
        return [];
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private string[] States => [.. _pack.States.Select(s => s.Id).Where(id => id != "SYR").Take(Counterparts)];

    private List<CodedDocument> Documents() => [.. States.Select((state, i) => ChangingDyads.Doc($"step{i}",
        ChangingDyads.Ev($"step{i}", state, "SYR", Steps[i % Steps.Length], Modality.Asserted, new DateOnly(2025, 1, 2).AddDays(i), $"{state} and Syria, step {i}.")))];

    [Fact]
    public async Task Overview_InPages_HoldsEveryCounterpartOnce_InTheWholeOrder_Issue19()
    {
        Assert.Equal(Counterparts, States.Length);
        var first = await _site.Json("/api/dyads?focus=SYR");
        Assert.Equal((Counterparts, 1, OverviewPages.DefaultPageSize), (first.GetProperty("total").GetInt32(), first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32()));
        Assert.Equal(OverviewPages.DefaultPageSize, first.GetProperty("counterparts").GetArrayLength());

        // Three pages of 20 (the last of 5) are the one page of every counterpart, in its order; the fourth holds none.
        var all = await _site.Json("/api/dyads?focus=SYR&pageSize=100");
        var whole = Raw(all);
        Assert.Equal(Counterparts, whole.Count);
        Assert.Equal(States.Order(StringComparer.Ordinal), all.GetProperty("counterparts").EnumerateArray().Select(c => c.GetProperty("counterpart").GetString()).Order(StringComparer.Ordinal));
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var answer = await _site.Json($"/api/dyads?focus=Syria&page={page}");
            Assert.Equal(Counterparts, answer.GetProperty("total").GetInt32());
            Assert.Equal(all.GetProperty("falls").GetRawText(), answer.GetProperty("falls").GetRawText());
            pages.AddRange(Raw(answer));
        }
        Assert.Equal(whole, pages);
        Assert.Empty(Raw(await _site.Json("/api/dyads?focus=SYR&page=4")));
        // The order is the overview's, not the ids': the highest rung first.
        var rungs = all.GetProperty("counterparts").EnumerateArray().Select(c => c.GetProperty("rung") is { ValueKind: JsonValueKind.Number } r ? r.GetInt32() : -1).ToList();
        Assert.Equal(rungs.OrderDescending(), rungs);
        Assert.Equal(6, rungs[0]);

        // The page of everything is the whole overview computed and kept, with its paging told.
        byte[] computed;
        using (var store = StoreFactory.Open(_site.Temp.Db)) computed = KeptOverviews.Compute(store, _pack, "SYR", default);
        var paged = await _site.Client.GetByteArrayAsync("/api/dyads?focus=SYR&pageSize=100");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(computed[..^1]) + $",\"total\":{Counterparts},\"page\":1,\"pageSize\":100}}", System.Text.Encoding.UTF8.GetString(paged));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("page=x")]
    public async Task Overview_ABadPage_Is400_Issue19(string query)
    {
        using var answer = await _site.Client.GetAsync($"/api/dyads?focus=SYR&{query}");
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [BrowserFact]
    public async Task Dashboard_ShowsEveryCounterpart_OfMoreThanAPage_InTheApiOrder_Issue19()
    {
        var order = (await _site.Json("/api/dyads?focus=SYR&pageSize=100")).GetProperty("counterparts").EnumerateArray()
            .Select(c => c.GetProperty("counterpart").GetString()!).ToList();
        var b = await browser.BrowserAsync();
        var page = await b.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(_site.Address, "index.html?focus=SYR").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var rows = page.Locator("#counterparts tbody tr[data-counterpart]");
        await Expect(rows).ToHaveCountAsync(Counterparts);
        Assert.Equal(order, await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.getAttribute('data-counterpart'))"));
        await Expect(page.Locator("#ladder g.strip[data-counterpart]")).ToHaveCountAsync(Counterparts);
        await page.CloseAsync();
        Assert.Empty(errors);
    }

    private static List<string> Raw(JsonElement answer) => [.. answer.GetProperty("counterparts").EnumerateArray().Select(c => c.GetRawText())];
}
