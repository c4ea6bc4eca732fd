using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

/// <summary>
/// The banded index of <see cref="NearDuplicates"/> gives the answer of comparing each document with every one in
/// its window: same original, same similarity, the earliest of equally similar ones.
/// </summary>
public sealed class NearDuplicatesIndexTests
{
    // Families of signatures: copies of a family's first one with a few positions changed (some above the
    // threshold, some just below), some with empty positions, and keys seen again.
    private static List<(string Key, uint[] Signature)> Stream(int seed, int count)
    {
        var random = new Random(seed);
        var roots = new List<uint[]>();
        var stream = new List<(string, uint[])>();
        for (var i = 0; i < count; i++)
        {
            uint[] signature;
            if (roots.Count == 0 || random.Next(4) == 0)
            {
                signature = Enumerable.Range(0, NearDuplicates.Hashes).Select(_ => (uint)random.Next()).ToArray();
                roots.Add(signature);
            }
            else
            {
                signature = (uint[])roots[random.Next(roots.Count)].Clone();
                var changes = random.Next(0, 40);
                for (var c = 0; c < changes; c++) signature[random.Next(NearDuplicates.Hashes)] = (uint)random.Next();
                if (random.Next(10) == 0) signature[random.Next(NearDuplicates.Hashes)] = NearDuplicates.Empty;
            }
            var key = random.Next(12) == 0 && stream.Count > 0 ? stream[random.Next(stream.Count)].Item1 : $"doc{i}";
            stream.Add((key, signature));
        }
        return stream;
    }

    // Every document in the window compared with the new one, in the order they were seen.
    private static (string? Key, double Similarity) BruteForce(List<(string Key, uint[] Signature)> window, string key, uint[] signature, double threshold)
    {
        string? best = null;
        double bestSim = 0;
        foreach (var (otherKey, other) in window)
        {
            if (otherKey == key) continue;
            var sim = NearDuplicates.Similarity(signature, other);
            if (sim >= threshold && sim > bestSim) { best = otherKey; bestSim = sim; }
        }
        return (best, bestSim);
    }

    [Theory]
    [InlineData(1, 0.8, 20_000)]
    [InlineData(2, 0.8, 50)]
    [InlineData(3, 0.9, 30)]
    [InlineData(4, 0.0, 40)]
    public void Check_GivesTheAnswerOfComparingWithEveryDocumentInTheWindow(int seed, double threshold, int capacity)
    {
        var near = new NearDuplicates { Threshold = threshold, Capacity = capacity };
        var window = new List<(string Key, uint[] Signature)>();
        var matches = 0;
        foreach (var (key, signature) in Stream(seed, 600))
        {
            var expected = BruteForce(window, key, signature, threshold);
            Assert.Equal(expected, near.Check(key, signature));
            if (expected.Key is not null) matches++;
            window.RemoveAll(w => w.Key == key);
            window.Add((key, signature));
            if (window.Count > capacity) window.RemoveAt(0);
        }
        Assert.True(matches > 20, $"only {matches} matches: the stream does not exercise the index");
    }

    [Fact]
    public void Similarity_CountsAgreeingPositions_NeverEmptyOnes()
    {
        var a = Enumerable.Range(0, NearDuplicates.Hashes).Select(i => (uint)i).ToArray();
        var b = (uint[])a.Clone();
        Assert.Equal(1.0, NearDuplicates.Similarity(a, b));
        b[0] = 999;
        b[127] = 998;
        a[5] = b[5] = NearDuplicates.Empty;
        Assert.Equal(125.0 / 128, NearDuplicates.Similarity(a, b));
        Assert.Equal(0.0, NearDuplicates.Similarity(Enumerable.Repeat(NearDuplicates.Empty, 128).ToArray(), Enumerable.Repeat(NearDuplicates.Empty, 128).ToArray()));
    }
}
