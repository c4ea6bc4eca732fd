using Dyad.Tests.Ledger;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// The Ledger page in headless Chromium (issue 20), over a store of its own: the ledger's two short articles, which give
/// different death tolls for Syria in one year, the later one finding Jordan's condition unmet.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LedgerBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Ledger_ShowsConditionsWithStatus_GoalsAndAChartPerIndicatorWithConflictsRinged_AndOutstandingConditionsOnTheDyadAndOverview()
    {
        await using var site = await TestSite.StartAsync("dyad-ledger-web-", temp => [LedgerArticles.WriteConditions(temp)]);
        var page = await (await browser.BrowserAsync()).NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(site.Address, "ledger.html").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator("#title")).ToHaveTextAsync("Ledger of SYR");
        var jordan = page.Locator(".ledger-counterpart[data-counterpart='JOR']");
        await Expect(jordan.Locator("tr.condition[data-status='unmet']")).ToContainTextAsync("drugs and Captagon");
        await Expect(page.Locator(".ledger-counterpart[data-counterpart='ARE'] li.goal")).ToContainTextAsync("trade");
        var killed = page.Locator("svg.indicator-chart[data-indicator='killed']");
        await Expect(killed).ToBeVisibleAsync();
        Assert.Equal(2, await killed.Locator("circle.point").CountAsync());
        Assert.Equal(2, await killed.Locator("circle.conflict-ring").CountAsync());
        await killed.Locator("circle.point").First.HoverAsync();
        await Expect(page.Locator("#tip")).ToContainTextAsync("other value in");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "ledger.png"), FullPage = true });

        // The condition still standing shows on the dyad page and in the overview's row for Jordan.
        await page.GotoAsync(new Uri(site.Address, "dyad.html?a=JOR&b=SYR").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator("#outstanding tr[data-status='unmet'][data-topic='drugs']")).ToContainTextAsync("JOR → SYR");
        await page.GotoAsync(new Uri(site.Address, "index.html").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator("#counterparts tr[data-counterpart='JOR'] td.outstanding div[data-status='unmet']")).ToContainTextAsync("drugs and Captagon");
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
