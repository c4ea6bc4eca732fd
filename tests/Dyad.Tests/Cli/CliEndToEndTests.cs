using System.Text;
using System.Text.Json;
using Dyad.Export;
using Dyad.Tests.Corpus;
using Dyad.Tests.Ledger;

namespace Dyad.Tests.Cli;

/// <summary>The dyad command line, run in-process on a temporary SQLite store and a copy of the samples.</summary>
public sealed class CliEndToEndTests : CliTest
{
    private string CopySamples()
    {
        var target = Temp.PathOf("samples");
        Directory.CreateDirectory(target);
        foreach (var f in Directory.GetFiles(RepoPaths.Samples)) File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
        return target;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private int SampleCount => Directory.GetFiles(RepoPaths.Samples, "*.txt").Length;

    [Theory]
    [InlineData("events")]
    [InlineData("dyads")]
    [InlineData("export")]
    public void ReadCommand_OnAMissingStore_IsAnErrorAndMakesNoStore_Issue19(string command)
    {
        var (code, output, error) = Run(command);
        Assert.Equal(2, code);
        Assert.Contains("no store here", error);
        Assert.Equal("", output);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Events_TwoThousandWords_IsAClearErrorAtOnce_Issue19()
    {
        Assert.Equal(0, Run("ingest", CopySamples()).Code);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (code, _, error) = Run("events", "-q", string.Join(' ', Enumerable.Repeat("embassy", 2000)));
        Assert.Equal(2, code);
        Assert.Contains("--text has", error);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Ingest_Samples_ThenQueryEveryWay()
    {
        var samples = CopySamples();
        var ingest = Run("ingest", samples);
        Assert.True(ingest.Code == 0, ingest.Err);
        Assert.Contains($"{SampleCount} documents added, 0 already stored", ingest.Out);
        Assert.Equal("", ingest.Err);

        var events = Run("events", "--dyad", "ARE:SYR", "--format", "jsonl");
        Assert.Equal(0, events.Code);
        var lines = Lines(events.Out);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var pair = new[] { json.RootElement.GetProperty("source").GetString() ?? "", json.RootElement.GetProperty("target").GetString() ?? "" }.Order().ToArray();
            Assert.Equal(["ARE", "SYR"], pair);
        }
        Assert.Contains(lines, l => l.Contains("\"step\":\"mission.reopen\"", StringComparison.Ordinal));

        var dyads = Run("dyads");
        Assert.Equal(0, dyads.Code);
        Assert.Contains("ARE", dyads.Out);
        Assert.Contains("TUR", dyads.Out);
        Assert.Matches(@"\d+ counterparts", dyads.Out);

        var timeline = Run("timeline", "TUR", "SYR");
        Assert.Equal(0, timeline.Code);
        var last = Lines(timeline.Out)[^1];
        Assert.Matches(@"^\d+ steps between TUR and SYR", last);
        Assert.NotEqual("0", last.Split(' ')[0]);
    }

    // Issue 21: names accepted wherever an actor is; an unknown one is exit code 2 with a message, not "0 steps".
    [Fact]
    public void Actors_ByName_AnswerAsByIds_UnknownIsExit2()
    {
        Assert.Equal(0, Run("ingest", CopySamples(), "--quiet").Code);
        var byId = Run("timeline", "TUR", "SYR");
        foreach (var turkey in new[] { "Turkey", "turkey", "Türkiye" })
        {
            var byName = Run("timeline", turkey, "syria");
            Assert.True(byName.Code == 0, byName.Err);
            Assert.Equal(byId.Out, byName.Out);
        }
        Assert.Equal(Run("events", "--actor", "ARE", "--format", "jsonl").Out, Run("events", "--actor", "the UAE", "--format", "jsonl").Out);
        Assert.Equal(Run("events", "--dyad", "ARE:SYR", "--format", "jsonl").Out, Run("events", "--dyad", "the UAE:Syria", "--format", "jsonl").Out);
        Assert.Contains("Relations with Turkey (TUR)", Run("dyads", "--focus", "turkey").Out);

        foreach (var args in new[] { new[] { "timeline", "XYZ", "SYR" }, ["events", "--actor", "XYZ"], ["events", "--dyad", "TUR:XYZ"], ["dyads", "--focus", "XYZ"], ["export", "--actor", "XYZ"] })
        {
            var bad = Run(args);
            Assert.Equal(2, bad.Code);
            Assert.Contains("unknown actor 'XYZ'", bad.Err);
            Assert.DoesNotContain("steps between", bad.Out);
        }
    }

    // Issue 20: a dyad with steps on both sides of 8 December 2024 shows two eras, each with its own ladder, and the fall.
    [Fact]
    public void Timeline_And_Dyads_StepsOnBothSidesOfTheFall_ShowTwoEras_Issue20()
    {
        Assert.Equal(0, Run("ingest", CopySamples(), "--quiet").Code);
        var timeline = Run("timeline", "Turkey", "Syria");
        Assert.Equal(0, timeline.Code);
        var heads = Lines(timeline.Out).Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["== the Assad government, 1970-11-13 to 2024-12-08: rung 2 (2022-12)",
            "== the transitional government, from 2024-12-09: rung 4 (2024-12-14)"], heads);
        var lines = Lines(timeline.Out).ToList();
        var fall = lines.FindIndex(l => l.Contains("-- government toppled 2024-12-08: HTS -> SYR", StringComparison.Ordinal));
        Assert.InRange(fall, lines.IndexOf(heads[0]) + 1, lines.IndexOf(heads[1]) - 1);
        Assert.StartsWith("2024-12-14  embassy reopened (mission.reopen)", lines[lines.IndexOf(heads[1]) + 1]);

        var dyads = Run("dyads").Out;
        Assert.Contains("the Assad government: 2 (2022-12)", dyads);
        Assert.Contains("the transitional government: 4 (2024-12-14)", dyads);
        Assert.Contains("the Assad government: 0 (2011) > 6 (2023-05-01)", dyads);
    }

    // Issue 20: two short articles written for this test, one asserting and one denying the same reopening, give one
    // disputed story carrying both, and the rung does not move on it.
    [Fact]
    public void AssertionAndDenialOfOneReopening_AreOneDisputedStory_AndTheRungDoesNotMove_Issue20()
    {
        var dir = LedgerArticles.WriteDispute(Temp);
        Assert.Equal(0, Run("ingest", dir, "--quiet").Code);

        var stories = Lines(Run("events", "--dyad", "JOR:SYR", "--stories", "--format", "jsonl").Out);
        using var story = JsonDocument.Parse(Assert.Single(stories));
        Assert.Equal(("asserted", "mission.reopen"), (story.RootElement.GetProperty("modality").GetString(), story.RootElement.GetProperty("step").GetString()));
        Assert.Equal((1, 1), (story.RootElement.GetProperty("num_articles").GetInt32(), story.RootElement.GetProperty("num_denials").GetInt32()));

        var timeline = Run("timeline", "Jordan", "Syria").Out;
        Assert.Contains("== the Assad government, 1970-11-13 to 2024-12-08: no rung", timeline);
        Assert.Contains("1 disputed step not counted", timeline);
        Assert.Contains("asserted: \"Jordan reopened its embassy in Damascus on Tuesday, officials said.\" [asserted]", timeline);
        Assert.Contains("denied:   \"Jordan has not reopened its embassy in Damascus, its foreign ministry said on Thursday.\" [denied]", timeline);
        Assert.Equal(2, Lines(timeline).Count(l => l.EndsWith("  DISPUTED", StringComparison.Ordinal)));

        var dyads = Lines(Run("dyads").Out);
        var jordan = Assert.Single(dyads, l => l.Contains("JOR Jordan", StringComparison.Ordinal));
        Assert.Matches(@"JOR Jordan\s+-\s+embassy reopened", jordan);
        Assert.Contains("mission.reopen 2023-05-02", jordan);
    }

    // Issue 21: tables name the article (title, outlet, date), not a document id, and give steps a readable label.
    [Fact]
    public void Tables_ShowTitleOutletDateAndStepLabels()
    {
        Assert.Equal(0, Run("ingest", CopySamples(), "--quiet").Code);
        var timeline = Run("timeline", "ARE", "SYR");
        Assert.Contains("Assad makes first visit to an Arab country since 2011 with trip to UAE (Dyad sample brief", timeline.Out);
        Assert.Contains("embassy reopened (mission.reopen)", timeline.Out);
        var events = Run("events", "--dyad", "ARE:SYR");
        Assert.Contains("article", events.Out);
        Assert.Contains("embassy reopened (mission.reopen)", events.Out);
        Assert.Contains("membership restored (membership.restore)", Run("dyads").Out);
        Assert.Contains("UAE reopens embassy in Damascus", events.Out);
        Assert.Contains("(Dyad sample brief", events.Out);
        Assert.Contains("2018-12-28)", events.Out);
        Assert.DoesNotContain("07_assad_visits_uae", events.Out);
    }

    [Fact]
    public void Export_JsonLinesAndCsv_CarryTheSpecFieldsFirstThenTheArticles()
    {
        Assert.Equal(0, Run("ingest", CopySamples(), "--quiet").Code);
        var file = Temp.PathOf("events.jsonl");
        var export = Run("export", "--format", "jsonl", "--out", file);
        Assert.True(export.Code == 0, export.Err);
        var lines = File.ReadAllLines(file, Encoding.UTF8).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(lines);
        string[] spec = ["doc", "source", "target", "step", "type", "modality", "date", "date_basis", "confidence", "evidence"];
        Assert.Equal(spec, EventExport.SpecFields);
        // Issue 21: then where each event was read and its exact spans, so that no reader guesses.
        string[] fields = [.. spec, "url", "title", "outlet", "published", "evidence_start", "evidence_end", "date_start", "date_end", "date_precision"];
        Assert.Equal(fields, EventExport.Fields);
        string[] modalities = ["asserted", "planned", "demanded", "negated", "hypothetical"];
        string[] bases = ["explicit", "relative", "publication", "none"];
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(fields, root.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Contains(root.GetProperty("modality").GetString(), modalities);
            Assert.Contains(root.GetProperty("date_basis").GetString(), bases);
            Assert.Equal(root.GetProperty("date").ValueKind == JsonValueKind.Null, root.GetProperty("date_basis").GetString() == "none");
            Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.False(string.IsNullOrEmpty(root.GetProperty("evidence").GetString()));
            Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
            Assert.StartsWith("Dyad sample brief", root.GetProperty("outlet").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("published").GetString());
            Assert.True(root.GetProperty("evidence_end").GetInt32() > root.GetProperty("evidence_start").GetInt32());
            if (PartialDate.TryParse(root.GetProperty("date").GetString(), out var date))
            {
                Assert.Equal(date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("date_start").GetString());
                Assert.Equal(date.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("date_end").GetString());
                Assert.Equal(date.Precision.ToString().ToLowerInvariant(), root.GetProperty("date_precision").GetString());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, root.GetProperty("date_precision").ValueKind);
            }
        }

        var csv = Run("export", "--format", "csv");
        Assert.Equal(0, csv.Code);
        var csvLines = csv.Out.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', fields), csvLines[0]);
        Assert.True(csvLines.Length - 1 >= lines.Length, "every event is a CSV record (evidence may hold line breaks only when quoted)");
    }

    // Issue 21: a PLOVER export (openeventdata/PLOVER, "Data Fields"): id, date/enddate, actor and recipient entity
    // lists, event (the step's PLOVER type), mode and context from steps.json, auxiliary modes in the context.
    [Fact]
    public void Export_Plover_WritesPloverRecords()
    {
        Assert.Equal(0, Run("ingest", CopySamples(), "--quiet").Code);
        var export = Run("export", "--format", "plover");
        Assert.True(export.Code == 0, export.Err);
        var records = Lines(export.Out).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Lines(Run("export").Out).Length, records.Count);
        Assert.Equal(records.Count, records.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        var pack = Dyad.Tests.Pipeline.Coding.Pack;
        foreach (var r in records)
        {
            Assert.Equal(JsonValueKind.Array, r.GetProperty("actor").ValueKind);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("actor")[0].GetProperty("code").GetString()));
            var step = pack.FindStep(r.GetProperty("step").GetString()!)!;
            Assert.Equal([step.Type], r.GetProperty("event").EnumerateArray().Select(x => x.GetString()!).ToArray());
            Assert.Equal(step.PloverMode ?? [], r.GetProperty("mode").EnumerateArray().Select(x => x.GetString()!).ToArray());
            var context = r.GetProperty("context").EnumerateArray().Select(x => x.GetString()!).ToList();
            Assert.Subset(context.ToHashSet(), (step.PloverContext ?? []).ToHashSet());
            if (r.GetProperty("modality").GetString() == "planned") Assert.Contains("future", context);
            Assert.Equal(r.GetProperty("event_text")[0].GetString()!.Length, r.GetProperty("text_info").GetProperty("end").GetInt32() - r.GetProperty("text_info").GetProperty("start").GetInt32());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("cite_info").GetProperty("title").GetString()));
        }
        // "December 2018" is the whole month, not its first day.
        var month = records.First(r => r.GetProperty("date_precision").GetString() == "month");
        Assert.EndsWith("-01", month.GetProperty("date").GetString());
        Assert.True(month.TryGetProperty("enddate", out var end) && end.GetString()!.Length == 10);
        var visit = records.First(r => r.GetProperty("step").GetString() == "visit.leader");
        Assert.Equal(["visit"], visit.GetProperty("mode").EnumerateArray().Select(x => x.GetString()!).ToArray());
        Assert.Equal("GOV", visit.GetProperty("actor")[0].GetProperty("sector").GetString());
    }

    // Issue 21: the UAE's reopening (2018-12 twice, 2018-12-27 once in the samples) is one story, and the grouping says its rule.
    [Fact]
    public void Events_Stories_JoinPrecisionsAndPrintTheWindow()
    {
        Assert.Equal(0, Run("ingest", CopySamples(), "--quiet").Code);
        var table = Run("events", "--stories", "--dyad", "ARE:SYR", "--step", "mission.reopen");
        Assert.True(table.Code == 0, table.Err);
        Assert.Contains($"1 stories from 3 events: a story is one step between the same actors with the same modality, dated within {Dyad.Query.Stories.WindowDays} days", table.Out);
        var story = JsonDocument.Parse(Lines(Run("events", "--stories", "--dyad", "ARE:SYR", "--step", "mission.reopen", "--format", "jsonl").Out).Single()).RootElement;
        Assert.Equal("2018-12-27", story.GetProperty("date").GetString());
        Assert.Equal(3, story.GetProperty("num_articles").GetInt32());
    }

    [Fact]
    public void Ingest_Twice_AddsNothingTheSecondTime()
    {
        var samples = CopySamples();
        Assert.Equal(0, Run("ingest", samples, "--quiet").Code);
        var before = Lines(Run("export", "--format", "jsonl").Out);
        var again = Run("ingest", samples, "--quiet");
        Assert.Equal(0, again.Code);
        Assert.Contains($"0 documents added, {SampleCount} already stored", again.Out);
        Assert.Equal(before, Lines(Run("export", "--format", "jsonl").Out));
        using var store = SqliteStore.Open(Db);
        Assert.Equal(SampleCount, store.Documents().Count);
    }

    [Fact]
    public void Ingest_BadInputs_ReportedWithPathAndReason_GoodFilesStored()
    {
        var folder = Temp.PathOf("mixed");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.txt"), "Egypt reopened its embassy in Damascus in May 2023.");
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3E, 0x00]);
        File.WriteAllText(Path.Combine(folder, "broken.html"), "<html><body><p>Jordan reopened its embassy in Damascus in 2018.<div><b>unclosed");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(folder, "cp1252.txt"), Encoding.GetEncoding(1252).GetBytes("Caf\u00E9 talk: \u201CTurkey\u201D reopened its embassy in Damascus in 2022."));
        File.WriteAllText(Path.Combine(folder, "meta.json"), "{ \"good\": { \"published\": \"2023-05-09\" ");

        var run = Run("ingest", folder, "--quiet");
        Assert.Equal(3, run.Code);
        var errors = Lines(run.Err).Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToArray();
        Assert.Contains(errors, l => l.Contains(Path.Combine(folder, "empty.txt")) && l.Contains("empty file"));
        Assert.Contains(errors, l => l.Contains(Path.Combine(folder, "binary.txt")) && l.Contains("binary"));
        Assert.Contains(errors, l => l.Contains(Path.Combine(folder, "meta.json")) && l.Contains("malformed meta.json"));
        Assert.Equal(3, errors.Length);
        Assert.Contains("3 documents added", run.Out);

        using var store = SqliteStore.Open(Db);
        var keys = store.Documents().Select(d => d.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["broken", "cp1252", "good"], keys);
        Assert.Contains("Caf\u00E9 talk: \u201CTurkey\u201D", store.Document("cp1252")!.Text);
    }

    [Fact]
    public void Ingest_MissingPath_IsReportedAndExits3()
    {
        var missing = Temp.PathOf("nowhere");
        var run = Run("ingest", missing, "--quiet");
        Assert.Equal(3, run.Code);
        Assert.Contains($"error: {missing}: no such file or folder", run.Err);
    }

    [Theory]
    [InlineData("events", "--from", "yesterday", "--from 'yesterday' is not a date")]
    [InlineData("events", "--from", "2023-13", "--from '2023-13' is not a date")]
    [InlineData("export", "--to", "2023-02-30", "--to '2023-02-30' is not a date")]
    [InlineData("events", "--dyad", "TUR", "--dyad 'TUR' is not two actor ids")]
    [InlineData("events", "--modality", "maybe", "--modality 'maybe' is not one of")]
    public void Query_BadFilter_Exits2WithAMessage(string command, string option, string value, string message)
    {
        var run = Run(command, option, value);
        Assert.Equal(2, run.Code);
        Assert.Contains(message, run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Ingest_DocTimeoutTooSmallForAnyArticle_ReportsEachByNameAndExits3_Issue19()
    {
        // One microsecond: no article is split into sentences that fast, so every document runs over, each named.
        var folder = CopySamples();
        var run = Run("ingest", folder, "--quiet", "--threads", "2", "--doc-timeout", "0.000001");
        Assert.Equal(3, run.Code);
        var errors = Lines(run.Err).Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(SampleCount, errors.Length);
        Assert.All(errors, l => Assert.EndsWith(": coding failed: not coded within its time budget of 0.001 ms (--doc-timeout); skipped", l));
        Assert.Contains($"error: {Path.Combine(folder, Path.GetFileName(Directory.GetFiles(folder, "*.txt")[0]))}: coding failed", run.Err);
        Assert.Contains("0 documents added", run.Out);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0.00000001")]
    public void Ingest_DocTimeoutNotAUsableNumberOfSeconds_Exits2_Issue19(string value)
    {
        var run = Run("ingest", CopySamples(), "--doc-timeout", value);
        Assert.Equal(2, run.Code);
        Assert.Contains("--doc-timeout", run.Err);
        Assert.Contains("is not a number of seconds", run.Err);
    }

    [Fact]
    public void Ingest_BadPublished_Exits2()
    {
        var run = Run("ingest", CopySamples(), "--published", "soon");
        Assert.Equal(2, run.Code);
        Assert.Contains("--published 'soon' is not a date", run.Err);
    }

    [Fact]
    public void Bench_OnAFolder_PrintsEveryPhaseWithItsCounts()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Dyad.Cli.Cli.Run(["bench", "--corpus", CopySamples(), "--threads", "2"], output, error);
        Assert.True(code == 0, error.ToString());
        var lines = Lines(output.ToString());
        Assert.StartsWith("phase", lines[0]);
        Assert.EndsWith("GCs GC pause s  disk MB", lines[0].TrimEnd());
        // read, code on 1 and 2 threads, store on 1 and 2 threads: each over every sample, with numbers in every column.
        var rows = lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["read 1", "code 1", "code 2", "store 1", "store 2"], rows.Select(r => $"{r[0]} {r[1]}"));
        foreach (var r in rows)
        {
            Assert.Equal(15, r.Length);
            Assert.Equal(SampleCount, int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture));
            // Every column a number; bytes written to disk are known on Linux only ("-" elsewhere).
            Assert.All(r.Skip(1).SkipLast(1), v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(r[^1] == "-" || double.TryParse(r[^1], System.Globalization.CultureInfo.InvariantCulture, out _), r[^1]);
        }
        Assert.All(rows.Where(r => r[0] != "read"), r => Assert.True(double.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture) > 0, "sentences/s"));
    }
}
