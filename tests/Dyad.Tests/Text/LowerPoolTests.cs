using Dyad.Text;

namespace Dyad.Tests.Text;

public class LowerPoolTests
{
    // Packed in the table (ASCII, up to 15 characters) and not (longer, or with a character past 127), with
    // neighbours a packed key must tell apart: one character more or less, a NUL, a difference past the eighth.
    public static TheoryData<string, string> Neighbours => new()
    {
        { "a", "a\0" },
        { "talks", "talk" },
        { "abcdefgh", "abcdefgh\0" },
        { "normalization", "normalizatioN" },
        { "abcdefghijklmno", "abcdefghijklmnp" },
        { "abcdefghijklmno", "abcdefghijklmnop" },
        { "türkiye", "turkiye" },
        { "normalisationxyz", "normalisationxyw" },
        { "reopen\u00e9d", "reopene\u00e9" },
    };

    [Theory]
    [MemberData(nameof(Neighbours))]
    public void A_word_has_one_pooled_string_and_number_and_a_neighbour_has_others(string word, string neighbour)
    {
        var first = LowerPool.Intern(word);
        var again = LowerPool.Intern(new string(word.AsSpan()));
        Assert.Equal(word, first.Lower);
        Assert.Same(first.Lower, again.Lower);
        Assert.Equal(first.Number, again.Number);
        Assert.True(first.Number >= 0);

        var other = LowerPool.Intern(neighbour);
        Assert.Equal(neighbour, other.Lower);
        Assert.NotEqual(first.Number, other.Number);
    }

    // More words than the small table of the words met first holds: some go to the large one while threads race.
    [Fact]
    public void Threads_interning_the_same_new_words_at_once_agree_on_each()
    {
        var words = Enumerable.Range(0, 9001).Select(i => $"w{i * 7919 % 100_003:x}{(i % 3 == 0 ? "\u00e9" : "")}{new string('q', i % 17)}").ToArray();
        var results = new PooledWord[4][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            // Each thread in its own order (9,001 is prime, so each is a permutation): they race at different moments.
            var order = Enumerable.Range(0, words.Length).Select(i => (i * (2 * t + 1) + t) % words.Length).ToArray();
            var mine = new PooledWord[words.Length];
            foreach (var i in order) mine[i] = LowerPool.Intern(words[i]);
            results[t] = mine;
        });
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(words[i], results[0][i].Lower);
            foreach (var r in results.Skip(1))
            {
                Assert.Same(results[0][i].Lower, r[i].Lower);
                Assert.Equal(results[0][i].Number, r[i].Number);
            }
        }
        Assert.Equal(words.Length, results[0].Select(w => w.Number).Distinct().Count());
    }

    // A word of the pack is pooled as rare (in the large table) and copied to the small one when a text uses it, if
    // there is room: wherever it is found, by whichever look-up and thread, it is the same string with the same number.
    [Fact]
    public void A_rare_word_met_in_texts_keeps_its_string_and_number()
    {
        // 3,001 is prime, so each thread's order is a permutation.
        var words = Enumerable.Range(0, 3001).Select(i => $"rare{i * 7919 % 100_003:x}").ToArray();
        var pack = words.Select(w => LowerPool.Intern(w, rare: true)).ToArray();
        Assert.All(pack, w => Assert.True(w.Number >= 0));
        Assert.Equal(words.Length, pack.Select(w => w.Number).Distinct().Count());
        var seen = new PooledWord[4][];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            var mine = new PooledWord[words.Length];
            for (var k = 0; k < words.Length; k++)
            {
                var i = (k * (2 * t + 1) + t) % words.Length;
                // As a text spells it (upper case folded as it is packed), and as already lower-cased.
                var asWritten = t % 2 == 0 ? words[i].ToUpperInvariant() : words[i];
                Assert.True(LowerPool.TryFindAscii(asWritten, out mine[i]));
                Assert.Equal(mine[i], LowerPool.Intern(words[i]));
            }
            seen[t] = mine;
        });
        foreach (var mine in seen)
        {
            for (var i = 0; i < words.Length; i++)
            {
                Assert.Same(pack[i].Lower, mine[i].Lower);
                Assert.Equal(pack[i].Number, mine[i].Number);
            }
        }
    }
}
