using Dyad.Dates;

namespace Dyad.Tests.Dates;

/// <summary>What the date tables share: a recognizer, publication dates written as text, and the one-mention check.</summary>
internal static class DateKit
{
    public static readonly DateRecognizer Recognizer = new();

    public static PartialDate? Date(string? text)
    {
        if (text is null) return null;
        Assert.True(PartialDate.TryParse(text, out var date), text);
        return date;
    }

    public static IReadOnlyList<DateMention> Recognize(string text, string? published, DateReference before = default) =>
        Recognizer.Recognize(text, 0, text.Length, Date(published), before);

    /// <summary>The mention whose text is exactly <paramref name="span"/>; it must be there.</summary>
    public static DateMention Find(string text, string? published, string span, DateReference before = default)
    {
        var mentions = Recognize(text, published, before);
        return Assert.Single(mentions, m => text[m.Start..m.End] == span);
    }

    /// <summary>
    /// The mention <paramref name="span"/> of <paramref name="sentence"/>, read after <paramref name="previous"/>
    /// whose last point in time was <paramref name="previousDate"/>: what event-relative expressions count from.
    /// </summary>
    public static DateMention FindAfter(string previous, string? previousDate, string sentence, string? published, string span)
    {
        var text = previous + " " + sentence;
        var start = previous.Length + 1;
        var mentions = Recognizer.Recognize(text, start, text.Length, Date(published), new DateReference(Date(previousDate), 0, previous.Length));
        return Assert.Single(mentions, m => text[m.Start..m.End] == span);
    }
}
