namespace Dyad.Storage;

/// <summary>
/// Filters of the stored ledger: the store narrows by kind, topic, document and dates; actors and dyads are matched by
/// the view over it (Query/LedgerView), which needs every status note to tell a condition's status.
/// </summary>
public sealed record LedgerQuery
{
    /// <summary>"condition", "goal", "indicator", "status"; null for all.</summary>
    public string? Kind { get; init; }
    public string? Topic { get; init; }
    /// <summary>A document's key.</summary>
    public string? Document { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
