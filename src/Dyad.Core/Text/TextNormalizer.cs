using System.Buffers;
using System.Text;

namespace Dyad.Text;

/// <summary>
/// Normalises raw article text: one kind of line break, no-break and other exotic spaces made plain,
/// runs of spaces collapsed, trailing spaces and runs of blank lines removed.
/// Characters are otherwise kept as written, so evidence sentences stand as in the article.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // A text file's last line ends with a line break, which normalising drops.
        var text = raw.AsSpan().TrimEnd('\n');
        if (!IsNormal(text)) return Rewrite(raw);
        return text.Length == raw.Length ? raw : text.ToString();
    }

    // Text that normalising would not change, found by vectorised searches instead of a pass character by
    // character: most articles arrive clean, and copying them cost a sixth of reading a file.
    private static bool IsNormal(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return true;
        if (text[0] is ' ' or '\n' || text[^1] == ' ') return false;
        return !text.ContainsAny(Unusual) && !text.Contains("  ", StringComparison.Ordinal) && !text.Contains(" \n", StringComparison.Ordinal)
            && !text.Contains("\n ", StringComparison.Ordinal) && !text.Contains("\n\n\n", StringComparison.Ordinal);
    }

    // Every character the rewrite drops or replaces, but the plain space and line break (whose runs and ends are checked apart).
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\n').Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c))
        + "\u00A0\u00AD\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u2028\u2029\u202F\u3000\uFEFF");

    /// <summary>The normalisation, character by character (what <see cref="Normalize"/> does when the text needs it).</summary>
    internal static string Rewrite(string raw)
    {
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
