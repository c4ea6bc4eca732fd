using Dyad.Packs;

namespace Dyad.Tests.Packs;

/// <summary>A pack author's mistakes: each a <see cref="PackException"/> naming the file and the entry (issue 18).</summary>
public class PackEntryErrorTests
{
    private const string Steps = """{ "steps": [ { "code": "a.b", "rung": 1, "kind": "normalizing", "type": "CONSULT" } ] }""";
    private const string States = """{ "states": [ { "id": "TUR", "name": "Turkey" } ] }""";
    private const string Frames = "agent, mutual, visit, membership, mission, stance, demand, invitation, condition, nominal";

    [Theory]
    [InlineData("patterns.json", """{ "patterns": [ { "id": "p1", "step": "a.b", "cues": ["meet"], "frame": "sideways" } ] }""",
        "pattern \"p1\": \"frame\" is not one of " + Frames + ": \"sideways\"")]
    [InlineData("patterns.json", """{ "patterns": [ { "id": "p1", "step": "a.b", "cues": ["meet"], "modality": "maybe" } ] }""",
        "pattern \"p1\": \"modality\" is not one of asserted, planned, demanded, negated, hypothetical: \"maybe\"")]
    [InlineData("patterns.json", """{ "patterns": [ { "id": "p1", "step": "a.b", "cues": [] } ] }""", "pattern \"p1\" has no cue")]
    [InlineData("patterns.json", """{ "patterns": [ { "step": "a.b", "cues": ["meet"] } ] }""", "pattern 1: \"id\" is missing")]
    [InlineData("patterns.json", """{ "patterns": [ { "id": "p1", "step": "no.such", "cues": ["meet"] } ] }""",
        "pattern \"p1\": \"step\" names an unknown step: \"no.such\"")]
    [InlineData("people.json", """{ "people": [ { "name": "Hakan Fidan", "roles": [ { "actor": "TUR", "level": "boss" } ] } ] }""",
        "\"Hakan Fidan\" role 1: \"level\" is not one of leader, minister, security, official, none: \"boss\"")]
    [InlineData("people.json", """
        { "people": [ { "name": "Hakan Fidan", "roles": [
            { "actor": "TUR", "level": "security", "to": "2023-06-03" },
            { "actor": "TUR", "level": "minister", "from": "2023-13-01" } ] } ] }
        """, "\"Hakan Fidan\" role 2: \"from\" is not a date: \"2023-13-01\"")]
    [InlineData("people.json", """{ "people": [ { "name": "Hakan Fidan", "roles": [ { "actor": "TUR", "level": "minister", "to": "3 June 2023" } ] } ] }""",
        "\"Hakan Fidan\" role 1: \"to\" is not a date: \"3 June 2023\"")]
    [InlineData("people.json", """{ "people": [ { "name": "Hakan Fidan", "roles": [ { "level": "minister" } ] } ] }""",
        "\"Hakan Fidan\" role 1: \"actor\" is missing")]
    [InlineData("people.json", """{ "people": [ { "name": "Hakan Fidan", "roles": [ { "actor": "XXX", "level": "minister" } ] } ] }""",
        "\"Hakan Fidan\" role 1: \"actor\" names an unknown actor: \"XXX\"")]
    [InlineData("people.json", """{ "people": [ { "roles": [] } ] }""", "person 1: \"name\" is missing")]
    [InlineData("descriptions.json", """{ "descriptions": [ { "phrases": ["the regime"], "actor": "TUR", "to": "2024-12-32" } ] }""",
        "description \"the regime\": \"to\" is not a date: \"2024-12-32\"")]
    [InlineData("descriptions.json", """{ "descriptions": [ { "phrases": ["the regime"], "actor": "TUR", "level": "king" } ] }""",
        "description \"the regime\": \"level\" is not one of leader, minister, security, official, none: \"king\"")]
    [InlineData("descriptions.json", """{ "descriptions": [ { "phrases": ["the regime"], "actor": "TUR", "kind": "person" } ] }""",
        "description \"the regime\": \"kind\" is not one of place, group, pronoun: \"person\"")]
    [InlineData("descriptions.json", """{ "descriptions": [ { "phrases": ["the Act"], "actor": "TUR", "against": "XXX" } ] }""",
        "description \"the Act\": \"against\" names an unknown actor: \"XXX\"")]
    [InlineData("descriptions.json", """{ "descriptions": [ { "phrases": ["the rebels"], "actor": "TUR", "fights": "XXX" } ] }""",
        "description \"the rebels\": \"fights\" names an unknown actor: \"XXX\"")]
    [InlineData("roles.json", """{ "roles": [ { "words": ["capital"], "kind": "city" } ] }""",
        "role nouns \"capital\": \"kind\" is not one of place: \"city\"")]
    [InlineData("roles.json", """{ "roles": [ { "words": ["king", "kings"], "level": "monarch" } ] }""",
        "role nouns \"king\": \"level\" is not one of leader, minister, security, official, none: \"monarch\"")]
    [InlineData("governments.json", """{ "governments": [ { "state": "TUR", "name": "the old government", "to": "2016-07-32" } ] }""",
        "government \"the old government\": \"to\" is not a date: \"2016-07-32\"")]
    [InlineData("governments.json", """{ "governments": [ { "state": "TUR", "from": "2016-07-15" } ] }""", "government 1: \"name\" is missing")]
    [InlineData("governments.json", """{ "governments": [ { "name": "the junta", "from": "2016-07-15" } ] }""",
        "government \"the junta\": \"state\" is missing")]
    [InlineData("governments.json", """{ "governments": [ { "state": "XXX", "name": "the junta" } ] }""",
        "government \"the junta\": \"state\" names an unknown state: \"XXX\"")]
    [InlineData("governments.json", """{ "governments": [ { "state": "TUR", "name": "the junta", "from": "2016-07-15", "to": "2016-07-01" } ] }""",
        "government \"the junta\": \"to\" (2016-07-01) is before \"from\" (2016-07-15)")]
    [InlineData("governments.json", """
        { "governments": [
            { "state": "TUR", "name": "the old government", "to": "2016-07-15" },
            { "state": "TUR", "name": "the junta", "from": "2016-07-15" } ] }
        """, "government \"the junta\" of TUR overlaps \"the old government\": one state's governments must follow each other, each \"from\" after the \"to\" of the one before")]
    [InlineData("governments.json", """
        { "governments": [
            { "state": "TUR", "name": "the old government", "from": "2000-01-01" },
            { "state": "TUR", "name": "the junta", "from": "2016-07-16" } ] }
        """, "government \"the junta\" of TUR overlaps \"the old government\": one state's governments must follow each other, each \"from\" after the \"to\" of the one before")]
    public void Load_BadEntry_FailsNamingTheFileAndTheEntry(string file, string json, string reason)
    {
        var e = Load(file, json);
        Assert.Equal(reason, e.Reason);
        Assert.EndsWith(file, e.Path);
        Assert.Equal($"{e.Path}: {reason}", e.Message);
    }

    [Theory]
    [InlineData("people.json", """{ "people": [ { "name": """)]
    [InlineData("patterns.json", """{ "patterns": [ { "id": "p1", "cues": "meet" } ] }""")]
    public void Load_MalformedJson_FailsNamingTheFile(string file, string json)
    {
        var e = Load(file, json);
        Assert.EndsWith(file, e.Path);
        Assert.StartsWith($"not valid JSON for {file}: ", e.Reason);
    }

    private static PackException Load(string file, string json)
    {
        var dir = Directory.CreateTempSubdirectory("dyad-pack-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "pack.json"), """{ "name": "t" }""");
            File.WriteAllText(Path.Combine(dir.FullName, "steps.json"), Steps);
            File.WriteAllText(Path.Combine(dir.FullName, "states.json"), States);
            File.WriteAllText(Path.Combine(dir.FullName, file), json);
            return Assert.Throws<PackException>(() => PackLoader.Load(dir.FullName));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
