using System.IO.Compression;

namespace Dyad.Web.Api;

/// <summary>
/// An answer kept as the JSON the API sends, with what lets a request be answered without copying it again (issue 19:
/// sixteen clients of the overview kept, 4 MB an answer, spent the server's time copying bytes): a tag of its content
/// for If-None-Match, and its gzip form, compressed once on the first request that accepts it.
/// </summary>
internal sealed class KeptJson
{
    private readonly Lazy<byte[]> _gzip;

    public KeptJson(byte[] json)
    {
        Json = json;
        Tag = $"W/\"{Fnv(json):x16}-{json.Length:x}\"";
        // One compression, whichever request asks first; the others wait for it rather than compressing again.
        _gzip = new Lazy<byte[]>(() => Compress(json), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The answer's bytes.</summary>
    public byte[] Json { get; }

    /// <summary>
    /// The entity tag of the answer (weak: the JSON and its gzip form are the same answer): a hash of its bytes, so that
    /// a write that leaves the answer unchanged still answers 304 to a client holding it.
    /// </summary>
    public string Tag { get; }

    /// <summary>The answer compressed with gzip.</summary>
    public byte[] Gzip => _gzip.Value;

    private static byte[] Compress(byte[] json)
    {
        using var compressed = new MemoryStream(json.Length / 4);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(json);
        return compressed.ToArray();
    }

    // 64-bit FNV-1a: computed once per answer, and a tag needs no cryptography (which the server does not load).
    private static ulong Fnv(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes) hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }
}
