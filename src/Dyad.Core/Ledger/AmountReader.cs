using System.Globalization;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Ledger;

/// <summary>
/// Reads amounts from a sentence's tokens with the pack's number words: "2.3 million", "1.5m", "$1.5bn", "250,000",
/// "nearly four million", "more than 350,000", "half a million", "three-fold", "40 percent". A vague amount ("tens of
/// thousands", "millions of") is read with no value, to be refused by name. Years ("2023") and numbers in words without
/// a scale ("one of the states") are no amounts.
/// </summary>
internal sealed class AmountReader
{
    private readonly NumberWords _numbers;
    private readonly LedgerCues<string> _qualifiers;
    private readonly LedgerCues<bool> _vague;
    private readonly LedgerCues<string> _unitWords;
    private readonly Dictionary<string, string> _signs = new(StringComparer.Ordinal);

    public AmountReader(LedgerData ledger)
    {
        _numbers = ledger.Numbers;
        _qualifiers = new(_numbers.Qualifiers.SelectMany(q => q.Value.Select(c => (c, q.Key))));
        _vague = new(_numbers.Vague.Select(v => (v, true)));
        _unitWords = new(ledger.Units.SelectMany(u => u.Words.Select(w => (w, u.Id))));
        foreach (var u in ledger.Units)
        {
            foreach (var s in u.Signs) _signs[s.ToLowerInvariant()] = u.Id;
        }
        Bare = new(_numbers.Bare.Select(b => (b, true)));
        _starts = [.. _numbers.Scales.Keys, .. _numbers.Ratios.Keys, .. _signs.Keys, .. _numbers.Vague.SelectMany(v => v.Split(' ')[0].Split('|')).Select(w => w.Split('_')[0])];
    }

    // Words that may stand in an amount in words or a vague one: scales, ratios, signs, and the first words of vague amounts.
    private readonly HashSet<string> _starts;

    /// <summary>Words that may follow a number that names no unit.</summary>
    public LedgerCues<bool> Bare { get; }

    /// <summary>
    /// True when a token may open an amount: a digit, a number word, a ratio word, a qualifier or a sign. The cheap
    /// test that lets most sentences through without a look.
    /// </summary>
    public bool MayStart(in Token t) =>
        t.Kind == TokenKind.Number || (t.Lower.Length > 0 && char.IsDigit(t.Lower[0])) || _starts.Contains(t.Lower)
        || (t.Lower.EndsWith("fold", StringComparison.Ordinal) && t.Lower.Length > 4);

    /// <summary>Reads an amount whose number (or vague words) starts at or just after token <paramref name="i"/>.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="i">Where to start reading.</param>
    /// <param name="text">The document text, to tell a name's number ("Resolution 2254", "General License 23") from an amount.</param>
    public Amount? Read(List<Token> tokens, int i, string? text = null)
    {
        var first = i;
        string? qualifier = null;
        if (_qualifiers.MatchAt(tokens, i, out var q, out var qEnd) && qEnd < tokens.Count) { qualifier = q; i = qEnd; }
        if (i < tokens.Count && _vague.MatchAt(tokens, i, out _, out var vEnd) && !IsNumberAt(tokens, i))
            return new Amount(first, vEnd, null, null, qualifier, false);
        string? unit = null;
        if (i < tokens.Count && _signs.TryGetValue(tokens[i].Lower, out var sign)) { unit = sign; i++; }
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        double value;
        var ratio = false;
        var end = i + 1;
        if (_numbers.Ratios.TryGetValue(t.Lower, out var r)) { value = r; ratio = true; }
        else if (Fold(t.Lower) is { } fold) { value = fold; ratio = true; }
        else if (Digits(t.Lower, out var digits, out var suffix))
        {
            if (qualifier is null && unit is null && i > 0 && text is not null && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 1].Start]) && i > 1)
                return null;
            value = digits;
            if (suffix.Length > 0)
            {
                if (!_numbers.Scales.TryGetValue(suffix, out var scale)) return null;
                value *= scale;
            }
            else if (IsYear(t.Lower) && !ScaleAt(tokens, end)) return null;
        }
        else if (_numbers.Words.TryGetValue(t.Lower, out var word))
        {
            // "half a million", "four hundred thousand": words multiply up to a scale, which they must reach.
            value = word;
            while (end < tokens.Count && _numbers.Words.TryGetValue(tokens[end].Lower, out var next) && !ScaleAt(tokens, end)) { value *= next; end++; }
            if (!ScaleAt(tokens, end)) return null;
        }
        else return null;
        while (!ratio && ScaleAt(tokens, end)) { value *= _numbers.Scales[tokens[end].Lower]; end++; }
        // The unit's word follows, or comes after a word or two ("1.5m Captagon pills"); right after the number it is
        // part of the amount's words, but for people ("Syrians"), whose noun is what the amount counts.
        for (var k = 0; unit is null && k < UnitReach && end + k < tokens.Count && tokens[end + k].Kind != TokenKind.Punct; k++)
        {
            if (!_unitWords.MatchAt(tokens, end + k, out var u, out var uEnd)) continue;
            if (k > 0 && u == "people") break;
            unit = u;
            if (k == 0 && u != "people") end = uEnd;
        }
        if (ratio) unit = LedgerData.RatioUnit;
        return new Amount(first, end, value, unit, qualifier, ratio);
    }

    private const int UnitReach = 3;

    private bool ScaleAt(List<Token> tokens, int i) => i < tokens.Count && _numbers.Scales.ContainsKey(tokens[i].Lower);

    private bool IsNumberAt(List<Token> tokens, int i) => Digits(tokens[i].Lower, out _, out _);

    // "three-fold", "threefold", "3-fold": the number before "fold".
    private double? Fold(string lower)
    {
        if (!lower.EndsWith("fold", StringComparison.Ordinal) || lower.Length <= 4) return null;
        var head = lower[..^4].TrimEnd('-');
        if (_numbers.Words.TryGetValue(head, out var w) && w >= 2) return w;
        return double.TryParse(head, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d > 1 ? d : null;
    }

    // "250,000" -> 250000; "2.3" -> 2.3; "1.5m" -> 1.5 and "m". Thousands separators only in threes.
    private static bool Digits(string lower, out double value, out string suffix)
    {
        value = 0;
        suffix = "";
        var n = 0;
        while (n < lower.Length && (char.IsDigit(lower[n]) || lower[n] is ',' or '.')) n++;
        if (n == 0 || !char.IsDigit(lower[0]) || !char.IsDigit(lower[n - 1])) return false;
        var number = lower[..n];
        suffix = lower[n..].TrimStart('-');
        if (number.Contains(',', StringComparison.Ordinal))
        {
            var groups = number.Split('.')[0].Split(',');
            if (groups.Skip(1).Any(g => g.Length != 3)) return false;
            number = number.Replace(",", "", StringComparison.Ordinal);
        }
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsYear(string lower) => lower.Length == 4 && lower[0] is '1' or '2' && int.TryParse(lower, out var y) && y is >= 1900 and <= 2100;
}
