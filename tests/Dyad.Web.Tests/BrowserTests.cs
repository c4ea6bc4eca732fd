using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// Each page in real headless Chromium, asserting what a person sees; each test saves a screenshot.
/// The hostile document's payloads must stay inert: the flag they set stays unset and no dialog opens.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BrowserTests(WebFixture web, BrowserFixture browser)
{
    private sealed record Session(IPage Page, List<string> Dialogs, List<string> Errors);

    private async Task<Session> Open(string path)
    {
        var b = await browser.BrowserAsync();
        var page = await b.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var dialogs = new List<string>();
        var errors = new List<string>();
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(web.BaseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return new Session(page, dialogs, errors);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    private static async Task AssertInert(Session s)
    {
        Assert.True(await s.Page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "a payload in the article ran");
        Assert.Empty(s.Dialogs);
        Assert.Equal(0, await s.Page.Locator("main script, main img, main iframe, main a[href^='javascript']").CountAsync());
    }

    [BrowserFact]
    public async Task Overview_ShowsEveryCounterpartWithRungAndALadderChart()
    {
        var s = await Open("index.html");
        await Expect(s.Page.Locator("#title")).ToHaveTextAsync("Relations with Syria (SYR)");
        var rows = s.Page.Locator("#counterparts tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() >= 8);
        var arl = s.Page.Locator("#counterparts tr[data-counterpart='ARL']");
        // Issue 20: the Arab League's rung 6 was reached with Assad's government; none yet with the transitional government.
        await Expect(arl.Locator("td.rung")).ToHaveTextAsync("–");
        await Expect(arl.Locator("td.eras div[data-era='0']")).ToHaveTextAsync("rung 6 with the Assad government (2023-05-01)");
        await Expect(arl).ToContainTextAsync("membership.restore");
        Assert.True(await s.Page.Locator("#ladder circle.mark").CountAsync() >= 5, "the ladder chart has no marks");
        Assert.True(await s.Page.Locator("#ladder path.series-line").CountAsync() >= 3);
        await Screenshot(s.Page, "overview");
        Assert.Empty(s.Errors);
        await s.Page.CloseAsync();
    }

    // Issue 20: a dyad with steps on both sides of 8 December 2024 shows two eras: a ladder line for each government,
    // the era boundary and the fall drawn on both charts of the dyad page and on the overview.
    [BrowserFact]
    public async Task Dyad_StepsOnBothSidesOfTheFall_ShowTwoErasAndTheFallOnEveryChart_Issue20()
    {
        var s = await Open("dyad.html?a=TUR&b=SYR");
        var eras = s.Page.Locator("#eras li");
        await Expect(eras).ToHaveCountAsync(2);
        await Expect(eras.Nth(0)).ToContainTextAsync("rung 2 with the Assad government");
        await Expect(eras.Nth(1)).ToContainTextAsync("rung 4 with the transitional government (2024-12-14)");
        await Expect(s.Page.Locator("#summary")).ToContainTextAsync("Current rung: 4 (with the transitional government)");
        foreach (var chart in new[] { "#timeline", "#ladder" })
        {
            await Expect(s.Page.Locator($"{chart} g.era-boundary[data-date='2024-12-09']")).ToHaveCountAsync(1);
            await Expect(s.Page.Locator($"{chart} g.fall-mark[data-date='2024-12-08']")).ToHaveCountAsync(1);
        }
        // The ladder is two lines, one per government: the first ends at the fall, the second starts after it.
        var lines = s.Page.Locator("#ladder path.series-line");
        await Expect(lines).ToHaveCountAsync(2);
        var boundary = await s.Page.Locator("#ladder g.era-boundary line").BoundingBoxAsync();
        var first = await lines.Nth(0).BoundingBoxAsync();
        var second = await lines.Nth(1).BoundingBoxAsync();
        Assert.True(first!.X + first.Width <= boundary!.X + 1, "the Assad-era line runs on past the fall");
        Assert.True(second!.X >= boundary.X - 1, "the transitional-era line starts before the fall");
        await s.Page.Locator("#timeline g.fall-mark").HoverAsync();
        await Expect(s.Page.Locator("#tip")).ToContainTextAsync("government toppled 2024-12-08");
        await Screenshot(s.Page, "dyad-eras");
        Assert.Empty(s.Errors);
        await s.Page.CloseAsync();

        var o = await Open("index.html");
        var tur = o.Page.Locator("#counterparts tr[data-counterpart='TUR']");
        await Expect(tur.Locator("td.rung")).ToHaveTextAsync("4");
        await Expect(tur.Locator("td.eras div")).ToHaveCountAsync(2);
        await Expect(tur.Locator("td.eras div[data-era='1']")).ToHaveTextAsync("rung 4 with the transitional government (2024-12-14)");
        await Expect(o.Page.Locator("#ladder g.fall-mark")).ToHaveCountAsync(1);
        await Expect(o.Page.Locator("#ladder g.strip[data-counterpart='TUR'] g.era-boundary")).ToHaveCountAsync(1);
        await Expect(o.Page.Locator("#ladder g.strip[data-counterpart='TUR'] path.series-line")).ToHaveCountAsync(2);
        await Screenshot(o.Page, "overview-eras");
        Assert.Empty(o.Errors);
        await o.Page.CloseAsync();
    }

    [BrowserFact]
    public async Task Dyad_StepsOnATimeAxisOpenTheirEvidenceAndDocument()
    {
        var s = await Open("dyad.html?a=SYR&b=TUR");
        await Expect(s.Page.Locator("#title")).ToContainTextAsync("Turkey");
        var marks = s.Page.Locator("#timeline g.step-mark");
        await Expect(marks.First).ToBeVisibleAsync();
        Assert.True(await s.Page.Locator("#timeline g.step-mark[data-kind='normalizing'][data-modality='asserted'] circle[fill='#2a9d5b']").CountAsync() >= 1);
        // A step not asserted (planned, hypothetical...) is drawn hollow and dashed.
        var hollow = s.Page.Locator("#timeline g.step-mark:not([data-modality='asserted']) circle");
        Assert.True(await hollow.CountAsync() >= 1, "no hollow mark for a non-asserted step");
        Assert.Equal("#ffffff", await hollow.First.GetAttributeAsync("fill"));
        await marks.First.ClickAsync();
        await Expect(s.Page.Locator("#detail")).ToBeVisibleAsync();
        await Expect(s.Page.Locator("#detail-evidence")).ToContainTextAsync("Turkish");
        await Expect(s.Page.Locator("#steps tr.selected")).ToHaveCountAsync(1);
        await Screenshot(s.Page, "dyad");
        await s.Page.Locator("#detail-doc").ClickAsync();
        // The address is polled rather than the new page's load event awaited: once, on a loaded machine, waiting for
        // that event outlasted its 30 s (Playwright logged only the network going idle). The next line waits for the page.
        await Expect(s.Page).ToHaveURLAsync(new Regex(@"/document\.html\?id="));
        await Expect(s.Page.Locator(".sentence.focus")).ToBeVisibleAsync();
        Assert.Empty(s.Errors);
        await s.Page.CloseAsync();
    }

    [BrowserFact]
    public async Task Events_AFilterNarrowsTheTableAndTheCsvLinkFollowsIt()
    {
        var s = await Open("events.html");
        var rows = s.Page.Locator("#events tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var before = await s.Page.Locator("#count").InnerTextAsync();
        await s.Page.FillAsync("#f-dyad", "TUR:SYR");
        await s.Page.ClickAsync("#apply");
        await Expect(s.Page.Locator("#count")).Not.ToHaveTextAsync(before);
        var n = await rows.CountAsync();
        Assert.InRange(n, 1, 20);
        for (var i = 0; i < n; i++)
        {
            var text = await rows.Nth(i).InnerTextAsync();
            Assert.Contains("TUR", text);
            Assert.Contains("SYR", text);
        }
        Assert.Contains("dyad=TUR%3ASYR", await s.Page.Locator("#csv").GetAttributeAsync("href"));
        Assert.Contains("format=csv", await s.Page.Locator("#csv").GetAttributeAsync("href"));
        Assert.Contains("dyad=TUR", s.Page.Url);
        await Screenshot(s.Page, "events");

        await s.Page.FillAsync("#f-from", "20x");
        await s.Page.ClickAsync("#apply");
        await Expect(s.Page.Locator("#error")).ToContainTextAsync("from '20x' is not a date");
        Assert.Empty(s.Errors);
        await s.Page.CloseAsync();
    }

    [BrowserFact]
    public async Task Document_HighlightsActorsDatesAndTheCodedSentence()
    {
        // Focus the sentence the document's first visit was coded from, whichever it is.
        var doc = System.Text.Json.JsonDocument.Parse(await web.Client.GetStringAsync("/api/documents/07_assad_visits_uae")).RootElement;
        var visit = doc.GetProperty("events").EnumerateArray().First(e => e.GetProperty("step").GetString() == "visit.leader");
        var s = await Open($"document.html?id=07_assad_visits_uae&s={visit.GetProperty("sentence").GetInt32()}");
        await Expect(s.Page.Locator("#title")).ToHaveTextAsync("Assad makes first visit to an Arab country since 2011 with trip to UAE");
        await Expect(s.Page.Locator(".sentence.coded.focus")).ToBeVisibleAsync();
        await Expect(s.Page.Locator(".sentence.focus")).ToContainTextAsync(visit.GetProperty("evidence").GetString()!);
        Assert.True(await s.Page.Locator("#text .actor").CountAsync() >= 5);
        Assert.True(await s.Page.Locator("#text .date").CountAsync() >= 2);
        await Expect(s.Page.Locator("#doc-events li").First).ToContainTextAsync("visit.leader");
        // The highlighted article is still the article: no text lost or added.
        var api = await web.Client.GetStringAsync("/api/documents/07_assad_visits_uae");
        var text = System.Text.Json.JsonDocument.Parse(api).RootElement.GetProperty("text").GetString()!;
        Assert.Equal(text, await s.Page.Locator("#text").TextContentAsync());
        await Screenshot(s.Page, "document");
        Assert.Empty(s.Errors);
        await s.Page.CloseAsync();
    }

    [BrowserFact]
    public async Task Network_DrawsStatesAndStepsAndAPeriodChangesIt()
    {
        // Every year: the page's default, the last two years of data, is DashboardTests' concern.
        var s = await Open("network.html?period=all");
        await Expect(s.Page.Locator("#network circle.node[data-id='SYR']")).ToBeVisibleAsync();
        var edges = s.Page.Locator("#network path.edge");
        var all = await edges.CountAsync();
        Assert.True(all >= 10, $"only {all} edges");
        Assert.True(await s.Page.Locator("#network path.edge[data-kind='pressure']").CountAsync() >= 1);
        await Screenshot(s.Page, "network");
        await s.Page.FillAsync("#n-from", "2011");
        await s.Page.FillAsync("#n-to", "2012");
        await s.Page.ClickAsync("#period button");
        await Expect(s.Page.Locator("#network path.edge")).Not.ToHaveCountAsync(all);
        Assert.True(await s.Page.Locator("#network path.edge").CountAsync() < all);
        Assert.Empty(s.Errors);
        await s.Page.CloseAsync();
    }

    [BrowserFact]
    public async Task HostileDocument_RendersAsInertText()
    {
        var s = await Open($"document.html?id={WebFixture.HostileId}");
        await Expect(s.Page.Locator("#title")).ToContainTextAsync("<script>");
        await Expect(s.Page.Locator("#text")).ToContainTextAsync("onerror=\"window.__pwned=1;alert(1)\"");
        await Expect(s.Page.Locator("#text")).ToContainTextAsync("javascript:window.__pwned=1");
        await s.Page.Locator("#text").ClickAsync();
        await Screenshot(s.Page, "hostile-document");
        await AssertInert(s);

        var events = await Open("events.html?q=onerror");
        await Expect(events.Page.Locator("#events tbody tr").First).ToContainTextAsync("<img src=x onerror=");
        await Screenshot(events.Page, "hostile-events");
        await AssertInert(events);

        var dyad = await Open("dyad.html?a=SYR&b=JOR");
        await Expect(dyad.Page.Locator("#steps tbody tr").First).ToBeVisibleAsync();
        var hostileRow = dyad.Page.Locator("#steps tbody tr", new PageLocatorOptions { HasText = "onerror" });
        if (await hostileRow.CountAsync() > 0) await hostileRow.First.ClickAsync();
        await AssertInert(dyad);
        foreach (var p in new[] { s.Page, events.Page, dyad.Page }) await p.CloseAsync();
    }
}
