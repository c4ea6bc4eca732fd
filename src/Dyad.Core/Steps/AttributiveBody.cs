using Dyad.Actors;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>
/// An organisation named as a modifier of the noun after it ("voiced support for UN efforts", "demanded that UN observers
/// be redeployed", "lifting the UN sanctions", "a meeting with ministers of Arab League states") is what the noun belongs
/// to, not the one a stance, a condition, a sanction or a contact is toward: the step is toward the state the efforts,
/// observers or sanctions concern, or toward no one named.
/// </summary>
internal static class AttributiveBody
{
    // Words after an organisation's name that show it is no modifier: it acts ("the UN said"), a phrase goes on ("urged the
    // EU to", "the Arab League and Syria"), or what it is called follows ("designated HTS a terrorist organisation").
    private static readonly HashSet<string> GoesOn = new(StringComparer.Ordinal)
    {
        "to", "and", "or", "of", "in", "on", "for", "with", "that", "which", "who", "as", "at", "by", "from", "over", "about",
        "after", "before", "into", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "should",
        "could", "may", "might", "must", "can", "did", "does", "do", "says", "but", "if", "while", "when", "because", "than",
        "since", "until", "through", "under", "against", "during", "within", "without", "itself", "not", "also",
        "chief", "head", "envoy", "secretary", "spokesman", "spokeswoman", "ambassador", "summit", "member", "members",
        "membership", "seat", "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "amid",
        "despite", "again", "now", "then", "still", "already", "yet", "too", "so",
    };

    // The people of a body ("members" is in GoesOn: never a modifier): sanctions on "Hezbollah officials" or "HTS leaders" are on the body itself, and "met EU
    // officials" is a contact with the EU (a stance or condition toward "UN monitors" is toward neither).
    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "officials", "leaders", "commanders", "fighters", "operatives", "militants", "figures", "financiers",
        "affiliates", "entities", "companies", "units",
    };

    /// <summary>Whether <paramref name="target"/> is an organisation named only as the modifier of the noun after it, in a
    /// step told as a stance, a condition, a sanction or a contact.</summary>
    public static bool Modifies(SentenceView view, ActorMention target, string step)
    {
        if (target.Kind != MentionKind.Organisation) return false;
        var statement = StepCoder.IsStatement(step);
        if (!statement && !step.StartsWith("sanction.", StringComparison.Ordinal) && !step.StartsWith("contact.", StringComparison.Ordinal))
            return false;
        var tokens = view.Tokens;
        if (target.Last >= tokens.Count) return false;
        var next = tokens[target.Last];
        if (next.Kind != TokenKind.Word || !char.IsLower(view.Text[next.Start])) return false;
        var w = next.Lower;
        if (!statement && People.Contains(w)) return false;
        return !GoesOn.Contains(w) && !Participles.PastVerb(w) && !w.EndsWith("ly", StringComparison.Ordinal);
    }
}
