using Dyad.Dates;
using Dyad.Model;

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

    public static IReadOnlyList<DateMention> Recognize(string text, string? published) =>
        Recognizer.Recognize(text, 0, text.Length, Date(published));

    /// <summary>The mention whose text is exactly <paramref name="span"/>; it must be there.</summary>
    public static DateMention Find(string text, string? published, string span)
    {
        var mentions = Recognize(text, published);
        return Assert.Single(mentions, m => text[m.Start..m.End] == span);
    }
}
