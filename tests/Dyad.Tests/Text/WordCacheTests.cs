using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Tests.Text;

public class WordCacheTests
{
    private static Token Word(string text) => Tokenizer.Tokenize(text, 0, text.Length)[0];

    [Fact]
    public void A_value_is_found_only_for_the_word_it_was_kept_for()
    {
        var cache = new WordCache<string>();
        var (talks, envoy) = (Word("talks"), Word("envoy"));
        Assert.Null(cache.Get(talks.Word));
        Assert.Equal("kept", cache.Set(talks.Word, "kept"));
        Assert.Equal("kept", cache.Get(talks.Word));
        Assert.Null(cache.Get(envoy.Word));
        // The last number the pool hands out has a block too.
        cache.Set(LowerPool.MaxEntries - 1, "last");
        Assert.Equal("last", cache.Get(LowerPool.MaxEntries - 1));
        Assert.Equal("kept", cache.Get(talks.Word));
    }

    [Fact]
    public void A_word_gets_the_same_candidates_in_the_same_order_the_first_time_and_after_and_outside_the_pool()
    {
        var index = new FirstWordIndex<string>();
        index.Add(Cue.Parse("reopen*"), "prefix 1");
        index.Add(Cue.Parse("reopened ... embassy"), "exact 1");
        index.Add(Cue.Parse("re*"), "prefix 2");
        index.Add(Cue.Parse("reopened|resumed"), "exact 2");
        string[] expected = ["exact 1", "exact 2", "prefix 1", "prefix 2"];
        var reopened = Word("Reopened");
        Assert.Equal(expected, Items(index, reopened));
        Assert.Equal(expected, Items(index, reopened));
        Assert.Equal(expected, Items(index, new Token(0, 8, TokenKind.Word, "reopened")));
        Assert.Equal(["prefix 2"], Items(index, Word("restored")));
        Assert.Empty(Items(index, Word("closed")));
        Assert.Empty(Items(index, Word("closed")));
    }

    private static List<string> Items(FirstWordIndex<string> index, Token token)
    {
        var items = new List<string>();
        foreach (var item in index.For(token)) items.Add(item);
        return items;
    }
}
