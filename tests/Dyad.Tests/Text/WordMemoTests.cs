using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Tests.Text;

public class WordMemoTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length);

    [Fact]
    public void The_same_word_has_one_number_whatever_its_case_and_other_words_have_others()
    {
        var tokens = Tokens("Syria's syria, SYRIA; Jordan\u2019s talks.");
        var syria = tokens.Where(t => t.Lower == "syria").Select(t => t.Word).Distinct().ToList();
        Assert.Single(syria);
        Assert.True(syria[0] >= 0);
        // Marks and the possessive are pooled too: every token of a text can be remembered.
        Assert.All(tokens, t => Assert.True(t.Word >= 0, $"'{t.Lower}' has no number"));
        Assert.Single(tokens.Where(t => t.Lower == "'s").Select(t => t.Word).Distinct());
        Assert.Equal(tokens.Select(t => t.Lower).Distinct().Count(), tokens.Select(t => t.Word).Distinct().Count());
    }

    [Fact]
    public void A_word_is_known_to_find_nothing_only_once_recorded()
    {
        var memo = new WordMemo();
        var (talks, envoy) = (Tokens("talks")[0], Tokens("envoy")[0]);
        Assert.False(memo.KnownToFindNothing(talks));
        memo.FoundNothing(talks);
        Assert.True(memo.KnownToFindNothing(talks));
        Assert.True(memo.KnownToFindNothing(Tokens("Talks")[0]));
        Assert.False(memo.KnownToFindNothing(envoy));
    }

    [Fact]
    public void A_word_outside_the_pool_is_never_remembered()
    {
        var memo = new WordMemo();
        var unpooled = new Token(0, 5, TokenKind.Word, "zzyzx");
        memo.FoundNothing(unpooled);
        Assert.False(memo.KnownToFindNothing(unpooled));
    }

    [Fact]
    public void A_cue_added_after_a_word_found_nothing_is_found()
    {
        var index = new FirstWordIndex<string>();
        index.Add(Cue.Parse("reopen*"), "reopen");
        var envoy = Tokens("envoy")[0];
        Assert.Empty(Items(index, envoy));
        Assert.Empty(Items(index, envoy));
        index.Add(Cue.Parse("envoy"), "envoy");
        Assert.Equal(["envoy"], Items(index, envoy));
        Assert.Equal(["reopen"], Items(index, Tokens("reopened")[0]));
    }

    private static List<string> Items(FirstWordIndex<string> index, Token token)
    {
        var items = new List<string>();
        foreach (var item in index.For(token)) items.Add(item);
        return items;
    }
}
