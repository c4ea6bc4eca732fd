using Dyad.Cli.Bench;
using Xunit;

namespace Dyad.Tests.Bench;

public sealed class CollectionNoteTests
{
    private static PhaseResult Phase(long allocatedMb, int collections) =>
        new("code", 1, 7930, 10_000_000, 79_616, 43_000, TimeSpan.FromSeconds(2), allocatedMb * 1_000_000, 40_000_000, 180_000_000)
        {
            Collections = collections,
        };

    private static string? Nothing(string name) => null;

    [Fact]
    public void A_phase_that_collects_every_few_megabytes_is_told_why_and_what_sets_the_budget()
    {
        var note = CollectionNote.For(Phase(310, 120), Nothing);

        Assert.NotNull(note);
        Assert.Contains("every 2.6 MB", note);
        Assert.Contains("120 collections", note);
        Assert.Contains("DOTNET_GCgen0size", note);
    }

    [Fact]
    public void A_budget_sized_for_a_cache_gets_no_note()
    {
        Assert.Null(CollectionNote.For(Phase(310, 8), Nothing));
        Assert.Null(CollectionNote.For(Phase(310, 30), Nothing));
    }

    [Fact]
    public void A_short_phase_with_few_collections_gets_no_note()
    {
        Assert.Null(CollectionNote.For(Phase(20, 10), Nothing));
    }

    [Theory]
    [InlineData("DOTNET_GCgen0size")]
    [InlineData("COMPlus_GCgen0size")]
    public void A_budget_set_by_the_environment_gets_no_note(string variable)
    {
        Assert.Null(CollectionNote.For(Phase(310, 120), name => name == variable ? "0x2000000" : null));
    }
}
