using System.Text.Json;
using Dyad.Tests.Ledger;

namespace Dyad.Tests.Cli;

/// <summary>`dyad ledger` and the ledger in `dyad explain` (issue 20), in-process on a temporary store and articles written here.</summary>
public sealed class LedgerCommandTests : CliTest
{
    private string Articles() => LedgerArticles.WriteConditions(Temp);

    [Fact]
    public void Ledger_Jsonl_HasTheIssueFieldsForEveryKind_StatusAndConflictsFromTheOtherArticle()
    {
        Assert.Equal(0, Run("ingest", Articles()).Code);
        var (code, output, error) = Run("ledger", "--focus", "SYR", "--format", "jsonl");
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string[] common = ["doc", "date", "evidence"];
        var fields = new Dictionary<string, string[]>
        {
            ["condition"] = ["setter", "target", "topic", "demand", "gates", "status"],
            ["goal"] = ["actor", "counterpart", "topic"],
            ["indicator"] = ["indicator", "value", "unit", "qualifier", "place", "date"],
        };
        foreach (var (kind, names) in fields)
        {
            var ofKind = lines.Where(l => l.GetProperty("kind").GetString() == kind).ToList();
            Assert.NotEmpty(ofKind);
            Assert.All(ofKind, l => Assert.All(names.Concat(common), n => Assert.True(l.TryGetProperty(n, out _), $"{kind} lacks {n}")));
        }
        var drugs = lines.Single(l => l.GetProperty("kind").GetString() == "condition" && l.GetProperty("topic").GetString() == "drugs");
        Assert.Equal(("JOR", "SYR", "unmet"), (drugs.GetProperty("setter").GetString(), drugs.GetProperty("target").GetString(), drugs.GetProperty("status").GetString()));
        var killed = lines.Where(l => l.GetProperty("kind").GetString() == "indicator" && l.GetProperty("indicator").GetString() == "killed").ToList();
        Assert.Equal([350_000d, 500_000d], killed.Select(k => k.GetProperty("value").GetDouble()).Order());
        Assert.All(killed, k => Assert.True(k.GetProperty("conflict").GetBoolean()));
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "goal" && l.GetProperty("actor").GetString() == "ARE" && l.GetProperty("topic").GetString() == "trade");
    }

    [Fact]
    public void Ledger_AnAssertionAndADenialOfOneReopening_AreOneDisputeLine_Issue20()
    {
        var folder = LedgerArticles.WriteDispute(Temp);
        Assert.Equal(0, Run("ingest", folder).Code);
        var (code, output, error) = Run("ledger", "--focus", "SYR", "--format", "jsonl");
        Assert.True(code == 0, error);
        var dispute = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement),
            l => l.GetProperty("kind").GetString() == "dispute");
        Assert.Equal(("JOR", "SYR", "mission.reopen"), (dispute.GetProperty("source").GetString(), dispute.GetProperty("target").GetString(), dispute.GetProperty("step").GetString()));
        Assert.Equal(["asserted"], dispute.GetProperty("asserted_docs").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["denied"], dispute.GetProperty("denied_docs").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(("asserted", "2023-05-02"), (dispute.GetProperty("doc").GetString(), dispute.GetProperty("date").GetString()));
        Assert.StartsWith("Jordan reopened its embassy", dispute.GetProperty("evidence").GetString());
        var table = Run("ledger", "JOR", "SYR").Out;
        Assert.Contains("1 disputed steps", table);
        Assert.DoesNotContain("dispute", Run("ledger", "JOR", "SYR", "--kind", "condition", "--format", "jsonl").Out);
    }

    [Fact]
    public void Ledger_DyadTableAndTopic_ShowOnlyThatDyadAndTopic()
    {
        Run("ingest", Articles());
        var (code, output, _) = Run("ledger", "JOR", "SYR", "--topic", "drugs");
        Assert.Equal(0, code);
        Assert.Contains("drugs and Captagon", output);
        Assert.Contains("unmet", output);
        Assert.DoesNotContain("refugee return", output);
        Assert.Contains("1 conditions, 0 goals", output);
        Assert.Equal(2, Run("ledger", "JOR").Code);
    }

    [Fact]
    public void Explain_ShowsTheLedgerOfEachSentence_AndRefusedAmounts()
    {
        var file = Temp.Write("x.txt", "Tens of thousands of Lebanese fled to Syria in October.\nAbout 1.2 million Sudanese refugees live in Chad.");
        var (code, output, _) = Run("explain", file, "--published", "2024-10-12");
        Assert.Equal(0, code);
        Assert.Contains("refused: \"Tens of thousands\" (vague amount: no number)", output);
        Assert.Contains("ledger: indicator refugees.hosted 1200000 people (about) place TCD", output);
    }
}
