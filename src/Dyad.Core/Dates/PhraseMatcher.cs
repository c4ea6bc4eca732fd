using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// Calendar phrases: [preposition] [modifier] core, e.g. "On November 27, 2024", "in mid-2020",
/// "by the end of last year", "until Tuesday". The preposition, when present, is part of the span.
/// </summary>
internal static partial class PhraseMatcher
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

        var modified = Modifier(s, ref p, out var part, out var relativeOnly);
        var core = relativeOnly ? RelativeUnit(s, p, part) : MatchCore(s, p);
        if (!core.Found) return default;
        // A bare year or month is a date only when something says so: "in 2018", "early May", "February's
        // earthquakes", "a March summit", "the 2011 uprising"; never "1902" alone.
        if (core.NeedsLicence && !licensed && !modified && !Attributive.Licenses(s, i, core.End)) return default;
        // A conjunction is only worth spanning when it licenses: "Monday and Tuesday" yields "Tuesday".
        if (conjunction && !core.NeedsLicence && !modified) return default;
        // Only a day, weekday or month named without its year can lie either side of publication: the words of
        // its clause decide, and are read only then.
        var value = core.Value;
        var ahead = core.Ahead;
        // "since May" always looks back.
        if (core.Tensed && !s.Is(i, W.Since) && !YearBefore(s, i, core, ref value)
            && Tense.Read(s, i, core.End) is var tense
            && (tense == 1 || tense == 0 && core.SoonAhead && Soon(ahead, s.Pub) || tense == Tense.Open && Nearer(ahead, value, s.Pub)))
        {
            // Read ahead, a time that differs from its past reading is still to come: when a plan is for, not a date.
            (var past, value) = (value, ahead);
            return new Candidate(core.End, value, core.Basis, value != past ? DateRole.Prospective : DateRole.Point);
        }
        return new Candidate(core.End, value, core.Basis, core.Future ? DateRole.Prospective : DateRole.Point);
    }

    // Prepositions after which a bare year or month is read as a date.
    private static bool Licenses(W w) => w is W.In or W.Since or W.Of or W.By or W.Until or W.Till or W.During
        or W.From or W.Before or W.After or W.Throughout or W.Through or W.Around or W.Between;

    /// <summary>Consumes "early", "mid-", "post-", "the end of", "the summer of", "earlier" ... and reports whether it did.</summary>
    private static bool Modifier(in Scan s, ref int p, out WeekPart part, out bool relativeOnly)
    {
        part = WeekPart.Whole;
        relativeOnly = false;
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
                part = s.Is(p, W.Earlier) ? WeekPart.Earlier : WeekPart.Later;
                relativeOnly = true;
                p++;
                return true;
            // "earlier in the week" is "earlier this week"; "earlier in January" names the month.
            case W.Earlier or W.Later when s.Is(p + 1, W.In) && s.Is(p + 2, W.The) && s.Word(p + 3) is W.Week or W.Month or W.Year:
                part = s.Is(p, W.Earlier) ? WeekPart.Earlier : WeekPart.Later;
                relativeOnly = true;
                p += 2;
                return true;
            case W.Earlier or W.Later when s.Is(p + 1, W.In) && s.Month(p + 2, out _) > 0:
                p += 2;
                return true;
            // "Later on Wednesday": the weekday, as the modifier is no time of its own.
            case W.Earlier or W.Later when s.Is(p + 1, W.On) && s.Weekday(p + 2) is not null:
                p += 2;
                return true;
            // "will hold talks later Monday": the same, without "on".
            case W.Earlier or W.Later when s.Weekday(p + 1) is not null:
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

    /// <summary>
    /// A core phrase: <see cref="Value"/> as told of the past; when <see cref="Tensed"/>, <see cref="Ahead"/> is
    /// the value told of the future (a weekday or month named without a year).
    /// </summary>
    private readonly record struct CoreMatch(int End, PartialDate? Value, DateBasis Basis, bool NeedsLicence = false)
    {
        public bool Found => End > 0;
        public bool Tensed { get; init; }
        public PartialDate? Ahead { get; init; }
        /// <summary>Told with no tense at all, the value ahead wins when it is only days or a month away (see <see cref="Soon"/>).</summary>
        public bool SoonAhead { get; init; }
        /// <summary>The words themselves look ahead ("next week", "tomorrow", "later this year"): a time still to come.</summary>
        public bool Future { get; init; }
    }

    private static CoreMatch Tensed(int end, PartialDate? past, PartialDate? ahead, bool needsLicence = false, bool soonAhead = false) =>
        new(end, past, DateBasis.Relative, needsLicence) { Tensed = true, Ahead = ahead, SoonAhead = soonAhead };

    private static CoreMatch MatchCore(in Scan s, int p)
    {
        if (p >= s.T.Length) return default;
        if (s.Month(p, out _) > 0) return MonthFirst(s, p);
        if (s.T[p].Kind == DateTokenKind.Number)
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
            W.Tomorrow => new CoreMatch(p + 1, Relative.Days(s.Pub, 1, DatePrecision.Day), DateBasis.Relative) { Future = true },
            W.This or W.Last or W.Next => Named(s, p),
            W.The => TheDay(s, p),
            _ => Weekday(s, p),
        };
    }

    /// <summary>"May 7, 2023", "Jan. 13 2023", "May 2023", "December of 2019", "October 3", "May 8 this year", "July".</summary>
    private static CoreMatch MonthFirst(in Scan s, int p)
    {
        var month = s.Month(p, out var abbreviated);
        var q = p + 1;
        if (abbreviated && s.IsPunct(q, '.') && s.Touches(q) && s.T.Length > q + 1 && s.T[q + 1].Kind == DateTokenKind.Number) q++;
        var day = s.DayNumber(q);
        if (day > 0) return WithDay(s, month, day, q + 1);
        var year = s.Year(q);
        if (year > 0) return new CoreMatch(q + 1, new PartialDate(year, month), DateBasis.Explicit);
        // "in late December of 2019".
        if (s.Is(q, W.Of) && s.Year(q + 1) is var ofYear and > 0) return new CoreMatch(q + 2, new PartialDate(ofYear, month), DateBasis.Explicit);
        // "Mar Elias", "Jan Egeland": an abbreviation is a month only next to a number.
        if (abbreviated) return default;
        if (RelativeYear(s, p + 1, out var named, out var end))
            return new CoreMatch(end, named is { } y ? new PartialDate(y, month) : null, DateBasis.Relative, NeedsLicence: true);
        // "In 2018 ... in September": a month without its year after the year the sentence is set in.
        if (s.SettingYear is var setting and > 0) return new CoreMatch(p + 1, new PartialDate(setting, month), DateBasis.Relative, NeedsLicence: true);
        if (StoryMonth(s, p, month) is { } story) return new CoreMatch(p + 1, story, DateBasis.Relative, NeedsLicence: true);
        return Tensed(p + 1, InYear(Relative.YearOfMonth(s.Pub, month), month), InYear(Relative.YearOfMonth(s.Pub, month, ahead: true), month),
            needsLicence: true, soonAhead: true);
    }

    private static PartialDate? InYear(int? year, int month, int? day = null) => year is { } y ? new PartialDate(y, month, day) : null;

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

    /// <summary>After "Month day" or "day Month": an optional ", 2023" or "this year", else the nearest such day.</summary>
    private static CoreMatch WithDay(in Scan s, int month, int day, int q)
    {
        var yearAt = s.IsPunct(q, ',') ? q + 1 : q;
        var year = s.Year(yearAt);
        if (year > 0) return Explicit(year, month, day, yearAt + 1);
        // Without a publication date still reject "February 30"; 2000 is a leap year so "February 29" stands.
        if (RelativeYear(s, q, out var named, out var end))
            return day > DateTime.DaysInMonth(named ?? 2000, month) ? default : new CoreMatch(end, InYear(named, month, day), DateBasis.Relative);
        // "On August 24, 2021, Algeria broke off relations, and on September 22 it closed its airspace": a day without a year
        // after a time of another year in the same sentence is in that time's year (or the one next to it, the nearest day).
        if (s.Own is { Precision: DatePrecision.Day or DatePrecision.Month } own && s.Pub is { } pub && own.Year != pub.Year
            && NearestTo(own, month, day) is { } near)
            return new CoreMatch(q, near, DateBasis.Relative);
        if (StoryDay(s, month, day) is { } storyDay) return new CoreMatch(q, storyDay, DateBasis.Relative);
        // "In 2018 Moon visited Pyongyang on Sept. 18": after the year the sentence is set in, that year's day.
        if (s.SettingYear is var setting and > 0 && day <= DateTime.DaysInMonth(setting, month))
            return new CoreMatch(q, new PartialDate(setting, month, day), DateBasis.Relative);
        var past = Relative.YearOfDay(s.Pub, month, day, ahead: false);
        var ahead = Relative.YearOfDay(s.Pub, month, day, ahead: true);
        if (day > DateTime.DaysInMonth(past ?? 2000, month) || day > DateTime.DaysInMonth(ahead ?? 2000, month)) return default;
        return Tensed(q, InYear(past, month, day), InYear(ahead, month, day), soonAhead: true);
    }

    /// <summary>
    /// "On July 8, 2018 Abiy flew to Asmara. Isaias returned the visit on July 14": a story of another year told on in the
    /// same paragraph stays in that year: in the year the sentence before opens on, or near the day or month it tells, where
    /// the day moves it on by weeks or months, not back ("France closed its embassy in March 2012. A team visited on Dec. 17,
    /// days after Assad's fall" is this year's December).
    /// </summary>
    private static PartialDate? StoryDay(in Scan s, int month, int day)
    {
        if (s.Own is not null || !s.Before.SameParagraph || Told(s.Before) is not { } told || s.Pub is not { } pub || told.Year == pub.Year) return null;
        if (told.Precision == DatePrecision.Year)
            return day <= DateTime.DaysInMonth(told.Year, month) ? new PartialDate(told.Year, month, day) : null;
        // A story carried past a sentence with no time words goes on by days or weeks: "Maduro broke off relations on Feb. 23,
        // 2019. Petro promised to restore ties. His minister met Faria on Aug. 11" is this year's August.
        var reach = s.Before.Story is null ? CarriedReach : 183;
        return NearestTo(told, month, day) is { } next && next.Start.DayNumber - told.Start.DayNumber >= -31 && next.Start.DayNumber - told.Start.DayNumber <= reach ? next : null;
    }

    // "On July 8 Abiy flew to Asmara ... the next day, July 9, ... [new paragraph] The pace was dizzying. Isaias returned the
    // visit on July 14": a sentence with no time words between does not end the story; the last day told up to three
    // sentences back still sets it (a day only: a year or month told there may be background).
    private const int CarriedReach = 62;

    private static PartialDate? Told(in DateReference before) =>
        before.Story ?? (before.Date is null && before.Earlier is { Precision: DatePrecision.Day } day ? day : null);

    /// <summary>
    /// "Sanchez visited Rabat on April 7, and in June Algeria suspended its treaty": a month without its year after a day of
    /// another year told earlier in the sentence is the next such month, up to half a year on. (Not after a month, nor
    /// after the sentence before: "The UAE reopened its embassy in December 2018. In March, ..." is this year's March.)
    /// </summary>
    private static PartialDate? StoryMonth(in Scan s, int at, int month)
    {
        // "... and on September 11 the two leaders reopened the border crossings. In November the Security Council lifted the
        // embargo": a story told day by day in another year goes on into the months after its last day, in the same paragraph,
        // when that day's year was carried from the story before it. A day that names its own year is as likely background
        // ("closed its embassy on November 17, 2011. In December, the new minister visited"), and a story told by its month or
        // year ("reopened its embassy in December 2018. In March, ...") is this year's March; so is a month ahead ("In
        // November, the president will visit").
        if (s.Own is null && s.Before is { SameParagraph: true, StoryCarried: true, Story: { Precision: DatePrecision.Day } told } && s.Pub is { } published
            && told.Year != published.Year && Tense.Read(s, at, at + 1) is not (1 or Tense.Open))
            return Following(told, month);
        if (s.Pub is not { } pub || s.Own is not { Precision: DatePrecision.Day } own || own.Year == pub.Year) return null;
        return Following(own, month);
    }

    // The month up to half a year on from a day told.
    private static PartialDate? Following(PartialDate day, int month)
    {
        var year = month >= day.Month ? day.Year : day.Year + 1;
        return (year - day.Year) * 12 + month - day.Month <= 6 ? new PartialDate(year, month) : null;
    }

    private static PartialDate? NearestTo(PartialDate own, int month, int day)
    {
        PartialDate? best = null;
        var bestDistance = int.MaxValue;
        for (var year = own.Year - 1; year <= own.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var distance = Math.Abs(new DateOnly(year, month, day).DayNumber - own.Start.DayNumber);
            if (distance < bestDistance) (best, bestDistance) = (new PartialDate(year, month, day), distance);
        }
        return best;
    }

    private static CoreMatch Explicit(int year, int month, int day, int end) =>
        day <= DateTime.DaysInMonth(year, month) ? new CoreMatch(end, new PartialDate(year, month, day), DateBasis.Explicit) : default;
}
