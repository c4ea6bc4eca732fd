using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Corpus;

/// <summary>One case of a golden spec file: a text and the records expected from it.</summary>
public sealed record GoldenCase(string File, string Title, string Published, string Text, string[] Expected, bool Pending, string? Reason, int Line)
{
    public override string ToString() => Title;
}

/// <summary>Reads Corpus/golden/*.md (format described at the top of steps.md).</summary>
internal static class GoldenSpec
{
    public static IReadOnlyList<GoldenCase> Load() => GoldenMarkdown.Load(RepoPaths.Golden, Parse);

    public static IEnumerable<GoldenCase> Parse(string file, string[] lines)
    {
        foreach (var c in GoldenMarkdown.Sections(file, lines))
        {
            var (text, expected) = c.TextAnd("events", b => b.Rows);
            var pending = c.Part == "Pending";
            var reason = c.Field("reason");
            if (pending && string.IsNullOrEmpty(reason)) throw new FormatException($"{file}:{c.Line}: pending case '{c.Title}' needs a reason");
            yield return new GoldenCase(file, c.Title, c.Field("published") ?? "2023-03-29", text, expected, pending, reason, c.Line);
        }
    }

    public static string[] Actual(GoldenCase c) => Coding.Lines(Coding.Code(c.Text, c.Published));
}

public class GoldenSpecTests
{
    public static TheoryData<string> Active => Titles(pending: false);
    public static TheoryData<string> Pending => Titles(pending: true);

    private static TheoryData<string> Titles(bool pending)
    {
        var data = new TheoryData<string>();
        foreach (var c in GoldenSpec.Load().Where(c => c.Pending == pending)) data.Add(c.Title);
        return data;
    }

    private static GoldenCase Case(string title) => Assert.Single(GoldenSpec.Load(), c => c.Title == title);

    [Theory]
    [MemberData(nameof(Active))]
    public void Golden_Case_GivesExpectedRecords(string title)
    {
        var c = Case(title);
        Assert.Equal(c.Expected, GoldenSpec.Actual(c));
    }

    [Theory(Skip = "engine: pending golden cases (see '# Pending' in Corpus/golden/steps.md for each reason)")]
    [MemberData(nameof(Pending))]
    public void Golden_PendingCase_GivesExpectedRecords(string title)
    {
        var c = Case(title);
        Assert.Equal(c.Expected, GoldenSpec.Actual(c));
    }

    /// <summary>A pending case that starts passing must be moved out of '# Pending', so that it guards from then on.</summary>
    [Fact]
    public void Pending_CasesStillFail()
    {
        var nowPassing = GoldenSpec.Load().Where(c => c.Pending && c.Expected.SequenceEqual(GoldenSpec.Actual(c))).Select(c => $"{c.File}:{c.Line} {c.Title}").ToList();
        Assert.True(nowPassing.Count == 0, $"pending golden cases now pass; move them above '# Pending': {string.Join("; ", nowPassing)}");
    }

    [Fact]
    public void Golden_Files_HoldEnoughUniqueCases()
    {
        var cases = GoldenSpec.Load();
        Assert.True(cases.Count(c => !c.Pending) >= 15, "at least 15 active golden cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Title).Distinct().Count());
        var steps = cases.SelectMany(c => c.Expected).Select(l => l.Split(' ')[1]).ToHashSet();
        Assert.All(steps, s => Assert.NotNull(Coding.Pack.FindStep(s)));
    }

    [Fact]
    public void Parse_CaseWithoutEventsBlock_IsAFormatError()
    {
        string[] lines = ["## broken", "```text", "Egypt reopened its embassy.", "```"];
        Assert.Throws<FormatException>(() => GoldenSpec.Parse("x.md", lines).ToList());
    }
}
