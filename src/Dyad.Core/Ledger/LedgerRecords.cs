using Dyad.Model;

namespace Dyad.Ledger;

/// <summary>What a condition has come to, read from later evidence; <see cref="Open"/> without any.</summary>
public enum ConditionStatus
{
    /// <summary>No later evidence says what became of the condition.</summary>
    Open,
    /// <summary>Later evidence says it was met ("has curbed", "fulfilled").</summary>
    Met,
    /// <summary>Later evidence says it was not met ("has not curbed", "failed to").</summary>
    Unmet,
    /// <summary>Its setter let it go ("dropped the condition", "waived").</summary>
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
    /// <summary>The id of the document it was read from (<see cref="Document.Id"/>).</summary>
    public string Doc { get; init; } = "";
    /// <summary>When the record holds: the sentence's date, else the story's, else publication.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The sentence it was read from, as it stands in the document.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>Offset of the evidence's first character in the document text.</summary>
    public int EvidenceStart { get; init; }

    /// <summary>Offset just past the evidence's last character.</summary>
    public int EvidenceEnd { get; init; }

    /// <summary>The index of the sentence in its document (<see cref="Model.Sentence.Index"/>).</summary>
    public int Sentence { get; init; }

    /// <summary>The record's kind as every output writes it: "condition", "goal", "indicator" or "status".</summary>
    public abstract string Kind { get; }
}

/// <summary>
/// A condition <see cref="Setter"/> sets on <see cref="Target"/>: what it demands as a pack topic (null when the
/// sentence names none), the demand's own words, and the step it gates where the sentence codes one.
/// </summary>
/// <param name="Setter">The actor id of who sets the condition.</param>
/// <param name="Target">The actor id of who must meet it; null when the sentence names no one.</param>
/// <param name="Topic">The pack topic demanded (<see cref="Packs.LedgerTopic.Id"/>).</param>
/// <param name="Demand">The demand's own words from the sentence.</param>
/// <param name="Gates">The step code the condition is set on, where the sentence codes one ("mission.reopen").</param>
public sealed record Condition(string Setter, string? Target, string Topic, string Demand, string? Gates) : LedgerRecord
{
    /// <inheritdoc/>
    public override string Kind => "condition";
}

/// <summary>A reason <see cref="Actor"/> states for a step or for normalization, toward <see cref="Counterpart"/>.</summary>
/// <param name="Actor">The actor id of who states the goal.</param>
/// <param name="Counterpart">The actor id of the other side, where the sentence names one.</param>
/// <param name="Topic">The pack topic of the goal (<see cref="Packs.LedgerTopic.Id"/>).</param>
public sealed record ClaimedGoal(string Actor, string? Counterpart, string Topic) : LedgerRecord
{
    /// <inheritdoc/>
    public override string Kind => "goal";
}

/// <summary>
/// A value of a pack indicator: <see cref="Value"/> in <see cref="Unit"/> ("ratio" for "three-fold"), the qualifier
/// said with it ("about", "nearly", "over", "under", "up to"), the place or actor it is about, the period it covers
/// where the sentence says ("since 2023"), the amount's own words, and the state whose people it counts where its noun
/// names one ("2.3 million Syrians" in Lebanon: SYR).
/// </summary>
/// <param name="Indicator">The pack indicator's id (<see cref="Packs.IndicatorDefinition.Id"/>).</param>
/// <param name="Value">The amount as a number (2,300,000 for "2.3 million"; 3 for "three-fold").</param>
/// <param name="Unit">The unit's id, one of the indicator's units, or "ratio".</param>
/// <param name="Qualifier">The qualifier's code ("about", "over"); null for an amount said plainly.</param>
/// <param name="Place">The actor id of the place or actor the value is about; null when the sentence names none.</param>
/// <param name="Period">The period the value covers as written ("since 2023"); null when the sentence gives none.</param>
/// <param name="Amount">The amount's own words ("2.3 million").</param>
/// <param name="Of">The state whose people the value counts, where its noun names one.</param>
public sealed record IndicatorValue(string Indicator, double Value, string Unit, string? Qualifier, string? Place, string? Period, string Amount,
    string? Of = null) : LedgerRecord
{
    /// <inheritdoc/>
    public override string Kind => "indicator";
}

/// <summary>
/// Evidence of what became of conditions on a topic ("Damascus has not curbed smuggling"): read with the conditions
/// when they are queried, the latest note on or after a condition setting its status.
/// </summary>
/// <param name="Topic">The pack topic the note is about.</param>
/// <param name="Actor">The actor id of who met or failed the condition; null when the sentence names no one.</param>
/// <param name="Status">What became of the conditions on the topic.</param>
/// <param name="Words">The words that say so ("has not curbed").</param>
public sealed record StatusNote(string Topic, string? Actor, ConditionStatus Status, string Words) : LedgerRecord
{
    /// <inheritdoc/>
    public override string Kind => "status";
}

/// <summary>An amount the ledger did not take, and why ("tens of thousands": a vague amount).</summary>
public sealed record RefusedAmount(int Start, int End, string Words, string Reason);

/// <summary>The ledger layer of one sentence: its records, and the amounts refused in it.</summary>
public sealed record SentenceLedger(int Sentence, IReadOnlyList<LedgerRecord> Records, IReadOnlyList<RefusedAmount> Refused);

/// <summary>Codes of <see cref="ConditionStatus"/> as written in outputs and the store.</summary>
public static class ConditionStatusNames
{
    /// <summary>The status's code: "open", "met", "unmet" or "dropped".</summary>
    public static string ToCode(this ConditionStatus status) => status switch
    {
        ConditionStatus.Met => "met",
        ConditionStatus.Unmet => "unmet",
        ConditionStatus.Dropped => "dropped",
        _ => "open",
    };

    /// <summary>Reads a status code (exact, lower case); anything else, null included, is <see cref="ConditionStatus.Open"/>.</summary>
    public static ConditionStatus Parse(string? code) => code switch
    {
        "met" => ConditionStatus.Met,
        "unmet" => ConditionStatus.Unmet,
        "dropped" => ConditionStatus.Dropped,
        _ => ConditionStatus.Open,
    };
}
