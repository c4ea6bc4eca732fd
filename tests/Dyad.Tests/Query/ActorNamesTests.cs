using Dyad.Query;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Query;

/// <summary>Issue 21: actors by name wherever an actor is, read through the pack; an unknown name is a clear error.</summary>
public sealed class ActorNamesTests
{
    private static readonly ActorNames Names = new(Coding.Pack);

    [Theory]
    [InlineData("Turkey", "TUR")]
    [InlineData("turkey", "TUR")]
    [InlineData("TUR", "TUR")]
    [InlineData("tur", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("the UAE", "ARE")]
    [InlineData("UAE", "ARE")]
    [InlineData("United Arab Emirates", "ARE")]
    [InlineData("  the   united arab emirates ", "ARE")]
    [InlineData("Arab League", "ARL")]
    [InlineData("the Arab League", "ARL")]
    [InlineData("USA.LEG", "USA.LEG")]
    [InlineData("united states.leg", "USA.LEG")]
    [InlineData("syr.opp", "SYR.OPP")]
    public void Resolve_NameAliasOrId_GivesThePacksId(string text, string id)
    {
        var found = Names.Resolve(text);
        Assert.True(found.Found, found.Error);
        Assert.Equal(id, found.Id);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("Narnia")]
    [InlineData("TUR.XYZ")]
    [InlineData("")]
    public void Resolve_Unknown_IsAnErrorNamingIt(string text)
    {
        var found = Names.Resolve(text);
        Assert.False(found.Found);
        Assert.Contains(text.Length == 0 ? "empty" : $"'{text}'", found.Error);
    }

    [Fact]
    public void Parse_NamesInActorAndDyad_GiveIds()
    {
        var parse = EventQueryParser.Parse(new EventFilterText(Actor: "the UAE", Dyad: "Turkey : syria"), "--", Names);
        Assert.True(parse.Ok, parse.Error);
        Assert.Equal("ARE", parse.Query!.Actor);
        Assert.Equal(("TUR", "SYR"), parse.Query.Dyad);
    }

    [Fact]
    public void Parse_UnknownActor_FailsAsUnknownActor()
    {
        var parse = EventQueryParser.Parse(new EventFilterText(Dyad: "XYZ:SYR"), "--", Names);
        Assert.False(parse.Ok);
        Assert.True(parse.UnknownActor);
        Assert.Contains("unknown actor 'XYZ'", parse.Error);
    }
}
