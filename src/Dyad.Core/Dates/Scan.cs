using Dyad.Model;

namespace Dyad.Dates;

/// <summary>A match found at some token: <see cref="End"/> is the token index one past it (0 = none).</summary>
internal readonly record struct Candidate(int End, PartialDate? Value, DateBasis Basis, DateRole Role)
{
    public bool Found => End > 0;

    /// <summary>For an anchor: the shift to apply to the sentence's own date once it is known ("13 years after").</summary>
    public Offset? Pending { get; init; }
}

/// <summary>
/// The tokens of one call, the publication date, what event-relative expressions count from, and the small token
/// tests every matcher shares.
/// </summary>
/// <param name="tokens">The tokens of the span being read.</param>
/// <param name="published">The publication date, if known.</param>
/// <param name="continuation">DateToken index right after the previous mention, or -1.</param>
/// <param name="text">The whole text the tokens index, for the words event-relative expressions point back to.</param>
/// <param name="own">The last point in time resolved earlier in this span, if any.</param>
/// <param name="before">The last point in time of the sentence before, and that sentence's span of <paramref name="text"/>.</param>
/// <param name="ownYear">A year told earlier in this span as the time of what it tells ("In 2018", "That year"), not one
/// that bounds it ("since 2011").</param>
internal readonly ref struct Scan(ReadOnlySpan<DateToken> tokens, PartialDate? published, int continuation,
    string? text = null, PartialDate? own = null, DateReference before = default, int ownYear = 0)
{
    /// <summary>The year of "In 2018 ... on Sept. 18": a day or month told without its year after it is in that year.</summary>
    public int OwnYear { get; } = ownYear;

    /// <summary><see cref="OwnYear"/> where it differs from the publication's year (which the plain rules give anyway), else 0.</summary>
    public int SettingYear => OwnYear > 0 && Pub is { } pub && OwnYear != pub.Year ? OwnYear : 0;

    public ReadOnlySpan<DateToken> T { get; } = tokens;
    public PartialDate? Pub { get; } = published;
    public string? Text { get; } = text;
    public PartialDate? Own { get; } = own;
    public DateReference Before { get; } = before;

    /// <summary>What "the same year" or "four days later" count from: a time told earlier in the sentence, else in the one before.</summary>
    public PartialDate? Reference => Own ?? Before.Date;

    /// <summary>What "that year" or "That November" point back to: the time just told, else one told a little earlier.</summary>
    public PartialDate? Anaphoric => Own ?? Before.Date ?? Before.Earlier;

    /// <summary>DateToken index right after the previous mention: "and"/"to"/"or" there continue it ("from 2012 to 2014").</summary>
    public int Continuation { get; } = continuation;

    public W Word(int i) => (uint)i < (uint)T.Length ? T[i].Word : W.None;

    public bool Is(int i, W w) => (uint)i < (uint)T.Length && T[i].Word == w;

    public bool IsPunct(int i, char c) => (uint)i < (uint)T.Length && T[i].IsPunct(c);

    /// <summary>True when token i exists and touches the token before it (no space between).</summary>
    public bool Touches(int i) => i > 0 && i < T.Length && T[i - 1].End == T[i].Start;

    /// <summary>Month number of a capitalised month word at i, else 0. Lowercase "may"/"march" are verbs.</summary>
    public int Month(int i, out bool abbreviated)
    {
        abbreviated = false;
        return i < T.Length && T[i].Capitalised ? DateWords.MonthOf(T[i].Word, out abbreviated) : 0;
    }

    public DayOfWeek? Weekday(int i) => i < T.Length && T[i].Capitalised ? DateWords.WeekdayOf(T[i].Word) : null;

    /// <summary>A day of the month (1-31, ordinal allowed) at i, else 0.</summary>
    public int DayNumber(int i) =>
        i < T.Length && T[i].Kind == DateTokenKind.Number && T[i].Digits <= 2 && T[i].Number is >= 1 and <= 31 ? T[i].Number : 0;

    /// <summary>A four-digit year 1900-2099 at i, else 0.</summary>
    public int Year(int i) =>
        i < T.Length && T[i].Kind == DateTokenKind.Number && !T[i].Ordinal && T[i].Digits == 4 && T[i].Number is >= 1900 and <= 2099
            ? T[i].Number : 0;

    /// <summary>A plain number with exactly <paramref name="digits"/> digits at i, else -1.</summary>
    public int Digits(int i, int digits) =>
        i < T.Length && T[i].Kind == DateTokenKind.Number && !T[i].Ordinal && T[i].Digits == digits ? T[i].Number : -1;

    /// <summary>A count ("two", "12", and "a"/"an" when <paramref name="article"/>) at i, else 0.</summary>
    public int Count(int i, bool article)
    {
        if (i >= T.Length) return 0;
        ref readonly var t = ref T[i];
        if (t.Kind == DateTokenKind.Number) return !t.Ordinal && t.Digits <= 3 ? t.Number : 0;
        if (!article && t.Word is W.A or W.An) return 0;
        return DateWords.NumberWordOf(t.Word);
    }
}
