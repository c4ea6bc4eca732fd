using Dyad.Analysis;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Analysis;

/// <summary>Where a dyad's time line is cut (either side's change of government) and which era a step's date falls in (issue 20).</summary>
public class EraSplitterTests
{
    [Fact]
    public void Stretches_TurkeySyria_CutOnceAtTheFall()
    {
        var s = EraSplitter.Stretches(Coding.Pack, "TUR", "SYR");
        Assert.Equal(3, s.Count);
        // Before Hafez al-Assad's takeover the pack divides nothing: a stretch of no declared government.
        Assert.Equal((null, null, (DateOnly?)null, (DateOnly?)new DateOnly(1970, 11, 12)), (s[0].A, s[0].B, s[0].From, s[0].To));
        Assert.Equal(("the Assad government", new DateOnly(1970, 11, 13), new DateOnly(2024, 12, 8)), (s[1].B!.Name, s[1].From!.Value, s[1].To!.Value));
        Assert.Equal(("the transitional government", new DateOnly(2024, 12, 9), (DateOnly?)null), (s[2].B!.Name, s[2].From!.Value, s[2].To));
        Assert.All(s, x => Assert.Null(x.A));
    }

    [Fact]
    public void Stretches_EgyptSyria_CutAtEveryChangeOfEitherSide()
    {
        var s = EraSplitter.Stretches(Coding.Pack, "EGY", "SYR.MIL");
        var from2011 = s.Where(x => x.To is null || x.To >= new DateOnly(2011, 1, 1)).Select(x => $"{x.A?.Name} / {x.B?.Name}").ToList();
        Assert.Equal([
            "the Mubarak government / the Assad government",
            "the military council (SCAF) / the Assad government",
            "the Morsi government / the Assad government",
            "the post-2013 government / the Assad government",
            "the post-2013 government / the transitional government"], from2011);
    }

    [Theory]
    [InlineData("2024-12-08", 1)]
    [InlineData("2024-12-09", 2)]
    [InlineData("2024-11", 1)]
    [InlineData("2025", 2)]
    [InlineData("2024-12", -1)] // straddles the fall: no government's
    [InlineData("2024", -1)]
    [InlineData("1970", -1)]
    [InlineData("1969", 0)]
    public void Place_ADate_FallsInTheStretchHoldingAllOfIt(string date, int expected)
    {
        var s = EraSplitter.Stretches(Coding.Pack, "TUR", "SYR");
        Assert.Equal(expected, EraSplitter.Place(s, Coding.Date(date)));
    }

    [Fact]
    public void Place_Undated_IsNowhere() => Assert.Equal(-1, EraSplitter.Place(EraSplitter.Stretches(Coding.Pack, "TUR", "SYR"), null));

    [Fact]
    public void Stretches_NoDeclaredGovernment_IsOneUnboundedStretch()
    {
        var s = Assert.Single(EraSplitter.Stretches(Coding.Pack, "TUR", "ARL"));
        Assert.Equal((null, null, (DateOnly?)null, (DateOnly?)null), (s.A, s.B, s.From, s.To));
        Assert.Equal(0, EraSplitter.Place([s], new PartialDate(1950)));
    }

    [Theory]
    [InlineData("SYR", "2024-12-08", true)]
    [InlineData("SYR.MIL", "2024-12", true)]
    [InlineData("EGY", "2013-07-03", true)]
    [InlineData("SYR", "2012-07-18", false)] // a fall the pack does not declare: the ladder runs on
    [InlineData("TUR", "2016-07-15", false)]
    public void Declares_AFallNearTheEndOfADeclaredGovernment(string state, string date, bool declared) =>
        Assert.Equal(declared, EraSplitter.Declares(Coding.Pack, state, Coding.Date(date)));
}
