using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Web.Tests;

/// <summary>The JSON API over the seeded store: the same answers as the store's query layer, 400 problems for bad input.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(WebFixture web)
{
    [Fact]
    public void Seed_IngestedEverySampleAndTheHostileDocument()
    {
        Assert.Empty(web.Seeded.Errors);
        Assert.Equal(18, web.Seeded.Added);
    }

    [Fact]
    public async Task Dyads_Syria_ListsCounterpartsWithRungLastStepAndStance()
    {
        var data = await web.Json("/api/dyads?focus=SYR");
        Assert.Equal("SYR", data.GetProperty("focus").GetString());
        var counterparts = data.GetProperty("counterparts").EnumerateArray().ToList();
        Assert.True(counterparts.Count >= 8, $"only {counterparts.Count} counterparts");
        var arl = counterparts.Single(c => c.GetProperty("counterpart").GetString() == "ARL");
        // Issue 20: the Arab League readmitted Assad's government; with the transitional government it has taken no step yet.
        Assert.Equal(JsonValueKind.Null, arl.GetProperty("rung").ValueKind);
        var arlEras = arl.GetProperty("eras").EnumerateArray().ToList();
        Assert.Equal(["the Assad government", "the transitional government"], arlEras.Select(e => e.GetProperty("label").GetString()));
        Assert.Equal(6, arlEras[0].GetProperty("rung").GetInt32());
        Assert.Equal("2024-12-08", arlEras[0].GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, arlEras[1].GetProperty("rung").ValueKind);
        Assert.Equal("membership.restore", arl.GetProperty("lastStep").GetProperty("step").GetString());
        Assert.Equal("normalizing", arl.GetProperty("lastStep").GetProperty("kind").GetString());
        Assert.NotEmpty(arl.GetProperty("history").EnumerateArray());
        var usa = counterparts.Single(c => c.GetProperty("counterpart").GetString() == "USA");
        Assert.True(usa.GetProperty("sanctionsImposed").GetInt32() >= 1);
    }

    // Issue 20: a dyad with steps on both sides of 8 December 2024 has two eras, each with its own ladder, and the fall between.
    [Fact]
    public async Task DyadDetail_StepsOnBothSidesOfTheFall_GiveTwoEras_Issue20()
    {
        var data = await web.Json("/api/dyads/TUR/SYR");
        var eras = data.GetProperty("eras").EnumerateArray().ToList();
        Assert.Equal(2, eras.Count);
        Assert.Equal("the Assad government", eras[0].GetProperty("label").GetString());
        Assert.Equal("SYR", eras[0].GetProperty("b").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, eras[0].GetProperty("a").ValueKind);
        Assert.Equal(2, eras[0].GetProperty("rung").GetInt32());
        Assert.Equal("2024-12-08", eras[0].GetProperty("to").GetString());
        Assert.Equal("the transitional government", eras[1].GetProperty("label").GetString());
        Assert.Equal("2024-12-09", eras[1].GetProperty("from").GetString());
        Assert.Equal(4, eras[1].GetProperty("rung").GetInt32());
        Assert.StartsWith("rung 4 with the transitional government (2024-12-14)", eras[1].GetProperty("summary").GetString());
        // The current rung is the transitional era's, and the history names each change's era.
        Assert.Equal(4, data.GetProperty("rung").GetInt32());
        Assert.All(eras[1].GetProperty("history").EnumerateArray(), h => Assert.Equal(1, h.GetProperty("era").GetInt32()));
        var fall = Assert.Single(data.GetProperty("falls").EnumerateArray());
        Assert.Equal("regime.fall", fall.GetProperty("step").GetString());
        Assert.Equal("2024-12-08", fall.GetProperty("date").GetString());
        // The dyads list gives the same eras for Turkey, and the focus's falls.
        var list = await web.Json("/api/dyads?focus=SYR");
        var tur = list.GetProperty("counterparts").EnumerateArray().Single(c => c.GetProperty("counterpart").GetString() == "TUR");
        Assert.Equal(eras.Select(e => e.GetProperty("summary").GetString()), tur.GetProperty("eras").EnumerateArray().Select(e => e.GetProperty("summary").GetString()));
        Assert.Single(list.GetProperty("falls").EnumerateArray());
    }

    [Fact]
    public async Task Dyads_DefaultFocus_IsThePacksFocus()
    {
        var data = await web.Json("/api/dyads");
        Assert.Equal("SYR", data.GetProperty("focus").GetString());
    }

    [Fact]
    public async Task DyadDetail_SyriaTurkey_GivesRungOverTimeAndEveryStepWithEvidence()
    {
        var data = await web.Json("/api/dyads/SYR/TUR");
        Assert.Equal("Turkey", data.GetProperty("bName").GetString());
        var steps = data.GetProperty("steps").EnumerateArray().ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("evidence").GetString())));
        Assert.All(steps, s => Assert.Contains(s.GetProperty("source").GetString()!.Split('.')[0], new[] { "SYR", "TUR" }));
        Assert.NotEmpty(data.GetProperty("history").EnumerateArray());
        Assert.Equal(data.GetProperty("rung").GetInt32(), data.GetProperty("history").EnumerateArray().Last().GetProperty("rung").GetInt32());
    }

    // Issue 21: each event names its article (title, outlet, publication date) and its step's readable label.
    [Fact]
    public async Task Events_CarryTitleOutletPublishedAndStepLabel()
    {
        var items = (await web.Json("/api/events?dyad=ARE:SYR&step=mission.reopen")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var e in items)
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("title").GetString()));
            Assert.StartsWith("Dyad sample brief", e.GetProperty("outlet").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", e.GetProperty("published").GetString());
            Assert.Equal("embassy reopened", e.GetProperty("stepLabel").GetString());
            Assert.Contains(e.GetProperty("datePrecision").GetString(), new[] { "year", "month", "day" });
        }
        var steps = (await web.Json("/api/steps")).EnumerateArray().ToList();
        Assert.All(steps, s => Assert.NotEqual(s.GetProperty("code").GetString(), s.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Dyads_SameActorTwice_Is400Problem()
    {
        await AssertProblem(await web.Client.GetAsync("/api/dyads/SYR/Syria"), HttpStatusCode.BadRequest);
    }

    // Issue 21: a name the pack does not know is 404 problem+json, never 200 with an empty body.
    [Theory]
    [InlineData("/api/dyads/SYR/T%3CUR", "T<UR")]
    [InlineData("/api/dyads?focus=S%20Y%20R", "S Y R")]
    [InlineData("/api/dyads?focus=XYZ", "XYZ")]
    [InlineData("/api/dyads/XYZ/SYR", "XYZ")]
    [InlineData("/api/events?actor=XYZ", "XYZ")]
    [InlineData("/api/events?dyad=Turkey:Narnia", "Narnia")]
    public async Task Actors_UnknownName_Is404ProblemNamingIt(string path, string name)
    {
        var problem = await AssertProblem(await web.Client.GetAsync(path), HttpStatusCode.NotFound);
        Assert.Contains($"unknown actor '{name}'", problem.GetProperty("detail").GetString());
    }

    // Issue 21: names accepted wherever an actor is, resolved through the pack.
    [Theory]
    [InlineData("Turkey")]
    [InlineData("turkey")]
    [InlineData("TUR")]
    [InlineData("T%C3%BCrkiye")]
    public async Task Actors_ByNameOrId_GiveTheSameAnswers(string turkey)
    {
        var byId = await web.Json("/api/events?dyad=TUR:SYR&pageSize=500");
        var byName = await web.Json($"/api/events?dyad={turkey}:syria&pageSize=500");
        Assert.NotEqual(0, byId.GetProperty("total").GetInt32());
        Assert.Equal(byId.GetProperty("total").GetInt32(), byName.GetProperty("total").GetInt32());
        Assert.Equal(byId.GetProperty("total").GetInt32(), (await web.Json($"/api/dyads/Syria/{turkey}")).GetProperty("steps").GetArrayLength());
        var uae = await web.Json("/api/events?actor=the%20UAE&pageSize=500");
        Assert.Equal((await web.Json("/api/events?actor=ARE&pageSize=500")).GetProperty("total").GetInt32(), uae.GetProperty("total").GetInt32());
        Assert.Equal("SYR", (await web.Json("/api/dyads?focus=syria")).GetProperty("focus").GetString());
    }

    [Fact]
    public async Task Events_ByDyad_AreTheStoresEventsForThatDyadInBothDirections()
    {
        var data = await web.Json("/api/events?dyad=TUR:SYR&pageSize=500");
        var items = data.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e =>
        {
            var pair = new[] { e.GetProperty("source").GetString()!.Split('.')[0], e.GetProperty("target").GetString()!.Split('.')[0] };
            Assert.Contains("TUR", pair);
            Assert.Contains("SYR", pair);
        });
        using var store = StoreFactory.Open(web.DbPath);
        Assert.Equal(store.CountEvents(new EventQuery { Dyad = ("TUR", "SYR") }), data.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Events_SameFiltersAsTheCli_GiveTheSameEvents()
    {
        var output = new StringWriter();
        var code = Dyad.Cli.Cli.Run(["events", "--db", web.DbPath, "--pack", WebFixture.PackDirectory, "--actor", "ARE", "--from", "2018", "--to", "2022",
            "--modality", "asserted", "--format", "jsonl"], output, new StringWriter());
        Assert.Equal(0, code);
        var cli = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("evidence").GetString()).ToList();
        var api = (await web.Json("/api/events?actor=ARE&from=2018&to=2022&modality=asserted&pageSize=500")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("evidence").GetString()).ToList();
        Assert.NotEmpty(api);
        Assert.Equal(cli, api);
    }

    [Fact]
    public async Task Events_Paging_ReturnsTheTotalAndOnePageWithoutOverlap()
    {
        var first = await web.Json("/api/events?pageSize=5&page=1");
        var second = await web.Json("/api/events?pageSize=5&page=2");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 10);
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        var a = first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        var b = second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(5, a.Count);
        Assert.Equal(5, b.Count);
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public async Task Events_SortByConfidenceDescending_IsOrdered()
    {
        var items = (await web.Json("/api/events?sort=confidence&desc=true&pageSize=500")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("confidence").GetDouble()).ToList();
        Assert.Equal(items.OrderByDescending(x => x).ToList(), items);
    }

    [Fact]
    public async Task Events_Q_MatchesWordsInTheEvidence()
    {
        var items = (await web.Json("/api/events?q=embassy%20Damascus&pageSize=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e =>
        {
            var evidence = e.GetProperty("evidence").GetString()!;
            Assert.Contains("embassy", evidence, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("damascus", evidence, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Events_StepPrefixAndDoc_Filter()
    {
        var items = (await web.Json("/api/events?step=contact.*&doc=07_assad_visits_uae")).GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, e =>
        {
            Assert.StartsWith("contact.", e.GetProperty("step").GetString());
            Assert.Equal("07_assad_visits_uae", e.GetProperty("doc").GetString());
        });
    }

    [Theory]
    [InlineData("from=20x", "from '20x'")]
    [InlineData("to=2023-13", "to '2023-13'")]
    [InlineData("modality=maybe", "modality 'maybe'")]
    [InlineData("dyad=TUR", "dyad 'TUR'")]
    [InlineData("sort=size", "sort 'size'")]
    [InlineData("desc=perhaps", "desc 'perhaps'")]
    [InlineData("page=0", "page '0'")]
    [InlineData("page=abc", "page 'abc'")]
    [InlineData("pageSize=100000", "pageSize '100000'")]
    [InlineData("format=xml", "format 'xml'")]
    public async Task Events_BadParameters_Are400ProblemsNamingTheValue(string query, string message)
    {
        var response = await web.Client.GetAsync("/api/events?" + query);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Events_AcceptTextCsv_ReturnsTheExportsCsv()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?dyad=TUR:SYR");
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await web.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', Export.EventExport.Fields), lines[0].TrimEnd('\r'));
        var total = (await web.Json("/api/events?dyad=TUR:SYR")).GetProperty("total").GetInt32();
        Assert.Equal(total + 1, lines.Length);
    }

    [Fact]
    public async Task Document_ByKey_HasTextAndSpansInsideIt()
    {
        var doc = await web.Json("/api/documents/07_assad_visits_uae");
        var text = doc.GetProperty("text").GetString()!;
        var sentences = doc.GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        Assert.NotEmpty(doc.GetProperty("mentions").EnumerateArray());
        Assert.NotEmpty(doc.GetProperty("dates").EnumerateArray());
        Assert.Contains(doc.GetProperty("events").EnumerateArray(), e => e.GetProperty("step").GetString() == "visit.leader");
        foreach (var span in sentences.Concat(doc.GetProperty("mentions").EnumerateArray()).Concat(doc.GetProperty("dates").EnumerateArray()))
        {
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
        }
        var byId = await web.Json("/api/documents/" + doc.GetProperty("id").GetInt64());
        Assert.Equal("07_assad_visits_uae", byId.GetProperty("key").GetString());
    }

    [Fact]
    public async Task Document_Unknown_Is404Problem()
    {
        await AssertProblem(await web.Client.GetAsync("/api/documents/no_such_doc"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Document_Hostile_IsStoredAsPlainText()
    {
        var doc = await web.Json("/api/documents/" + WebFixture.HostileId);
        Assert.Contains("<script>", doc.GetProperty("text").GetString());
        Assert.Contains("onerror=", doc.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Actors_ListsStatesOrganisationsAndPeopleWithRolesOverTime()
    {
        var data = await web.Json("/api/actors");
        Assert.Equal("SYR", data.GetProperty("focus").GetString());
        Assert.Contains(data.GetProperty("states").EnumerateArray(), s => s.GetProperty("id").GetString() == "TUR");
        Assert.Contains(data.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("id").GetString() == "ARL");
        var assad = data.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Bashar al-Assad");
        var role = assad.GetProperty("roles").EnumerateArray().First();
        Assert.Equal("SYR", role.GetProperty("actor").GetString());
        Assert.Equal("2024-12-08", role.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Network_APeriod_KeepsOnlyItsSteps()
    {
        var all = await web.Json("/api/network");
        var early = await web.Json("/api/network?from=2011&to=2012");
        Assert.True(all.GetProperty("edges").GetArrayLength() > early.GetProperty("edges").GetArrayLength());
        Assert.Contains(all.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "SYR");
        await AssertProblem(await web.Client.GetAsync("/api/network?from=soon"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var doc = await web.Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/dyads", "/api/dyads/{a}/{b}", "/api/events", "/api/documents/{id}", "/api/actors" })
            Assert.Contains(p, paths);
    }

    // Issue 21: the OpenAPI document lists every status an endpoint answers, not only 200.
    [Theory]
    [InlineData("/api/dyads", "get", "200 400 404")]
    [InlineData("/api/dyads/{a}/{b}", "get", "200 400 404")]
    [InlineData("/api/events", "get", "200 400 404")]
    [InlineData("/api/documents", "get", "200 400")]
    [InlineData("/api/documents", "post", "200 201 400 401 403 413 415 422")]
    [InlineData("/api/documents/{id}", "get", "200 404")]
    [InlineData("/api/network", "get", "200 400")]
    [InlineData("/api/actors", "get", "200")]
    [InlineData("/api/steps", "get", "200")]
    public async Task OpenApi_ListsEveryStatusOfEachEndpoint(string path, string method, string statuses)
    {
        var doc = await web.Json("/openapi/v1.json");
        var responses = doc.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.Equal(statuses.Split(' '), responses.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        foreach (var status in statuses.Split(' ').Where(s => s[0] is '4'))
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {status}");
    }

    // Issue 21: list endpoints are paged, with a total.
    [Fact]
    public async Task Documents_ArePagedWithATotal()
    {
        var first = await web.Json("/api/documents?pageSize=5");
        var total = first.GetProperty("total").GetInt32();
        Assert.Equal(18, total);
        Assert.Equal((1, 5), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32()));
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        var keys = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var items = (await web.Json($"/api/documents?page={page}&pageSize=5")).GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(page < 4 ? 5 : 3, items.Count);
            keys.AddRange(items.Select(i => i.GetProperty("key").GetString()!));
        }
        Assert.Equal(total, keys.Distinct().Count());
        Assert.Equal(50, (await web.Json("/api/documents")).GetProperty("pageSize").GetInt32());
        await AssertProblem(await web.Client.GetAsync("/api/documents?page=0"), HttpStatusCode.BadRequest);
        await AssertProblem(await web.Client.GetAsync("/api/documents?pageSize=501"), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/events.html")]
    [InlineData("/api/events")]
    public async Task Responses_CarryAPolicyForbiddingInlineScript(string path)
    {
        var response = await web.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Fact]
    public async Task Pages_ReferenceNoOtherHost()
    {
        foreach (var page in new[] { "/", "/dyad.html", "/events.html", "/document.html", "/network.html" })
        {
            var html = await web.Client.GetStringAsync(page);
            Assert.DoesNotContain("http://", html);
            Assert.DoesNotContain("https://", html);
            Assert.DoesNotContain("<script>", html);
        }
    }

    [Fact]
    public async Task UnknownApiPath_Is404Problem()
    {
        await AssertProblem(await web.Client.GetAsync("/api/nothing"), HttpStatusCode.NotFound);
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
