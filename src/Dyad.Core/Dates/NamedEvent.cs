using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// The date of an event a noun phrase names after "after" or "before" ("six days after the earthquake", "two
/// weeks before the phone call"): the time told earlier in the same sentence, or in the sentence before, when
/// that sentence holds the same noun. Only a common noun names an event this way; "after the United Arab
/// Emirates reopened" tells a new one.
/// </summary>
internal static class NamedEvent
{
    private const int MaxWords = 4;

    public static PartialDate? DateOf(in Scan s, int p)
    {
        if (s.Text is not { } text || !s.Is(p, W.The)) return null;
        var head = -1;
        for (var k = p + 1; k < s.T.Length && k <= p + MaxWords; k++)
        {
            ref readonly var t = ref s.T[k];
            // "the Israel-Sudan deal": a hyphen inside a word joins it.
            if (t.Kind == DateTokenKind.Punct && t.Punct == '-' && s.Touches(k) && s.Touches(k + 1)) continue;
            if (t.Kind != DateTokenKind.Word || t.Word != W.None || t.PastForm) break;
            head = k;
        }
        if (head < 0 || s.T[head].Capitalised) return null;
        var noun = text.AsSpan(s.T[head].Start, s.T[head].End - s.T[head].Start);
        if (s.Own is { } own && ContainsWord(text.AsSpan(s.T[0].Start, s.T[p].Start - s.T[0].Start), noun)) return own;
        var before = s.Before;
        if (before.Date is { } told && before.End <= text.Length && before.Start < before.End
            && ContainsWord(text.AsSpan(before.Start, before.End - before.Start), noun)) return told;
        return null;
    }

    /// <summary>True when <paramref name="word"/> stands in <paramref name="text"/> as a whole word (any case), or as its singular.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && (word[^1] is 's' or 'S')) word = word[..^1];
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            var after = at + word.Length;
            var endOk = after >= text.Length || !char.IsLetter(text[after]) || (text[after] is 's' && (after + 1 >= text.Length || !char.IsLetter(text[after + 1])));
            if ((at == 0 || !char.IsLetter(text[at - 1])) && endOk) return true;
            from = at + 1;
        }
        return false;
    }
}
