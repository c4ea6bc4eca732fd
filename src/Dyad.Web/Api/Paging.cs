namespace Dyad.Web.Api;

/// <summary>The paging parameters every list endpoint takes: page (from 1, default 1) and pageSize (1 to 500, default 50).</summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>
    /// The last item a page can show (issue 19): a page is read as an offset into an index range, so a page far down
    /// reads every item before it; totals are counted no further either.
    /// </summary>
    public const int MaxReach = 10_000;

    /// <summary>No last item: for lists kept whole in memory, whose pages are slices (a dyad's history and disputes).</summary>
    public const int Unbounded = int.MaxValue;

    /// <summary>
    /// Reads page and pageSize (at most <paramref name="reach"/> items in, <see cref="MaxReach"/> unless told; pages of
    /// <paramref name="defaultSize"/> unless asked, at most <paramref name="maxSize"/>); false with a message naming the bad value.
    /// </summary>
    public static bool TryRead(string? page, string? pageSize, out int number, out int size, out string? problem, int reach = MaxReach,
        int defaultSize = DefaultPageSize, int maxSize = MaxPageSize)
    {
        problem = null;
        size = defaultSize;
        if (!TryInt(page, 1, out number) || number < 1) problem = $"page '{page}' is not a page number (1, 2, ...)";
        else if (!TryInt(pageSize, defaultSize, out size) || size is < 1 || size > maxSize)
            problem = $"pageSize '{pageSize}' is not a number from 1 to {maxSize}";
        else if ((long)number * size > reach)
            problem = $"page {number} of {size} reaches past the {reach:N0}th item, the last a page can show: narrow the filters (dates, dyad, words)";
        return problem is null;
    }

    private static bool TryInt(string? s, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(s)
               || int.TryParse(s.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
