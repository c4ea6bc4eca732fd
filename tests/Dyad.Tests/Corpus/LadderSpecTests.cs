using Dyad.Analysis;
using Dyad.Model;
using Dyad.Storage;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Corpus;

/// <summary>
/// One case of a ladder spec (Corpus/golden/ladder/*.md): articles, the dyad, and what the dyad view reads from them:
/// the rung per era, the steps dated across a change of government, the disputes.
/// </summary>
public sealed record LadderCase(string File, string Title, string A, string B, IReadOnlyList<(string Id, string Published, string Text)> Articles,
    string[] Eras, string[] Across, string[] Disputes, int Line)
{
    public override string ToString() => Title;
}

/// <summary>
/// Reads Corpus/golden/ladder/*.md. A case is a "## title", a "dyad: A B" line, one or more ```article ID PUBLISHED
/// blocks, and the expected blocks: ```eras (one era summary a line, <see cref="DyadEra.Summary"/>), ```across (steps
/// dated across a change of government: "SRC->TGT step date"; absent means none) and ```disputes ("SRC->TGT step date
/// asserted: ids denied: ids"; absent means none).
/// </summary>
internal static class LadderSpec
{
    public static string Folder => Path.Combine(RepoPaths.Golden, "ladder");

    public static IReadOnlyList<LadderCase> Load() => GoldenMarkdown.Load(Folder, Parse);

    public static IEnumerable<LadderCase> Parse(string file, string[] lines)
    {
        foreach (var c in GoldenMarkdown.Sections(file, lines))
        {
            string? a = null, b = null;
            if (c.Fields.LastOrDefault(f => f.Key == "dyad") is { Key: not null } dyad)
            {
                var parts = dyad.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2) throw new FormatException($"{file}:{dyad.Line}: 'dyad:' needs two actor ids");
                (a, b) = (parts[0], parts[1]);
            }
            var articles = new List<(string, string, string)>();
            string[]? eras = null, across = null, disputes = null;
            foreach (var block in c.Blocks)
            {
                var head = block.Head;
                switch (block.Kind)
                {
                    case "article" when head.Length == 3: articles.Add((head[1], head[2], string.Join('\n', block.Body))); break;
                    case "eras": eras = block.Rows; break;
                    case "across": across = [.. block.Rows.Order(StringComparer.Ordinal)]; break;
                    case "disputes": disputes = [.. block.Rows.Order(StringComparer.Ordinal)]; break;
                    default: throw new FormatException($"{file}:{block.Line}: unknown block '```{string.Join(' ', head)}' in '{c.Title}' (article ID PUBLISHED, eras, across, disputes)");
                }
            }
            if (a is null || b is null || articles.Count == 0 || eras is null)
                throw new FormatException($"{file}:{c.Line}: case '{c.Title}' needs a dyad line, an article block and an eras block");
            yield return new LadderCase(file, c.Title, a, b, articles, eras, across ?? [], disputes ?? [], c.Line);
        }
    }

    /// <summary>Codes each article with the real pipeline, keeps the dyad's events and reads the dyad view from them.</summary>
    public static DyadView View(LadderCase c)
    {
        var events = new List<StoredEvent>();
        long id = 0;
        for (var d = 0; d < c.Articles.Count; d++)
        {
            var (doc, published, text) = c.Articles[d];
            foreach (var e in Coding.Code(text, published, doc).Events.Where(e => e.Step is not null && e.Target is not null))
            {
                var pair = new[] { Base(e.Source), Base(e.Target!) };
                if (pair.Contains(c.A) && pair.Contains(c.B) && pair[0] != pair[1])
                    events.Add(new StoredEvent(++id, e, d + 1, null, null, Coding.Date(published)));
            }
        }
        return new DyadAnalyzer(Coding.Pack).View(c.A, c.B, events);
    }

    public static string[] Across(DyadView v) => [.. v.AcrossBreaks.Select(e => $"{e.Event.Source}->{e.Event.Target} {e.Event.Step} {e.Event.Date}").Order(StringComparer.Ordinal)];

    public static string[] Disputes(DyadView v) =>
        [.. v.Disputes.Select(d => $"{d.Source}->{d.Target} {d.Step} {d.Date?.ToString() ?? "undated"} asserted: {string.Join(',', d.AssertedDocs)} denied: {string.Join(',', d.DeniedDocs)}").Order(StringComparer.Ordinal)];

    private static string Base(string actor) => actor.Split('.')[0];
}

/// <summary>The ladder specs: eras and disputes read from articles written for them (issue 20).</summary>
public class LadderSpecTests
{
    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in LadderSpec.Load()) data.Add(c.Title);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void LadderCase_GivesExpectedErasAndDisputes(string title)
    {
        var c = Assert.Single(LadderSpec.Load(), x => x.Title == title);
        var view = LadderSpec.View(c);
        Assert.Equal(c.Eras, view.Eras.Select(e => e.Summary()).ToArray());
        Assert.Equal(c.Across, LadderSpec.Across(view));
        Assert.Equal(c.Disputes, LadderSpec.Disputes(view));
    }

    [Fact]
    public void LadderSpecs_CoverErasAndDisputes()
    {
        var cases = LadderSpec.Load();
        Assert.Equal(cases.Count, cases.Select(c => c.Title).Distinct().Count());
        Assert.True(cases.Count(c => c.File == "eras.md") >= 4, "at least 4 era cases");
        Assert.True(cases.Count(c => c.File == "disputes.md") >= 4, "at least 4 dispute cases");
        Assert.Contains(cases, c => c.Disputes.Length > 0);
        Assert.Contains(cases, c => c.Across.Length > 0);
        Assert.Contains(cases, c => c.Eras.Length > 2);
    }

    [Fact]
    public void Parse_CaseWithoutEras_IsAFormatError()
    {
        string[] lines = ["## broken", "dyad: TUR SYR", "```article a 2023-05-03", "Turkey reopened its embassy in Damascus.", "```"];
        Assert.Throws<FormatException>(() => LadderSpec.Parse("x.md", lines).ToList());
    }
}
