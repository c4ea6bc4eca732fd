using Dyad.Actors;
using Dyad.Packs;

namespace Dyad.Tests.Actors;

public class OfficeTitlesTests
{
    private static readonly PersonEntry Salman = new("Mohammed bin Salman", null,
    [
        new RoleSpan("SAU", RoleLevel.Minister, "Defence Minister of Saudi Arabia", new DateOnly(2015, 1, 23), new DateOnly(2022, 9, 27)),
        new RoleSpan("SAU", RoleLevel.Leader, "Crown Prince of Saudi Arabia", new DateOnly(2017, 6, 21), new DateOnly(2022, 9, 27)),
        new RoleSpan("SAU", RoleLevel.Leader, "Prime Minister of Saudi Arabia", new DateOnly(2022, 9, 27), null),
    ]);

    private static readonly PersonEntry Starmer = new("Keir Starmer", null,
        [new RoleSpan("GBR", RoleLevel.Leader, "Prime Minister of the United Kingdom", new DateOnly(2024, 7, 5), null)]);

    private static readonly PersonEntry Zayed = new("Mohammed bin Zayed", null,
        [new RoleSpan("ARE", RoleLevel.Leader, "President of the United Arab Emirates", new DateOnly(2022, 5, 14), null)]);

    [Theory]
    [InlineData("crown prince", 2020, true, true)]
    [InlineData("Crown Prince", 2020, true, true)]
    // The pack lists one office at a time: in 2024 he is prime minister on the day, crown prince only once held.
    [InlineData("crown prince", 2024, true, false)]
    [InlineData("crown prince", 2024, false, true)]
    [InlineData("prime minister", 2024, true, true)]
    [InlineData("prime minister", 2020, true, false)]
    public void Holds_ByTitleAndDay(string title, int year, bool onDay, bool holds) =>
        Assert.Equal(holds, OfficeTitles.Holds(Salman, title, new PartialDate(year), onDay));

    [Fact]
    public void Holds_AtALevel_OnlyThatLevelsOffices() =>
        Assert.False(OfficeTitles.Holds(Salman, "minister", new PartialDate(2016), true, RoleLevel.Leader));

    [Theory]
    // Whole words only: "Kingdom" is no king and "Emirates" no emir.
    [InlineData("king")]
    [InlineData("emir")]
    public void Holds_PartOfAWord_IsNoTitle(string title)
    {
        Assert.False(OfficeTitles.Holds(Starmer, title, null, false));
        Assert.False(OfficeTitles.Holds(Zayed, title, null, false));
    }

    [Fact]
    public void Holds_NoDay_AnOfficeStillHeld()
    {
        Assert.True(OfficeTitles.Holds(Salman, "prime minister", null, true));
        Assert.False(OfficeTitles.Holds(Salman, "crown prince", null, true));
    }
}
