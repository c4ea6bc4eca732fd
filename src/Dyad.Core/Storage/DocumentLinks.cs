using System.Buffers.Binary;
using System.Globalization;

namespace Dyad.Storage;

/// <summary>A near-identical document found at ingest: a syndicated copy and the original it repeats.</summary>
/// <param name="DocumentKey">The copy's key: the document stored later.</param>
/// <param name="OriginalKey">The key of the document it repeats, stored before it.</param>
/// <param name="Similarity">The estimated Jaccard similarity of their 5-word shingles (from their MinHash signatures), 0 to 1.</param>
public sealed record DocumentLink(string DocumentKey, string OriginalKey, double Similarity);

/// <summary>A document's MinHash signature (<see cref="SignatureText.Values"/> values), as ingest computes it.</summary>
internal sealed record DocumentSignature(string DocumentKey, uint[] Signature);

/// <summary>
/// A signature as the store keeps it. The store owns this form (not ingest, which computes the values): a store must
/// read what older versions wrote whichever code computes signatures today.
/// </summary>
internal static class SignatureText
{
    /// <summary>Values in a signature.</summary>
    public const int Values = 128;

    /// <summary>A signature as stored: its values as little-endian bytes in base64 (684 characters).</summary>
    public static string Format(uint[] signature)
    {
        Span<byte> bytes = stackalloc byte[Values * sizeof(uint)];
        for (var i = 0; i < Values; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes[(i * sizeof(uint))..], signature[i]);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>
    /// A stored signature: base64 of 32-bit values as <see cref="Format"/> writes it, or the 64-bit values of older
    /// stores (base64, or comma-separated hex), whose top halves are the same signature; null when it is neither.
    /// </summary>
    public static uint[]? Parse(string text)
    {
        if (!text.Contains(','))
        {
            Span<byte> bytes = stackalloc byte[Values * sizeof(ulong)];
            if (!Convert.TryFromBase64String(text, bytes, out var written)) return null;
            var values = new uint[Values];
            if (written == Values * sizeof(uint))
            {
                for (var i = 0; i < Values; i++) values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
                return values;
            }
            if (written != Values * sizeof(ulong)) return null;
            for (var i = 0; i < Values; i++) values[i] = (uint)(BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * sizeof(ulong))..]) >> 32);
            return values;
        }
        var parts = text.Split(',');
        if (parts.Length != Values) return null;
        var top = new uint[Values];
        for (var i = 0; i < Values; i++)
        {
            if (!ulong.TryParse(parts[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var wide)) return null;
            top[i] = (uint)(wide >> 32);
        }
        return top;
    }
}
