namespace Dyad.Packs;

// ledger.json as written (typed in LedgerEntries.cs): topics of conditions and goals, the cue words of conditions,
// goals and their later status, the indicators read around numbers, their units, and how numbers are written.

internal sealed record LedgerFile(
    LedgerTopicJson[]? Topics,
    LedgerCuesJson? Conditions,
    LedgerCuesJson? Goals,
    Dictionary<string, string[]>? Status,
    IndicatorJson[]? Indicators,
    UnitJson[]? Units,
    NumbersJson? Numbers,
    string[]? ReferBack = null);

internal sealed record LedgerTopicJson(string? Id, string? Label, string[]? Cues);

internal sealed record LedgerCuesJson(string[]? Cues, string[]? Unless);

internal sealed record IndicatorJson(string? Id, string? Label, string[]? Units, string[]? Cues, bool? Ratio);

internal sealed record UnitJson(string? Id, string[]? Words, string[]? Signs);

internal sealed record NumbersJson(
    Dictionary<string, double>? Words,
    Dictionary<string, double>? Scales,
    Dictionary<string, double>? Ratios,
    Dictionary<string, string[]>? Qualifiers,
    string[]? Vague,
    string[]? Bare);
