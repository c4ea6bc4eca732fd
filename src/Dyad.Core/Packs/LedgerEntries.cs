namespace Dyad.Packs;

/// <summary>
/// A topic a condition demands or a goal claims ("refugee-return", "drugs"), with the cue words that name it in a
/// sentence (cue syntax as in patterns.json).
/// </summary>
public sealed record LedgerTopic(string Id, string Label, string[] Cues);

/// <summary>
/// A quantity articles report ("killed", "refugees.hosted"): the cues that name it near a number, the units it takes
/// (the first when the number names none), and whether it may be told as a ratio ("three-fold").
/// </summary>
public sealed record IndicatorDefinition(string Id, string Label, string[] Units, string[] Cues, bool Ratio);

/// <summary>A unit of an amount: the words after a number ("pills") or the signs before it ("$").</summary>
public sealed record UnitDefinition(string Id, string[] Words, string[] Signs);

/// <summary>
/// How amounts are written: numbers in words, scale words ("million", the "m" of "1.5m"), ratio words ("tripled"),
/// qualifiers by their code ("about", "nearly", "over", "under", "up to"), vague amounts ("tens of thousands")
/// that are refused as values, and the words that may follow a number that names no unit.
/// </summary>
public sealed record NumberWords(
    IReadOnlyDictionary<string, double> Words,
    IReadOnlyDictionary<string, double> Scales,
    IReadOnlyDictionary<string, double> Ratios,
    IReadOnlyDictionary<string, string[]> Qualifiers,
    string[] Vague,
    string[] Bare);

/// <summary>
/// The ledger data of a pack (ledger.json of it and the packs it includes), parsed once at load.
/// </summary>
/// <param name="Topics">The topics conditions and goals are about.</param>
/// <param name="ConditionCues">Cues of a condition set ("precondition", "in exchange for", "provided that").</param>
/// <param name="ConditionUnless">Cues that, matched around a condition cue, say no condition is set ("without preconditions", "living conditions").</param>
/// <param name="GoalCues">Cues of a goal claimed ("goal", "objective", "would help").</param>
/// <param name="StatusCues">Cues of a condition's status by status code ("met", "unmet", "dropped").</param>
/// <param name="Indicators">The quantities read near numbers.</param>
/// <param name="Units">The units amounts may have.</param>
/// <param name="Numbers">How numbers are written in words.</param>
/// <param name="ReferBack">Words that point back to the topics of the sentence before ("these issues").</param>
public sealed record LedgerData(
    IReadOnlyList<LedgerTopic> Topics,
    string[] ConditionCues,
    string[] ConditionUnless,
    string[] GoalCues,
    IReadOnlyDictionary<string, string[]> StatusCues,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<UnitDefinition> Units,
    NumberWords Numbers,
    string[] ReferBack)
{
    /// <summary>The status codes a status cue may have ("open" is what a condition has without evidence).</summary>
    public const string StatusCodes = "met, unmet, dropped";

    /// <summary>The unit every ratio has, without a unit entry.</summary>
    public const string RatioUnit = "ratio";

    /// <summary>No ledger data: the ledger stage finds nothing.</summary>
    public static readonly LedgerData Empty = new([], [], [], [], new Dictionary<string, string[]>(), [], [],
        new NumberWords(new Dictionary<string, double>(), new Dictionary<string, double>(), new Dictionary<string, double>(),
            new Dictionary<string, string[]>(), [], []), []);

    /// <summary>A topic's readable label; the id itself when the pack has none.</summary>
    public string TopicLabel(string id) => Topics.FirstOrDefault(t => t.Id == id)?.Label ?? id;

    /// <summary>An indicator's readable label; the id itself when the pack has none.</summary>
    public string IndicatorLabel(string id) => Indicators.FirstOrDefault(i => i.Id == id)?.Label ?? id;
}
