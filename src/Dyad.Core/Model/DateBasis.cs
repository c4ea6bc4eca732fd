namespace Dyad.Model;

/// <summary>How an event's date was found (spec: events.md, field date_basis).</summary>
/// <remarks>Stored by number in a document's spans: a value is never renumbered.</remarks>
public enum DateBasis
{
    /// <summary>A full date in the text.</summary>
    Explicit = 0,
    /// <summary>Resolved from words such as "last month" or "in July" against the publication date.</summary>
    Relative = 1,
    /// <summary>No time words: fell back to the publication date.</summary>
    Publication = 2,
    /// <summary>No date.</summary>
    None = 3,
}
