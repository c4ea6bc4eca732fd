using System.Text;
using Dyad.Ingest;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Ingest;

public sealed class ArticleReaderTests : TempStoreTest
{
    private readonly ArticleReader _reader = new();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Temp.Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    [Fact]
    public void ReadFile_PlainText_NormalizesAndTakesIdAndTitle()
    {
        var path = Write("a.txt", "Syria and Jordan\r\n\r\n\r\nThe  border\u00A0reopened.   \r\n");
        var read = _reader.ReadFile(path, new ArticleHints("a"));
        Assert.Null(read.Error);
        var doc = read.Document!;
        Assert.Equal("a", doc.Id);
        Assert.Equal("Syria and Jordan\n\nThe border reopened.", doc.Text);
        Assert.Equal("Syria and Jordan", doc.Title);
        Assert.Equal(path, doc.Origin);
    }

    [Theory]
    [InlineData("<h1><script>var title = 'injected';</script>Jordan reopens the border</h1>", "Jordan reopens the border")]
    [InlineData("<h1>Jordan <span><style>h1 { color: red }</style>reopens</span> the border</h1>", "Jordan reopens the border")]
    [InlineData("<h1><script>alert(1)</script></h1>", "The page title")]
    public void ReadFile_HtmlHeading_ScriptTextIsNeverTheTitle_Issue19(string heading, string title)
    {
        var path = Write("h.html", $"<html><head><title>The page title</title></head><body>{heading}<p>Jordan reopened the Jaber crossing with Syria.</p></body></html>");
        var read = _reader.ReadFile(path, new ArticleHints("h"));
        Assert.Equal(title, read.Document!.Title);
        Assert.DoesNotContain("alert", read.Document.Title);
    }

    [Theory]
    [InlineData(null, "2023-05-07", "2023-05-07")]
    [InlineData("2021-10", "2023-05-07", "2021-10")]
    [InlineData("2024-12-08T10:00:00Z", null, "2024-12-08")]
    public void ReadFile_PublicationDate_ComesFromHintsThenMeta(string? hint, string? meta, string expected)
    {
        var path = Write("b.txt", "Egypt reopened its embassy in Damascus.");
        PartialDate? published = hint is null ? null : PartialDate.Parse(hint).ValueOrNull();
        var read = _reader.ReadFile(path, new ArticleHints("b", new MetaEntry("T", "S", meta, null), published));
        Assert.Equal(expected, read.Document!.Published?.ToString());
        Assert.Equal("T", read.Document.Title);
    }

    [Fact]
    public void ReadFile_DateLineNearTheTop_IsThePublicationDate()
    {
        var path = Write("c.txt", "A headline\nMar 21, 2023\nEgypt reopened its embassy in Damascus.");
        Assert.Equal("2023-03-21", _reader.ReadFile(path, new ArticleHints("c")).Document!.Published?.ToString());
    }

    [Fact]
    public void ReadFile_BadMetaDate_IsIgnoredWithANote()
    {
        var path = Write("d.txt", "Egypt reopened its embassy in Damascus.");
        var read = _reader.ReadFile(path, new ArticleHints("d", new MetaEntry(null, null, "last spring", null)));
        Assert.NotNull(read.Document);
        Assert.Null(read.Document.Published);
        Assert.Contains("last spring", read.Note);
    }

    [Fact]
    public void ReadFile_OverMaxBytes_IsRefusedWithTheReason()
    {
        var path = Write("big.txt", new string('a', 2048));
        var read = new ArticleReader { MaxBytes = 1024 }.ReadFile(path, new ArticleHints("big"));
        Assert.Null(read.Document);
        Assert.Equal(path, read.Error!.Input);
        Assert.Contains("too large", read.Error.Reason);
    }

    [Fact]
    public void ReadFile_AShortFileAfterALongOne_IsReadWhole_AndOnlyItself()
    {
        // Files are read into a pooled buffer: what a longer file left in it must not show through.
        var longer = Write("long.txt", string.Concat(Enumerable.Repeat("Jordan reopened the Jaber crossing. ", 300)));
        var shorter = Write("short.txt", "Talks resumed.");
        var windows1252 = Write("latin.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x61, 0x6C, 0x6B, 0x73]);
        foreach (var _ in Enumerable.Range(0, 3))
        {
            Assert.Equal(10_799, _reader.ReadFile(longer, new ArticleHints("l")).Document!.Text.Length);
            Assert.Equal("Talks resumed.", _reader.ReadFile(shorter, new ArticleHints("s")).Document!.Text);
            Assert.Equal("Caf\u00e9 talks", _reader.ReadFile(windows1252, new ArticleHints("w")).Document!.Text);
        }
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty file")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x20, 0x0A }, "empty file")]
    [InlineData("bin.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x3E, 0x00, 0x01 }, "binary")]
    public void ReadFile_NotAnArticle_IsAnErrorNamingTheFile(string name, byte[] bytes, string reason)
    {
        var path = Write(name, bytes);
        var read = _reader.ReadFile(path, new ArticleHints("x"));
        Assert.Null(read.Document);
        Assert.Equal(path, read.Error!.Input);
        Assert.Contains(reason, read.Error.Reason);
        Assert.StartsWith(path + ": ", read.Error.ToString());
    }

    [Fact]
    public void ReadFile_Missing_IsAnError()
    {
        var read = _reader.ReadFile(Temp.PathOf("nope.txt"), new ArticleHints("nope"));
        Assert.Equal("no such file", read.Error!.Reason);
        Assert.Equal("no such file", _reader.ReadFile(Path.Combine(Temp.Folder, "gone", "nope.txt"), new ArticleHints("nope")).Error!.Reason);
        var folder = Directory.CreateDirectory(Temp.PathOf("folder.txt")).FullName;
        Assert.Equal("a folder, not a file", _reader.ReadFile(folder, new ArticleHints("folder")).Error!.Reason);
    }

    [Fact]
    public void ReadFile_Windows1252_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Write("w.txt", Encoding.GetEncoding(1252).GetBytes("Caf\u00E9 diplomacy: \u201CTurkey\u201D reopened the crossing."));
        Assert.Equal("Caf\u00E9 diplomacy: \u201CTurkey\u201D reopened the crossing.", _reader.ReadFile(path, new ArticleHints("w")).Document!.Text);
    }

    [Fact]
    public void ReadFile_BrokenHtml_StillGivesItsText()
    {
        var path = Write("p.html", "<html><head><title>Envoys</title></head><body><p>Egypt reopened its embassy in Damascus.<p>Jordan followed.<div><b>unclosed");
        var read = _reader.ReadFile(path, new ArticleHints("p"));
        Assert.Null(read.Error);
        Assert.Contains("Egypt reopened its embassy in Damascus.", read.Document!.Text);
        Assert.DoesNotContain("<", read.Document.Text);
    }

    [Theory]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("caf\u00E9", "850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e")]
    public void ContentHash_IsTheSha256OfTheUtf8Text(string text, string hex) => Assert.Equal(hex, new Dyad.Model.Document("x", text).ContentHash);
}
