using System.Globalization;
using System.Text;

namespace Dyad.Ingest;

/// <summary>A near-identical document found at ingest: a syndicated copy and the original it repeats.</summary>
public sealed record DocumentLink(string DocumentKey, string OriginalKey, double Similarity);

/// <summary>What the store keeps for near-duplicate detection: a MinHash signature per document, and the links found.</summary>
public interface IDocumentLinkStore
{
    IReadOnlyList<(string Key, string Signature)> Signatures();
    /// <summary>Saves signatures and links together; saving again under the same key replaces (so a rerun is harmless).</summary>
    void SaveSignatures(IReadOnlyList<(string Key, string Signature)> signatures, IReadOnlyList<DocumentLink> links);
    IReadOnlyList<DocumentLink> Links();
}

/// <summary>
/// Finds syndicated copies: text normalised (lower case, letters and digits only), cut into 5-word shingles,
/// summarised by a 128-value MinHash; two documents whose estimated Jaccard similarity is at least
/// <see cref="Threshold"/> are the same article. A copy is linked to the first one stored (its original).
/// </summary>
public sealed class NearDuplicates
{
    public const int ShingleWords = 5;
    public const int Hashes = 128;
    public double Threshold { get; init; } = 0.8;

    private readonly List<(string Key, ulong[] Signature)> _index = [];

    public void Load(IEnumerable<(string Key, string Signature)> stored)
    {
        foreach (var (key, sig) in stored)
        {
            if (Parse(sig) is { } s) _index.Add((key, s));
        }
    }

    /// <summary>The best match above the threshold among documents seen so far (another key), then remembers this one.</summary>
    public (string? OriginalKey, double Similarity) Check(string key, ulong[] signature)
    {
        string? best = null;
        double bestSim = 0;
        foreach (var (other, sig) in _index)
        {
            if (other == key) continue;
            var sim = Similarity(signature, sig);
            if (sim >= Threshold && sim > bestSim) { best = other; bestSim = sim; }
        }
        _index.RemoveAll(e => e.Key == key);
        _index.Add((key, signature));
        return (best, bestSim);
    }

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    public static HashSet<ulong> Shingles(string text)
    {
        var words = Words(text);
        var set = new HashSet<ulong>();
        if (words.Count == 0) return set;
        if (words.Count < ShingleWords) { set.Add(Fnv(string.Join(' ', words))); return set; }
        for (var i = 0; i + ShingleWords <= words.Count; i++) set.Add(Fnv(string.Join(' ', words.Skip(i).Take(ShingleWords))));
        return set;
    }

    /// <summary>Exact Jaccard similarity of two texts' shingle sets (for tests and small checks).</summary>
    public static double Jaccard(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        if (x.Count == 0 && y.Count == 0) return 1;
        var inter = x.Count(y.Contains);
        return (double)inter / (x.Count + y.Count - inter);
    }

    public static ulong[] Signature(string text)
    {
        var sig = new ulong[Hashes];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var s in Shingles(text))
        {
            for (var i = 0; i < Hashes; i++)
            {
                var h = Mix(s ^ Seeds[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++) if (a[i] == b[i] && a[i] != ulong.MaxValue) same++;
        return (double)same / Hashes;
    }

    public static string Format(ulong[] signature) => string.Join(',', signature.Select(h => h.ToString("x", CultureInfo.InvariantCulture)));

    public static ulong[]? Parse(string text)
    {
        var parts = text.Split(',');
        if (parts.Length != Hashes) return null;
        var sig = new ulong[Hashes];
        for (var i = 0; i < Hashes; i++)
        {
            if (!ulong.TryParse(parts[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out sig[i])) return null;
        }
        return sig;
    }

    private static readonly ulong[] Seeds = Enumerable.Range(0, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL)).ToArray();

    private static ulong Fnv(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    // splitmix64 finaliser: a cheap, well-spread hash family when xored with per-index seeds.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
