using Dyad.Ingest;
using Dyad.Tests.Corpus;

namespace Dyad.Tests.Ingest;

/// <summary>The allocation-free shingles equal the plain reading: words joined by spaces, hashed with FNV-1a.</summary>
public sealed class ShingleTests
{
    // The words of a text as the shingles read them: runs of letters and digits, lower case.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    private static HashSet<ulong> Reference(string text)
    {
        var words = Words(text);
        static ulong Fnv(string s) { var h = 14695981039346656037UL; foreach (var c in s) { h ^= c; h *= 1099511628211UL; } return h; }
        if (words.Count == 0) return [];
        if (words.Count < NearDuplicates.ShingleWords) return [Fnv(string.Join(' ', words))];
        return Enumerable.Range(0, words.Count - NearDuplicates.ShingleWords + 1).Select(i => Fnv(string.Join(' ', words.Skip(i).Take(NearDuplicates.ShingleWords)))).ToHashSet();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,, ")]
    [InlineData("One")]
    [InlineData("Two words, three -- four")]
    [InlineData("Syria's  Foreign Minister met Jordan's King on 1 May 2023; ÉTAT d'été… «Amman» 123abc x")]
    public void Shingles_EqualTheReference(string text) => Assert.Equal(Reference(text).Order(), NearDuplicates.Shingles(text).Order());

    [Fact]
    public void Shingles_OfTheSamples_EqualTheReference()
    {
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Samples, "*.txt"))
        {
            var text = File.ReadAllText(f);
            Assert.Equal(Reference(text).Order(), NearDuplicates.Shingles(text).Order());
        }
    }
}
