using Dyad.Text;

namespace Dyad.Tests.Text;

public class ClauseSplitterTests
{
    private static (int[] Clause, bool[] Aside) Split(string text) => ClauseSplitter.Split(Tokenizer.Tokenize(text, 0, text.Length));

    [Fact]
    public void Split_ClausesAndAsides_AreMarked()
    {
        var (clause, aside) = Split("Qatar, which hosts talks, said: Syria (now) returns");
        // Qatar , which hosts talks , said : Syria ( now ) returns
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], clause);
        Assert.Equal([false, true, true, true, true, true, false, false, false, true, true, true, false], aside);
    }

    [Fact]
    public void Split_OneClauseWithoutAsides_SharesItsArraysWithSentencesOfItsLength()
    {
        var a = Split("Jordan reopened its border crossing");
        var b = Split("Egypt restored its diplomatic ties");
        Assert.Same(a.Clause, b.Clause);
        Assert.Same(a.Aside, b.Aside);
        Assert.All(a.Clause, c => Assert.Equal(0, c));
        Assert.All(a.Aside, Assert.False);
    }

    [Fact]
    public void Split_AfterALongerSentence_LeavesNothingOfIt()
    {
        // The working arrays are reused: a sentence must not see marks of the one split before it.
        Split("Oman (a mediator) spoke; Iran - which was absent - did not; Iraq: no");
        var (clause, aside) = Split("Kuwait named an ambassador to Damascus");
        Assert.All(clause, c => Assert.Equal(0, c));
        Assert.All(aside, Assert.False);
        var (clause2, aside2) = Split("Kuwait named an ambassador; Iraq did too");
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], clause2);
        Assert.All(aside2, Assert.False);
    }
}
