namespace Dyad.Ledger;

/// <summary>
/// An amount read from tokens [<see cref="First"/>, <see cref="End"/>): its value (null when vague), the unit it names
/// (null when none: the indicator's first unit then), a qualifier code, and whether it is a ratio ("three-fold").
/// </summary>
internal readonly record struct Amount(int First, int End, double? Value, string? Unit, string? Qualifier, bool Ratio)
{
    /// <summary>A vague amount ("tens of thousands"): kept only as a refusal.</summary>
    public bool Vague => Value is null;
}
