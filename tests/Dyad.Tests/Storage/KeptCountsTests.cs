namespace Dyad.Tests.Storage;

/// <summary>
/// Issue 19, ninth round: the count of an event filter is kept per store mark (<see cref="KeptCounts"/>), so that the
/// pages of a filter do not count its matches again; a new mark counts again, and a count made while the mark moved is
/// not kept.
/// </summary>
public sealed class KeptCountsTests
{
    private static readonly EventQuery Dyad = new() { Dyad = ("SYR", "TUR") };

    [Fact]
    public void ACount_IsReadOncePerFilterBoundAndMark()
    {
        var counts = new KeptCounts();
        var reads = 0;
        int Count() => ++reads * 10;
        Assert.Equal(10, counts.Get(Dyad, 100, (1, 1), Count));
        Assert.Equal(10, counts.Get(Dyad, 100, (1, 1), Count));
        Assert.Equal(20, counts.Get(Dyad, 50, (1, 1), Count));
        Assert.Equal(30, counts.Get(Dyad with { Step = "contact.call" }, 100, (1, 1), Count));
        // A new mark counts again, and the counts of the old one are gone.
        Assert.Equal(40, counts.Get(Dyad, 100, (1, 2), Count));
        Assert.Equal(40, counts.Get(Dyad, 100, (1, 2), Count));
        Assert.Equal(50, counts.Get(Dyad, 100, (1, 1), Count));
        Assert.Equal(5, reads);
    }

    [Fact]
    public void ACountMadeWhileTheMarkMoved_IsNotKept()
    {
        var counts = new KeptCounts();
        var reads = 0;
        Assert.Equal(1, counts.Get(Dyad, 100, (1, 1), () =>
        {
            // Another request sees the store's next mark while this one counts.
            counts.Get(Dyad with { Actor = "USA" }, 100, (2, 2), () => 7);
            return ++reads;
        }));
        Assert.Equal(2, counts.Get(Dyad, 100, (1, 1), () => ++reads));
    }

    [Fact]
    public void TheCountsKept_AreBounded()
    {
        var counts = new KeptCounts();
        for (var i = 0; i < KeptCounts.MaxEntries; i++) counts.Get(Dyad with { Document = $"d{i}" }, 100, (1, 1), () => 1);
        Assert.Equal(1, counts.Get(Dyad with { Document = "d0" }, 100, (1, 1), () => 2));
        // The next one past the bound drops every count kept.
        counts.Get(Dyad with { Document = "past" }, 100, (1, 1), () => 1);
        Assert.Equal(3, counts.Get(Dyad with { Document = "d0" }, 100, (1, 1), () => 3));
    }
}
