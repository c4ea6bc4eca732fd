using System.Text.Json;
using Dyad.Storage;
using Dyad.Tests.Analysis;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 19, seventh round: the overview lists a counterpart's latest 20 changes of rung and disputed steps, for the dyad
/// and for each era, with their totals; the dyad page lists them all here (fewer than its 1,000), and
/// /api/dyads/{a}/{b}/history gives every change in pages; the dashboard says where a list is cut and links to the dyad.
/// The store: <see cref="ChangingDyads"/>.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BoundedOverviewTests(BrowserFixture browser) : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-bounded-overview-", temp =>
    {
        using (var store = StoreFactory.Open(temp.Db)) store.AddBatch(ChangingDyads.Documents());
        return [];
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Overview_ListsTheLatest20ChangesAndDisputedSteps_WithTheirTotals_Issue19()
    {
        var counterparts = (await _site.Json("/api/dyads?focus=SYR")).GetProperty("counterparts").EnumerateArray().ToList();
        var qatar = counterparts.Single(c => c.GetProperty("counterpart").GetString() == "QAT");
        var page = await _site.Json("/api/dyads/QAT/SYR");
        var all = Dates(page.GetProperty("history"));
        // The dyad page has every change, in order.
        Assert.Equal(Enumerable.Range(0, ChangingDyads.Changes).Select(ChangingDyads.ChangeDate), all);
        Assert.Equal(ChangingDyads.Changes, page.GetProperty("historyTotal").GetInt32());
        // The overview: the latest 20 and how many in all.
        Assert.Equal(all.TakeLast(20), Dates(qatar.GetProperty("history")));
        Assert.Equal(ChangingDyads.Changes, qatar.GetProperty("historyTotal").GetInt32());
        // Each era likewise: the Assad government's 60 changes and the transitional one's 24.
        var eras = qatar.GetProperty("eras").EnumerateArray().ToList();
        var pageEras = page.GetProperty("eras").EnumerateArray().ToList();
        Assert.Equal([2 * ChangingDyads.AssadRounds, 2 * ChangingDyads.TransitionRounds], eras.Select(e => e.GetProperty("historyTotal").GetInt32()));
        for (var i = 0; i < eras.Count; i++)
        {
            Assert.Equal(20, eras[i].GetProperty("history").GetArrayLength());
            Assert.Equal(Dates(pageEras[i].GetProperty("history")).TakeLast(20), Dates(eras[i].GetProperty("history")));
            Assert.Equal(pageEras[i].GetProperty("historyTotal").GetInt32(), eras[i].GetProperty("historyTotal").GetInt32());
            // The era's rung and summary are those of the whole era.
            Assert.Equal(pageEras[i].GetProperty("summary").GetString(), eras[i].GetProperty("summary").GetString());
        }

        // Jordan's 30 disputed assertions: the latest 20 in the overview's era, all on the dyad page's.
        var jordan = counterparts.Single(c => c.GetProperty("counterpart").GetString() == "JOR");
        var jordanPage = await _site.Json("/api/dyads/JOR/SYR");
        var disputed = jordanPage.GetProperty("eras").EnumerateArray().SelectMany(e => e.GetProperty("disputed").EnumerateArray().Select(x => x.GetInt64())).ToList();
        Assert.Equal(ChangingDyads.Disputes, disputed.Count);
        var era = jordan.GetProperty("eras").EnumerateArray().Single(e => e.GetProperty("disputedTotal").GetInt32() > 0);
        Assert.Equal(disputed.TakeLast(20), era.GetProperty("disputed").EnumerateArray().Select(x => x.GetInt64()));
        Assert.Equal(ChangingDyads.Disputes, era.GetProperty("disputedTotal").GetInt32());
        Assert.Equal(20, jordan.GetProperty("disputes").GetArrayLength());
        Assert.Equal(ChangingDyads.Disputes, jordan.GetProperty("disputesTotal").GetInt32());
        Assert.Equal($"yes{ChangingDyads.Disputes - 1}", jordan.GetProperty("disputes").EnumerateArray().Last().GetProperty("doc").GetString());
    }

    [Fact]
    public async Task History_GivesEveryChangeInPages_Issue19()
    {
        var first = await _site.Json("/api/dyads/QAT/SYR/history?pageSize=50");
        var second = await _site.Json("/api/dyads/QAT/SYR/history?page=2&pageSize=50");
        Assert.Equal(ChangingDyads.Changes, first.GetProperty("total").GetInt32());
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        Assert.Equal(ChangingDyads.Changes - 50, second.GetProperty("items").GetArrayLength());
        Assert.Equal(Enumerable.Range(0, ChangingDyads.Changes).Select(ChangingDyads.ChangeDate),
            Dates(first.GetProperty("items")).Concat(Dates(second.GetProperty("items"))));
        // By name as the dyad page; a bad page or dyad is a 400 or 404.
        Assert.Equal(Dates(first.GetProperty("items")), Dates((await _site.Json("/api/dyads/Qatar/Syria/history?pageSize=50")).GetProperty("items")));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _site.Client.GetAsync("/api/dyads/QAT/SYR/history?page=0")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _site.Client.GetAsync("/api/dyads/SYR/SYR/history")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _site.Client.GetAsync("/api/dyads/QAT/XYZ/history")).StatusCode);
    }

    [BrowserFact]
    public async Task Overview_SaysHowManyMoreWhereAListIsCut_AndLinksToTheDyad_Issue19()
    {
        var b = await browser.BrowserAsync();
        var page = await b.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(_site.Address, "index.html?focus=SYR").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var qatar = page.Locator("#counterparts tr[data-counterpart='QAT']");
        var jordan = page.Locator("#counterparts tr[data-counterpart='JOR']");
        await Expect(qatar.Locator("td.eras [data-more='history'] a")).ToHaveTextAsync($"{ChangingDyads.Changes - 20} earlier changes");
        await Expect(qatar.Locator("td.eras [data-more='history'] a")).ToHaveAttributeAsync("href", "dyad.html?a=SYR&b=QAT");
        await Expect(jordan.Locator("td.disputes div.disputed")).ToHaveCountAsync(20);
        await Expect(jordan.Locator("td.disputes [data-more='disputes'] a")).ToHaveTextAsync($"{ChangingDyads.Disputes - 20} more disputed steps");
        // Nothing is cut in Qatar's disputes or Jordan's changes: no link there.
        await Expect(qatar.Locator("[data-more='disputes']")).ToHaveCountAsync(0);
        await Expect(jordan.Locator("[data-more='history']")).ToHaveCountAsync(0);
        // The link opens the dyad, whose page lists them all (fewer than its 1,000): no "more" there.
        await jordan.Locator("td.disputes [data-more='disputes'] a").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("dyad.html?a=SYR&b=JOR", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#steps span.disputed")).ToHaveCountAsync(2 * ChangingDyads.Disputes);
        await Expect(page.Locator("[data-more='history']")).ToHaveCountAsync(0);
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await page.GotoAsync(new Uri(_site.Address, "index.html?focus=SYR").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "overview-bounded.png"), FullPage = true });
        await page.CloseAsync();
        Assert.Empty(errors);
    }

    private static List<string> Dates(JsonElement history) => [.. history.EnumerateArray().Select(h => h.GetProperty("dateStart").GetString()!)];
}
