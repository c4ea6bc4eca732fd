using Dyad.Model;

namespace Dyad.Ledger;

/// <summary>What a condition has come to, read from later evidence; <see cref="Open"/> without any.</summary>
public enum ConditionStatus
{
    Open,
    Met,
    Unmet,
    Dropped,
}

/// <summary>
/// One record of the ledger beside the steps, read from one sentence: its document, date and evidence, with the
/// evidence's offsets into the document text. <see cref="Kind"/> names the record in every output ("condition",
/// "goal", "indicator", "status"); a new kind is a new subclass.
/// </summary>
public abstract record LedgerRecord
{
    // Set by the reader from the sentence (SentenceContext.Stamp), or by the store from its row.
    public string Doc { get; init; } = "";
    /// <summary>When the record holds: the sentence's date, else the story's, else publication.</summary>
    public PartialDate? Date { get; init; }
    public string Evidence { get; init; } = "";
    public int EvidenceStart { get; init; }
    public int EvidenceEnd { get; init; }
    public int Sentence { get; init; }
    public abstract string Kind { get; }
}

/// <summary>
/// A condition <see cref="Setter"/> sets on <see cref="Target"/>: what it demands as a pack topic (null when the
/// sentence names none), the demand's own words, and the step it gates where the sentence codes one.
/// </summary>
public sealed record Condition(string Setter, string? Target, string Topic, string Demand, string? Gates) : LedgerRecord
{
    public override string Kind => "condition";
}

/// <summary>A reason <see cref="Actor"/> states for a step or for normalization, toward <see cref="Counterpart"/>.</summary>
public sealed record ClaimedGoal(string Actor, string? Counterpart, string Topic) : LedgerRecord
{
    public override string Kind => "goal";
}

/// <summary>
/// A value of a pack indicator: <see cref="Value"/> in <see cref="Unit"/> ("ratio" for "three-fold"), the qualifier
/// said with it ("about", "nearly", "over", "under", "up to"), the place or actor it is about, the period it covers
/// where the sentence says ("since 2023"), the amount's own words, and the state whose people it counts where its noun
/// names one ("2.3 million Syrians" in Lebanon: SYR).
/// </summary>
public sealed record IndicatorValue(string Indicator, double Value, string Unit, string? Qualifier, string? Place, string? Period, string Amount,
    string? Of = null) : LedgerRecord
{
    public override string Kind => "indicator";
}

/// <summary>
/// Evidence of what became of conditions on a topic ("Damascus has not curbed smuggling"): read with the conditions
/// when they are queried, the latest note on or after a condition setting its status.
/// </summary>
public sealed record StatusNote(string Topic, string? Actor, ConditionStatus Status, string Words) : LedgerRecord
{
    public override string Kind => "status";
}

/// <summary>An amount the ledger did not take, and why ("tens of thousands": a vague amount).</summary>
public sealed record RefusedAmount(int Start, int End, string Words, string Reason);

/// <summary>The ledger layer of one sentence: its records, and the amounts refused in it.</summary>
public sealed record SentenceLedger(int Sentence, IReadOnlyList<LedgerRecord> Records, IReadOnlyList<RefusedAmount> Refused);

/// <summary>Codes of <see cref="ConditionStatus"/> as written in outputs and the store.</summary>
public static class ConditionStatusNames
{
    public static string ToCode(this ConditionStatus status) => status switch
    {
        ConditionStatus.Met => "met",
        ConditionStatus.Unmet => "unmet",
        ConditionStatus.Dropped => "dropped",
        _ => "open",
    };

    public static ConditionStatus Parse(string? code) => code switch
    {
        "met" => ConditionStatus.Met,
        "unmet" => ConditionStatus.Unmet,
        "dropped" => ConditionStatus.Dropped,
        _ => ConditionStatus.Open,
    };
}
