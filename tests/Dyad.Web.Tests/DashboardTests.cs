using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 21, the dashboard: what a person reads on the overview, the dyad page and the network, at 1440 px and
/// at a phone's 390 px, in real headless Chromium. Each test saves its screenshots and prints where.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DashboardTests(WebFixture web, BrowserFixture browser, ITestOutputHelper output)
{
    private const int Wide = 1440;
    private const int Phone = 390;
    private readonly Dictionary<IPage, List<string>> _errors = [];

    /// <summary>Closes the page; a script error on it fails the test.</summary>
    private async Task Done(IPage page)
    {
        var errors = _errors[page];
        await page.CloseAsync();
        Assert.Empty(errors);
    }

    private async Task<IPage> Open(string path, int width)
    {
        var b = await browser.BrowserAsync();
        var page = await b.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var errors = new List<string>();
        _errors[page] = errors;
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(web.BaseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return page;
    }

    private async Task Screenshot(IPage page, string name, int width)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>The date of the latest asserted, dated step in the store, as the API gives it.</summary>
    private async Task<string> LatestAssertedDate()
    {
        var r = await web.Json("/api/events?stepsOnly=true&modality=asserted&sort=date&desc=true&pageSize=1");
        return r.GetProperty("items")[0].GetProperty("dateStart").GetString()!;
    }

    [BrowserFact]
    public async Task Overview_LastStepIsTheLastAssertedStep_AnnouncementsInTheirOwnColumn_Issue21()
    {
        var page = await Open("index.html", Wide);
        var row = (string id) => page.Locator($"#counterparts tr[data-counterpart='{id}']");
        await Expect(row("SAU").Locator("td.last-step")).ToHaveTextAsync("visit.leader");
        await Expect(row("SAU").Locator("td.last-date")).ToHaveTextAsync("2023-05-19");
        // The latest announcement: on 12 April "the two governments ... agreed to take steps to resume consular services and flights".
        await Expect(row("SAU").Locator("td.announced")).ToHaveTextAsync("border.reopen (planned), 2023-04-12");
        // Turkey's later visit is only a possibility: the last step taken stays the ministers' contact.
        await Expect(row("TUR").Locator("td.last-step")).ToHaveTextAsync("contact.ministerial");
        await Expect(row("TUR").Locator("td.announced")).ToContainTextAsync("visit.leader (hypothetical)");
        // A step that did not happen, or has no date, never reads as the last move: the US suspended its embassy's work in
        // Damascus on 6 February 2012 (sample 02), and its later refusals to normalise do not replace it.
        await Expect(row("USA").Locator("td.last-step")).ToHaveTextAsync("relations.sever");
        await Expect(row("USA").Locator("td.last-date")).ToHaveTextAsync("2012-02-06");
        await Expect(row("BHR").Locator("td.last-step")).ToHaveTextAsync("–");
        var lastSteps = await page.Locator("#counterparts td.last-step").AllInnerTextsAsync();
        Assert.True(lastSteps.Count >= 15, $"only {lastSteps.Count} rows");
        Assert.All(lastSteps, t => Assert.DoesNotMatch(@"\((negated|planned|demanded|hypothetical)\)", t));
        Assert.All(await page.Locator("#counterparts td.last-date").AllInnerTextsAsync(), t => Assert.NotEqual("undated", t));
        await Done(page);
    }

    [BrowserFact]
    public async Task Overview_ChartRunsToTheLatestEvent_EveryCounterpartHasAVisibleStrip_HoverShowsStepAndDate_Issue21()
    {
        var page = await Open("index.html", Wide);
        var latest = await LatestAssertedDate();
        var endLabel = page.Locator("#ladder text.end-label");
        await Expect(endLabel).ToHaveTextAsync($"latest event {latest}");
        await Expect(page.Locator($"#ladder text.year-label[data-year='{latest[..4]}']").First).ToBeVisibleAsync();

        // Every line of the governments now in power runs to the latest event, not to its own last rung change; a line of
        // an earlier government ends before it, at that government's fall (issue 20). Measured on the lines' geometry
        // (Chromium's boxes of a stroked path include a miter allowance).
        var lines = await page.EvaluateAsync<JsonElement>(@"() => {
          const screen = (el, x, y) => { const p = el.ownerSVGElement.createSVGPoint(); p.x = x; p.y = y; return p.matrixTransform(el.getScreenCTM()); };
          const end = document.querySelector('#ladder line.end-line');
          const endX = screen(end, end.x1.baseVal.value, 0).x;
          return [...document.querySelectorAll('#ladder path.series-line')].map(p => {
            const last = p.getPointAtLength(p.getTotalLength()), b = p.getBBox();
            return { who: p.dataset.counterpart, current: p.dataset.current === 'true', endX, lastX: screen(p, last.x, last.y).x, top: screen(p, b.x, b.y).y, bottom: screen(p, b.x, b.y + b.height).y };
          });
        }");
        var boxes = lines.EnumerateArray().ToList();
        Assert.True(boxes.Count >= 10, $"only {boxes.Count} lines");
        Assert.Contains(boxes, l => !l.GetProperty("current").GetBoolean());
        foreach (var l in boxes)
        {
            if (l.GetProperty("current").GetBoolean())
                Assert.True(Math.Abs(l.GetProperty("lastX").GetDouble() - l.GetProperty("endX").GetDouble()) < 1,
                    $"{l.GetProperty("who")}'s line ends at {l.GetProperty("lastX")}, the latest event is at {l.GetProperty("endX")}");
            else
                Assert.True(l.GetProperty("lastX").GetDouble() < l.GetProperty("endX").GetDouble() - 1,
                    $"{l.GetProperty("who")}'s line of an earlier government runs on to the latest event");
        }

        // Lines at the same rung stay visible: no two counterparts' lines share any height of the chart.
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                if (a.GetProperty("who").GetString() == b.GetProperty("who").GetString()) continue;
                var apart = a.GetProperty("bottom").GetDouble() + 2 <= b.GetProperty("top").GetDouble() || b.GetProperty("bottom").GetDouble() + 2 <= a.GetProperty("top").GetDouble();
                Assert.True(apart, $"the lines of {a.GetProperty("who")} and {b.GetProperty("who")} share a height of the chart");
            }
        }

        // Every counterpart of the table is reachable from the chart.
        var ids = await page.Locator("#counterparts tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.counterpart)");
        Assert.True(ids.Length >= 15);
        foreach (var id in ids) await Expect(page.Locator($"#ladder a.strip-label[data-counterpart='{id}']")).ToBeVisibleAsync();

        // A hover shows the step and its date.
        var mark = page.Locator("#ladder circle.rung-mark[data-counterpart='SAU'][data-step='visit.leader']");
        await mark.HoverAsync();
        var tip = page.Locator("#tip");
        await Expect(tip).ToBeVisibleAsync();
        var sau = (await web.Json("/api/dyads")).GetProperty("counterparts").EnumerateArray().First(c => c.GetProperty("counterpart").GetString() == "SAU");
        var change = sau.GetProperty("history").EnumerateArray().Last(h => h.GetProperty("step").GetString() == "visit.leader");
        await Expect(tip).ToContainTextAsync($"Saudi Arabia: visit.leader, {change.GetProperty("date").GetString()} → rung {change.GetProperty("rung").GetInt32()}");
        await Screenshot(page, "overview", Wide);

        await page.Locator("#ladder a.strip-label[data-counterpart='SDN']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"dyad\.html\?a=SYR&b=SDN$"));
        await Done(page);
    }

    [BrowserFact]
    public async Task Dyad_TimelineAndRungChartShareOneTimeAxis_DotsLabelledOnHover_Issue21()
    {
        var page = await Open("dyad.html?a=SYR&b=SAU", Wide);
        await Expect(page.Locator("#ladder circle.rung-mark").First).ToBeVisibleAsync();
        // Same years, each at the same x in both charts.
        var top = await YearLines(page, "#timeline");
        var bottom = await YearLines(page, "#ladder");
        Assert.True(top.Count >= 10, $"only {top.Count} year lines");
        Assert.Equal(top.Keys.Order(), bottom.Keys.Order());
        foreach (var (year, x) in top) Assert.True(Math.Abs(x - bottom[year]) < 0.5, $"{year}: {x} above, {bottom[year]} below");
        // The rung change sits right under the step that made it.
        var marks = page.Locator("#ladder circle.rung-mark");
        for (var i = 0; i < await marks.CountAsync(); i++)
        {
            var id = await marks.Nth(i).GetAttributeAsync("data-id");
            var below = (await marks.Nth(i).BoundingBoxAsync())!;
            var above = (await page.Locator($"#timeline g.step-mark[data-id='{id}'] circle").BoundingBoxAsync())!;
            Assert.True(Math.Abs(below.X + below.Width / 2 - (above.X + above.Width / 2)) < 0.5, $"step {id} and its rung change are at different dates");
        }

        var step = page.Locator("#timeline g.step-mark[data-kind='pressure']").First;
        await step.HoverAsync();
        var tip = page.Locator("#tip");
        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToContainTextAsync($"{await step.GetAttributeAsync("data-date")} · relations.sever · Saudi Arabia → Syria");
        var last = (await web.Json("/api/dyads/SYR/SAU")).GetProperty("history").EnumerateArray().Last();
        await page.Locator("#ladder circle.rung-mark").Last.HoverAsync();
        await Expect(tip).ToContainTextAsync($"rung {last.GetProperty("rung").GetInt32()} from {last.GetProperty("date").GetString()}: ");
        await Expect(tip).ToContainTextAsync(last.GetProperty("step").GetString()!);
        await Screenshot(page, "dyad", Wide);
        await Done(page);
    }

    [BrowserFact]
    public async Task Dyad_AnUndatedStepIsCountedBesideTheAxis_NotDrawnOnIt_Issue21()
    {
        var page = await Open("dyad.html?a=SYR&b=BHR", Wide);
        await Expect(page.Locator("#steps tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#undated")).ToHaveTextAsync("1 undated step is listed in the table below, not on the axis.");
        await Expect(page.Locator("#timeline g.step-mark")).ToHaveCountAsync(0);
        await Done(page);
    }

    private static async Task<Dictionary<string, double>> YearLines(IPage page, string chart)
    {
        var lines = page.Locator($"{chart} line.year-line");
        var result = new Dictionary<string, double>();
        for (var i = 0; i < await lines.CountAsync(); i++)
        {
            var box = (await lines.Nth(i).BoundingBoxAsync())!;
            result[(await lines.Nth(i).GetAttributeAsync("data-year"))!] = box.X + box.Width / 2;
        }
        return result;
    }

    [BrowserFact]
    public async Task Network_DefaultsToTheLastTwoYearsOfData_Issue21()
    {
        var page = await Open("network.html", Wide);
        var latest = DateOnly.Parse(await LatestAssertedDate(), System.Globalization.CultureInfo.InvariantCulture);
        var from = latest.AddYears(-2).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.Locator("#n-from")).ToHaveValueAsync(from);
        await Expect(page.Locator("#n-to")).ToHaveValueAsync(to);
        await Expect(page.Locator("#period-note")).ToContainTextAsync($"last two years of data: {from} to {to}");
        var api = await web.Json($"/api/network?from={from}&to={to}");
        await Expect(page.Locator("#network path.edge")).ToHaveCountAsync(api.GetProperty("edges").GetArrayLength());
        await Expect(page.Locator("#edges tbody tr")).ToHaveCountAsync(api.GetProperty("edges").GetArrayLength());
        await Screenshot(page, "network-default", Wide);
        await Done(page);
    }

    // How close each drawn edge comes to each node it does not join, at one screen width: how many edges would cross a
    // node if drawn straight, and which drawn ones do.
    private async Task<(int Straight, List<string?> Crossings)> EdgeCrossings(string path, int width)
    {
        var page = await Open(path, width);
        await Expect(page.Locator("#network circle.node[data-id='SYR']")).ToBeVisibleAsync();
        await Expect(page.Locator("#network path.edge").First).ToBeVisibleAsync();
        var report = await page.EvaluateAsync<JsonElement>(@"() => {
          const nodes = [...document.querySelectorAll('#network circle.node')].map(c => ({ id: c.dataset.id, x: +c.getAttribute('cx'), y: +c.getAttribute('cy'), r: +c.getAttribute('r') }));
          const crossings = [];
          let straightCrossings = 0;
          for (const p of document.querySelectorAll('#network path.edge')) {
            const s = p.dataset.source, t = p.dataset.target, half = +p.getAttribute('stroke-width') / 2;
            const len = p.getTotalLength();
            const a = p.getPointAtLength(0), b = p.getPointAtLength(len);
            for (const n of nodes) {
              if (n.id === s || n.id === t) continue;
              let min = Infinity;
              for (let i = 0; i <= 200; i++) { const q = p.getPointAtLength(len * i / 200); min = Math.min(min, Math.hypot(q.x - n.x, q.y - n.y)); }
              if (min < n.r + half) crossings.push(`${s}->${t} crosses ${n.id} (${min.toFixed(1)} < ${(n.r + half).toFixed(1)})`);
              const dx = b.x - a.x, dy = b.y - a.y, u = Math.max(0, Math.min(1, ((n.x - a.x) * dx + (n.y - a.y) * dy) / (dx * dx + dy * dy)));
              if (Math.hypot(a.x + u * dx - n.x, a.y + u * dy - n.y) < n.r + half) straightCrossings++;
            }
          }
          return { crossings, straightCrossings };
        }");
        await Done(page);
        return (report.GetProperty("straightCrossings").GetInt32(), report.GetProperty("crossings").EnumerateArray().Select(c => c.GetString()).ToList());
    }

    [BrowserFact]
    public async Task Network_EdgesBendAroundNodesTheyDoNotJoin_EveryNodeLabelledByItsCode_Issue21()
    {
        // Drawn straight, some edges would run through a node they do not join (this is what the test guards). Which ones
        // depends on the layout the samples' events give, so four layouts are measured: all years and the last two, on a
        // phone's screen and a wide one.
        var straightCrossings = 0;
        foreach (var path in new[] { "network.html?period=all", "network.html" })
        {
            foreach (var width in new[] { Phone, Wide })
            {
                var (straight, crossings) = await EdgeCrossings(path, width);
                output.WriteLine($"{path} at {width}: {straight} straight crossings");
                straightCrossings += straight;
                Assert.Empty(crossings);
            }
        }
        Assert.True(straightCrossings > 0, "no edge would cross a node if drawn straight, in any layout measured: the test proves nothing");
        var page = await Open("network.html?period=all", Wide);
        await Expect(page.Locator("#network circle.node[data-id='SYR']")).ToBeVisibleAsync();
        var edges = await page.Locator("#network path.edge").CountAsync();
        Assert.Equal((await web.Json("/api/network")).GetProperty("edges").GetArrayLength(), edges);

        // One labelling rule: every node, the focal state too, shows its code; the name is in the hover.
        var ids = await page.Locator("#network circle.node").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.id)");
        foreach (var id in ids)
        {
            var label = page.Locator($"#network text.node-label[data-id='{id}']");
            await Expect(label).ToHaveTextAsync(id);
            await Expect(label).ToBeVisibleAsync();
        }
        await page.Locator("#network circle.node[data-id='SAU']").HoverAsync();
        await Expect(page.Locator("#tip")).ToContainTextAsync("Saudi Arabia (SAU)");
        await Screenshot(page, "network", Wide);
        await Done(page);
    }

    public static TheoryData<string, string> Pages => new()
    {
        { "overview", "index.html" },
        { "dyad", "dyad.html?a=SYR&b=SAU" },
        { "events", "events.html" },
        { "network", "network.html" },
        { "document", "document.html?id=10_saudi_fm_visits_damascus" },
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Phone_TablesScrollInTheirOwnBox_ChartsStayLegible_Issue21(string name, string path)
    {
        var page = await Open(path, Phone);
        await Expect(page.Locator("main h1")).Not.ToBeEmptyAsync();
        var charts = page.Locator("svg.chart");
        for (var i = 0; i < await charts.CountAsync(); i++) await Expect(charts.Nth(i).Locator(".year-label, .node-label").First).ToBeVisibleAsync();
        var tables = page.Locator(".table-wrap table tbody tr");
        if (await page.Locator(".table-wrap").CountAsync() > 0) await Expect(tables.First).ToBeVisibleAsync();

        // The page never scrolls sideways.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{name}: the page is {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide at {Phone} px");

        // A table wider than the screen scrolls inside its own box, which stays on the screen.
        foreach (var wrap in await page.Locator(".table-wrap").AllAsync())
        {
            var box = (await wrap.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= Phone, $"{name}: a table box runs off the screen ({box.X}..{box.X + box.Width})");
            var scrolled = await wrap.EvaluateAsync<double>("w => { w.scrollLeft = 80; return w.scrollLeft; }");
            Assert.True(scrolled > 0, $"{name}: the table does not scroll in its box");
            await wrap.EvaluateAsync("w => { w.scrollLeft = 0; }");
        }

        // Chart text keeps a readable size, and axis labels do not run into each other.
        var texts = await page.EvaluateAsync<JsonElement>(@"() => [...document.querySelectorAll('svg.chart text')]
            .map(t => ({ cls: t.getAttribute('class') || '', text: t.textContent, r: t.getBoundingClientRect() }))
            .filter(t => t.r.width > 0)
            .map(t => ({ cls: t.cls, text: t.text, x: t.r.x, y: t.r.y, w: t.r.width, h: t.r.height }))");
        var labels = texts.EnumerateArray().ToList();
        foreach (var t in labels)
            Assert.True(t.GetProperty("h").GetDouble() >= 10, $"{name}: '{t.GetProperty("text")}' is drawn {t.GetProperty("h").GetDouble():0.0} px high");
        var years = labels.Where(t => t.GetProperty("cls").GetString()!.Contains("year-label", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < years.Count; i++)
        {
            for (var j = i + 1; j < years.Count; j++)
            {
                var (a, b) = (years[i], years[j]);
                var overlap = a.GetProperty("x").GetDouble() < b.GetProperty("x").GetDouble() + b.GetProperty("w").GetDouble()
                              && b.GetProperty("x").GetDouble() < a.GetProperty("x").GetDouble() + a.GetProperty("w").GetDouble()
                              && a.GetProperty("y").GetDouble() < b.GetProperty("y").GetDouble() + b.GetProperty("h").GetDouble()
                              && b.GetProperty("y").GetDouble() < a.GetProperty("y").GetDouble() + a.GetProperty("h").GetDouble();
                Assert.False(overlap, $"{name}: year labels '{a.GetProperty("text")}' and '{b.GetProperty("text")}' overlap");
            }
        }
        await Screenshot(page, name, Phone);
        await Done(page);
    }
}
