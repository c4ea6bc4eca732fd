using Dyad.Text;

namespace Dyad.Tests.Text;

public class WordTableTests
{
    // Sizes around the table's growth steps, and numbers that crowd one part of it (multiples of a power of two) as
    // well as spread ones: every kept number finds its own value, and no other number finds one.
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 1024)]
    [InlineData(64, 4096)]
    [InlineData(65, 7919)]
    [InlineData(500, 1)]
    public void Every_kept_number_finds_its_value_and_no_other_number_finds_one(int count, int step)
    {
        var kept = Enumerable.Range(0, count).Select(i => i * step % LowerPool.MaxEntries).Distinct().ToList();
        var table = new WordTable<string>(kept.Select(n => (n, $"v{n}")).ToList());
        foreach (var n in kept) Assert.Equal($"v{n}", table.Find(n));
        var set = kept.ToHashSet();
        for (var n = 0; n < 20_000; n++)
        {
            if (!set.Contains(n)) Assert.Null(table.Find(n));
        }
    }

    [Fact]
    public void A_negative_number_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordTable<string>([(-1, "none")]));
    }
}
