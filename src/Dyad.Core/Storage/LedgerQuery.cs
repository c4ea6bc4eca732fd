namespace Dyad.Storage;

/// <summary>
/// Filters of the stored ledger: the store narrows by kind, topic, document and dates; actors and dyads are matched by
/// the view over it (Query/LedgerView), which needs every status note to tell a condition's status.
/// </summary>
public sealed record LedgerQuery
{
    /// <summary>"condition", "goal", "indicator", "status"; null for all.</summary>
    public string? Kind { get; init; }

    /// <summary>A pack topic id ("drugs", "refugee-return"); null for all.</summary>
    public string? Topic { get; init; }

    /// <summary>A document's key.</summary>
    public string? Document { get; init; }

    /// <summary>Records whose date ends on or after this day (undated records never match).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Records whose date starts on or before this day (undated records never match).</summary>
    public DateOnly? To { get; init; }
}
