using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Tests.Steps;

public class ElementPresenceTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length);

    private static bool Has(ElementPresence presence, int[] later, string sentence)
    {
        Span<ulong> present = stackalloc ulong[presence.Words];
        present.Clear();
        presence.Mark(Tokens(sentence), present);
        return ElementPresence.All(present, later);
    }

    // A sentence has a cue's later elements when a word of it, anywhere, starts one alternative of each: exactly, by a
    // prefix, or as the first of several words; a cue of one element has none to look for.
    [Theory]
    [InlineData("restored diplomatic ties", true, false)]
    [InlineData("Ties were restored", true, false)]
    [InlineData("restored relations with Damascus", true, false)]
    [InlineData("restored order in the capital", false, false)]
    [InlineData("restored the embassies of both", true, false)]
    [InlineData("restored the embassy", false, false)]
    [InlineData("restored work of the embassy", false, true)]
    [InlineData("restored ties and the embassy", true, true)]
    public void A_sentence_has_the_later_elements_only_when_it_has_a_word_of_each(string sentence, bool hasFirst, bool hasSecond)
    {
        var presence = new ElementPresence();
        var first = presence.Add(Cue.Parse("restor* ... ties|relations|embassies"));
        var second = presence.Add(Cue.Parse("restor* ... work_of|ties ... embass*"));
        var single = presence.Add(Cue.Parse("restor*|reopen*"));
        Assert.Single(first);
        Assert.Equal(2, second.Length);
        Assert.Empty(single);
        // Asked twice: the second answers come from what was kept for each word.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(hasFirst, Has(presence, first, sentence));
            Assert.Equal(hasSecond, Has(presence, second, sentence));
            Assert.True(Has(presence, single, sentence));
        }
    }
}
