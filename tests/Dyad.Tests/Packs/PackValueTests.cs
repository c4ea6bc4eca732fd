using Dyad.Packs;

namespace Dyad.Tests.Packs;

public class PackValueTests
{
    [Theory]
    [InlineData(null, Frame.Agent)]
    [InlineData("agent", Frame.Agent)]
    [InlineData("mutual", Frame.Mutual)]
    [InlineData("visit", Frame.Visit)]
    [InlineData("membership", Frame.Membership)]
    [InlineData("mission", Frame.Mission)]
    [InlineData("stance", Frame.Stance)]
    [InlineData("demand", Frame.Stance)]
    [InlineData("invitation", Frame.Invitation)]
    [InlineData("condition", Frame.Condition)]
    [InlineData("nominal", Frame.Nominal)]
    public void FrameNames_KnownName_GivesItsFrame(string? name, Frame expected)
    {
        Assert.True(FrameNames.TryParse(name, out var frame));
        Assert.Equal(expected, frame);
    }

    [Theory]
    [InlineData("Agent")]
    [InlineData("sideways")]
    [InlineData("")]
    public void FrameNames_UnknownName_Fails(string name) => Assert.False(FrameNames.TryParse(name, out _));

    [Fact]
    public void RoleLevelNames_RoundTrip()
    {
        foreach (var level in Enum.GetValues<RoleLevel>())
        {
            Assert.True(RoleLevelNames.TryParse(level.ToCode(), out var back));
            Assert.Equal(level, back);
        }
        Assert.False(RoleLevelNames.TryParse("boss", out _));
        Assert.False(RoleLevelNames.TryParse(null, out _));
    }

    [Fact]
    public void Load_WorldPeople_HaveTypedLevelsAndDates()
    {
        var pack = PackLoader.Load(PackLoader.DefaultDirectory);
        var fidan = pack.People.Single(p => p.Name == "Hakan Fidan");
        Assert.Equal(
            [new RoleSpan("TUR", RoleLevel.Security, "Head of the National Intelligence Organization (MIT), Turkey", new DateOnly(2010, 5, 27), new DateOnly(2023, 6, 4)),
             new RoleSpan("TUR", RoleLevel.Minister, "Foreign Minister of Turkey", new DateOnly(2023, 6, 4), null)],
            fidan.Roles);
        Assert.Equal(Frame.Invitation, pack.Patterns.Single(p => p.Id == "visit.invitation").Frame);
    }
}
