using Dyad.Model;

namespace Dyad.Dates;

/// <summary>Dates written in digits only: ISO and dotted day-first.</summary>
internal static partial class PhraseMatcher
{
    /// <summary>"2023-05-07", written without spaces and not part of a longer run of digits and hyphens.</summary>
    private static CoreMatch Iso(in Scan s, int p)
    {
        var year = s.Year(p);
        if (year == 0 || !s.IsPunct(p + 1, '-') || !s.IsPunct(p + 3, '-')) return default;
        for (var k = p + 1; k <= p + 4; k++)
            if (!s.Touches(k)) return default;
        if (s.Touches(p + 5) && (s.IsPunct(p + 5, '-') || s.T[p + 5].Kind != DateTokenKind.Punct)) return default;
        var month = s.Digits(p + 2, 2);
        var day = s.Digits(p + 4, 2);
        return month is >= 1 and <= 12 && day >= 1 ? Explicit(year, month, day, p + 5) : default;
    }

    /// <summary>"30.09.2021" (day first, as in European sources), but not inside a longer dotted number.</summary>
    private static CoreMatch Dotted(in Scan s, int p)
    {
        if (!s.IsPunct(p + 1, '.') || !s.IsPunct(p + 3, '.')) return default;
        for (var k = p + 1; k <= p + 4; k++)
            if (!s.Touches(k)) return default;
        if (s.Touches(p) && s.IsPunct(p - 1, '.')) return default;
        if (s.Touches(p + 5) && s.IsPunct(p + 5, '.') && s.Touches(p + 6) && s.T[p + 6].Kind != DateTokenKind.Punct) return default;
        var day = s.T[p].Kind == DateTokenKind.Number && s.T[p].Digits <= 2 && !s.T[p].Ordinal ? s.T[p].Number : 0;
        var month = s.Digits(p + 2, 2) is var m2 and > 0 ? m2 : s.Digits(p + 2, 1);
        var year = s.Year(p + 4);
        return day >= 1 && month is >= 1 and <= 12 && year > 0 ? Explicit(year, month, day, p + 5) : default;
    }
}
