using Dyad.Actors;
using Dyad.Dates;
using Dyad.Model;

namespace Dyad.Text;

/// <summary>Everything the coder knows of one sentence: its tokens, clauses, actors and time expressions.</summary>
internal sealed class SentenceView
{
    public required Sentence Sentence { get; init; }
    public required List<Token> Tokens { get; init; }
    /// <summary>Clause number of each token: clauses end at ';', ':', dashes and around relative clauses.</summary>
    public required int[] Clause { get; init; }
    /// <summary>Tokens inside a relative clause (", which ... ,") or parentheses: their actors are not subjects of the main clause.</summary>
    public required bool[] Aside { get; init; }
    public List<ActorMention> Mentions { get; } = [];
    public List<(DateMention Date, int Token)> Dates { get; } = [];
    /// <summary>The actor who speaks when this sentence is (inside) a quotation, with the date of the speech.</summary>
    public ActorMention? Speaker { get; set; }
    public PartialDate? SpeakerDate { get; set; }
    public DateBasis SpeakerDateBasis { get; set; }
    public int Paragraph { get; init; }
    /// <summary>A line of its own that reads as a headline: its actors tell what the document is about, its steps are
    /// told again, with their dates, in the text below it.</summary>
    public bool Headline { get; init; }
    /// <summary>
    /// The day of the news as told before this sentence: the latest day named in an earlier sentence that falls in the
    /// week up to publication ("on Friday" in the lead). An event told with no time words of its own took place then.
    /// </summary>
    public PartialDate? StoryDate { get; set; }
    /// <summary>The coded sentence before this one, if any: actors may be "plainly referred to" there.</summary>
    public SentenceView? Previous { get; init; }
    /// <summary>True when a quotation opened in an earlier sentence is still open at this one's start.</summary>
    public bool QuoteOpenAtStart { get; set; }
    /// <summary>The document text, for quotation look-ups.</summary>
    public required string Text { get; init; }

    /// <summary>True when token <paramref name="token"/> stands inside quotation marks.</summary>
    public bool InQuote(int token)
    {
        var open = QuoteOpenAtStart;
        var end = Tokens[token].Start;
        for (var i = Sentence.Start; i < end; i++)
        {
            var c = Text[i];
            if (c == '\u201C') open = true;
            else if (c == '\u201D') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }

    /// <summary>Index of the token that starts at or covers character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var lo = 0;
        var hi = Tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1;
            else if (Tokens[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return Math.Min(lo, Tokens.Count - 1);
    }
}
