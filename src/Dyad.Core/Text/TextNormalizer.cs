using System.Text;

namespace Dyad.Text;

/// <summary>
/// Normalises raw article text: one kind of line break, no-break and other exotic spaces made plain,
/// runs of spaces collapsed, trailing spaces and runs of blank lines removed.
/// Characters are otherwise kept as written, so evidence sentences stand as in the article.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var sb = new StringBuilder(raw.Length);
        var blankLines = 0;
        var pendingSpace = false;
        var lineHasText = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n') continue;
                c = '\n';
            }
            if (c is '\u2028' or '\u2029' or '\f' or '\v') c = '\n';
            if (c == '\n')
            {
                pendingSpace = false;
                if (!lineHasText)
                {
                    blankLines++;
                    if (blankLines > 1 || sb.Length == 0) continue;
                }
                else
                {
                    blankLines = 0;
                }
                sb.Append('\n');
                lineHasText = false;
                continue;
            }
            if (IsSpace(c))
            {
                pendingSpace = lineHasText;
                continue;
            }
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            if (char.IsControl(c)) continue;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
            lineHasText = true;
            blankLines = 0;
        }
        while (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
        return sb.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007' or '\u3000'
        || (c >= '\u2000' && c <= '\u200A');
}
