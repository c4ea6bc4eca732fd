using Dyad.Model;

namespace Dyad.Text;

/// <summary>
/// Tells a headline from a sentence: a short line of its own with no closing stop ("Qatar reopens embassy in Damascus
/// after 13-year closure", "Japan PM Kishida plans South Korea visit"). Headlines are written in a short-hand that drops
/// articles and tenses, so their steps are read from the text that tells them in full.
/// </summary>
internal static class Headlines
{
    // Longer lines without a stop are paragraphs cut short, not headlines.
    private const int MaxWords = 18;

    public static bool IsHeadline(string text, Sentence s, List<Token> tokens)
    {
        if (tokens.Count == 0 || tokens.Count > MaxWords + 4) return false;
        if (!AtLineStart(text, s.Start) || !AtLineEnd(text, s.End)) return false;
        var last = text.AsSpan(s.Start, s.Length).TrimEnd();
        if (last.Length == 0 || last[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ':' or ',' or ';') return false;
        var words = 0;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word) words++;
        }
        return words <= MaxWords;
    }

    // A sentence opens its line when only spaces, or the stored text's " date YYYY-MM-DD" prefix, stand before it.
    private static bool AtLineStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0') i--;
        return i < 0 || text[i] == '\n';
    }

    private static bool AtLineEnd(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0' or '\r') i++;
        return i >= text.Length || text[i] == '\n';
    }
}
