using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Text;

public class BoilerplateTests
{
    private static (string Text, bool Coded)[] Sentences(string text) =>
        Coding.Code(text).Sentences.Select(s => (text[s.Start..s.End], s.Coded)).ToArray();

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Read more")]
    [InlineData("READ MORE:")]
    [InlineData("Share this article")]
    [InlineData("The views expressed in this article are the author's own.")]
    [InlineData("The views expressed in this article are the author\u2019s own.")]
    [InlineData("Copyright 2023 Example Media. All rights reserved.")]
    [InlineData("[i] Jordan reopened its embassy in Damascus in 2018.")]
    [InlineData("[14] Egypt reopened its embassy in Damascus.")]
    [InlineData("[xiv] For statistics, see the UNHCR portal.")]
    public void Mark_ChromeAndNoteLines_KeptInTextButUncoded(string line)
    {
        var text = $"Egypt reopened its embassy in Damascus.\n{line}\nJordan reopened its embassy in Damascus.";
        var doc = Coding.Code(text);
        var sentences = Sentences(text);
        Assert.Equal(("Egypt reopened its embassy in Damascus.", true), sentences[0]);
        Assert.Equal(("Jordan reopened its embassy in Damascus.", true), sentences[^1]);
        var inner = sentences[1..^1];
        Assert.NotEmpty(inner);
        Assert.All(inner, s => Assert.False(s.Coded, s.Text));
        Assert.Equal(line, string.Join(' ', inner.Select(s => s.Text)));
        Assert.Equal(text, doc.Document.Text);
        Assert.Equal(["EGY->SYR mission.reopen asserted 2023-03-29", "JOR->SYR mission.reopen asserted 2023-03-29"], Coding.Lines(doc));
    }

    [Theory]
    [InlineData("About the Author")]
    [InlineData("About the authors")]
    [InlineData("References")]
    [InlineData("Notes")]
    [InlineData("Related articles")]
    public void Mark_TailHeading_EverythingAfterIsUncoded(string heading)
    {
        var text = $"Egypt reopened its embassy in Damascus.\n{heading}\nJordan reopened its embassy in Damascus. Turkey reopened its embassy too.";
        var doc = Coding.Code(text);
        var sentences = Sentences(text);
        Assert.True(sentences[0].Coded);
        Assert.All(sentences[1..], s => Assert.False(s.Coded, s.Text));
        Assert.Equal(["EGY->SYR mission.reopen asserted 2023-03-29"], Coding.Lines(doc));
    }

    [Theory]
    [InlineData("Read more about how Egypt reopened its embassy in Damascus.")]
    [InlineData("Readers share the view that Egypt reopened its embassy in Damascus.")]
    [InlineData("[Update] Egypt reopened its embassy in Damascus.")]
    public void Mark_ArticleLinesThatLookLikeChrome_StayCoded(string line)
    {
        var sentences = Sentences(line);
        Assert.All(sentences, s => Assert.True(s.Coded, s.Text));
    }

    [Fact]
    public void Mark_LongParagraphOpeningWithChrome_EverySentenceOfItUncoded()
    {
        var chrome = "The views expressed in this article are the author's own. " + string.Concat(Enumerable.Repeat("They do not reflect the position of any government or of the editors. ", 12));
        var text = $"{chrome.TrimEnd()}\nJordan reopened its embassy in Damascus. Egypt reopened its embassy in Damascus.";
        var sentences = Sentences(text);
        Assert.Equal(15, sentences.Length);
        Assert.All(sentences[..13], s => Assert.False(s.Coded, s.Text));
        Assert.All(sentences[13..], s => Assert.True(s.Coded, s.Text));
    }

    [Fact]
    public void Mark_FootnoteMarkerInsideSentence_DoesNotUncodeIt()
    {
        var text = "Trade rose.[12] Egypt reopened its embassy in Damascus.[iv] Jordan followed.";
        Assert.All(Sentences(text), s => Assert.True(s.Coded, s.Text));
        Assert.Equal(["EGY->SYR mission.reopen asserted 2023-03-29"], Coding.Lines(Coding.Code(text)));
    }

    [Fact]
    public void Mark_LinkBoxInsideTheStory_StoryCodedAgainWhereItsProseResumes()
    {
        var text = "Egypt reopened its embassy in Damascus on Monday, the foreign ministry in Cairo said in a statement.\n" +
            "Recommended\nJordan reopens its embassy in Damascus\nSigns of a thaw\n" +
            "The move follows a phone call last month in which the two foreign ministers discussed consular services and trade.\n" +
            "Jordan reopened its embassy in Damascus in the same week, after a closure of more than ten years, officials said.";
        var sentences = Sentences(text);
        Assert.Equal(("Egypt reopened its embassy in Damascus on Monday, the foreign ministry in Cairo said in a statement.", true), sentences[0]);
        Assert.All(sentences[1..4], s => Assert.False(s.Coded, s.Text));
        Assert.All(sentences[4..], s => Assert.True(s.Coded, s.Text));
        Assert.Contains(Coding.Lines(Coding.Code(text)), l => l.StartsWith("JOR->SYR mission.reopen asserted", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jordan reopens its embassy in Damascus after eleven years of closure and a long row over the border.")]
    [InlineData("Jordan reopens its embassy in Damascus\nTurkey and Syria agree to restore ties")]
    public void Mark_LinkBoxAtTheEnd_TeasersStayUncoded(string links)
    {
        var text = $"Egypt reopened its embassy in Damascus.\nYou may also like\n{links}";
        var sentences = Sentences(text);
        Assert.True(sentences[0].Coded);
        Assert.All(sentences[1..], s => Assert.False(s.Coded, s.Text));
        Assert.Equal(["EGY->SYR mission.reopen asserted 2023-03-29"], Coding.Lines(Coding.Code(text)));
    }
}
