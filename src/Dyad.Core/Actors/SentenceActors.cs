using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// The actors layer of one coded sentence, written by the actor stage: its actors, resolved, and who speaks in it.
/// It links the records of the layers it is read from (text and dates) and of the sentence before.
/// </summary>
internal sealed class SentenceActors
{
    public required TokenizedSentence Text { get; init; }
    /// <summary>The sentence's dates: who held a role is looked up on its date, and a speaker speaks on it.</summary>
    public required SentenceDates Dates { get; init; }
    /// <summary>The coded sentence before this one, if any: actors may be "plainly referred to" there.</summary>
    public SentenceActors? Previous { get; init; }
    public List<ActorMention> Mentions { get; } = [];
    /// <summary>
    /// Demonyms before a noun that is no role ("Iranian oil exports", "Australian wine"): no actor of the sentence, but
    /// what an instrument of sanctions names as its target when nothing else is. Null when there are none.
    /// </summary>
    public List<ActorMention>? Adjectives { get; set; }
    /// <summary>The actor who speaks when this sentence is (inside) a quotation, with the date of the speech.</summary>
    public ActorMention? Speaker { get; set; }
    public PartialDate? SpeakerDate { get; set; }
    public DateBasis SpeakerDateBasis { get; set; }

    /// <summary>Whether token <paramref name="t"/> lies inside an actor's mention (a pronoun's too).</summary>
    public bool Covers(int t)
    {
        foreach (var x in Mentions)
        {
            if (x.First <= t && t < x.Last) return true;
        }
        return false;
    }
}
