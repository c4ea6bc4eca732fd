namespace Dyad.Model;

/// <summary>How an event's date was found (spec: events.md, field date_basis).</summary>
public enum DateBasis
{
    /// <summary>A full date in the text.</summary>
    Explicit,
    /// <summary>Resolved from words such as "last month" or "in July" against the publication date.</summary>
    Relative,
    /// <summary>No time words: fell back to the publication date.</summary>
    Publication,
    /// <summary>No date.</summary>
    None,
}
