namespace Dyad.Web.Tests;

/// <summary>/api/ledger, /api/conditions, /api/indicators over the seeded samples (issue 20): the event filters, problems, OpenAPI.</summary>
[Collection(WebCollection.Name)]
public sealed class LedgerApiTests(WebFixture web)
{
    [Fact]
    public async Task Ledger_Syria_HoldsJordansCaptagonGoal_WithEvidenceFromItsDocument()
    {
        var data = await web.Json("/api/ledger?actor=Syria");
        Assert.Equal("SYR", data.GetProperty("focus").GetString());
        var lines = data.GetProperty("lines").EnumerateArray().ToList();
        var goal = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "goal" && l.GetProperty("actor").GetString() == "JOR");
        Assert.Equal(("SYR", "drugs", "drugs and Captagon"), (goal.GetProperty("counterpart").GetString(), goal.GetProperty("topic").GetString(),
            goal.GetProperty("topicLabel").GetString()));
        var doc = await web.Json($"/api/documents/{goal.GetProperty("doc").GetString()}");
        var text = doc.GetProperty("text").GetString()!;
        Assert.Equal(goal.GetProperty("evidence").GetString(), text[goal.GetProperty("evidenceStart").GetInt32()..goal.GetProperty("evidenceEnd").GetInt32()]);
    }

    [Fact]
    public async Task Ledger_Filters_DyadTopicDatesAndText_NarrowTheLines()
    {
        Assert.Single((await web.Json("/api/ledger?dyad=JOR:SYR")).GetProperty("lines").EnumerateArray());
        Assert.Empty((await web.Json("/api/ledger?dyad=JOR:SYR&topic=trade")).GetProperty("lines").EnumerateArray());
        Assert.Empty((await web.Json("/api/ledger?actor=SYR&to=2022")).GetProperty("lines").EnumerateArray());
        Assert.Single((await web.Json("/api/ledger?actor=SYR&q=smuggling")).GetProperty("lines").EnumerateArray());
        Assert.All((await web.Json("/api/conditions")).GetProperty("lines").EnumerateArray(), l => Assert.Equal("condition", l.GetProperty("kind").GetString()));
        Assert.All((await web.Json("/api/indicators")).GetProperty("lines").EnumerateArray(), l => Assert.Equal("indicator", l.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("/api/ledger?actor=Atlantis", HttpStatusCode.NotFound)]
    [InlineData("/api/conditions?from=2023-13", HttpStatusCode.BadRequest)]
    [InlineData("/api/indicators?dyad=SYR", HttpStatusCode.BadRequest)]
    public async Task Ledger_BadFilter_IsAProblem(string path, HttpStatusCode status)
    {
        var response = await web.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/ledger")]
    [InlineData("/api/conditions")]
    [InlineData("/api/indicators")]
    public async Task OpenApi_DescribesTheLedgerEndpoints_WithTheirProblems(string path)
    {
        var doc = await web.Json("/openapi/v1.json");
        var get = doc.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.Equal(["200", "400", "404"], get.GetProperty("responses").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var p in new[] { "actor", "dyad", "from", "to", "q", "doc", "topic" }) Assert.Contains(p, parameters);
    }
}
