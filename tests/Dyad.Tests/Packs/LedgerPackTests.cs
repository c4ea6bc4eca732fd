using Dyad.Packs;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Packs;

/// <summary>ledger.json (issue 20): parsed once into typed entries; a bad entry names the file and the entry.</summary>
public class LedgerPackTests
{
    [Fact]
    public void Load_WorldPack_HasTheTopicsAndIndicatorsOfTheLedger()
    {
        var ledger = Coding.Pack.Ledger;
        foreach (var topic in new[] { "refugee-return", "drugs", "withdrawal", "political-process", "detainees", "border-security", "counter-terrorism",
                     "humanitarian-access", "trade", "reconstruction", "countering-iran", "countering-turkey" })
            Assert.Contains(ledger.Topics, t => t.Id == topic);
        foreach (var indicator in new[] { "refugees.hosted", "refugees.returned", "killed", "displaced", "detained", "captagon.seized", "smuggling", "trade.volume", "aid" })
            Assert.Contains(ledger.Indicators, i => i.Id == indicator);
        Assert.Contains("pills", Assert.Single(ledger.Indicators, i => i.Id == "captagon.seized").Units);
        Assert.Equal(1_000_000, ledger.Numbers.Scales["million"]);
        Assert.NotEmpty(ledger.ConditionCues);
        Assert.NotEmpty(ledger.GoalCues);
        Assert.Equal(["dropped", "met", "unmet"], ledger.StatusCues.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{ "topics": [ { "label": "x", "cues": ["a"] } ] }""", "topic 1: \"id\" is missing")]
    [InlineData("""{ "topics": [ { "id": "drugs", "cues": [] } ] }""", "topic \"drugs\": \"cues\" is missing or empty")]
    [InlineData("""{ "topics": [ { "id": "drugs", "cues": ["drug* ..."] } ] }""",
        "topic \"drugs\": cue \"drug* ...\" is empty, starts or ends with a gap, or has an empty alternative")]
    [InlineData("""{ "topics": [ { "id": "a", "cues": ["x"] }, { "id": "a", "cues": ["y"] } ] }""", "topic \"a\" is defined twice")]
    [InlineData("""{ "status": { "kept": ["kept_its_word"] } }""", "status \"kept\" is not one of met, unmet, dropped")]
    [InlineData("""{ "indicators": [ { "id": "killed", "cues": ["killed"] } ] }""", "indicator \"killed\": \"units\" is missing or empty")]
    [InlineData("""{ "units": [ { "id": "people", "words": ["people"] } ], "indicators": [ { "id": "killed", "units": ["heads"], "cues": ["killed"] } ] }""",
        "indicator \"killed\": unit \"heads\" is not one of people, ratio")]
    [InlineData("""{ "units": [ { "id": "pills" } ] }""", "unit \"pills\": neither \"words\" nor \"signs\"")]
    [InlineData("""{ "numbers": { "scales": { "million": 0 } } }""", "numbers.scales: \"million\" is not a positive number: 0")]
    [InlineData("""{ "numbers": { "words": { "two words": 2 } } }""", "numbers.words: \"two words\" is not one word")]
    public void Load_BadLedgerEntry_FailsNamingTheFileAndTheEntry(string json, string reason)
    {
        var dir = Directory.CreateTempSubdirectory("dyad-pack-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "pack.json"), """{ "name": "t" }""");
            File.WriteAllText(Path.Combine(dir.FullName, "ledger.json"), json);
            var e = Assert.Throws<PackException>(() => PackLoader.Load(dir.FullName));
            Assert.Equal(reason, e.Reason);
            Assert.EndsWith("ledger.json", e.Path);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
