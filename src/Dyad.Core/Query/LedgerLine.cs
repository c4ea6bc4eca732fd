using Dyad.Ledger;

namespace Dyad.Query;

/// <summary>
/// One line of the ledger as every output shows it (CLI table, jsonl and csv; the API): its kind and its fields in order,
/// names as the jsonl has them. A new kind (a dispute) is a new <see cref="LedgerLine"/> with its own fields.
/// </summary>
public sealed record LedgerLine(string Kind, IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    /// <summary>The actors the line is between (setter and target, actor and counterpart) or about (an indicator's places).</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>The record the line was made from.</summary>
    public LedgerRecord? Record { get; init; }

    /// <summary>The value of the field named <paramref name="field"/>, or null when the line has no such field.</summary>
    public object? this[string field] => Fields.FirstOrDefault(f => f.Key == field).Value;
}
