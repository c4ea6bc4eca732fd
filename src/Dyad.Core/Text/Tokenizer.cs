using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Text;

/// <summary>
/// Splits a span of text into words, numbers and punctuation. Hyphenated words stay whole ("Turkey-backed",
/// "Al-Assad"), acronyms with dots stay whole ("U.S."), a possessive ending is its own token ("'s"),
/// and curly apostrophes and quotes are folded so look-ups see one form.
/// </summary>
internal static class Tokenizer
{
    // Tokens are gathered here, then copied into a list of their exact number: a list sized by guess was half as
    // large again as needed, or grew and copied itself, and token lists were a quarter of what coding allocated.
    [ThreadStatic]
    private static List<Token>? t_gathered;

    /// <param name="text">The text.</param>
    /// <param name="start">Where the span starts.</param>
    /// <param name="end">One past where it ends.</param>
    /// <param name="rare">The words are the pack's, not a text's (see <see cref="LowerPool.Intern"/>).</param>
    public static List<Token> Tokenize(string text, int start, int end, bool rare = false)
    {
        var gathered = t_gathered ??= new List<Token>(256);
        gathered.Clear();
        Gather(gathered, text, start, end, rare);
        var tokens = new List<Token>(gathered.Count);
        tokens.AddRange(CollectionsMarshal.AsSpan(gathered));
        return tokens;
    }

    private static void Gather(List<Token> tokens, string text, int start, int end, bool rare)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '[' && TryMarker(text, i, end, out var markerEnd))
            {
                tokens.Add(new Token(i, markerEnd, TokenKind.Marker, ""));
                i = markerEnd;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var j = WordEnd(text, i, end);
                AddWord(tokens, text, i, j, rare);
                i = j;
                continue;
            }
            var punct = FoldPunct(c);
            tokens.Add(new Token(i, i + 1, TokenKind.Punct, punct.Lower) { Word = punct.Number });
            i++;
        }
    }

    private static void AddWord(List<Token> tokens, string text, int start, int end, bool rare)
    {
        // Split a possessive ending off: "Syria’s" -> "Syria" + "'s".
        if (end - start > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] is 's' or 'S'))
        {
            AddPlain(tokens, text, start, end - 2, rare);
            tokens.Add(new Token(end - 2, end, TokenKind.Punct, Possessive.Lower) { Word = Possessive.Number });
            return;
        }
        AddPlain(tokens, text, start, end, rare);
    }

    private static void AddPlain(List<Token> tokens, string text, int start, int end, bool rare)
    {
        var span = text.AsSpan(start, end - start);
        var allDigits = true;
        foreach (var ch in span)
        {
            if (!char.IsDigit(ch) && ch != ',' && ch != '.') { allDigits = false; break; }
        }
        var word = Pooled(span, rare);
        tokens.Add(new Token(start, end, allDigits ? TokenKind.Number : TokenKind.Word, word.Lower) { Word = word.Number });
    }

    private static int WordEnd(string text, int i, int end)
    {
        // Acronym with dots: U.S. / D.C. / U.A.E.
        if (char.IsLetter(text[i]) && i + 3 < end + 1 && i + 1 < end && text[i + 1] == '.' && i + 2 < end && char.IsLetter(text[i + 2]))
        {
            var k = i;
            while (k + 1 < end && char.IsLetter(text[k]) && text[k + 1] == '.') k += 2;
            if (k - i >= 4) return k;
        }
        var j = i + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c)) { j++; continue; }
            // Keep joiners inside a word: hyphen, apostrophe, and digits' separators (250,000 / 3.5).
            if ((c is '-' or '\u2010' or '\u2011' || IsApostrophe(c)) && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) { j++; continue; }
            if ((c is ',' or '.') && char.IsDigit(text[j - 1]) && j + 1 < end && char.IsDigit(text[j + 1])) { j++; continue; }
            break;
        }
        return j;
    }

    private static bool TryMarker(string text, int i, int end, out int markerEnd)
    {
        markerEnd = i;
        var j = i + 1;
        while (j < end && j - i <= 8 && (char.IsDigit(text[j]) || "ivxlcIVXLC".Contains(text[j]))) j++;
        if (j > i + 1 && j < end && text[j] == ']')
        {
            markerEnd = j + 1;
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    // One pooled string per ASCII mark, made once: a sentence has a comma or a stop every few words.
    private static readonly PooledWord[] Ascii = Enumerable.Range(0, 128).Select(c => LowerPool.Intern([(char)c])).ToArray();
    private static readonly PooledWord Possessive = LowerPool.Intern("'s");

    private static PooledWord FoldPunct(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => Ascii['\''],
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => Ascii['"'],
        '\u2013' or '\u2014' or '\u2212' => Ascii['-'],
        < (char)128 => Ascii[c],
        _ => LowerPool.Intern([c]),
    };

    // The lower-case form used by every look-up, pooled; curly apostrophes become straight ones.
    private static PooledWord Pooled(ReadOnlySpan<char> span, bool rare)
    {
        if (LowerPool.TryFindAscii(span, out var known, rare)) return known;
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        for (var k = 0; k < span.Length; k++)
        {
            // Nearly every character is ASCII, which only an upper-case letter changes.
            var ch = span[k];
            buffer[k] = ch < 128 ? (char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch) : Fold(ch);
        }
        return LowerPool.Intern(buffer, rare);
    }

    private static char Fold(char ch) => IsApostrophe(ch) ? '\'' : ch is '\u2010' or '\u2011' ? '-' : char.ToLowerInvariant(ch);
}
