using Dyad.Actors;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Tests.Actors;

public class LexiconTests
{
    private static readonly Lexicon Syria = Lexicon.Build(PackLoader.Load(PackLoader.DefaultDirectory));

    private static (int Length, string?[] Actors) Longest(string text, Func<Token, Token>? change = null)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        if (change is not null) tokens = tokens.Select(change).ToList();
        var (length, entries) = Syria.Longest(text, tokens, 0);
        return (length, entries?.Select(e => e.Actor).Distinct().ToArray() ?? []);
    }

    [Theory]
    [InlineData("Arab League summit", 2, "ARL")]
    [InlineData("Syrian Arab Army units", 3, "SYR.MIL")]
    [InlineData("Jordan and Syria", 1, "JOR")]
    [InlineData("talks resumed", 0, null)]
    public void The_longest_phrase_at_a_token_is_found_by_its_words_numbers(string text, int length, string? actor)
    {
        var (found, actors) = Longest(text);
        Assert.Equal(length, found);
        Assert.Equal(actor is null ? [] : [actor], actors);
    }

    // A feed that drops accented letters: the name is known without them, unless a word would be cut below four letters.
    [Theory]
    [InlineData("Trkiye reopened", 1, "TUR")]
    [InlineData("Türkiye reopened", 1, "TUR")]
    [InlineData("GL 23", 0, null)]
    public void A_name_whose_accented_letters_were_dropped_is_still_the_name(string text, int length, string? actor)
    {
        var (found, actors) = Longest(text);
        Assert.Equal(length, found);
        Assert.Equal(actor is null ? [] : [actor], actors);
    }

    // Once the pool of words is full, a word met for the first time has no number: it is looked up by its string,
    // and finds the same phrases as a numbered word would.
    [Theory]
    [InlineData("Arab League summit", 2, "ARL")]
    [InlineData("Syrian Arab Army units", 3, "SYR.MIL")]
    [InlineData("talks resumed", 0, null)]
    public void A_token_without_a_number_finds_the_phrase_by_its_string(string text, int length, string? actor)
    {
        var (found, actors) = Longest(text, t => t with { Word = -1 });
        Assert.Equal(length, found);
        Assert.Equal(actor is null ? [] : [actor], actors);
    }
}
