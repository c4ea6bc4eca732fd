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

    [Fact]
    public void Split_RunOnLine_IsCutAtClauseMarksIntoBoundedPieces()
    {
        // 60 KB with no stop: a flattened table or a page without punctuation (issue 19: coding was quadratic in it).
        var clause = "Turkey and Syria discussed the border crossing with Jordan, ";
        var text = string.Concat(Enumerable.Repeat(clause, 1000));
        var pieces = Split(text);
        Assert.True(pieces.Length >= text.Length / SentenceSplitter.MaxLength);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, SentenceSplitter.MaxLength));
        // Cut after a comma, never inside a word, and nothing lost: the pieces and the spaces between are the line.
        Assert.All(pieces[..^1], p => Assert.EndsWith(",", p));
        Assert.Equal(text.Replace(" ", ""), string.Concat(pieces).Replace(" ", ""));
    }

    [Fact]
    public void Split_RunOnWithoutMarks_IsCutAtSpacesOrAtTheBound()
    {
        var words = string.Join(' ', Enumerable.Repeat("sanctions", 500));
        Assert.All(Split(words), p => Assert.Equal(p.Trim(), p));
        Assert.All(Split(words), p => Assert.DoesNotContain("sanctionssanctions", p));
        // A character of two UTF-16 units astride the bound goes whole into the next piece.
        var solid = new string('x', SentenceSplitter.MaxLength - 1) + "\U0001F600" + new string('y', 1500);
        var pieces = Split(solid);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, SentenceSplitter.MaxLength));
        Assert.Equal(solid, string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
    }

    [Fact]
    public void Split_NewsSentence_UnderTheBound_IsNeverCut()
    {
        var sentence = string.Concat(Enumerable.Repeat("Jordan reopened the crossing, ", 30)).TrimEnd(' ', ',') + ".";
        Assert.InRange(sentence.Length, 600, SentenceSplitter.MaxLength);
        Assert.Equal(sentence, Split(sentence + " Syria welcomed it.")[0]);
    }
}
