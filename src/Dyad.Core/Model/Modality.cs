namespace Dyad.Model;

/// <summary>How the text holds an event (spec: events.md, field modality).</summary>
public enum Modality
{
    Asserted,
    Planned,
    Demanded,
    Negated,
    Hypothetical,
}

public static class ModalityNames
{
    /// <summary>The codes, for messages.</summary>
    public const string Known = "asserted, planned, demanded, negated, hypothetical";

    public static string ToCode(this Modality m) => m switch
    {
        Modality.Asserted => "asserted",
        Modality.Planned => "planned",
        Modality.Demanded => "demanded",
        Modality.Negated => "negated",
        Modality.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(m)),
    };

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

    public static string ToCode(this DateBasis b) => b switch
    {
        DateBasis.Explicit => "explicit",
        DateBasis.Relative => "relative",
        DateBasis.Publication => "publication",
        _ => "none",
    };

    public static DateBasis ParseBasis(string? code) => code switch
    {
        "explicit" => DateBasis.Explicit,
        "relative" => DateBasis.Relative,
        "publication" => DateBasis.Publication,
        _ => DateBasis.None,
    };
}
