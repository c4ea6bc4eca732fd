using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dyad.Ingest;
using Dyad.Model;

namespace Dyad.Cli.Bench;

/// <summary>An article the generator varies: its title, body paragraphs and publication date.</summary>
internal sealed record CorpusTemplate(string Id, string Title, IReadOnlyList<string> Paragraphs, PartialDate? Published);

/// <summary>
/// Makes a corpus of any size from a few real articles, for benchmarks: article i takes the title of one
/// template and a run of paragraphs drawn from all of them, with states swapped in pairs (Jordan and Egypt,
/// Turkey and Iran...), years shifted and a reference code in the title, so every article has its own
/// text (its own content hash: nothing is skipped as a duplicate) and few are near-copies of another.
/// Deterministic: the same seed gives the same corpus. Articles are made one at a time (lazily) or
/// streamed to files, never all held in memory.
/// </summary>
internal sealed class CorpusGenerator
{
    private static readonly (string A, string B)[] Swaps =
    [
        ("Jordan", "Egypt"), ("Jordanian", "Egyptian"), ("Amman", "Cairo"),
        ("Turkey", "Iran"), ("Turkish", "Iranian"), ("Ankara", "Tehran"),
        ("Saudi Arabia", "Qatar"), ("Riyadh", "Doha"),
        ("Italy", "Greece"), ("Italian", "Greek"),
        ("Bahrain", "Oman"), ("Bahraini", "Omani"),
        ("Iraq", "Lebanon"), ("Iraqi", "Lebanese"), ("Baghdad", "Beirut"),
    ];

    private static readonly Regex SwapPattern = new(
        @"\b(" + string.Join('|', Swaps.SelectMany(s => new[] { s.A, s.B }).OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex YearPattern = new(@"\b(19[5-9]\d|20[0-2]\d)\b", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<CorpusTemplate> _templates;
    private readonly string[] _paragraphs;
    private readonly int _seed;

    public CorpusGenerator(IReadOnlyList<CorpusTemplate> templates, int seed = 1)
    {
        if (templates.Count == 0) throw new ArgumentException("the generator needs at least one template article", nameof(templates));
        _templates = templates;
        _paragraphs = templates.SelectMany(t => t.Paragraphs).ToArray();
        if (_paragraphs.Length == 0) throw new ArgumentException("the template articles have no paragraphs", nameof(templates));
        _seed = seed;
    }

    /// <summary>The articles of a folder (.txt files, dates from its meta.json or their date lines) as templates.</summary>
    public static IReadOnlyList<CorpusTemplate> LoadTemplates(string folder)
    {
        var list = new List<CorpusTemplate>();
        foreach (var read in new FileSource(new ArticleReader(), [folder]).Read())
        {
            if (read.Document is not { } doc) continue;
            var paragraphs = doc.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            var title = doc.Title ?? paragraphs.FirstOrDefault() ?? doc.Id;
            if (paragraphs.Count > 0 && paragraphs[0] == title) paragraphs.RemoveAt(0);
            // Keep real paragraphs (not date lines, bylines or "Font Size"): a few words at least.
            paragraphs.RemoveAll(p => p.Length < 80);
            if (paragraphs.Count > 0) list.Add(new CorpusTemplate(doc.Id, title, paragraphs, doc.Published));
        }
        return list;
    }

    /// <summary>Article <paramref name="index"/> of the corpus, as the raw text of a .txt file (title, date line, paragraphs).</summary>
    public (string Id, string Text) Article(long index)
    {
        // Not HashCode.Combine: it is randomised per process, and the corpus must be the same on every run.
        var rng = new Random(Seed(_seed, index));
        var template = _templates[(int)(index % _templates.Count)];
        var swapMask = rng.Next(1 << 8);
        var yearShift = rng.Next(-3, 4);
        var sb = new StringBuilder(2048);
        sb.Append(Vary(template.Title, swapMask, yearShift)).Append(" (ref. ").Append(Code(index)).Append(")\n\n");
        var published = template.Published ?? new PartialDate(2023, 3, 29);
        var year = Math.Clamp(published.Year + yearShift, 1950, 2029);
        var month = published.Month ?? 1 + rng.Next(12);
        var day = Math.Min(published.Day ?? 1 + rng.Next(28), DateTime.DaysInMonth(year, month));
        sb.Append(new DateOnly(year, month, day).ToString("MMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        // A run of paragraphs: the template's own first, then others from anywhere.
        var count = 2 + rng.Next(5);
        sb.Append(Vary(template.Paragraphs[0], swapMask, yearShift));
        for (var p = 1; p < count; p++)
        {
            sb.Append("\n\n").Append(Vary(_paragraphs[rng.Next(_paragraphs.Length)], swapMask, yearShift));
        }
        sb.Append('\n');
        return ($"bench_{index:D7}", sb.ToString());
    }

    /// <summary>Articles until about <paramref name="bytes"/> bytes of text (UTF-8) have been made, one at a time.</summary>
    public IEnumerable<(string Id, string Text)> Articles(long bytes)
    {
        long made = 0;
        for (long i = 0; made < bytes; i++)
        {
            var article = Article(i);
            made += Encoding.UTF8.GetByteCount(article.Text);
            yield return article;
        }
    }

    /// <summary>The same articles as documents, read as `dyad ingest` reads a .txt file.</summary>
    public IEnumerable<Document> Documents(long bytes)
    {
        var reader = new ArticleReader();
        foreach (var (id, text) in Articles(bytes))
        {
            if (reader.ReadText(id + ".txt", text, false, new ArticleHints(id)).Document is { } doc) yield return doc;
        }
    }

    /// <summary>Writes about <paramref name="bytes"/> bytes of articles as .txt files into <paramref name="folder"/>, 1,000 per subfolder; returns how many.</summary>
    public long WriteTo(string folder, long bytes)
    {
        long n = 0;
        var encoding = new UTF8Encoding(false);
        foreach (var (id, text) in Articles(bytes))
        {
            var dir = Path.Combine(folder, (n / 1000).ToString("D4", CultureInfo.InvariantCulture));
            if (n % 1000 == 0) Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, id + ".txt"), text, encoding);
            n++;
        }
        return n;
    }

    private static string Vary(string text, int swapMask, int yearShift)
    {
        if (swapMask != 0)
        {
            text = SwapPattern.Replace(text, m =>
            {
                for (var i = 0; i < Swaps.Length; i++)
                {
                    if ((swapMask & (1 << (i % 8))) == 0) continue;
                    if (m.Value == Swaps[i].A) return Swaps[i].B;
                    if (m.Value == Swaps[i].B) return Swaps[i].A;
                }
                return m.Value;
            });
        }
        if (yearShift != 0)
            text = YearPattern.Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + yearShift).ToString(CultureInfo.InvariantCulture));
        return text;
    }

    private static int Seed(int seed, long index)
    {
        var z = (ulong)index * 0x9E3779B97F4A7C15UL + (ulong)seed * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    // A letter code (no digits: a number in a title could read as a year).
    private static string Code(long index)
    {
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do
        {
            buffer[--i] = (char)('A' + index % 26);
            index /= 26;
        } while (index > 0);
        return new string(buffer[i..]);
    }
}
