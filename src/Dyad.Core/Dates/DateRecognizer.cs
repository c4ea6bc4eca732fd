using System.Buffers;
using Dyad.Model;

namespace Dyad.Dates;

/// <summary>
/// Finds English time expressions in a span of text and resolves them against the publication date.
/// </summary>
internal sealed class DateRecognizer
{
    // Sentences fit on the stack; longer spans (whole documents) rent.
    private const int StackTokens = 256;

    /// <summary>
    /// Returns the time expressions in text[start..end), in order, non-overlapping (longest match wins).
    /// Offsets are into <paramref name="text"/>. <paramref name="published"/> may be null, or known only
    /// to a year or month: relative expressions then resolve only as far as it allows, or to null.
    /// Event-relative expressions ("the same year", "four days later") resolve against a time told earlier in
    /// the span, else against <paramref name="before"/>, the sentence before; with neither they stay unresolved.
    /// </summary>
    public IReadOnlyList<DateMention> Recognize(string text, int start, int end, PartialDate? published, DateReference before = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        if (!HasTrigger(text.AsSpan(start, end - start))) return [];

        // A span can hold at most one token per character.
        var length = end - start;
        DateToken[]? rented = null;
        var buffer = length <= StackTokens ? stackalloc DateToken[length] : (rented = ArrayPool<DateToken>.Shared.Rent(length));
        try
        {
            var tokens = buffer[..DateTokenizer.Tokenize(text, start, end, buffer)];
            return Match(text, tokens, published, before);
        }
        finally
        {
            if (rented is not null) ArrayPool<DateToken>.Shared.Return(rented);
        }
    }

    // Most sentences have no digit, month, weekday or time word at all: they stop here, before tokens
    // are built or any matching is tried. Every expression contains at least one trigger.
    private static bool HasTrigger(ReadOnlySpan<char> text)
    {
        // A digit is searched for first, many characters at a time: it needs no word read.
        if (text.ContainsAnyInRange('0', '9')) return true;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i])) continue;
            var j = i + 1;
            while (j < text.Length && char.IsAsciiLetter(text[j])) j++;
            if (DateWords.IsTriggerWord(text[i..j])) return true;
            i = j;
        }
        return false;
    }

    private static IReadOnlyList<DateMention> Match(string text, ReadOnlySpan<DateToken> tokens, PartialDate? published, DateReference before)
    {
        List<DateMention>? mentions = null;
        List<(int Index, Offset Offset)>? anchors = null;
        PartialDate? own = null;
        var ownYear = 0;
        var continuation = -1;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!DateWords.CanStart(tokens[i].Word) && tokens[i].Kind != DateTokenKind.Number)
            {
                // "In 2012 the League suspended Syria, but on May 7 it voted to readmit it": the year sets its clause only.
                if (ownYear > 0 && (tokens[i].IsPunct(';') || (tokens[i].IsPunct(',') && i + 1 < tokens.Length
                    && text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start).Equals("but", StringComparison.OrdinalIgnoreCase))))
                    ownYear = 0;
                i++;
                continue;
            }
            var scan = new Scan(tokens, published, continuation, text, own, before, ownYear);
            var best = PhraseMatcher.Match(scan, i);
            Keep(ref best, CountMatcher.Match(scan, i));
            Keep(ref best, ReferenceMatcher.Match(scan, i));
            Keep(ref best, LookBackMatcher.Match(scan, i));
            Keep(ref best, VagueTimes.Match(scan, i));
            if (!best.Found)
            {
                i++;
                continue;
            }
            var mention = new DateMention(tokens[i].Start, tokens[best.End - 1].End, best.Value, best.Basis, best.Role);
            if (mention.Role == DateRole.Point && mention.Start < Datelines.HeadChars && Datelines.Is(text, mention.Start, mention.End))
                mention = mention with { Role = DateRole.Dateline };
            else if (mention.Role == DateRole.Point && mention.Value is { } value)
            {
                own = value;
                // "In 2018 Moon visited Pyongyang on Sept. 18": the year the sentence opens on is the one it is set in; not one
                // told further on ("Bahrain, which cut ties in 2016, held talks in May"), nor one that bounds it ("since 2011").
                ownYear = value.Precision == DatePrecision.Year && Opens(text, tokens, i) && !Bounding(text, mention.Start) && Setting(text, mention.Start)
                    ? value.Year : 0;
            }
            mentions ??= [];
            if (best.Pending is { } offset) (anchors ??= []).Add((mentions.Count, offset));
            mentions.Add(mention);
            i = continuation = best.End;
        }
        if (anchors is not null) Anchor(text, mentions!, anchors, before.SameParagraph && before.Story is { Precision: DatePrecision.Day } story ? story : published);
        return mentions ?? (IReadOnlyList<DateMention>)[];
    }

    /// <summary>
    /// "13 years after it was shut" counts back from the time of the event it follows: the nearest point in time
    /// before it ("arrived on Monday, two days after Doha raised its flag"), else the sentence's first one after it
    /// ("Two days after ..., the minister arrived on Monday"), each one that times an event rather than something it
    /// names ("since the 2010 summit"); else <paramref name="told"/>: the day the sentence before told its story on, in the same
    /// paragraph ("Jordan reopened the crossing on Monday. The move came two days after Iraq reopened its embassy"), or the
    /// publication date.
    /// </summary>
    private static void Anchor(string text, List<DateMention> mentions, List<(int Index, Offset Offset)> anchors, PartialDate? told)
    {
        foreach (var (index, offset) in anchors)
        {
            var anchor = mentions[index];
            PartialDate? from = null, first = null;
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Role != DateRole.Point || m.Value is not { } point || Bounding(text, m.Start)) continue;
                // "It comes a week after a delegation visited Damascus, ... the mission, which was closed in 2011": a year told
                // after a count of days is another event's time; only one told before it sets the sentence.
                if (k > index && point.Precision < CountMatcher.Finest(offset.Unit)) continue;
                first ??= point;
                // "reopened its embassy on Monday after talks in April, a day after": a time coarser than the count is not
                // the day it counts from.
                if (point.Precision < CountMatcher.Finest(offset.Unit)) continue;
                if (k > index && from is not null) break;
                from = point;
                if (k > index) break;
            }
            from ??= first ?? told;
            var value = from is { } f ? DateSpan.Of(f).Shift(offset.Unit, offset.Min, offset.Max)?.ToDate(CountMatcher.Finest(offset.Unit)) : null;
            mentions[index] = anchor with { Value = value, Basis = value is null ? DateBasis.None : DateBasis.Relative };
        }
    }

    // "since 2011", "after the 2010 summit", "until May": a time that bounds another, not the sentence's own.
    internal static bool Bounding(string text, int start)
    {
        var e = start;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        if (Bounds(text.AsSpan(start, e - start))) return true;
        var (word, at) = WordBefore(text, start);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)) (word, at) = WordBefore(text, at);
        return Bounds(word);
    }

    // The mention at token i opens the span, after "But", "And" or "Then" at most.
    private static bool Opens(string text, ReadOnlySpan<DateToken> tokens, int i)
    {
        if (i == 0) return true;
        if (i != 1) return false;
        var first = text.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start);
        return first.Equals("but", StringComparison.OrdinalIgnoreCase) || first.Equals("and", StringComparison.OrdinalIgnoreCase)
            || first.Equals("then", StringComparison.OrdinalIgnoreCase);
    }

    // "In 2018", "in early 2019", "That year", "the same year": a year the sentence is set in.
    private static bool Setting(string text, int start)
    {
        var e = start;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        var first = text.AsSpan(start, e - start);
        if (first.Equals("in", StringComparison.OrdinalIgnoreCase) || first.Equals("that", StringComparison.OrdinalIgnoreCase)
            || first.Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
        var (word, _) = WordBefore(text, start);
        return word.Equals("in", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Bounds(ReadOnlySpan<char> word) =>
        word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("after", StringComparison.OrdinalIgnoreCase)
        || word.Equals("before", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
        || word.Equals("till", StringComparison.OrdinalIgnoreCase) || word.Equals("following", StringComparison.OrdinalIgnoreCase);

    // The word that ends before offset at, skipping spaces, and where it starts.
    private static (string Word, int Start) WordBefore(string text, int at)
    {
        var e = at;
        while (e > 0 && text[e - 1] == ' ') e--;
        var b = e;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        return (text[b..e], b);
    }

    // Ties keep the earlier matcher: calendar phrases, counts, event-relative times, spans, then vague words.
    private static void Keep(ref Candidate best, Candidate other)
    {
        if (other.End > best.End) best = other;
    }
}
