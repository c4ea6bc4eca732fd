using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Dyad.Ingest;

/// <summary>
/// Reads a PDF's text with PdfPig, page by page (pages joined by a blank line), and its title from the
/// document information. A corrupt, encrypted or image-only PDF is an error naming the reason.
/// </summary>
internal static class PdfArticle
{
    public static bool LooksLikePdf(byte[] bytes) =>
        bytes.Length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';

    public static (string? Text, string? Title, string? Error) Read(byte[] bytes)
    {
        if (bytes.Length == 0) return (null, null, "empty file");
        if (!LooksLikePdf(bytes)) return (null, null, "not a PDF (no %PDF- header)");
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            if (pdf.IsEncrypted) return (null, null, "encrypted PDF");
            var sb = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                var words = page.GetWords().Select(w => w.Text);
                var text = string.Join(' ', words);
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (sb.Length > 0) sb.Append("\n\n");
                sb.Append(text);
            }
            var title = pdf.Information.Title;
            return (sb.ToString(), string.IsNullOrWhiteSpace(title) ? null : title.Trim(), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, null, "encrypted PDF");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // PdfPig throws many exception types on broken files; each is "this PDF cannot be read".
            return (null, null, $"corrupt PDF: {e.Message}");
        }
    }
}
