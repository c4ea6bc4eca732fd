using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// A coded document with its spans in the store's form, made ahead on the thread that coded it, so that the one
/// thread that writes batches only writes. What the store keeps of coding travels here, not on the document.
/// </summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(CodedDocument coded, byte[] spans)
    {
        Coded = coded;
        Spans = spans;
    }

    public CodedDocument Coded { get; }

    /// <summary>The spans as stored (see <see cref="Storage.SpanBlob"/>).</summary>
    internal byte[] Spans { get; }

    /// <summary>Prepares a coded document (best sealed first, so its mentions and dates are listed once).</summary>
    public static PreparedDocument Of(CodedDocument coded) => new(coded, Storage.SpanBlob.Write(coded.Sentences, coded.MentionList(), coded.DateList()));
}
