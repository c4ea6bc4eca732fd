namespace Dyad.Dates;

/// <summary>Splits text into words, numbers and single punctuation marks, keeping character offsets.</summary>
internal static class DateTokenizer
{
    /// <summary>Fills <paramref name="tokens"/> (sized for one token per character) and returns how many were written.</summary>
    public static int Tokenize(string text, int start, int end, Span<DateToken> tokens)
    {
        var n = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            ref var t = ref tokens[n++];
            t = default;
            t.Start = i;
            if (char.IsAsciiDigit(c)) i = ReadNumber(text, i, end, ref t);
            else if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < end && char.IsLetter(text[j])) j++;
                t.Kind = DateTokenKind.Word;
                t.Capitalised = char.IsUpper(c);
                t.Word = DateWords.Find(text.AsSpan(i, j - i));
                t.PastForm = t.Word == W.None && !t.Capitalised && j - i >= 4 && text[j - 1] == 'd' && text[j - 2] == 'e';
                i = j;
            }
            else
            {
                t.Kind = DateTokenKind.Punct;
                t.Punct = c;
                i++;
            }
            t.End = i;
        }
        return n;
    }

    private static int ReadNumber(string text, int i, int end, ref DateToken t)
    {
        var j = i;
        while (j < end && char.IsAsciiDigit(text[j])) j++;
        var digits = j - i;
        var other = digits > 4;
        // Thousands grouping ("250,000") makes a count, not a day or a year.
        while (j < end && text[j] == ',' && IsDigits(text, j + 1, 3, end)
               && (j + 4 >= end || !char.IsAsciiDigit(text[j + 4])))
        {
            j += 4;
            other = true;
        }
        if (j < end && char.IsLetter(text[j]))
        {
            var k = j;
            while (k < end && char.IsLetter(text[k])) k++;
            if (!other && IsOrdinalSuffix(text.AsSpan(j, k - j))) t.Ordinal = true;
            else other = true; // "1990s", "5km"
            j = k;
        }
        t.Kind = other ? DateTokenKind.OtherNumber : DateTokenKind.Number;
        t.Digits = (byte)Math.Min(digits, byte.MaxValue);
        if (!other) t.Number = int.Parse(text.AsSpan(i, digits), provider: System.Globalization.CultureInfo.InvariantCulture);
        return j;
    }

    private static bool IsDigits(string text, int at, int count, int end)
    {
        if (at + count > end) return false;
        for (var k = at; k < at + count; k++)
            if (!char.IsAsciiDigit(text[k])) return false;
        return true;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
}
