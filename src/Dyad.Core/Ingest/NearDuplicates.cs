using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>
/// Finds syndicated copies: text normalised (lower case, letters and digits only), cut into 5-word shingles,
/// summarised by a 128-value MinHash; two documents whose estimated Jaccard similarity is at least
/// <see cref="Threshold"/> are the same article. A copy is linked to the first one stored (its original).
/// </summary>
internal sealed class NearDuplicates
{
    public const int ShingleWords = 5;
    public const int Hashes = SignatureText.Values;
    public double Threshold { get; init; } = 0.8;

    // Every document seen, by key, in the order first seen (a key seen again moves to the end), and an index of
    // signature bands. Two signatures at least Threshold similar agree on at least MinSame positions, so they
    // differ on at most Hashes - MinSame; cut into one band more than that, some band is equal in full
    // (pigeonhole). Only documents sharing a whole band are compared: exact, not the usual approximate LSH,
    // and the same answer as comparing with every document, without the cost growing with the square.
    /// <summary>
    /// How many recent documents are kept to compare against. Syndicated copies follow their original within days,
    /// so a window of recent documents finds them while memory stays bounded on an archive of millions
    /// (about 1.5 KB a document: 30 MB at the default).
    /// </summary>
    public int Capacity { get; init; } = 20_000;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<Entry> _order = new();
    // Band key -> the number of each document holding it. Two bands may share a key by chance; the similarity check
    // settles it. A document's number is its place in _numbered, given back when it leaves the window.
    private BandIndex? _bands;
    private Entry?[] _numbered = new Entry?[16];
    private readonly Stack<int> _freeNumbers = new();
    private int _nextNumber = 1;
    private long _sequence;
    private int[]? _bandStarts;

    private sealed class Entry(string key, uint[] signature, long sequence)
    {
        public string Key { get; } = key;
        public uint[] Signature { get; } = signature;
        public long Sequence { get; } = sequence;
        public bool Alive { get; set; } = true;
        public int Number { get; set; }
        // The last check that took this entry as a candidate: each is compared once, however many bands it shares.
        public long Visit { get; set; } = -1;
    }

    // The candidates of one check, kept between checks: a check allocates nothing but its new entry.
    private readonly List<Entry> _candidates = [];
    private long _visits;

    /// <summary>Remembers the signatures of the latest <see cref="Capacity"/> documents a store holds; the id of the last one's row (0 for none).</summary>
    public long Load(IDyadStore store)
    {
        var last = 0L;
        store.ReadSignatures(Capacity, s =>
        {
            Remember(s.DocumentKey, s.Signature, BandKeys(s.Signature, stackalloc ulong[Hashes]));
            last = s.Id;
        });
        return last;
    }

    /// <summary>
    /// The best match above the threshold among documents seen so far (another key), the earliest seen of equally
    /// similar ones; then remembers this one.
    /// </summary>
    public (string? OriginalKey, double Similarity) Check(string key, uint[] signature)
    {
        var bands = BandKeys(signature, stackalloc ulong[Hashes]);
        Entry? best = null;
        var bestSame = 0;
        var minSame = MinSame();
        foreach (var other in Candidates(bands))
        {
            if (other.Key == key) continue;
            var same = Same(signature, other.Signature);
            if (same < minSame || same == 0) continue;
            if (best is null || same > bestSame || (same == bestSame && other.Sequence < best.Sequence)) { best = other; bestSame = same; }
        }
        Remember(key, signature, bands);
        return best is null ? (null, 0) : (best.Key, (double)bestSame / Hashes);
    }

    // The documents that may reach the threshold: those sharing a whole band (every document when there are no bands).
    private List<Entry> Candidates(ReadOnlySpan<ulong> bands)
    {
        _candidates.Clear();
        if (Bands() is not { } index)
        {
            _candidates.AddRange(_entries.Values);
            return _candidates;
        }
        var visit = ++_visits;
        index.Warm(bands);
        foreach (var band in bands)
        {
            foreach (var number in index.Find(band))
            {
                var e = _numbered[number]!;
                if (e.Visit == visit) continue;
                e.Visit = visit;
                _candidates.Add(e);
            }
        }
        return _candidates;
    }

    private void Remember(string key, uint[] signature, ReadOnlySpan<ulong> bands)
    {
        // A key seen again leaves the index at once; its place in the order queue is skipped when reached.
        if (_entries.TryGetValue(key, out var old)) Forget(old);
        var entry = new Entry(key, signature, _sequence++);
        _entries[key] = entry;
        _order.Enqueue(entry);
        if (Bands() is { } index)
        {
            entry.Number = _freeNumbers.Count > 0 ? _freeNumbers.Pop() : _nextNumber++;
            if (entry.Number >= _numbered.Length) Array.Resize(ref _numbered, _numbered.Length * 2);
            _numbered[entry.Number] = entry;
            foreach (var band in bands) index.Add(band, entry.Number);
        }
        while (_entries.Count > Capacity && _order.TryDequeue(out var oldest)) Forget(oldest);
    }

    // Drops a document from the window and from its bands, so its memory is freed.
    private void Forget(Entry entry)
    {
        if (!entry.Alive) return;
        entry.Alive = false;
        _entries.Remove(entry.Key);
        if (Bands() is not { } index) return;
        var bands = BandKeys(entry.Signature, stackalloc ulong[Hashes]);
        index.Warm(bands);
        foreach (var band in bands) index.Remove(band, entry.Number);
        _numbered[entry.Number] = null;
        _freeNumbers.Push(entry.Number);
    }

    // The index of bands, sized for a full window and the document just added, or null when every document must be compared.
    private BandIndex? Bands()
    {
        if (_bands is not null) return _bands;
        var starts = BandStarts();
        if (starts is null) return null;
        return _bands = new BandIndex(checked((Math.Max(0, Capacity) + 1) * (starts.Length - 1)));
    }

    // The keys of a signature's bands in the index, in band order, skipping bands with an empty position: at most
    // one per band, written into the caller's buffer (none when there are no bands).
    private ReadOnlySpan<ulong> BandKeys(uint[] signature, Span<ulong> buffer)
    {
        var starts = BandStarts();
        if (starts is null) return [];
        var n = 0;
        for (var b = 0; b + 1 < starts.Length; b++)
        {
            if (BandHash(signature, starts[b], starts[b + 1]) is { } h) buffer[n++] = BandKey(b, h);
        }
        return buffer[..n];
    }

    // Positions two signatures must share to reach the threshold.
    private int MinSame()
    {
        var minSame = 0;
        while (minSame <= Hashes && (double)minSame / Hashes < Threshold) minSame++;
        return minSame;
    }

    private static ulong BandKey(int band, ulong hash) => Mix(hash ^ ((ulong)(band + 1) * 0x9E3779B97F4A7C15UL));

    // Band boundaries, or null when the threshold is so low that every document must be compared.
    private int[]? BandStarts()
    {
        if (_bandStarts is not null) return _bandStarts.Length == 0 ? null : _bandStarts;
        var minSame = MinSame();
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
    private static ulong? BandHash(uint[] signature, int from, int to)
    {
        var h = 0xCBF29CE484222325UL;
        for (var i = from; i < to; i++)
        {
            if (signature[i] == Empty) return null;
            h = Mix(h ^ signature[i]);
        }
        return h;
    }

    public static HashSet<ulong> Shingles(string text)
    {
        var set = new HashSet<ulong>();
        ForEachShingle(text, set.Add);
        return set;
    }

    // An ASCII character as a shingle's word holds it (lower case), or 0 for one that ends a word: one look-up for
    // the characters of nearly every text instead of a test and a conversion.
    private static readonly char[] AsciiWordChars = Enumerable.Range(0, 128)
        .Select(c => char.IsLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0').ToArray();

    // The hash of each shingle: FNV-1a of its words joined by single spaces (as string.Join(' ', ...) would
    // give), computed over one buffer of the text's words, lower case, without a string per word or shingle.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ForEachShingle(string text, Func<ulong, bool> add)
    {
        // Buffers from the pool: every article is read through them once.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var ends = ArrayPool<int>.Shared.Rent(text.Length / 2 + 1);
        try
        {
            var n = 0;
            var words = 0;
            ref var ascii = ref MemoryMarshal.GetArrayDataReference(AsciiWordChars);
            foreach (var c in text)
            {
                if (c < 128)
                {
                    var folded = Unsafe.Add(ref ascii, c);
                    if (folded != 0) { buffer[n++] = folded; continue; }
                }
                else if (char.IsLetterOrDigit(c))
                {
                    buffer[n++] = char.ToLowerInvariant(c);
                    continue;
                }
                if (n > 0 && buffer[n - 1] != ' ') { ends[words++] = n; buffer[n++] = ' '; }
            }
            if (n > 0 && buffer[n - 1] != ' ') ends[words++] = n;
            if (words == 0) return;
            if (words < ShingleWords) { add(Fnv(buffer.AsSpan(0, ends[words - 1]))); return; }
            for (var i = 0; i + ShingleWords <= words; i++)
            {
                var start = i == 0 ? 0 : ends[i - 1] + 1;
                add(Fnv(buffer.AsSpan(start, ends[i + ShingleWords - 1] - start)));
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<char>.Shared.Return(buffer);
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

    /// <summary>
    /// The MinHash of a text: for each of the <see cref="Hashes"/> hash functions, the top 32 bits of the least 64-bit
    /// hash over its shingles (keeping the top bits keeps the order, so this is also the least 32-bit hash). Two
    /// documents agree on a position by chance once in four billion: 32 bits cost half the memory and store space of
    /// 64 for the same estimate. A position no shingle reached (an empty text) is <see cref="Empty"/>.
    /// </summary>
    public static uint[] Signature(string text)
    {
        var least = new ulong[Hashes];
        Array.Fill(least, ulong.MaxValue);
        // The minimum over the shingles: a shingle seen twice changes nothing, so no set is needed.
        ForEachShingle(text, s =>
        {
            Lower(least, s);
            return true;
        });
        return Top(least);
    }

    /// <summary>A position of a signature that no shingle reached.</summary>
    public const uint Empty = uint.MaxValue;

    private static uint[] Top(ulong[] values)
    {
        var top = new uint[Hashes];
        for (var i = 0; i < Hashes; i++) top[i] = (uint)(values[i] >> 32);
        return top;
    }

    // least[i] = min(least[i], Mix(shingle ^ Seeds[i])) for every i: vectorised where the processor can, since this
    // runs 128 times per word of every article. These loops are compiled optimised from their first call: the first
    // seconds of an ingest ran them unoptimised (a percent of a 90 MB run).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Lower(ulong[] least, ulong shingle)
    {
        ref var seeds = ref MemoryMarshal.GetArrayDataReference(Seeds);
        ref var min = ref MemoryMarshal.GetArrayDataReference(least);
        if (Vector512.IsHardwareAccelerated)
        {
            var s = Vector512.Create(shingle);
            for (nuint i = 0; i < Hashes; i += (nuint)Vector512<ulong>.Count)
            {
                var z = Vector512.LoadUnsafe(ref seeds, i) ^ s;
                z = (z ^ Vector512.ShiftRightLogical(z, 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ Vector512.ShiftRightLogical(z, 27)) * 0x94D049BB133111EBUL;
                z ^= Vector512.ShiftRightLogical(z, 31);
                Vector512.Min(Vector512.LoadUnsafe(ref min, i), z).StoreUnsafe(ref min, i);
            }
            return;
        }
        if (Vector256.IsHardwareAccelerated)
        {
            var s = Vector256.Create(shingle);
            for (nuint i = 0; i < Hashes; i += (nuint)Vector256<ulong>.Count)
            {
                var z = Vector256.LoadUnsafe(ref seeds, i) ^ s;
                z = (z ^ Vector256.ShiftRightLogical(z, 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ Vector256.ShiftRightLogical(z, 27)) * 0x94D049BB133111EBUL;
                z ^= Vector256.ShiftRightLogical(z, 31);
                Vector256.Min(Vector256.LoadUnsafe(ref min, i), z).StoreUnsafe(ref min, i);
            }
            return;
        }
        for (var i = 0; i < Hashes; i++)
        {
            var h = Mix(shingle ^ Seeds[i]);
            if (h < least[i]) least[i] = h;
        }
    }

    /// <summary>The share of positions on which two signatures agree (empty positions never agree).</summary>
    public static double Similarity(uint[] a, uint[] b) => (double)Same(a, b) / Hashes;

    // Positions on which two signatures agree, empty ones aside: eight at a time where the processor can,
    // since a syndicated story is compared with every copy of it in the window.
    private static int Same(uint[] a, uint[] b)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(a.Length, b.Length), Hashes);
        ref var x = ref MemoryMarshal.GetArrayDataReference(a);
        ref var y = ref MemoryMarshal.GetArrayDataReference(b);
        var same = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var empty = Vector256.Create(Empty);
            for (nuint i = 0; i < Hashes; i += (nuint)Vector256<uint>.Count)
            {
                var u = Vector256.LoadUnsafe(ref x, i);
                var agree = Vector256.Equals(u, Vector256.LoadUnsafe(ref y, i)) & ~Vector256.Equals(u, empty);
                same += BitOperations.PopCount(agree.ExtractMostSignificantBits());
            }
            return same;
        }
        for (var i = 0; i < Hashes; i++) if (a[i] == b[i] && a[i] != Empty) same++;
        return same;
    }

    private static readonly ulong[] Seeds = Enumerable.Range(0, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL)).ToArray();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
