using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Tests.Steps;

public class CueSetTests
{
    private static readonly CueSet Cues = CueSet.Parse(["refus*", "did_not", "will|would ... not", "on_condition_that"]);

    private static bool AnyAt(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        return Cues.MatchesAt(tokens, tokens.FindIndex(t => t.Lower == word), 3);
    }

    [Theory]
    [InlineData("Washington refused to normalize", "refused")]
    [InlineData("Ankara did not reopen it", "did")]
    [InlineData("Amman would still not agree", "would")]
    [InlineData("on condition that refugees return", "on")]
    public void A_cue_of_the_set_matches_at_its_first_word(string text, string at) => Assert.True(AnyAt(text, at));

    [Theory]
    [InlineData("Ankara did reopen it", "did")]
    [InlineData("Amman would agree; it was not", "would")]
    [InlineData("on the condition of return", "on")]
    [InlineData("Washington refused to normalize", "washington")]
    public void No_cue_matches_where_the_words_do_not_follow(string text, string at) => Assert.False(AnyAt(text, at));
}
