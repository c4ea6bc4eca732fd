using System.Globalization;

namespace Dyad.Model;

public readonly partial record struct PartialDate
{
    /// <summary>
    /// Reads "2023", "2023-05" or "2023-05-07", or a timestamp ("2023-05-07T10:00:00Z", "Sun, 07 May 2023 10:00 GMT")
    /// cut to its day: the one reader of dates from users, meta files, feeds and the store. A failure's message names
    /// the text and the forms accepted, so every caller says the same thing.
    /// </summary>
    public static ParseResult<PartialDate> Parse(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            if (TryParseIso(t.Length > 10 && t[10] is 'T' or ' ' ? t[..10] : t, out var d)) return ParseResult<PartialDate>.ForValue(d);
            if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
                return ParseResult<PartialDate>.ForValue(new PartialDate(dto.Year, dto.Month, dto.Day));
        }
        return ParseResult<PartialDate>.ForFailure(text, static t => $"'{t}' is not a date (2023, 2023-05 or 2023-05-07)");
    }

    /// <summary>Reads a date as <see cref="Parse"/> does; false when the text is none.</summary>
    public static bool TryParse(string? text, out PartialDate date) => Parse(text).TryGetValue(default, out date);

    // The ISO forms alone, to the precision written.
    private static bool TryParseIso(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
            if (i > 0 && parts[i].Length != 2) return false;
        }
        try
        {
            date = parts.Length switch
            {
                1 => new PartialDate(numbers[0]),
                2 => new PartialDate(numbers[0], numbers[1]),
                _ => new PartialDate(numbers[0], numbers[1], numbers[2]),
            };
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
