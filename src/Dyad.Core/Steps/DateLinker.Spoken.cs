using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Steps;

/// <summary>Times inside a quotation, told from the day the words were spoken.</summary>
internal static partial class DateLinker
{
    /// <summary>
    /// "today", "yesterday", "tomorrow" inside a quotation count from the day it was spoken, not from publication:
    /// 'saying, "We are pleased today ..."' at a summit of the day before. The day of the speech is a time told
    /// outside the quotation, else that of the quoted speaker, else the day of the news; null when nothing moves.
    /// </summary>
    private static PartialDate? Spoken(SentenceView view, DateMention d, int token, PartialDate? published)
    {
        if (d.Value is not { Precision: DatePrecision.Day } value || published is not { Precision: DatePrecision.Day } pub
            || !IsDeictic(view.Text.AsSpan(d.Start, d.End - d.Start)) || !view.InQuote(token)) return null;
        PartialDate? speech = null;
        foreach (var (other, at) in view.Dates.Mentions)
        {
            if (other.Role == DateRole.Point && other.Value is { Precision: DatePrecision.Day } v && !view.InQuote(at)) { speech = v; break; }
        }
        speech ??= view.QuoteOpenAtStart ? view.Actors.SpeakerDate : null;
        speech ??= view.Dates.StoryDate;
        if (speech is not { Precision: DatePrecision.Day } spoken || spoken == pub) return null;
        return PartialDate.FromDate(value.Start.AddDays(spoken.Start.DayNumber - pub.Start.DayNumber));
    }

    private static bool IsDeictic(ReadOnlySpan<char> span)
    {
        var word = span[(span.LastIndexOf(' ') + 1)..];
        return word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("yesterday", StringComparison.OrdinalIgnoreCase)
            || word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase);
    }
}
