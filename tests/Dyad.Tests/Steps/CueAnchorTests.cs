using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Tests.Steps;

public class CueAnchorTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length);

    private static bool Has(ElementPresence presence, int[] ids, string sentence)
    {
        Span<ulong> present = stackalloc ulong[presence.Words];
        present.Clear();
        presence.Mark(Tokens(sentence), present);
        return ElementPresence.All(present, ids);
    }

    // A phrase is tried only in a sentence holding its rarest word: "in_a_phone_call" needs "phone", and
    // "*_and_reopened_it" (whose first word is any word) needs "reopened". A first element with a one-word alternative
    // has nothing more to look for than its first word, which the trigger finder has already met.
    [Theory]
    [InlineData("The two ministers spoke in a phone call on Monday", true, false)]
    [InlineData("The two ministers spoke in a meeting on Monday", false, false)]
    [InlineData("Rome closed its embassy in 2012 and reopened it this year", false, true)]
    [InlineData("Rome closed its embassy in 2012 and is reopening it this year", false, false)]
    public void A_phrase_needs_its_rarest_word_in_the_sentence(string sentence, bool phone, bool reopened)
    {
        var presence = new ElementPresence();
        var call = presence.Add(Cue.Parse("in_a_phone_call|during_a_phone_call"));
        var reopen = presence.Add(Cue.Parse("closed ... embassy ... *_and_reopened_it"));
        var either = presence.Add(Cue.Parse("in_a_phone_call|phoned"));
        Assert.Single(call);
        Assert.Equal(2, reopen.Length);
        Assert.Empty(either);
        Assert.Equal(phone, Has(presence, call, sentence));
        Assert.Equal(reopened, Has(presence, reopen, sentence));
        Assert.True(Has(presence, either, sentence));
    }

    // A gap ends at a clause of contrast or cause, a stop, or "and" before a second verb; not at "and" between nouns, nor
    // at a word that only begins like a stop word ("butter", "whilst").
    [Theory]
    [InlineData("restored trade and diplomatic ties", 5)]
    [InlineData("restored trade while ties remain frozen", -1)]
    [InlineData("restored trade because ties had improved", -1)]
    [InlineData("restored trade; ties remain frozen", -1)]
    [InlineData("restored trade and imposed ties", -1)]
    [InlineData("restored butter and flour ties", 5)]
    public void A_gap_stops_at_a_barrier_only(string sentence, int end)
    {
        var cue = Cue.Parse("restor* ... ties");
        Assert.Equal(end, cue.Match(Tokens(sentence), 0, 5));
    }
}
