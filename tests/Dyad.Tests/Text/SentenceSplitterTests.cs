using Dyad.Text;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(Coding.Pack.Text.Abbreviations);

    private static string[] Split(string text)
    {
        var sentences = Splitter.Split(text);
        foreach (var s in sentences)
        {
            Assert.InRange(s.Start, 0, text.Length);
            Assert.InRange(s.End, s.Start + 1, text.Length);
            Assert.Equal(s.End - s.Start, s.Length);
        }
        return sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("The U.S. imposed sanctions. Syria objected.", "The U.S. imposed sanctions.|Syria objected.")]
    [InlineData("Gen. Mazloum Abdi spoke. He was brief.", "Gen. Mazloum Abdi spoke.|He was brief.")]
    [InlineData("Dr. Jones disagreed. Turkey agreed.", "Dr. Jones disagreed.|Turkey agreed.")]
    [InlineData("Mr. Erdogan met Mr. Assad in Ankara. Talks ended.", "Mr. Erdogan met Mr. Assad in Ankara.|Talks ended.")]
    [InlineData("It reopened in Jan. 2023 after years. Jordan followed.", "It reopened in Jan. 2023 after years.|Jordan followed.")]
    [InlineData("Resolution No. 5 passed. It was adopted.", "Resolution No. 5 passed.|It was adopted.")]
    [InlineData("John F. Kennedy said so. Nobody listened.", "John F. Kennedy said so.|Nobody listened.")]
    public void Split_Abbreviations_DoNotEndSentences(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("He said \"we will never normalize.\" Turkey agreed.", "He said \"we will never normalize.\"|Turkey agreed.")]
    [InlineData("He said \u201Cyes.\u201D Then he left.", "He said \u201Cyes.\u201D|Then he left.")]
    [InlineData("Turkey agreed. \"We are ready,\" he said.", "Turkey agreed.|\"We are ready,\" he said.")]
    [InlineData("Did they meet? Nobody knows! Talks go on.", "Did they meet?|Nobody knows!|Talks go on.")]
    public void Split_Quotes_StayWithTheirSentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("He said \u201Cno.\u201D Then he left.", "He said \u201Cno.\u201D|Then he left.")]
    [InlineData("The answer was \"no.\" Turkey agreed.", "The answer was \"no.\"|Turkey agreed.")]
    public void Split_QuotedAbbreviationWord_EndsTheSentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("Trade rose.[12] Turkey reopened the crossing.[iv] Jordan followed.", "Trade rose.[12]|Turkey reopened the crossing.[iv]|Jordan followed.")]
    [InlineData("Trade rose.[xiv] Jordan followed.", "Trade rose.[xiv]|Jordan followed.")]
    public void Split_FootnoteMarkers_BelongToTheSentenceBefore(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("A title\nThe first sentence. The second.", "A title|The first sentence.|The second.")]
    [InlineData("Egypt reopened it.\n\nJordan followed", "Egypt reopened it.|Jordan followed")]
    [InlineData("prices rose 3.5 percent. Then fell.", "prices rose 3.5 percent.|Then fell.")]
    [InlineData("it ended. then it resumed.", "it ended. then it resumed.")]
    public void Split_LinesAndLowercase_FollowTheRules(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_Blank_GivesNoSentence(string text) => Assert.Empty(Split(text));

    [Fact]
    public void Split_Sentences_AreInOrderIndexedAndDisjoint()
    {
        const string text = "  The U.S. acted.  Gen. X spoke.\nA new line. \"Quoted.\" Done.[3]  ";
        var sentences = Splitter.Split(text);
        for (var i = 0; i < sentences.Count; i++)
        {
            Assert.Equal(i, sentences[i].Index);
            Assert.True(sentences[i].Coded);
            Assert.False(char.IsWhiteSpace(text[sentences[i].Start]));
            Assert.False(char.IsWhiteSpace(text[sentences[i].End - 1]));
            if (i > 0) Assert.True(sentences[i - 1].End < sentences[i].Start);
        }
    }
}
