using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

/// <summary>
/// The band index finds exactly the documents added under a key and not removed since, through collisions, runs
/// that wrap around the end of the table and removals from the middle of a run.
/// </summary>
public sealed class BandIndexTests
{
    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 200)]
    [InlineData(3, 1000)]
    public void AddRemoveFind_MatchAReferenceMultimap(int seed, int most)
    {
        var random = new Random(seed);
        var index = new BandIndex(most);
        var reference = new List<(ulong Key, int Doc)>();
        // Few distinct keys, many of them sharing their low bits (the same home) or homed near the table's end.
        var keys = Enumerable.Range(0, Math.Max(8, most / 4))
            .Select(i => random.Next(3) switch
            {
                0 => (ulong)random.NextInt64() << 20,
                1 => ulong.MaxValue - (ulong)random.Next(4),
                _ => (ulong)random.NextInt64(),
            })
            .ToArray();
        var next = 0;
        for (var step = 0; step < most * 20; step++)
        {
            if (reference.Count < most && (reference.Count == 0 || random.Next(5) < 3))
            {
                var entry = (keys[random.Next(keys.Length)], ++next);
                index.Add(entry.Item1, entry.Item2);
                reference.Add(entry);
            }
            else
            {
                var at = random.Next(reference.Count);
                var (key, doc) = reference[at];
                index.Remove(key, doc);
                reference.RemoveAt(at);
            }
            Assert.Equal(reference.Count, index.Count);
            if (step % 7 != 0) continue;
            foreach (var key in keys)
            {
                var expected = reference.Where(r => r.Key == key).Select(r => r.Doc).Order().ToArray();
                Assert.Equal(expected, Found(index, key).Order().ToArray());
            }
        }
    }

    [Fact]
    public void Remove_OfAnAbsentEntry_ChangesNothing_AndAFullIndexRefusesMore()
    {
        var index = new BandIndex(8);
        const int a = 1;
        const int b = 2;
        index.Add(5, a);
        index.Remove(5, b);
        index.Remove(6, a);
        Assert.Equal([a], Found(index, 5));
        index.Remove(5, a);
        Assert.Empty(Found(index, 5));
        var full = new BandIndex(8);
        // Sixteen slots at the least, half of them usable.
        for (var i = 0; i < 8; i++) full.Add((ulong)i, i + 1);
        Assert.Throws<InvalidOperationException>(() => full.Add(99, a));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(7, 0));
    }

    private static List<int> Found(BandIndex index, ulong key)
    {
        var found = new List<int>();
        foreach (var doc in index.Find(key)) found.Add(doc);
        return found;
    }
}
