using Dyad.Tests.Ledger;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 20, disputes: two short articles written for this test, one asserting and one denying Jordan's reopening of
/// its embassy, served from a store of their own. The API gives one dispute carrying both sides and a rung that did not
/// move; the dyad page lists it, marks it on the rung chart and in the table; the overview lists it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DisputeTests(BrowserFixture browser) : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-dispute-tests-", temp => [LedgerArticles.WriteDispute(temp)]);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task DyadDetail_AssertionAndDenial_AreOneDisputeWithBothSides_TheRungDoesNotMove_Issue20()
    {
        var data = await _site.Json("/api/dyads/JOR/SYR");
        var dispute = Assert.Single(data.GetProperty("disputes").EnumerateArray());
        Assert.Equal(("JOR", "SYR", "mission.reopen"), (dispute.GetProperty("source").GetString(), dispute.GetProperty("target").GetString(), dispute.GetProperty("step").GetString()));
        Assert.Equal(["asserted"], dispute.GetProperty("assertedDocs").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["denied"], dispute.GetProperty("deniedDocs").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("asserted", dispute.GetProperty("doc").GetString());
        Assert.Equal("2023-05-02", dispute.GetProperty("date").GetString());
        Assert.StartsWith("Jordan reopened its embassy", dispute.GetProperty("evidence").GetString());
        Assert.StartsWith("Jordan has not reopened", dispute.GetProperty("denialEvidence").GetString());
        Assert.Equal("negated", Assert.Single(dispute.GetProperty("denied").EnumerateArray()).GetProperty("modality").GetString());
        // The reopening would have put the rung at 4; disputed, it moves nothing.
        Assert.Equal(JsonValueKind.Null, data.GetProperty("rung").ValueKind);
        Assert.Empty(data.GetProperty("history").EnumerateArray());
        var era = data.GetProperty("eras").EnumerateArray().First();
        Assert.Equal(JsonValueKind.Null, era.GetProperty("rung").ValueKind);
        Assert.Single(era.GetProperty("disputed").EnumerateArray());

        var line = Assert.Single((await _site.Json("/api/ledger?dyad=JOR:SYR")).GetProperty("lines").EnumerateArray(), l => l.GetProperty("kind").GetString() == "dispute");
        Assert.Equal(("JOR", "SYR", "mission.reopen"), (line.GetProperty("source").GetString(), line.GetProperty("target").GetString(), line.GetProperty("step").GetString()));
        Assert.Equal(["denied"], line.GetProperty("deniedDocs").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain((await _site.Json("/api/conditions?dyad=JOR:SYR")).GetProperty("lines").EnumerateArray(), l => l.GetProperty("kind").GetString() == "dispute");

        var jordan = Assert.Single((await _site.Json("/api/dyads")).GetProperty("counterparts").EnumerateArray());
        Assert.Equal("mission.reopen", Assert.Single(jordan.GetProperty("disputes").EnumerateArray()).GetProperty("step").GetString());
        Assert.Empty(jordan.GetProperty("history").EnumerateArray());
    }

    [BrowserFact]
    public async Task DyadPageAndOverview_ShowTheDisputedStep_Issue20()
    {
        var b = await browser.BrowserAsync();
        var page = await b.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(_site.Address, "dyad.html?a=JOR&b=SYR").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var row = page.Locator("#disputes tbody tr[data-step='mission.reopen']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td.asserted")).ToContainTextAsync("Jordan reopened its embassy in Damascus");
        await Expect(row.Locator("td.denied")).ToContainTextAsync("Jordan has not reopened its embassy");
        await Expect(page.Locator("#ladder g.disputed-mark[data-date='2023-05-02']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#ladder path.series-line")).ToHaveCountAsync(0);
        await Expect(page.Locator("#steps span.disputed")).ToHaveCountAsync(2);
        await Expect(page.Locator("#eras li").First).ToContainTextAsync("1 disputed step not counted");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dyad-dispute.png"), FullPage = true });

        await page.GotoAsync(new Uri(_site.Address, "index.html").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator("#counterparts tr[data-counterpart='JOR'] td.disputes")).ToHaveTextAsync("mission.reopen, 2023-05-02");
        await page.CloseAsync();
        Assert.Empty(errors);
    }
}
