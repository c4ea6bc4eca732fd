using System.Globalization;
using Dyad.Ledger;

namespace Dyad.Cli.Commands;

/// <summary>Ledger records as one readable line each, as `dyad explain` and the ledger table show them.</summary>
internal static class LedgerText
{
    public static string Describe(LedgerRecord record) => record switch
    {
        Condition c => $"condition {c.Setter} -> {c.Target ?? "-"} {c.Topic}: \"{c.Demand}\"{(c.Gates is null ? "" : $" gates {c.Gates}")}",
        ClaimedGoal g => $"goal {g.Actor} -> {g.Counterpart ?? "-"} {g.Topic}",
        IndicatorValue i => $"indicator {i.Indicator} {Number(i.Value)} {i.Unit}{(i.Qualifier is null ? "" : $" ({i.Qualifier})")} place {i.Place ?? "-"}{(i.Period is null ? "" : $" period {i.Period}")}: \"{i.Amount}\"",
        StatusNote n => $"status {n.Topic} {n.Status.ToCode()} by {n.Actor ?? "-"}: \"{n.Words}\"",
        _ => record.Kind,
    };

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
