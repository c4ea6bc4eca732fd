using System.Text;

namespace Dyad.Storage;

/// <summary>
/// The words of a text filter (the API's q, the CLI's --text), read once so that every provider answers them from
/// its own full-text index (SQLite FTS5, PostgreSQL tsvector): all of the words must occur in the evidence, each
/// as the start of a word ("embass" finds "embassy"); words in double quotes must occur together, in that order.
/// A word with other characters than letters and digits ("50%", "al_Assad") must also occur as written, letter for
/// letter: '%' and '_' are never wildcards. Capped in words and length (issue 19: 997 words made a query of 997
/// LIKE clauses that ran for 90 s and then failed).
/// </summary>
internal sealed record TextSearch(IReadOnlyList<IReadOnlyList<string>> Phrases, IReadOnlyList<string> Literals)
{
    /// <summary>At most this many words, quoted ones included.</summary>
    public const int MaxWords = 32;

    /// <summary>At most this many characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The words, or a message saying why the text cannot be searched.</summary>
    public static (TextSearch? Search, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        if (text.Length > MaxLength) return (null, $"has {text.Length} characters; at most {MaxLength} can be searched");
        var phrases = new List<IReadOnlyList<string>>();
        var literals = new List<string>();
        var words = 0;
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            // Odd parts were between quotes (an unclosed quote runs to the end).
            var quoted = i % 2 == 1;
            var chunks = quoted ? [parts[i]] : parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var chunk in chunks)
            {
                var tokens = Words(chunk);
                if (tokens.Count == 0)
                {
                    if (chunk.Trim().Length > 0) return (null, $"'{chunk.Trim()}' has no letters or digits to search for");
                    continue;
                }
                words += tokens.Count;
                if (words > MaxWords) return (null, $"has more than {MaxWords} words; at most {MaxWords} can be searched");
                if (quoted) phrases.Add(tokens);
                else phrases.AddRange(tokens.Select(t => (IReadOnlyList<string>)[t]));
                var literal = AsciiLower(chunk.Trim());
                // A word of letters and digits only is what the index holds; anything else is checked as written.
                if (quoted ? tokens.Count > 1 || literal != tokens[0] : literal != tokens[0]) literals.Add(literal);
            }
        }
        return phrases.Count == 0 ? (null, null) : (new TextSearch(phrases, literals), null);
    }

    /// <summary>Runs of letters and digits, lower-cased: the words both indexes split text into.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0) return;
            words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>Lower case for A to Z only, as SQLite's lower() and PostgreSQL's lower() under the "C" collation do.</summary>
    public static string AsciiLower(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = src[i] is >= 'A' and <= 'Z' ? (char)(src[i] + 32) : src[i];
    });

    /// <summary>The FTS5 query: each word a prefix, each quoted group a phrase, all of them required.</summary>
    public string Fts5Query() => string.Join(" AND ", Phrases.Select(p => p.Count == 1 ? $"\"{p[0]}\"*" : $"\"{string.Join(' ', p)}\""));

    /// <summary>The tsquery: each word a prefix, each quoted group words next to each other, all of them required.</summary>
    public string TsQuery() => string.Join(" & ", Phrases.Select(p => p.Count == 1 ? $"{p[0]}:*" : "(" + string.Join(" <-> ", p) + ")"));
}
