namespace Dyad.Model;

/// <summary>How the text holds an event (spec: events.md, field modality).</summary>
public enum Modality
{
    /// <summary>It happened or was done, a statement that was made included.</summary>
    Asserted,
    /// <summary>Announced, intended or reported as a plan ("set to", "will reopen").</summary>
    Planned,
    /// <summary>Someone calls for it; it has not happened.</summary>
    Demanded,
    /// <summary>It did not happen, or will not.</summary>
    Negated,
    /// <summary>Conditional or speculative ("could", "if").</summary>
    Hypothetical,
}

/// <summary>
/// The lower-case codes the export, the store, the CLI and the web API write for a <see cref="Modality"/> and a
/// <see cref="DateBasis"/> ("planned", "relative"), and their readers.
/// </summary>
public static class ModalityNames
{
    /// <summary>The codes, for messages.</summary>
    public const string Known = "asserted, planned, demanded, negated, hypothetical";

    /// <summary>The modality's code: "asserted", "planned", "demanded", "negated" or "hypothetical".</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a value outside the enum.</exception>
    public static string ToCode(this Modality m) => m switch
    {
        Modality.Asserted => "asserted",
        Modality.Planned => "planned",
        Modality.Demanded => "demanded",
        Modality.Negated => "negated",
        Modality.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(m)),
    };

    /// <summary>Reads a modality's code, ignoring case; false (and <see cref="Modality.Asserted"/>) for anything else.</summary>
    public static bool TryParse(string? code, out Modality modality)
    {
        foreach (var m in Enum.GetValues<Modality>())
        {
            if (string.Equals(m.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                modality = m;
                return true;
            }
        }
        modality = default;
        return false;
    }

    /// <summary>The date basis's code: "explicit", "relative", "publication" or "none".</summary>
    public static string ToCode(this DateBasis b) => b switch
    {
        DateBasis.Explicit => "explicit",
        DateBasis.Relative => "relative",
        DateBasis.Publication => "publication",
        _ => "none",
    };

    /// <summary>Reads a date basis's code (exact, lower case); anything else, null included, is <see cref="DateBasis.None"/>.</summary>
    public static DateBasis ParseBasis(string? code) => code switch
    {
        "explicit" => DateBasis.Explicit,
        "relative" => DateBasis.Relative,
        "publication" => DateBasis.Publication,
        _ => DateBasis.None,
    };
}
