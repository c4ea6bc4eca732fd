using System.Globalization;
using Dyad.Ledger;
using Dyad.Tests.Corpus;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Ledger;

/// <summary>One case of a ledger golden file: a text and the ledger lines expected from it.</summary>
public sealed record LedgerCase(string File, string Title, string Published, string Text, string[] Expected, int Line)
{
    public override string ToString() => Title;
}

/// <summary>
/// The ledger's golden files, Corpus/golden/ledger/*.md (issue 20): conditions, goals and indicators from sentences
/// written for them, one line per record (format at the top of conditions.md).
/// </summary>
public class LedgerSpecTests
{
    private static string Folder => Path.Combine(RepoPaths.Golden, "ledger");

    public static IReadOnlyList<LedgerCase> Load() => GoldenMarkdown.Load(Folder, Parse);

    public static IEnumerable<LedgerCase> Parse(string file, string[] lines)
    {
        foreach (var c in GoldenMarkdown.Sections(file, lines))
        {
            var (text, expected) = c.TextAnd("ledger", b => b.Body.Where(l => l.Trim().Length > 0).Select(l => l.Trim()));
            yield return new LedgerCase(file, c.Title, c.Field("published") ?? "2023-03-29", text, expected, c.Line);
        }
    }

    /// <summary>The ledger of a text as the golden files write it, sorted.</summary>
    public static string[] Actual(string text, string published)
    {
        var doc = Coding.Code(text, published);
        return [.. doc.Ledger.SelectMany(l => l.Records.Select(Line).Concat(l.Refused.Select(r => $"refused \"{r.Words}\""))).Order(StringComparer.Ordinal)];
    }

    public static string Line(LedgerRecord record) => record switch
    {
        Condition c => $"condition {c.Setter}->{c.Target ?? "-"} {c.Topic}{(c.Gates is null ? "" : $" gates {c.Gates}")}",
        ClaimedGoal g => $"goal {g.Actor}->{g.Counterpart ?? "-"} {g.Topic}",
        IndicatorValue v => $"indicator {v.Indicator} {v.Value.ToString("0.###", CultureInfo.InvariantCulture)} {v.Unit}{(v.Qualifier is null ? "" : " " + v.Qualifier)} at {v.Place ?? "-"}{(v.Period is null ? "" : " period " + v.Period)}",
        StatusNote n => $"status {n.Topic} {n.Status.ToCode()}{(n.Actor is null ? "" : " by " + n.Actor)}",
        _ => record.Kind,
    };

    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load()) data.Add(c.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void LedgerGolden_Case_GivesExpectedRecords(string title)
    {
        var c = Assert.Single(Load(), c => c.Title == title);
        Assert.Equal(c.Expected, Actual(c.Text, c.Published));
    }

    [Fact]
    public void LedgerGolden_Files_CoverConditionsGoalsIndicatorsAndRefusals()
    {
        var cases = Load();
        var lines = cases.SelectMany(c => c.Expected).ToList();
        foreach (var kind in new[] { "condition ", "goal ", "indicator ", "status ", "refused " })
            Assert.Contains(lines, l => l.StartsWith(kind, StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Expected.Length == 0);
        Assert.Equal(cases.Count, cases.Select(c => c.Title).Distinct().Count());
    }
}
