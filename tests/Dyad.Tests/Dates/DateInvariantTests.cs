using Dyad.Dates;

namespace Dyad.Tests.Dates;

/// <summary>
/// Whatever the words and the publication date, the recognizer returns mentions in order, without overlap,
/// inside the span, and never throws: sentences made at random from the words every matcher reacts to.
/// </summary>
public class DateInvariantTests
{
    private static readonly string[] Words =
    [
        "on", "in", "the", "a", "of", "last", "next", "this", "same", "following", "previous", "that", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "decade", "decades", "later", "earlier", "after", "before", "ago", "more",
        "than", "less", "about", "few", "several", "couple", "past", "over", "weekend", "Tuesday", "Sunday", "May", "December",
        "Jan.", "7th", "31st", "29", "2023", "1999", "200", "13", "will", "was", "said", "invited", "to", "visit", ",", ".",
        "'s", "today", "yesterday", "soon", "coming", "early", "late", "mid-", "end", "date", "LONDON,", "\n", "-", "(Reuters)",
    ];

    public static TheoryData<string?> Publications => new() { null, "2023", "2023-02", "2024-02-29", "2023-12-31", "0150-01-01", "9990-12-31" };

    [Theory]
    [MemberData(nameof(Publications))]
    public void Recognize_RandomWords_KeepsSpansInOrderAndNeverThrows(string? published)
    {
        var random = new Random(20240229);
        var pub = DateKit.Date(published);
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 14)).Select(_ => Words[random.Next(Words.Length)]));
            var before = new DateReference(random.Next(3) == 0 ? pub : new PartialDate(2000 + random.Next(30), 1 + random.Next(12), 1 + random.Next(28)), 0, 0);
            var mentions = DateKit.Recognizer.Recognize(text, 0, text.Length, pub, before);
            var end = 0;
            foreach (var m in mentions)
            {
                Assert.True(m.Start >= end && m.End > m.Start && m.End <= text.Length, text);
                end = m.End;
            }
        }
    }
}
