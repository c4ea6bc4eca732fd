using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>A near-identical document found at ingest: a syndicated copy and the original it repeats.</summary>
public sealed record DocumentLink(string DocumentKey, string OriginalKey, double Similarity);

/// <summary>A document's MinHash signature, as computed by <see cref="NearDuplicates.Signature"/>.</summary>
public sealed record DocumentSignature(string DocumentKey, ulong[] Signature);

/// <summary>What the store keeps for near-duplicate detection: a MinHash signature per document, and the links found.</summary>
public interface IDocumentLinkStore
{
    /// <summary>Hands every stored signature to <paramref name="each"/>, one at a time (never all in memory), oldest first where the store knows.</summary>
    void ReadSignatures(Action<string, ulong[]> each);

    /// <summary>
    /// Writes documents as <see cref="IDyadStore.AddBatch"/> does, with their signatures and the links found, in the same
    /// transaction. Saving again under the same key replaces, so a rerun is harmless.
    /// </summary>
    IReadOnlyList<AddOutcome> AddBatch(IReadOnlyList<CodedDocument> docs, IReadOnlyList<DocumentSignature> signatures,
        IReadOnlyList<DocumentLink> links, CancellationToken cancellationToken = default);

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

    // Every document seen, by key, in the order first seen (a key seen again moves to the end), and an index of
    // signature bands. Two signatures at least Threshold similar agree on at least MinSame positions, so they
    // differ on at most Hashes - MinSame; cut into one band more than that, some band is equal in full
    // (pigeonhole). Only documents sharing a whole band are compared: exact, not the usual approximate LSH,
    // and the same answer as comparing with every document, without the cost growing with the square.
    /// <summary>
    /// How many recent documents are kept to compare against. Syndicated copies follow their original within days,
    /// so a window of recent documents finds them while memory stays bounded on an archive of millions
    /// (about 2.5 KB a document: 50 MB at the default).
    /// </summary>
    public int Capacity { get; init; } = 20_000;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<Entry> _order = new();
    private readonly Dictionary<(int Band, ulong Hash), List<Entry>> _bands = [];
    private long _sequence;
    private int[]? _bandStarts;

    private sealed class Entry(string key, ulong[] signature, long sequence)
    {
        public string Key { get; } = key;
        public ulong[] Signature { get; } = signature;
        public long Sequence { get; } = sequence;
        public bool Alive { get; set; } = true;
    }

    /// <summary>Remembers the signatures a store holds: only the latest <see cref="Capacity"/> stay.</summary>
    public void Load(IDocumentLinkStore store) => store.ReadSignatures(Remember);

    /// <summary>The best match above the threshold among documents seen so far (another key), then remembers this one.</summary>
    public (string? OriginalKey, double Similarity) Check(string key, ulong[] signature)
    {
        string? best = null;
        double bestSim = 0;
        foreach (var other in Candidates(signature))
        {
            if (other.Key == key) continue;
            var sim = Similarity(signature, other.Signature);
            if (sim >= Threshold && sim > bestSim) { best = other.Key; bestSim = sim; }
        }
        Remember(key, signature);
        return (best, bestSim);
    }

    // The documents that may reach the threshold, in the order they were seen.
    private IEnumerable<Entry> Candidates(ulong[] signature)
    {
        var starts = BandStarts();
        if (starts is null) return _entries.Values.OrderBy(e => e.Sequence);
        var found = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        var list = new List<Entry>();
        for (var b = 0; b + 1 < starts.Length; b++)
        {
            if (BandHash(signature, starts[b], starts[b + 1]) is not { } h || !_bands.TryGetValue((b, h), out var entries)) continue;
            foreach (var e in entries)
            {
                if (e.Alive && found.Add(e)) list.Add(e);
            }
        }
        list.Sort((x, y) => x.Sequence.CompareTo(y.Sequence));
        return list;
    }

    private void Remember(string key, ulong[] signature)
    {
        if (_entries.Remove(key, out var old)) old.Alive = false;
        var entry = new Entry(key, signature, _sequence++);
        _entries[key] = entry;
        _order.Enqueue(entry);
        while (_entries.Count > Capacity && _order.TryDequeue(out var oldest)) Forget(oldest);
        var starts = BandStarts();
        if (starts is null) return;
        for (var b = 0; b + 1 < starts.Length; b++)
        {
            if (BandHash(signature, starts[b], starts[b + 1]) is not { } h) continue;
            if (!_bands.TryGetValue((b, h), out var entries)) _bands[(b, h)] = entries = [];
            if (old is not null) entries.RemoveAll(e => !e.Alive);
            entries.Add(entry);
        }
    }

    // Band boundaries, or null when the threshold is so low that every document must be compared.
    // Drops the oldest document from the window, and from its bands, so its memory is freed.
    private void Forget(Entry entry)
    {
        if (!entry.Alive) return;
        entry.Alive = false;
        _entries.Remove(entry.Key);
        var starts = BandStarts();
        if (starts is null) return;
        for (var b = 0; b + 1 < starts.Length; b++)
        {
            if (BandHash(entry.Signature, starts[b], starts[b + 1]) is not { } h || !_bands.TryGetValue((b, h), out var entries)) continue;
            entries.Remove(entry);
            if (entries.Count == 0) _bands.Remove((b, h));
        }
    }

    private int[]? BandStarts()
    {
        if (_bandStarts is not null) return _bandStarts.Length == 0 ? null : _bandStarts;
        var minSame = 0;
        while (minSame <= Hashes && (double)minSame / Hashes < Threshold) minSame++;
        var bands = Hashes - minSame + 1;
        if (minSame == 0 || bands > Hashes)
        {
            _bandStarts = [];
            return null;
        }
        _bandStarts = new int[bands + 1];
        for (var b = 0; b <= bands; b++) _bandStarts[b] = b * Hashes / bands;
        return _bandStarts;
    }

    // A band counts only when it has no empty position (an empty position is never "the same").
    private static ulong? BandHash(ulong[] signature, int from, int to)
    {
        var h = 0xCBF29CE484222325UL;
        for (var i = from; i < to; i++)
        {
            if (signature[i] == ulong.MaxValue) return null;
            h = Mix(h ^ signature[i]);
        }
        return h;
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
        var set = new HashSet<ulong>();
        ForEachShingle(text, set.Add);
        return set;
    }

    // The hash of each shingle: FNV-1a of its words joined by single spaces (as string.Join(' ', ...) would
    // give), computed over one buffer of the text's words, lower case, without a string per word or shingle.
    private static void ForEachShingle(string text, Func<ulong, bool> add)
    {
        var buffer = new char[text.Length];
        var ends = new List<int>();
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
            else if (n > 0 && buffer[n - 1] != ' ') { ends.Add(n); buffer[n++] = ' '; }
        }
        if (n > 0 && buffer[n - 1] != ' ') ends.Add(n);
        if (ends.Count == 0) return;
        if (ends.Count < ShingleWords) { add(Fnv(buffer.AsSpan(0, ends[^1]))); return; }
        for (var i = 0; i + ShingleWords <= ends.Count; i++)
        {
            var start = i == 0 ? 0 : ends[i - 1] + 1;
            add(Fnv(buffer.AsSpan(start, ends[i + ShingleWords - 1] - start)));
        }
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
        // The minimum over the shingles: a shingle seen twice changes nothing, so no set is needed.
        ForEachShingle(text, s =>
        {
            for (var i = 0; i < Hashes; i++)
            {
                var h = Mix(s ^ Seeds[i]);
                if (h < sig[i]) sig[i] = h;
            }
            return true;
        });
        return sig;
    }

    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++) if (a[i] == b[i] && a[i] != ulong.MaxValue) same++;
        return (double)same / Hashes;
    }

    /// <summary>A signature as stored: its 128 values as little-endian bytes in base64 (1,368 characters).</summary>
    public static string Format(ulong[] signature)
    {
        Span<byte> bytes = stackalloc byte[Hashes * sizeof(ulong)];
        for (var i = 0; i < Hashes; i++) BinaryPrimitives.WriteUInt64LittleEndian(bytes[(i * sizeof(ulong))..], signature[i]);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>A stored signature: base64 as <see cref="Format"/> writes it, or the comma-separated hex of older stores.</summary>
    public static ulong[]? Parse(string text)
    {
        if (!text.Contains(','))
        {
            Span<byte> bytes = stackalloc byte[Hashes * sizeof(ulong)];
            if (!Convert.TryFromBase64String(text, bytes, out var written) || written != bytes.Length) return null;
            var values = new ulong[Hashes];
            for (var i = 0; i < Hashes; i++) values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * sizeof(ulong))..]);
            return values;
        }
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

    private static ulong Fnv(ReadOnlySpan<char> s)
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
