using System.Text.Json;
using Dyad.Ingest;
using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Tests.Analysis;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 19, third round: a dyad page and the overview list the latest 100 falls and disputes (20 per counterpart of the
/// overview), and count them all. A
/// store written for the test holds 130 falls of Syria's government and 120 disputed embassy reopenings of Jordan's.
/// Eighth round: every dispute in pages (/api/dyads/{a}/{b}/disputes), linked from the dyad page where its list is cut.
/// Twelfth round: a dyad page lists the latest 100 sanctions and conditions, as its falls and disputes, and counts them
/// all; the store holds 130 of each between the United States and Iran.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BoundedDyadTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int FallCount = 130;
    private const int DisputeCount = 120;
    private const int SanctionCount = 130;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-bounded-tests-", temp =>
    {
        var docs = new List<CodedDocument>();
        var day = new DateOnly(2012, 1, 1);
        for (var i = 0; i < FallCount; i++)
        {
            // Falls told by several sources, a few of them on one day.
            var date = day.AddDays(i / 3 * 11);
            docs.Add(ChangingDyads.Doc($"fall{i}", ChangingDyads.Ev($"fall{i}", i % 2 == 0 ? "SYR.OPP" : "TUR", "SYR", "regime.fall", Modality.Asserted, date, $"The government fell ({i}).")));
        }
        for (var i = 0; i < DisputeCount; i++)
        {
            var date = day.AddDays(i * 17);
            docs.Add(ChangingDyads.Doc($"yes{i}", ChangingDyads.Ev($"yes{i}", "JOR", "SYR", "mission.reopen", Modality.Asserted, date, $"Jordan reopened its embassy ({i}).")));
            docs.Add(ChangingDyads.Doc($"no{i}", ChangingDyads.Ev($"no{i}", "JOR", "SYR", "mission.reopen", Modality.Negated, date, $"Jordan did not reopen its embassy ({i}).")));
        }
        for (var i = 0; i < SanctionCount; i++)
        {
            var date = day.AddDays(i * 5);
            docs.Add(ChangingDyads.Doc($"sanction{i}", ChangingDyads.Ev($"sanction{i}", "USA", "IRN", i % 2 == 0 ? "sanction.impose" : "sanction.ease", Modality.Asserted, date, $"Sanctions on Iran ({i}).")));
            docs.Add(ChangingDyads.Doc($"condition{i}", ChangingDyads.Ev($"condition{i}", "USA", "IRN", "condition.set", Modality.Demanded, date.AddDays(1), $"A condition set for Iran ({i}).")));
        }
        using (var store = StoreFactory.Open(temp.Db)) store.AddBatch(docs);
        return [];
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task DyadPage_ListsTheLatestFallsAndDisputes_AndCountsThemAll_Issue19()
    {
        var data = await Json("/api/dyads/JOR/SYR");
        var falls = data.GetProperty("falls").EnumerateArray().Select(f => f.GetProperty("doc").GetString()).ToList();
        // The latest 100 in date order, then id (the order they were written).
        Assert.Equal(Enumerable.Range(FallCount - 100, 100).Select(i => $"fall{i}"), falls);
        Assert.Equal(FallCount, data.GetProperty("fallsTotal").GetInt32());
        var disputes = data.GetProperty("disputes").EnumerateArray().Select(d => d.GetProperty("doc").GetString()).ToList();
        Assert.Equal(Enumerable.Range(DisputeCount - 100, 100).Select(i => $"yes{i}"), disputes);
        Assert.Equal(DisputeCount, data.GetProperty("disputesTotal").GetInt32());
        // Every disputed assertion is still named by its era, and none moved the rung.
        Assert.Equal(DisputeCount, data.GetProperty("eras").EnumerateArray().Sum(e => e.GetProperty("disputed").GetArrayLength()));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("rung").ValueKind);
    }

    [Fact]
    public async Task Overview_ListsTheLatestFallsAndDisputes_AndCountsThemAll_Issue19()
    {
        var data = await Json("/api/dyads?focus=SYR");
        Assert.Equal(Enumerable.Range(FallCount - 100, 100).Select(i => $"fall{i}"),
            data.GetProperty("falls").EnumerateArray().Select(f => f.GetProperty("doc").GetString()));
        Assert.Equal(FallCount, data.GetProperty("fallsTotal").GetInt32());
        var jordan = data.GetProperty("counterparts").EnumerateArray().Single(c => c.GetProperty("counterpart").GetString() == "JOR");
        // A counterpart lists its latest 20 disputes, as `dyad dyads` does.
        Assert.Equal(20, jordan.GetProperty("disputes").GetArrayLength());
        Assert.Equal($"yes{DisputeCount - 1}", jordan.GetProperty("disputes").EnumerateArray().Last().GetProperty("doc").GetString());
        Assert.Equal(DisputeCount, jordan.GetProperty("disputesTotal").GetInt32());
    }

    [Fact]
    public async Task DyadPages_SixteenAtOnce_WaitTheirTurnAndAllAnswer_Issue19()
    {
        var alone = await _site.Client.GetStringAsync("/api/dyads/JOR/SYR");
        var together = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _site.Client.GetStringAsync("/api/dyads/JOR/SYR")));
        Assert.All(together, page => Assert.Equal(alone, page));
    }

    [Fact]
    public async Task DisputePages_GiveEveryDispute_TheDyadPagesLatest100Last_Issue19()
    {
        var latest = (await Json("/api/dyads/JOR/SYR")).GetProperty("disputes").EnumerateArray().Select(d => d.GetRawText()).ToList();
        var all = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            var answer = await Json($"/api/dyads/JOR/SYR/disputes?page={page}&pageSize=50");
            Assert.Equal(DisputeCount, answer.GetProperty("total").GetInt32());
            all.AddRange(answer.GetProperty("items").EnumerateArray());
        }
        Assert.Equal(Enumerable.Range(0, DisputeCount).Select(i => $"yes{i}"), all.Select(d => d.GetProperty("doc").GetString()));
        Assert.Equal(latest, all.TakeLast(100).Select(d => d.GetRawText()));
        // The earlier ones read whole as the latest are: evidence of both sides and their records.
        Assert.Equal("Jordan did not reopen its embassy (0).", all[0].GetProperty("denialEvidence").GetString());
        Assert.Equal("Title of yes0", all[0].GetProperty("asserted")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task DyadPage_ListsTheLatest100SanctionsAndConditions_AndCountsThemAll_Issue19()
    {
        var data = await Json("/api/dyads/USA/IRN");
        Assert.Equal(Enumerable.Range(SanctionCount - 100, 100).Select(i => $"sanction{i}"), data.GetProperty("sanctions").EnumerateArray().Select(e => e.GetProperty("doc").GetString()));
        Assert.Equal(SanctionCount, data.GetProperty("sanctionsTotal").GetInt32());
        Assert.Equal(Enumerable.Range(SanctionCount - 100, 100).Select(i => $"condition{i}"), data.GetProperty("conditions").EnumerateArray().Select(e => e.GetProperty("doc").GetString()));
        Assert.Equal(SanctionCount, data.GetProperty("conditionsTotal").GetInt32());
        // The steps list every one of them (fewer than its 1,000); the event list has each in pages.
        Assert.Equal(2 * SanctionCount, data.GetProperty("steps").GetArrayLength());
        Assert.Equal(SanctionCount, (await Json("/api/events?dyad=USA:IRN&step=sanction.*")).GetProperty("total").GetInt32());
    }

    [BrowserFact]
    public async Task DyadPage_CountsEverySanctionAndCondition_Issue19()
    {
        var b = await browser.BrowserAsync();
        var page = await b.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(_site.Address, "dyad.html?a=USA&b=IRN").ToString(), new Microsoft.Playwright.PageGotoOptions { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#summary")).ToContainTextAsync($"{2 * SanctionCount} steps · {SanctionCount} conditions · {SanctionCount} sanction steps");
        await page.CloseAsync();
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task DyadPage_WhereItCutsTheDisputes_LinksToEveryOne_Issue19()
    {
        var b = await browser.BrowserAsync();
        var page = await b.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(_site.Address, "dyad.html?a=JOR&b=SYR").ToString(), new Microsoft.Playwright.PageGotoOptions { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        var more = page.Locator("#disputes [data-more='disputes']");
        await Microsoft.Playwright.Assertions.Expect(more).ToContainTextAsync($"the latest 100 of {DisputeCount} disputed steps");
        var href = await more.Locator("a").GetAttributeAsync("href");
        Assert.Equal("/api/dyads/JOR/SYR/disputes?pageSize=500", href);
        Assert.Equal(DisputeCount, (await Json(href!.TrimStart('/'))).GetProperty("items").GetArrayLength());
        await page.CloseAsync();
        Assert.Empty(errors);
    }

    private Task<JsonElement> Json(string path) => _site.Json(path);
}
