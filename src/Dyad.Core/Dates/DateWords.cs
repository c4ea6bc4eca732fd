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
    // Event-relative expressions: "the same year", "the following month", "later that day".
    Same, Following, Previous, Preceding, That, Weekend, Couple, Morning, Afternoon, Evening, Night, Local, Under, Hours, Minutes,
    // Tense cues: they decide whether a weekday or a month named without a year lies ahead or behind. From here
    // on no word starts an expression (see CanStart): keep these blocks last.
    Will, Would, Shall, Ll, Won, Going, Set, Due, Expected, Scheduled, Slated, Upcoming, Plans, Plan, Planning,
    Intends, Planned, Is, Are, Be, Been, Being, Was, Were, Has, Have, Had, Did,
    // Common irregular past forms: an "-ed" ending marks the rest (see DateToken.PastForm).
    Met, Held, Made, Took, Began, Sent, Gave, Came, Went, Struck, Spoke,
    Froze, Broke, Withdrew, Flew, Fell, Wrote, Drew, Chose, Became, Overthrew,
    Shook, Saw, Rang, Brought, Fought, Kept, Paid, Threw, Swore, Grew, Knew, Oversaw, Undertook, Upheld,
    // Past acts that look ahead: what they invite, agree or promise may lie either side of publication.
    Invited, Agreed, Decided, Promised, Pledged, Vowed,
    // Verbs of saying: a time next to one dates the saying, whatever tense follows.
    Said, Says, Told, Announced, Added, Stated, Noted, Confirmed, Reported,
}

internal static class DateWords
{
    // Keys are the enum names themselves, so a word is declared once; only true aliases are listed here.
    private static readonly Dictionary<string, W> Words = Build();
    private static readonly Dictionary<string, W>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Which (length, first two letters) occur in the table: most words of a sentence are rejected by
    // this before any hashing.
    private static readonly bool[] AnyWord = BuildPrefilter(_ => true);
    private const int MaxLength = 10;

    // Abbreviation index (W.Jan..W.Dec) to month number: there is no "May" abbreviation.
    private static readonly byte[] AbbrevMonth = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12];

    // The same filter for trigger words only: the pre-scan of sentences that contain no date rejects
    // nearly every word with it.
    private static readonly bool[] TriggerWord = BuildPrefilter(w => IsTrigger(w, capitalised: true));

    public static W Find(ReadOnlySpan<char> word) => Find(word, AnyWord);

    /// <summary>True when the word alone makes a sentence worth tokenizing (see <see cref="IsTrigger(W, bool)"/>).</summary>
    public static bool IsTriggerWord(ReadOnlySpan<char> word) =>
        IsTrigger(Find(word, TriggerWord), char.IsUpper(word[0]));

    private static W Find(ReadOnlySpan<char> word, bool[] prefilter)
    {
        var key = PrefilterKey(word);
        if (key < 0 || !prefilter[key]) return W.None;
        if (Pack(word) is var packed && packed != 0) return FindPacked(packed);
        return Lookup.TryGetValue(word, out var w) ? w : W.None;
    }

    // The words again, packed: an ASCII word of letters of at most MaxLength is one number (its length, then five bits a
    // letter, case folded), found in an open-addressed table of them. The dictionary above, which ignores case, hashed
    // and compared the word's characters at every word the prefilter let through ("the", "on", "said", "last"), a
    // tenth of the date stage. Other words (a letter outside ASCII may fold to one inside) still go to the dictionary.
    private const int PackedBits = 9;
    private static readonly (ulong[] Keys, W[] Values) Packed = BuildPacked();

    // 0 when the word is not ASCII letters only.
    private static ulong Pack(ReadOnlySpan<char> word)
    {
        ulong packed = (ulong)word.Length;
        for (var k = 0; k < word.Length; k++)
        {
            var c = (uint)(word[k] | 0x20) - 'a';
            if (c >= 26 || word[k] >= 128) return 0;
            packed |= (ulong)(c + 1) << (4 + 5 * k);
        }
        return packed;
    }

    private static W FindPacked(ulong packed)
    {
        var (keys, values) = Packed;
        var mask = keys.Length - 1;
        for (var i = PackedHome(packed); ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (k == packed) return values[i];
            if (k == 0) return W.None;
        }
    }

    private static int PackedHome(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> (64 - PackedBits));

    private static (ulong[], W[]) BuildPacked()
    {
        var keys = new ulong[1 << PackedBits];
        var values = new W[1 << PackedBits];
        if (Words.Count * 2 > keys.Length) throw new InvalidOperationException($"Raise {nameof(PackedBits)}.");
        foreach (var (word, w) in Words)
        {
            var packed = Pack(word);
            if (packed == 0) throw new InvalidOperationException($"'{word}' is not ASCII letters.");
            var i = PackedHome(packed);
            while (keys[i] != 0) i = (i + 1) & (keys.Length - 1);
            keys[i] = packed;
            values[i] = w;
        }
        return (keys, values);
    }

    private static int PrefilterKey(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength) return -1;
        var c0 = (word[0] | 0x20) - 'a';
        var c1 = word.Length > 1 ? (word[1] | 0x20) - 'a' : 0;
        return (uint)c0 < 26 && (uint)c1 < 26 ? (word.Length * 26 + c0) * 26 + c1 : -1;
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
    public static bool IsTrigger(W w, bool capitalised) => w switch
    {
        >= W.January and <= W.Saturday => capitalised,
        >= W.Day and <= W.Decades or W.Ago or >= W.Yesterday and <= W.Then or W.Later or W.Present or W.Currently or W.Weekend
            or W.Morning or W.Afternoon or W.Evening or W.Night or W.Hours => true,
        _ => false,
    };

    public static bool IsUnit(W w) => w is >= W.Day and <= W.Decades;

    /// <summary>False for the words only <see cref="Tense"/> reads ("will", "said", "was"): no expression starts with one.</summary>
    public static bool CanStart(W w) => w is > W.None and < W.Will;

    /// <summary>The unit a unit word counts in ("weeks": a week); only for <see cref="IsUnit"/> words.</summary>
    public static TimeUnit UnitOf(W w) => (TimeUnit)((w - W.Day) / 2);

    /// <summary>"days", "weeks" ...: the plural of a unit word.</summary>
    public static bool IsPluralUnit(W w) => IsUnit(w) && (w - W.Day) % 2 == 1;

    private static Dictionary<string, W> Build()
    {
        var words = new Dictionary<string, W>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in Enum.GetValues<W>())
            if (w is not (W.None or W.Num)) words[w.ToString()] = w;
        words["Sept"] = W.Sep;
        return words;
    }

    private static bool[] BuildPrefilter(Func<W, bool> keep)
    {
        var seen = new bool[(MaxLength + 1) * 26 * 26];
        foreach (var (key, w) in Words)
        {
            if (!keep(w)) continue;
            if (key.Length > MaxLength) throw new InvalidOperationException($"Raise {nameof(MaxLength)} for '{key}'.");
            seen[PrefilterKey(key)] = true;
        }
        return seen;
    }
}
