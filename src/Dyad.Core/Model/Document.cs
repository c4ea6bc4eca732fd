namespace Dyad.Model;

/// <summary>An article as read: its clean text and what is known about it.</summary>
/// <param name="Id">Document id: the file name without extension, or the URL (spec: events.md, field doc).</param>
/// <param name="Text">The clean text; every span of the pipeline is an offset into it.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Url">Where it was read, when it came from the web.</param>
/// <param name="Published">The publication date, to the precision known.</param>
/// <param name="Origin">The file or URL it was read from.</param>
public sealed record Document(
    string Id,
    string Text,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    PartialDate? Published = null,
    string? Origin = null)
{
    // Worked out at the first look, not as the document is made: only storing asks for it, and hashing every article
    // read was about 1.5 % of the processor time of coding it (the bench's code phase never stores).
    private string? _contentHash;

    /// <summary>SHA-256 of the text, hex: identical documents are stored once.</summary>
    public string ContentHash => _contentHash ??= Hashing.Sha256Hex(Text);

    /// <summary>A copy (`with`): its hash is worked out from its own text, never taken from the original's.</summary>
    private Document(Document original)
    {
        ArgumentNullException.ThrowIfNull(original);
        Id = original.Id;
        Text = original.Text;
        Title = original.Title;
        Source = original.Source;
        Url = original.Url;
        Published = original.Published;
        Origin = original.Origin;
    }

    /// <summary>Equal documents have equal members; the hash, kept once asked for, is their text's either way.</summary>
    public bool Equals(Document? other) =>
        ReferenceEquals(this, other) || (other is not null && Id == other.Id && Text == other.Text && Title == other.Title && Source == other.Source
            && Url == other.Url && Published == other.Published && Origin == other.Origin);

    /// <summary>Of the members <see cref="Equals(Document?)"/> compares.</summary>
    public override int GetHashCode() => HashCode.Combine(Id, Text, Title, Source, Url, Published, Origin);
}

internal static class Hashing
{
    public static string Sha256Hex(string text)
    {
        // The UTF-8 bytes in a pooled buffer: every article read is hashed, and its bytes are not needed after.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var n = System.Text.Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            System.Security.Cryptography.SHA256.HashData(buffer.AsSpan(0, n), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
