using Dyad.Model;
using Dyad.Text;

namespace Dyad.Dates;

/// <summary>
/// The dates layer of one coded sentence, written by the date stage: its time expressions, resolved, each with the
/// token it starts at, and the day of the news told before it.
/// </summary>
internal sealed class SentenceDates
{
    /// <summary>The sentence of the text layer these dates were found in.</summary>
    public required TokenizedSentence Text { get; init; }
    public List<(DateMention Date, int Token)> Mentions { get; } = [];
    /// <summary>
    /// The day of the news as told before this sentence: the latest day named in an earlier sentence that falls in the
    /// week up to publication ("on Friday" in the lead). An event told with no time words of its own took place then.
    /// </summary>
    public PartialDate? StoryDate { get; set; }

    /// <summary>The first resolved point in time of the sentence outside its asides.</summary>
    public DateMention? MainDate()
    {
        foreach (var (d, token) in Mentions)
        {
            // "the first visit since 2018": where a span of time began is not when the sentence's events took place.
            if (Text.Tokens[token].Lower is "since" or "until" or "till") continue;
            if (d.Role == DateRole.Point && d.Value is not null && !Text.Aside[token]) return d;
        }
        return null;
    }
}
