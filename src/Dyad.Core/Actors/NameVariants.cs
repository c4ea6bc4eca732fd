using System.Text.RegularExpressions;
using Dyad.Packs;

namespace Dyad.Actors;

/// <summary>
/// The forms under which news names a person, made from the names a pack types once (rules: names.json). Full
/// forms: each word in its other transliterations ("Mohammed", "Mohammad"), diacritics dropped ("Çavuşoğlu" ->
/// "Cavusoglu"), the Arabic article written as news writes it ("al-Sharaa", "el-Sharaa", "Alsharaa", "Sharaa").
/// Short forms: the surname alone ("Sharaa", "Fidan"), the family name where names are written family name
/// first ("Yoon"), or the given name where news calls people by it ("Abiy"). A short form names the person only in a document that names them in full (ActorRecognizer).
/// </summary>
internal sealed class NameVariants
{
    // Enough for a name with three words of several spellings; more only multiplies forms no text uses.
    private const int MaxForms = 32;

    private readonly List<(string Form, Regex Pattern, string[] Others)> _spellings = [];
    private readonly HashSet<string> _articles;
    private readonly HashSet<string> _connectors;
    private readonly HashSet<string> _notAlone;
    private readonly HashSet<string> _familyFirst;
    private readonly HashSet<string> _givenAlone;
    private readonly string[] _honorifics;
    private readonly string[] _familyHonorifics;
    private readonly HashSet<string> _givenPrefixes;
    private readonly HashSet<string> _givenNames;

    // Spanish-speaking states, where a name ends in two surnames, the father's then the mother's ("Bruno Rodriguez
    // Parrilla"), and news drops the mother's ("Cuban Foreign Minister Bruno Rodriguez") or the given names ("Pena Nieto").
    private static readonly HashSet<string> TwoSurnames = new(StringComparer.Ordinal)
    {
        "ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "COL", "VEN", "ECU", "PER", "BOL", "CHL", "PRY", "URY",
    };

    /// <param name="rules">names.json.</param>
    /// <param name="givenNames">Words that are given names (the first words of the pack's people): "Juan Manuel Santos" ends
    /// in a given name and one surname, not in two surnames.</param>
    public NameVariants(NamesFile rules, IEnumerable<string>? givenNames = null)
    {
        _givenNames = new HashSet<string>(givenNames ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var group in rules.Spellings ?? [])
        {
            foreach (var form in group)
            {
                var others = group.Where(g => !g.Equals(form, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                if (others.Length == 0) continue;
                _spellings.Add((form, new Regex($@"(?<![\p{{L}}'])(?:(?<art>[Aa]l-|[Ee]l-))?{Regex.Escape(form)}(?![\p{{L}}'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), others));
            }
        }
        _articles = new HashSet<string>(rules.Articles ?? [], StringComparer.OrdinalIgnoreCase);
        _connectors = new HashSet<string>(rules.Connectors ?? [], StringComparer.OrdinalIgnoreCase);
        _notAlone = new HashSet<string>(rules.NotAlone ?? [], StringComparer.OrdinalIgnoreCase);
        _familyFirst = new HashSet<string>(rules.FamilyNameFirst ?? [], StringComparer.Ordinal);
        _givenAlone = new HashSet<string>(rules.GivenNameAlone ?? [], StringComparer.Ordinal);
        _honorifics = rules.Honorifics ?? [];
        _familyHonorifics = rules.FamilyHonorifics ?? [];
        _givenPrefixes = new HashSet<string>(rules.GivenPrefixes ?? [], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every full form of <paramref name="name"/>, the name itself first.</summary>
    public List<string> Full(string name)
    {
        var forms = new List<string> { name };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        void Add(string form)
        {
            if (forms.Count < MaxForms && seen.Add(form)) forms.Add(form);
        }
        // Spellings: each rule applied to every form made so far, so that two words vary together.
        foreach (var (form, pattern, others) in _spellings)
        {
            var count = forms.Count;
            for (var i = 0; i < count; i++)
            {
                // Most names hold none of the words: a plain search spares the pattern (every command loads the pack).
                if (!forms[i].Contains(form, StringComparison.OrdinalIgnoreCase) || !pattern.IsMatch(forms[i])) continue;
                foreach (var other in others) Add(pattern.Replace(forms[i], m => m.Groups["art"].Value + other));
            }
        }
        foreach (var form in forms.ToArray())
        {
            Add(StripDiacritics(form));
            foreach (var article in ArticleForms(form)) Add(article);
        }
        return forms;
    }

    /// <summary>The short forms of <paramref name="name"/>, none of which is also a full form.</summary>
    public List<string> Short(string name, string? actor)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return [];
        var forms = Surname(name, words, actor);
        // "Pena Nieto" and, in a text that names him in full, "Rodriguez" for Bruno Rodriguez Parrilla.
        if (TwoSurnamesOf(words, actor) is var (_, father, mother))
        {
            forms.AddRange(ShortOf(name, $"{father} {mother}"));
            if (!_notAlone.Contains(father)) forms.AddRange(ShortOf(name, father));
        }
        forms.AddRange(GivenAndFamily(name, words));
        // "Tamim bin Hamad" is "Sheikh Tamim", "Abdullah II" is "King Abdullah": a ruler's title and given name.
        if (IsRoyal(words))
        {
            foreach (var honorific in _honorifics)
            {
                foreach (var given in Full(words[0])) forms.Add($"{honorific} {given}");
            }
        }
        return forms;
    }

    /// <summary>"Bruno Rodriguez Parrilla" is also "Bruno Rodriguez": the full forms of a name that ends in two surnames
    /// without the mother's, which news names the person by in full as often as the whole name.</summary>
    public List<string> FatherOnly(string name, string? actor)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TwoSurnamesOf(words, actor) is var (given, father, _) ? Full($"{given} {father}") : [];
    }

    // The given names and the two surnames of a name of a Spanish-speaking state's person, or null when the name does not
    // end in two: "Juan Manuel Santos" ends in a given name and one surname, "Cristina Fernandez de Kirchner" in a particle,
    // "Juan Carlos I" in a regnal number.
    private (string Given, string Father, string Mother)? TwoSurnamesOf(string[] words, string? actor)
    {
        if (actor is null || words.Length < 3 || !TwoSurnames.Contains(actor.Split('.')[0])) return null;
        var (father, mother) = (words[^2], words[^1]);
        if (father.Length < 3 || mother.Length < 3 || !char.IsUpper(father[0]) || !char.IsUpper(mother[0]) || !char.IsUpper(words[^3][0])
            || IsRoman(mother) || _givenNames.Contains(father) || _connectors.Contains(father)) return null;
        return (string.Join(' ', words[..^2]), father, mother);
    }

    /// <summary>A ruler's name, with a lineage or a regnal number, also written after a title: "King Abdullah II".</summary>
    public List<string> Titled(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return [];
        // A ruling family's member is "Sheikh Salem Abdullah Al-Jaber Al-Sabah", never "King Salem ...": every title before
        // every such name made the lexicon a third larger with forms no text uses ("King Abdel Fattah el-Sisi").
        var titles = IsRoyal(words) ? _honorifics : FamilyLast(words) ? _familyHonorifics : [];
        return titles.Select(h => $"{h} {name}").ToList();
    }

    // An Arab name lists the father's and grandfather's names before the family's: "Salem Abdullah Al-Jaber Al-Sabah" is
    // "Salem al-Sabah" in the news, "Sheikh Salem al-Sabah" with his title. Not for a lineage ("bin Salman"): news keeps it.
    private List<string> GivenAndFamily(string name, string[] words)
    {
        if (!FamilyLast(words)) return [];
        var form = $"{string.Join(' ', words[..GivenWords(words)])} {words[^1]}";
        var forms = ShortOf(name, form);
        foreach (var honorific in _familyHonorifics) forms.AddRange(ShortOf(name, $"{honorific} {form}"));
        return forms;
    }

    // A given name, the names of forebears, and the family's with its article: "Ahmad Nasser Al-Mohammad Al-Sabah". A
    // given name of two words ("Abdel Fattah el-Sisi") leaves no forebear between: the name is already given and family.
    private bool FamilyLast(string[] words)
    {
        if (words.Length < GivenWords(words) + 2 || words.Any(w => _connectors.Contains(w)) || IsArticle(words[0]) || !char.IsUpper(words[0][0])) return false;
        var family = words[^1];
        var dash = family.IndexOf('-');
        return dash > 0 && _articles.Contains(family[..dash]) && WithoutArticle(family).Length >= 3;
    }

    // How many words the given name takes: two after "Abdel" and the like ("Abdel Fattah"), else one.
    private int GivenWords(string[] words) => words.Length > 1 && _givenPrefixes.Contains(words[0]) ? 2 : 1;

    private bool IsRoyal(string[] words) => words.Skip(1).Any(w => _connectors.Contains(w)) || IsRoman(words[^1]);

    private List<string> Surname(string name, string[] words, string? actor)
    {
        string alone;
        // "Yoon Suk Yeol" is "Yoon"; "Abiy Ahmed", whose second name is his father's, is "Abiy".
        if (actor is not null && (_familyFirst.Contains(actor.Split('.')[0]) || _givenAlone.Contains(actor.Split('.')[0]))) alone = words[0];
        else
        {
            alone = words[^1];
            // "Mohammed bin Salman", "Tamim bin Hamad Al Thani": the last words are a lineage, not a surname, so the last
            // word alone is never a short form; a given name and a father's ("Yusuf bin Alawi", "Mohammed bin Salman") is
            // also written as the lineage ("bin Alawi", "bin Salman"), which names no one when two people share it.
            if (_connectors.Contains(words[^2])) return words.Length == 3 ? Lineage(name, words) : [];
            if (words.Length > 2 && _connectors.Contains(words[^3]) && IsArticle(words[^2])) return [];
            if (IsArticle(words[^2]) && !alone.Contains('-')) return [];
        }
        var bare = WithoutArticle(alone);
        if (bare.Length < 3 || _notAlone.Contains(bare) || _notAlone.Contains(alone) || IsRoman(bare) || !char.IsUpper(bare[0])) return [];
        return ShortOf(name, alone);
    }

    private List<string> Lineage(string name, string[] words)
    {
        if (words[2].Length < 3 || !char.IsUpper(words[2][0]) || _notAlone.Contains(words[2])) return [];
        return ShortOf(name, $"{words[1]} {words[2]}");
    }

    // The forms of a short name that are not forms of the full one and stand alone.
    private List<string> ShortOf(string name, string form)
    {
        var full = new HashSet<string>(Full(name), StringComparer.OrdinalIgnoreCase);
        return Full(form).Where(f => !full.Contains(f) && !_notAlone.Contains(WithoutArticle(f))).ToList();
    }

    // "al-Sharaa" -> "el-Sharaa", "Alsharaa", "Sharaa"; "Sharaa" alone gains no article.
    private IEnumerable<string> ArticleForms(string form)
    {
        var words = form.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var dash = words[w].IndexOf('-');
            if (dash <= 0 || dash == words[w].Length - 1 || !_articles.Contains(words[w][..dash])) continue;
            var stem = words[w][(dash + 1)..];
            foreach (var replacement in new[] { "al-" + stem, "el-" + stem, "Al" + char.ToLowerInvariant(stem[0]) + stem[1..], stem })
            {
                var copy = (string[])words.Clone();
                copy[w] = replacement;
                yield return string.Join(' ', copy);
            }
        }
    }

    private bool IsArticle(string word) => _articles.Contains(word.TrimEnd('-'));

    private string WithoutArticle(string word)
    {
        var dash = word.IndexOf('-');
        return dash > 0 && _articles.Contains(word[..dash]) ? word[(dash + 1)..] : word;
    }

    private static bool IsRoman(string word) => word.All(c => c is 'I' or 'V' or 'X');

    // The program runs without ICU (invariant globalization), so Unicode decomposition is not available: the Latin
    // letters with marks that names of the world carry, each with the letter English texts print instead.
    private const string Marked = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆČĈçćčĉĎďÈÉÊËĒĖĘĚèéêëēėęěĞĜĢğĝģÌÍÎÏĪİìíîïīıĴĵĶķĹĻĽŁĺļľłÑŃŅŇñńņňÒÓÔÕÖØŌŐòóôõöøōőŔŘŕřŚŞŠȘśşšșŢŤȚţťțÙÚÛÜŪŮŰŲùúûüūůűųÝŸýÿŹŻŽźżžĐđ";
    private const string Plain = "AAAAAAAAAaaaaaaaaaCCCCccccDdEEEEEEEEeeeeeeeeGGGgggIIIIIIiiiiiiJjKkLLLLllllNNNNnnnnOOOOOOOOooooooooRRrrSSSSssssTTTtttUUUUUUUUuuuuuuuuYYyyZZZzzzDd";

    /// <summary>"Çavuşoğlu" -> "Cavusoglu": the letters English texts often print without their marks.</summary>
    internal static string StripDiacritics(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Marked.IndexOf(chars[i]);
            if (k >= 0) chars[i] = Plain[k];
        }
        return new string(chars).Replace("ß", "ss", StringComparison.Ordinal);
    }
}
