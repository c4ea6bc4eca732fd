using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// Finds English time expressions in a span of text and resolves them against the publication date.
/// </summary>
public sealed class DateRecognizer
{
    /// <summary>
    /// Returns the time expressions in text[start..end), in order, non-overlapping (longest match wins).
    /// Offsets are into <paramref name="text"/>. <paramref name="published"/> may be null, or known only
    /// to a year or month: relative expressions then resolve only as far as it allows, or to null.
    /// </summary>
    public IReadOnlyList<DateMention> Recognize(string text, int start, int end, PartialDate? published)
    {
        throw new NotImplementedException();
    }
}
