using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// Calendar phrases: [preposition] [modifier] core, e.g. "On November 27, 2024", "in mid-2020",
/// "by the end of last year", "until Tuesday". The preposition, when present, is part of the span.
/// </summary>
internal static class PhraseMatcher
{
    public static Candidate Match(in Scan s, int i)
    {
        var p = i;
        var licensed = false;
        var w = s.Word(p);
        // "and"/"or"/"to" right after a mention carry its preposition over ("from 2018 to 2019").
        var conjunction = w is W.And or W.Or or W.To && i == s.Continuation;
        if (Licenses(w) || conjunction)
        {
            licensed = true;
            p++;
        }
        else if (w is W.On or W.At) p++;

        var modified = Modifier(s, ref p, out var earlier, out var relativeOnly);
        var core = relativeOnly ? RelativeUnit(s, p, earlier) : MatchCore(s, p);
        if (!core.Found) return default;
        // A bare year or month is a date only when something says so: "in 2018", "early May", never "1902" alone.
        if (core.NeedsLicence && !licensed && !modified) return default;
        // A conjunction is only worth spanning when it licenses: "Monday and Tuesday" yields "Tuesday".
        if (conjunction && !core.NeedsLicence && !modified) return default;
        return new Candidate(core.End, core.Value, core.Basis, DateRole.Point);
    }

    // Prepositions after which a bare year or month is read as a date.
    private static bool Licenses(W w) => w is W.In or W.Since or W.Of or W.By or W.Until or W.Till or W.During
        or W.From or W.Before or W.After or W.Throughout or W.Through or W.Around or W.Between;

    /// <summary>Consumes "early", "mid-", "post-", "the end of", "the summer of", "earlier" ... and reports whether it did.</summary>
    private static bool Modifier(in Scan s, ref int p, out bool earlier, out bool relativeOnly)
    {
        earlier = relativeOnly = false;
        switch (s.Word(p))
        {
            case W.Early or W.Late:
                p++;
                return true;
            case W.Mid:
                p += s.IsPunct(p + 1, '-') && s.Touches(p + 1) ? 2 : 1;
                return true;
            case W.Post or W.Pre when s.IsPunct(p + 1, '-') && s.Touches(p + 1) && s.Touches(p + 2):
                p += 2;
                return true;
            // Only "earlier/later this year" and the like: "later" alone is vague, and is in the vague table.
            case W.Earlier or W.Later when s.Word(p + 1) is W.This or W.Last or W.Next:
                earlier = s.Is(p, W.Earlier);
                relativeOnly = true;
                p++;
                return true;
        }
        var q = s.Is(p, W.The) ? p + 1 : p;
        switch (s.Word(q))
        {
            case W.End or W.Beginning or W.Start or W.Middle when s.Is(q + 1, W.Of):
                p = q + 2;
                return true;
            case W.First or W.Second when s.Is(q + 1, W.Half) && s.Is(q + 2, W.Of):
                p = q + 3;
                return true;
            case W.Spring or W.Summer or W.Autumn or W.Fall or W.Winter:
                p = s.Is(q + 1, W.Of) ? q + 2 : q + 1;
                return true;
        }
        return false;
    }

    private readonly record struct CoreMatch(int End, PartialDate? Value, DateBasis Basis, bool NeedsLicence = false)
    {
        public bool Found => End > 0;
    }

    private static CoreMatch MatchCore(in Scan s, int p)
    {
        if (p >= s.T.Length) return default;
        if (s.Month(p, out _) > 0) return MonthFirst(s, p);
        if (s.T[p].Kind == TokenKind.Number)
        {
            var iso = Iso(s, p);
            if (iso.Found) return iso;
            var dotted = Dotted(s, p);
            if (dotted.Found) return dotted;
            var dayFirst = DayFirst(s, p);
            if (dayFirst.Found) return dayFirst;
            var year = s.Year(p);
            return year > 0 ? new CoreMatch(p + 1, new PartialDate(year), DateBasis.Explicit, NeedsLicence: true) : default;
        }
        return s.Word(p) switch
        {
            W.Yesterday => new CoreMatch(p + 1, Relative.Days(s.Pub, -1, DatePrecision.Day), DateBasis.Relative),
            W.Today or W.Tonight => new CoreMatch(p + 1, Relative.Days(s.Pub, 0, DatePrecision.Day), DateBasis.Relative),
            W.Tomorrow => new CoreMatch(p + 1, Relative.Days(s.Pub, 1, DatePrecision.Day), DateBasis.Relative),
            W.This or W.Last or W.Next => Weekday(s, p) is { Found: true } weekday ? weekday : RelativeUnit(s, p, earlier: false),
            _ => Weekday(s, p),
        };
    }

    /// <summary>"May 7, 2023", "Jan. 13 2023", "May 2023", "October 3", "May 8 this year", "July".</summary>
    private static CoreMatch MonthFirst(in Scan s, int p)
    {
        var month = s.Month(p, out var abbreviated);
        var q = p + 1;
        if (abbreviated && s.IsPunct(q, '.') && s.Touches(q) && s.T.Length > q + 1 && s.T[q + 1].Kind == TokenKind.Number) q++;
        var day = s.DayNumber(q);
        if (day > 0) return WithDay(s, month, day, q + 1);
        var year = s.Year(q);
        if (year > 0) return new CoreMatch(q + 1, new PartialDate(year, month), DateBasis.Explicit);
        // "Mar Elias", "Jan Egeland": an abbreviation is a month only next to a number.
        if (abbreviated) return default;
        if (RelativeYear(s, p + 1, out var delta, out var end))
            return new CoreMatch(end, Relative.Years(s.Pub, delta) is { } y ? new PartialDate(y.Year, month) : null,
                DateBasis.Relative, NeedsLicence: true);
        return new CoreMatch(p + 1, Relative.YearOfMonth(s.Pub, month) is { } yy ? new PartialDate(yy, month) : null,
            DateBasis.Relative, NeedsLicence: true);
    }

    /// <summary>"7 May 2023", "25th of August", "3 Oct. 2021".</summary>
    private static CoreMatch DayFirst(in Scan s, int p)
    {
        var day = s.DayNumber(p);
        if (day == 0) return default;
        var q = p + 1;
        if (s.T[p].Ordinal && s.Is(q, W.Of)) q++;
        var month = s.Month(q, out var abbreviated);
        if (month == 0) return default;
        q++;
        // "3 Oct. 2021": the dot belongs to the date only when a year follows, else it may end the sentence.
        if (abbreviated && s.IsPunct(q, '.') && s.Touches(q) && s.Year(s.IsPunct(q + 1, ',') ? q + 2 : q + 1) > 0) q++;
        return WithDay(s, month, day, q);
    }

    /// <summary>After "Month day" or "day Month": an optional ", 2023" or "this year", else the year rule.</summary>
    private static CoreMatch WithDay(in Scan s, int month, int day, int q)
    {
        var yearAt = s.IsPunct(q, ',') ? q + 1 : q;
        var year = s.Year(yearAt);
        if (year > 0) return Explicit(year, month, day, yearAt + 1);
        int? resolved;
        var end = q;
        if (RelativeYear(s, q, out var delta, out var suffixEnd))
        {
            resolved = Relative.Years(s.Pub, delta)?.Year;
            end = suffixEnd;
        }
        else resolved = Relative.YearOfMonth(s.Pub, month);
        // Without a publication date still reject "February 30"; 2000 is a leap year so "February 29" stands.
        if (day > DateTime.DaysInMonth(resolved ?? 2000, month)) return default;
        return new CoreMatch(end, resolved is { } y ? new PartialDate(y, month, day) : null, DateBasis.Relative);
    }

    private static CoreMatch Explicit(int year, int month, int day, int end) =>
        day <= DateTime.DaysInMonth(year, month) ? new CoreMatch(end, new PartialDate(year, month, day), DateBasis.Explicit) : default;

    /// <summary>"2023-05-07", written without spaces and not part of a longer run of digits and hyphens.</summary>
    private static CoreMatch Iso(in Scan s, int p)
    {
        var year = s.Year(p);
        if (year == 0 || !s.IsPunct(p + 1, '-') || !s.IsPunct(p + 3, '-')) return default;
        for (var k = p + 1; k <= p + 4; k++)
            if (!s.Touches(k)) return default;
        if (s.Touches(p + 5) && (s.IsPunct(p + 5, '-') || s.T[p + 5].Kind != TokenKind.Punct)) return default;
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
        if (s.Touches(p + 5) && s.IsPunct(p + 5, '.') && s.Touches(p + 6) && s.T[p + 6].Kind != TokenKind.Punct) return default;
        var day = s.T[p].Kind == TokenKind.Number && s.T[p].Digits <= 2 && !s.T[p].Ordinal ? s.T[p].Number : 0;
        var month = s.Digits(p + 2, 2) is var m2 and > 0 ? m2 : s.Digits(p + 2, 1);
        var year = s.Year(p + 4);
        return day >= 1 && month is >= 1 and <= 12 && year > 0 ? Explicit(year, month, day, p + 5) : default;
    }

    /// <summary>"this year", "last month", "next week"; after "earlier", "this week" means the week before publication.</summary>
    private static CoreMatch RelativeUnit(in Scan s, int p, bool earlier)
    {
        var delta = s.Word(p) switch { W.This => 0, W.Last => -1, W.Next => 1, _ => int.MinValue };
        var unit = s.Word(p + 1);
        if (delta == int.MinValue || unit is not (W.Year or W.Month or W.Week)) return default;
        var value = unit switch
        {
            W.Year => Relative.Years(s.Pub, delta),
            W.Month => Relative.Months(s.Pub, delta),
            _ => Relative.Days(s.Pub, delta == 0 && earlier ? -7 : delta * 7, DatePrecision.Month),
        };
        return new CoreMatch(p + 2, value, DateBasis.Relative);
    }

    /// <summary>"this year" / "of last year" after a month or day: the year it names.</summary>
    private static bool RelativeYear(in Scan s, int q, out int delta, out int end)
    {
        var p = s.Is(q, W.Of) ? q + 1 : q;
        delta = s.Word(p) switch { W.This => 0, W.Last => -1, W.Next => 1, _ => int.MinValue };
        end = p + 2;
        return delta != int.MinValue && s.Is(p + 1, W.Year);
    }

    /// <summary>"Tuesday", "last Tuesday" (strictly before publication), "next Tuesday".</summary>
    private static CoreMatch Weekday(in Scan s, int p)
    {
        var mode = s.Word(p) switch { W.Last => WeekdayMode.Before, W.Next => WeekdayMode.After, _ => WeekdayMode.OnOrBefore };
        var at = s.Word(p) is W.This or W.Last or W.Next ? p + 1 : p;
        return s.Weekday(at) is { } day ? new CoreMatch(at + 1, Relative.Weekday(s.Pub, day, mode), DateBasis.Relative) : default;
    }
}
