using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Actors;

public class ActorRecognizerTests
{
    private static (string Span, string Actor, RoleLevel Role)[] Mentions(string text, string? published = null) =>
        Coding.Code(text, published).Mentions.Select(m => (text[m.Start..m.End], m.Actor, m.Role)).ToArray();

    [Theory]
    [InlineData("Hakan Fidan, the head of the Turkish intelligence service, met Ali Mamlouk.", "2022-09-15", "Hakan Fidan", "TUR", RoleLevel.Security)]
    [InlineData("Hakan Fidan, the head of the Turkish intelligence service, met Ali Mamlouk.", "2024-05-01", "Hakan Fidan", "TUR", RoleLevel.Minister)]
    [InlineData("Hakan Fidan met Ali Mamlouk.", "2022-09-15", "Ali Mamlouk", "SYR", RoleLevel.Security)]
    [InlineData("The Jordanian King spoke with Assad by phone.", "2023-03-29", "Jordanian King", "JOR", RoleLevel.Leader)]
    [InlineData("The Jordanian King spoke with Assad by phone.", "2023-03-29", "Assad", "SYR", RoleLevel.Leader)]
    [InlineData("Syrian and Turkish officials met in Moscow.", "2023-03-29", "Turkish officials", "TUR", RoleLevel.Official)]
    [InlineData("Syrian and Turkish officials met in Moscow.", "2023-03-29", "Syrian", "SYR", RoleLevel.Official)]
    [InlineData("Former senior U.S. officials urged Biden to oppose normalization.", "2023-03-29", "U.S. officials", "USA.ELI", RoleLevel.None)]
    [InlineData("Former senior U.S. officials urged Biden to oppose normalization.", "2023-03-29", "Biden", "USA", RoleLevel.Leader)]
    [InlineData("Syrian opposition militias attacked the town.", "2023-03-29", "Syrian opposition", "SYR.OPP", RoleLevel.None)]
    [InlineData("Damascus reopened the border crossing with Jordan.", "2023-03-29", "Damascus", "SYR", RoleLevel.None)]
    [InlineData("Ankara reopened the border crossing.", "2023-03-29", "Ankara", "TUR", RoleLevel.None)]
    [InlineData("The regime reopened the Nasib crossing.", "2024-12-01", "The regime", "SYR", RoleLevel.Official)]
    [InlineData("The US will not normalize relations with Assad.", "2023-03-29", "US", "USA", RoleLevel.None)]
    [InlineData("Turkey's foreign minister met his Syrian counterpart.", "2023-03-29", "Syrian counterpart", "SYR", RoleLevel.Minister)]
    [InlineData("The Arab League readmitted Syria.", "2023-03-29", "Arab League", "ARL", RoleLevel.None)]
    [InlineData("Canada appointed Christopher Cooter, a veteran diplomat who has served in South Africa, as its high commissioner in New Delhi.", "2025-08-29",
        "its high commissioner", "CAN", RoleLevel.Minister)]
    [InlineData("Anita Anand took questions. Anand spoke to Jaishankar by telephone in May.", "2025-08-29", "Anand", "CAN", RoleLevel.Minister)]
    // Each name at the time of its own clause: Blinken took office in 2021, not in 2016.
    [InlineData("John Kerry visited Moscow in 2016, and Antony Blinken visited Geneva in June 2021.", "2023-03-05", "Antony Blinken", "USA", RoleLevel.Minister)]
    // A time inside a "since" clause bounds a span: Assad, ousted in December, is a former leader on the day of the news.
    [InlineData("Asaad al-Shaibani flew to Ankara on Monday, his first trip abroad since Bashar al-Assad was ousted in December.", "2025-03-05",
        "Bashar al-Assad", "SYR", RoleLevel.None)]
    public void Recognize_Phrase_ResolvesToActorOnTheDate(string text, string published, string span, string actor, RoleLevel role) =>
        Assert.Contains((span, actor, role), Mentions(text, published));

    [Theory]
    [InlineData("Syrian and Turkish officials met in Moscow.", "SYR,TUR,RUS")]
    [InlineData("The UAE and Bahrain reopened their embassies in Damascus.", "ARE,BHR,SYR")]
    public void Recognize_Coordination_GivesEachActor(string text, string actors)
    {
        var found = Mentions(text).Select(m => m.Actor).ToHashSet();
        Assert.All(actors.Split(','), a => Assert.Contains(a, found));
    }

    [Theory]
    [InlineData("Turkish TV channels reported the meeting.", "Turkish")]
    [InlineData("He told us nothing.", "us")]
    [InlineData("Let us see what comes.", "us")]
    [InlineData("The regime reopened the Nasib crossing.", "regime")]
    public void Recognize_NonActor_GivesNoMentionThere(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        var published = word == "regime" ? "2025-01-15" : null;
        var mentions = Coding.Code(text, published).Mentions;
        Assert.DoesNotContain(mentions, m => m.Start <= at && at < m.End);
    }

    [Fact]
    public void Recognize_Mentions_LieInsideTheirSentence()
    {
        const string text = "Hakan Fidan, the head of the Turkish intelligence service, met his Syrian counterpart in Damascus. He said Ankara was ready.";
        var doc = Coding.Code(text, "2022-09-15");
        Assert.NotEmpty(doc.Mentions);
        foreach (var m in doc.Mentions)
        {
            var s = doc.Sentences[m.Sentence];
            Assert.InRange(m.Start, s.Start, s.End - 1);
            Assert.InRange(m.End, m.Start + 1, s.End);
        }
    }
}
