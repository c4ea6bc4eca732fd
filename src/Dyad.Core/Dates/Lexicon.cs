namespace Dyad.Dates;

/// <summary>
/// Every word the recognizer reacts to. Blocks that are read arithmetically (months, abbreviations,
/// weekdays, number words) must stay contiguous and in calendar/numeric order.
/// </summary>
internal enum W : byte
{
    None,
    // A placeholder in phrase tables: any small number, written in digits or as a word.
    Num,
    January, February, March, April, May, June, July, August, September, October, November, December,
    Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Oct, Nov, Dec,
    Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday,
    One, Two, Three, Four, Five, Six, Seven, Eight, Nine, Ten,
    Eleven, Twelve, Thirteen, Fourteen, Fifteen, Sixteen, Seventeen, Eighteen, Nineteen, Twenty,
    Day, Days, Week, Weeks, Month, Months, Year, Years, Decade, Decades,
    A, An, Ago, After, Later, Earlier, This, Last, Next, Past, The,
    Of, In, On, Since, By, Until, Till, During, From, Before, Throughout, Through, Around, Between, At, To, And, Or,
    Early, Late, Mid, End, Beginning, Start, Middle, Post, Pre, First, Second, Half,
    Spring, Summer, Autumn, Fall, Winter,
    Yesterday, Today, Tomorrow, Tonight,
    Recently, Recent, Lately, Soon, Time, Repeatedly, Then, Over, For, Present, Currently,
    Less, More, Than, About, Nearly, Almost, Some, Roughly, Just, Only, Few, Several, Coming,
}

internal static class Lexicon
{
    // Keys are the enum names themselves, so a word is declared once; only true aliases are listed here.
    private static readonly Dictionary<string, W> Words = Build();
    private static readonly Dictionary<string, W>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Per word length, a bit per lowercase initial present in the table: most words of a sentence
    // are rejected by this before any hashing.
    private static readonly uint[] InitialsByLength = BuildInitials();
    private const int MaxLength = 10;

    // Abbreviation index (W.Jan..W.Dec) to month number: there is no "May" abbreviation.
    private static readonly byte[] AbbrevMonth = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12];

    public static W Find(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength) return W.None;
        var c = (char)(word[0] | 0x20);
        if (c is < 'a' or > 'z' || (InitialsByLength[word.Length] & (1u << (c - 'a'))) == 0) return W.None;
        return Lookup.TryGetValue(word, out var w) ? w : W.None;
    }

    /// <summary>Month number of a month word, 0 otherwise.</summary>
    public static int MonthOf(W w, out bool abbreviated)
    {
        abbreviated = w is >= W.Jan and <= W.Dec;
        if (w is >= W.January and <= W.December) return w - W.January + 1;
        return abbreviated ? AbbrevMonth[w - W.Jan] : 0;
    }

    public static DayOfWeek? WeekdayOf(W w) => w is >= W.Sunday and <= W.Saturday ? (DayOfWeek)(w - W.Sunday) : null;

    /// <summary>Value of one..twenty, "a"/"an" as one, 0 otherwise.</summary>
    public static int NumberWordOf(W w) => w switch
    {
        >= W.One and <= W.Twenty => w - W.One + 1,
        W.A or W.An => 1,
        _ => 0,
    };

    /// <summary>Words that make a sentence worth matching; cue words such as "in" or "last" only matter next to one.</summary>
    public static bool IsTrigger(in Token t) => t.Word switch
    {
        >= W.January and <= W.Saturday => t.Capitalised,
        >= W.Day and <= W.Decades or W.Ago or >= W.Yesterday and <= W.Then or W.Later or W.Present or W.Currently => true,
        _ => false,
    };

    public static bool IsUnit(W w) => w is >= W.Day and <= W.Decades;

    private static Dictionary<string, W> Build()
    {
        var words = new Dictionary<string, W>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in Enum.GetValues<W>())
            if (w is not (W.None or W.Num)) words[w.ToString()] = w;
        words["Sept"] = W.Sep;
        return words;
    }

    private static uint[] BuildInitials()
    {
        var masks = new uint[MaxLength + 1];
        foreach (var key in Words.Keys)
        {
            if (key.Length > MaxLength) throw new InvalidOperationException($"Raise {nameof(MaxLength)} for '{key}'.");
            masks[key.Length] |= 1u << (char.ToLowerInvariant(key[0]) - 'a');
        }
        return masks;
    }
}
