using System.Text;
using Dyad.Ingest;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Ingest;

public sealed class FileFormatTests : TempStoreTest
{
    private const string Text = "Syria talks\n\nThe café in Damascus hosted Turkish envoys on Tuesday — a first since 2011.";

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "windows-1252" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void TextDecoder_ReadsEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = name == "windows-1252" ? Text.Replace("—", "-") : Text;
        byte[] bytes = name switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.GetEncoding(1252).GetBytes(text),
        };
        Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out var error), error);
        Assert.Equal(text, decoded);
    }

    [Fact]
    public void TextDecoder_Windows1252_SmartQuotes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("He said \u201cyes\u201d \u2014 in Damascus.");
        Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out _));
        Assert.Equal("He said \u201cyes\u201d \u2014 in Damascus.", decoded);
    }

    [Fact]
    public void EmptyFile_IsAnErrorNamingIt()
    {
        var path = Temp.PathOf("empty.txt");
        File.WriteAllBytes(path, []);
        var r = new ArticleReader().ReadFile(path, new ArticleHints("empty"));
        Assert.Equal(path, r.Error!.Input);
        Assert.Equal("empty file", r.Error.Reason);
    }

    [Fact]
    public void PdfFile_IsRead_AndCorruptPdfIsAnError()
    {
        var good = Temp.PathOf("minutes.pdf");
        File.WriteAllBytes(good, TestServer.Pdf("Minutes", "Turkey and Syria restored diplomatic relations on Tuesday."));
        var bad = Temp.PathOf("broken.pdf");
        File.WriteAllBytes(bad, Encoding.ASCII.GetBytes("%PDF-1.4 this is not really a pdf"));
        var enc = Temp.PathOf("locked.pdf");
        File.WriteAllBytes(enc, TestServer.EncryptedPdf());
        var results = new FileSource(new ArticleReader(), [Temp.Folder]).Read().ToList();
        Assert.Equal(3, results.Count);
        var doc = results.Single(r => r.Document is not null).Document!;
        Assert.Equal("minutes", doc.Id);
        Assert.Equal("Minutes", doc.Title);
        Assert.Contains("restored diplomatic relations", doc.Text);
        Assert.Contains(results, r => r.Error is { } e && e.Input == bad && e.Reason.StartsWith("corrupt PDF", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Error is { } e && e.Input == enc && e.Reason == "encrypted PDF");
    }

    [Fact]
    public void JsonLines_OneArticleALine_BadLineNamesFileAndLine()
    {
        var path = Temp.PathOf("batch.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "a1", "url": "https://example.com/a1", "title": "Ties", "published": "2023-03-07", "text": "Turkey and Syria restored relations."}""",
            """{"id": "a2", "text": """,
            "",
            """{"url": "https://example.com/a3", "text": "Jordan reopened the border.", "published": "not a date"}""",
            """{"id": "a4", "title": "no text"}""",
        ]);
        var results = new FileSource(new ArticleReader(), [path]).Read().ToList();
        Assert.Equal(4, results.Count);
        var a1 = results[0].Document!;
        Assert.Equal(("a1", "https://example.com/a1", "Ties"), (a1.Id, a1.Url, a1.Title));
        Assert.Equal(new PartialDate(2023, 3, 7), a1.Published);
        Assert.Equal($"{path}:2", results[1].Error!.Input);
        Assert.StartsWith("malformed JSON", results[1].Error!.Reason);
        var a3 = results[2].Document!;
        Assert.Equal("https://example.com/a3", a3.Id);
        Assert.Null(a3.Published);
        Assert.NotNull(results[2].Note);
        Assert.Equal($"{path}:5", results[3].Error!.Input);
    }

    [Fact]
    public void JsonLines_LineOverTheCap_IsAnErrorAndTheNextLineIsRead()
    {
        // Issue 19: one 200 MB line was stored with 4 GB of memory. A line over the article cap is dropped as it is read.
        var path = Temp.PathOf("huge.jsonl");
        using (var w = new StreamWriter(path))
        {
            w.Write("{\"id\": \"big\", \"text\": \"");
            w.Write(new string('x', JsonLinesReader.MaxLineLength));
            w.Write("\"}\r\n");
            w.Write("{\"id\": \"after\", \"text\": \"Jordan reopened the border.\"}\n");
        }
        var results = new FileSource(new ArticleReader(), [path]).Read().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal($"{path}:1", results[0].Error!.Input);
        Assert.StartsWith("line too long", results[0].Error!.Reason);
        Assert.Equal("after", results[1].Document!.Id);
    }

    [Fact]
    public void JsonLines_TextThatIsNotAString_IsAnError()
    {
        var path = Temp.PathOf("typed.jsonl");
        File.WriteAllLines(path, ["""{"id": "n", "text": 12345}""", """{"id": "o", "text": {"body": "Syria"}}"""]);
        var results = new FileSource(new ArticleReader(), [path]).Read().ToList();
        Assert.Equal(["\"text\" is a number, not a string", "\"text\" is an object, not a string"], results.Select(r => r.Error!.Reason));
    }

    [Fact]
    public void TextAndHtmlFiles_ReadAsBefore()
    {
        File.WriteAllText(Temp.PathOf("a.txt"), "Talks resume\nMarch 7, 2023\n\nTurkey and Syria restored relations.");
        File.WriteAllText(Temp.PathOf("b.html"), TestServer.Page("Embassies reopen", "Saudi Arabia reopened its embassy in Damascus."));
        var docs = new FileSource(new ArticleReader(), [Temp.Folder]).Read().Select(r => r.Document!).ToList();
        Assert.Equal(["a", "b"], docs.Select(d => d.Id));
        Assert.Equal(new PartialDate(2023, 3, 7), docs[0].Published);
        Assert.Equal("Embassies reopen", docs[1].Title);
        // Local HTML files keep HtmlArticle's reading (article element), not SmartReader's.
        Assert.Equal(HtmlArticle.Read(TestServer.Page("Embassies reopen", "Saudi Arabia reopened its embassy in Damascus.")).Text, docs[1].Text);
    }
}
