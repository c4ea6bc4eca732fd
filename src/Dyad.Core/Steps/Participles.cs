namespace Dyad.Steps;

/// <summary>A word shaped like a past participle ("severed", "broken"): the cue and date rules that read a reduced
/// relative clause ("relations, severed since 1961") share this one test.</summary>
internal static class Participles
{
    public static bool Looks(string lower) =>
        lower.Length > 4 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("en", StringComparison.Ordinal));

    /// <summary>A verb in the past ("imposed", "expelled"), not one of the "-ed" words that name or describe ("United", "armed").</summary>
    public static bool PastVerb(string lower) =>
        lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) ? lower is not ("united" or "armed" or "based" or "allied" or "related")
            : Irregular.Contains(lower);

    // The irregular pasts of the verbs news tells steps with ("sent envoys", "met Assad", "cut ties", "withdrew its
    // diplomats"); none of them is also a common noun or adjective ("left", "hit" and "led" are left out for that).
    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal)
    {
        "sent", "met", "held", "cut", "told", "gave", "took", "made", "paid", "sat", "won", "saw", "put",
        "withdrew", "broke", "froze", "began", "spoke", "struck", "brought", "sought", "chose", "became", "flew", "drew", "kept",
        "forbade", "overthrew", "threw", "shook", "rang", "fought", "swore", "oversaw", "undertook", "upheld",
    };
}
