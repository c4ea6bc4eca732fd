namespace Dyad.Storage;

/// <summary>
/// How many events a filter matches, counted once per store mark (issue 19, ninth round: every page of a list counted
/// its matches again, up to 10,001 rows of an index per request, though the store had not changed since the page
/// before: a dyad's pages, a month's). Kept under the store's <see cref="IDyadStore.ChangeMark"/>: the counts of an older
/// mark are dropped when one of a newer mark is asked for, and at most <see cref="MaxEntries"/> are kept (a few dozen
/// bytes each), all dropped at once past that.
/// </summary>
internal sealed class KeptCounts
{
    public const int MaxEntries = 4096;

    private readonly Dictionary<(EventQuery Filter, int UpTo), int> _counts = [];
    private readonly Lock _gate = new();
    private (long, long) _mark = (-1, -1);

    /// <summary>
    /// The count of <paramref name="filter"/> (a query without its order and page) up to <paramref name="upTo"/> under
    /// <paramref name="mark"/>, read by <paramref name="count"/> when not kept. Two requests asking at once may both
    /// count: a count is one read, not worth a wait.
    /// </summary>
    public int Get(EventQuery filter, int upTo, (long, long) mark, Func<int> count)
    {
        lock (_gate)
        {
            if (_mark != mark) Reset(mark);
            else if (_counts.TryGetValue((filter, upTo), out var kept)) return kept;
        }
        var counted = count();
        lock (_gate)
        {
            // A mark moved on while this was counted: kept under neither.
            if (_mark == mark)
            {
                if (_counts.Count >= MaxEntries) _counts.Clear();
                _counts[(filter, upTo)] = counted;
            }
        }
        return counted;
    }

    private void Reset((long, long) mark)
    {
        _counts.Clear();
        _mark = mark;
    }
}
