using System.Buffers;
using Dyad.Dates;
using Dyad.Model;
using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>What the caller knows of an input beyond its bytes: its id, and metadata from meta.json or the command line.</summary>
public sealed record ArticleHints(string Id, MetaEntry? Meta = null, PartialDate? Published = null);

/// <summary>
/// Reads one article file (.txt, .html, .htm, .pdf) into a <see cref="Document"/>. The publication date comes, in
/// this order, from the command line, the folder's meta.json, the page's metadata, or a date line near the
/// top of a text file. Every failure is a result naming the file and the reason.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>Larger inputs are refused: no article is this long, and coding it would stall a batch.</summary>
    public long MaxBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>The file extensions read as articles; a folder's other files are passed over.</summary>
    internal static readonly string[] Extensions = [".txt", ".html", ".htm", ".pdf", ".jsonl"];

    /// <summary>
    /// Reads one article file, by its extension: text, HTML, or PDF. A file that cannot be read, is larger than
    /// <see cref="MaxBytes"/>, cannot be decoded or holds no text is a failed result naming <paramref name="path"/>, never an exception.
    /// </summary>
    public ReadResult ReadFile(string path, ArticleHints hints)
    {
        var (buffer, length, error) = ReadAll(path);
        if (error is not null) return ReadResult.Fail(path, error);
        try
        {
            var bytes = buffer.AsSpan(0, length);
            var ext = Path.GetExtension(path).ToLowerInvariant();
            if (ext == ".pdf") return ReadPdf(path, bytes.ToArray(), hints);
            return ReadBytes(path, bytes, ext is ".html" or ".htm", hints);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer!);
        }
    }

    // One open, its size from the open file, one read: an archive of small files pays the system calls of each,
    // and a separate look at the path before opening it cost a fifth of reading it. The bytes go to a pooled
    // buffer, the caller's to return: a new array per file was zeroed, then faulted in, to be decoded and dropped.
    private (byte[]? Buffer, int Length, string? Error) ReadAll(string path)
    {
        try
        {
            using var file = File.OpenHandle(path);
            var length = RandomAccess.GetLength(file);
            if (length > MaxBytes) return (null, 0, $"too large ({length:N0} bytes; the limit is {MaxBytes:N0})");
            var buffer = ArrayPool<byte>.Shared.Rent((int)length);
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(file, buffer.AsSpan(read, (int)length - read), read);
                // A file that shrank since its size was read is what it now holds.
                if (n == 0) break;
                read += n;
            }
            return (buffer, read, null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, 0, "no such file");
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            return (null, 0, "a folder, not a file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return (null, 0, $"cannot read: {e.Message}");
        }
    }

    /// <summary>A PDF: its text, pages joined; its title from the document information.</summary>
    public ReadResult ReadPdf(string origin, byte[] bytes, ArticleHints hints)
    {
        var (text, title, error) = PdfArticle.Read(bytes);
        if (error is not null) return ReadResult.Fail(origin, error);
        var meta = hints.Meta ?? new MetaEntry(null, null, null, null);
        var result = ReadText(origin, text!, false, hints with { Meta = meta with { Title = meta.Title ?? title } });
        return result.Error is not null ? ReadResult.Fail(origin, "no text in the PDF (scanned images?)") : result;
    }

    /// <summary>Bytes of a text or a page (<paramref name="html"/>, or text that looks like HTML), decoded as <see cref="TextDecoder"/> does; binary content is a failed result.</summary>
    internal ReadResult ReadBytes(string origin, ReadOnlySpan<byte> bytes, bool html, ArticleHints hints)
    {
        // A page keeps its bytes as they are; a text file's final line breaks are dropped by normalising, so they are left
        // out as it is decoded.
        if (!TextDecoder.TryDecode(bytes, out var raw, out var error, dropFinalLineBreaks: !html)) return ReadResult.Fail(origin, error!);
        return ReadText(origin, raw, html || LooksLikeHtml(raw), hints);
    }

    /// <summary>
    /// Reads decoded text. <paramref name="mainContent"/> asks for the main content of a web page
    /// (<see cref="PageExtractor"/>); article files keep <see cref="HtmlArticle"/>'s reading.
    /// </summary>
    public ReadResult ReadText(string origin, string raw, bool html, ArticleHints hints, bool mainContent = false)
    {
        string text;
        string? title = hints.Meta?.Title, source = hints.Meta?.Source, url = hints.Meta?.Url, pageDate = null;
        if (html)
        {
            var page = mainContent ? PageExtractor.Read(raw, hints.Meta?.Url ?? origin) : HtmlArticle.Read(raw);
            text = page.Text;
            title ??= page.Title;
            url ??= page.Url;
            source ??= page.Source;
            pageDate = page.Published;
        }
        else
        {
            text = TextNormalizer.Normalize(raw);
        }
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(origin, html ? "no article text in the page" : "empty file");
        string? note = null;
        var published = hints.Published;
        if (published is null && hints.Meta?.Published is { } metaDate)
        {
            var parsed = PartialDate.Parse(metaDate);
            published = parsed.ValueOrNull();
            if (published is null) note = $"meta.json date {parsed.Message}; ignored";
        }
        published ??= PartialDate.Parse(pageDate).ValueOrNull();
        published ??= html ? null : DateLine(text);
        title ??= FirstLine(text);
        return ReadResult.Ok(new Document(hints.Id, text, title, source, url, published, origin), note);
    }

    private static bool LooksLikeHtml(string raw)
    {
        var head = raw.AsSpan(0, Math.Min(raw.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    // A text file often carries its date on a line of its own near the top: "Mar 21, 2023".
    private static PartialDate? DateLine(string text)
    {
        var recognizer = new DateRecognizer();
        var start = 0;
        for (var line = 0; line < 6 && start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end - start <= 60)
            {
                foreach (var d in recognizer.Recognize(text, start, end, null))
                {
                    if (d.Basis == DateBasis.Explicit && d.Value is { Precision: DatePrecision.Day } v) return v;
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static string? FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        var line = (end < 0 ? text : text[..end]).Trim();
        return line.Length is > 0 and <= 200 ? line : null;
    }
}
