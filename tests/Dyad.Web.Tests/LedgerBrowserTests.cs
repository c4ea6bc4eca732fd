using Dyad.Ingest;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// The Ledger page in headless Chromium (issue 20), over a store of its own: three short articles written here, two of them
/// giving different death tolls for Syria in one year, and a later one finding Jordan's condition unmet.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LedgerBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Ledger_ShowsConditionsWithStatus_GoalsAndAChartPerIndicatorWithConflictsRinged_AndOutstandingConditionsOnTheDyadAndOverview()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-ledger-web-").FullName;
        try
        {
            var articles = Path.Combine(dir, "articles");
            Directory.CreateDirectory(articles);
            File.WriteAllText(Path.Combine(articles, "a.txt"), "Jordan sets conditions\n\nJordan set conditions on Syria: an end to Captagon smuggling.\n" +
                "More than 350,000 people have been killed in Syria.\nThe UAE seeks to boost trade with Syria.");
            File.WriteAllText(Path.Combine(articles, "b.txt"), "Smuggling goes on\n\nDamascus has not curbed Captagon smuggling across the Jordanian border.\n" +
                "Over 500,000 people have been killed in Syria.");
            File.WriteAllText(Path.Combine(articles, "meta.json"), """{ "a": { "published": "2023-05-02" }, "b": { "published": "2023-09-14" } }""");
            var db = Path.Combine(dir, "dyad.db");
            using (var store = StoreFactory.Open(db))
                new IngestRunner(CodingPipeline.Create(PackLoader.Load(WebFixture.PackDirectory)), store).Run([articles]);
            var (app, address) = await WebFixture.StartAsync(new WebOptions { Db = db, PackDirectory = WebFixture.PackDirectory, Urls = "http://127.0.0.1:0" });
            try
            {
                var page = await (await browser.BrowserAsync()).NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
                var errors = new List<string>();
                page.PageError += (_, e) => errors.Add(e);
                await page.GotoAsync(new Uri(address, "ledger.html").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
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
                await page.GotoAsync(new Uri(address, "dyad.html?a=JOR&b=SYR").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                await Expect(page.Locator("#outstanding tr[data-status='unmet'][data-topic='drugs']")).ToContainTextAsync("JOR → SYR");
                await page.GotoAsync(new Uri(address, "index.html").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                await Expect(page.Locator("#counterparts tr[data-counterpart='JOR'] td.outstanding div[data-status='unmet']")).ToContainTextAsync("drugs and Captagon");
                Assert.Empty(errors);
                await page.CloseAsync();
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}
