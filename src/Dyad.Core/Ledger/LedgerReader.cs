using System.Runtime.InteropServices;
using Dyad.Actors;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Steps;
using Dyad.Text;

namespace Dyad.Ledger;

/// <summary>
/// Reads the ledger of a coded document, sentence by sentence: conditions, claimed goals, notes on what became of
/// conditions, and indicator values, from the pack's ledger data. Most sentences hold none of the trigger words (a
/// number, a condition, goal or status cue): one look-up per token turns them down.
/// </summary>
internal sealed partial class LedgerReader
{
    // Tokens of the sentence that may stand in an amount: a digit, a scale, a ratio, a sign, vague words.
    [ThreadStatic]
    private static List<int>? t_amounts;
    [ThreadStatic]
    private static List<LedgerRecord>? t_records;
    [ThreadStatic]
    private static List<RefusedAmount>? t_refused;

    // What each word of the pool triggers, found at its first look-up: one read of an array per token after that.
    // Writes race harmlessly: every thread computes the same value for a word.
    private readonly ushort[] _flags = new ushort[LowerPool.MaxEntries];
    private const int Known = 1 << 15;

    private int Flags(in Token t)
    {
        if (t.Word >= 0 && _flags[t.Word] is var memo && memo != 0) return memo;
        var flags = Known;
        if (t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && t.Lower.Length > 0 && char.IsAsciiDigit(t.Lower[0]))
            || (t.Lower.Length > 4 && t.Lower.EndsWith("fold", StringComparison.Ordinal)))
            flags |= 1 << (int)Trigger.Amount;
        foreach (var trigger in _triggers.For(t)) flags |= 1 << (int)trigger;
        if (t.Word >= 0) _flags[t.Word] = (ushort)flags;
        return flags;
    }

    private enum Trigger
    {
        Condition,
        Goal,
        Status,
        Topic,
        ReferBack,
        Amount,
        Indicator,
        Vague,
    }

    private readonly Pack _pack;
    private readonly LedgerData _data;
    private readonly FirstWordIndex<Trigger> _triggers = new();
    private readonly LedgerCues<string> _topics;
    private readonly LedgerCues<bool> _conditions;
    private readonly LedgerCues<bool> _conditionUnless;
    private readonly LedgerCues<bool> _goals;
    private readonly LedgerCues<bool> _referBack;
    private readonly LedgerCues<ConditionStatus> _status;
    private readonly (IndicatorDefinition Definition, LedgerCues<bool> Cues)[] _indicators;
    private readonly AmountReader _amounts;

    internal LedgerReader(Pack pack)
    {
        _pack = pack;
        _data = pack.Ledger;
        _topics = new(_data.Topics.SelectMany(t => t.Cues.Select(c => (c, t.Id))));
        _conditions = new(_data.ConditionCues.Select(c => (c, true)));
        _conditionUnless = new(_data.ConditionUnless.Select(c => (c, true)));
        _goals = new(_data.GoalCues.Select(c => (c, true)));
        _referBack = new(_data.ReferBack.Select(c => (c, true)));
        _status = new(_data.StatusCues.SelectMany(s => s.Value.Select(c => (c, ConditionStatusNames.Parse(s.Key)))));
        _indicators = [.. _data.Indicators.Select(i => (i, new LedgerCues<bool>(i.Cues.Select(c => (c, true)))))];
        _amounts = new AmountReader(_data);
        Index(_data.ConditionCues, Trigger.Condition);
        Index(_data.GoalCues, Trigger.Goal);
        Index(_data.StatusCues.SelectMany(s => s.Value), Trigger.Status);
        Index(_data.Topics.SelectMany(t => t.Cues), Trigger.Topic);
        Index(_data.ReferBack, Trigger.ReferBack);
        // Amounts in words end in a scale ("four million"); vague ones open with a plural ("tens of", "thousands").
        Index(_data.Numbers.Scales.Keys.Concat(_data.Numbers.Ratios.Keys).Concat(_data.Units.SelectMany(u => u.Signs))
            .Concat(_data.Numbers.Vague.Select(v => v.Split(' ')[0])), Trigger.Amount);
        // An amount is read only beside an indicator's cue, or refused when vague: a sentence with a year and neither
        // (most sentences with a digit) is turned down here, not amount by amount.
        Index(_data.Indicators.SelectMany(i => i.Cues), Trigger.Indicator);
        Index(_data.Numbers.Vague.Select(v => v.Split(' ')[0]), Trigger.Vague);
    }

    private void Index(IEnumerable<string> cues, Trigger trigger)
    {
        foreach (var cue in cues) _triggers.Add(Cue.Parse(Anchor(cue)), trigger);
    }

    /// <summary>
    /// The words a sentence must hold for a cue to match: of the cue's elements, the one whose words are longest ("curb*"
    /// of "has_not ... curb*", "facilitate" of "to_facilitate"), each alternative by its longest word. A sentence is
    /// tried only when it holds one: "to", "has" and "in" start many cues but stand in nearly every sentence.
    /// </summary>
    internal static string Anchor(string cue)
    {
        string[] best = [];
        var score = -1;
        foreach (var element in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (element == "...") continue;
            var words = element.Split('|').Select(a => a.Split('_').MaxBy(w => w.TrimEnd('*').Length)!).ToArray();
            var shortest = words.Min(w => w.TrimEnd('*').Length);
            if (shortest >= score) (best, score) = (words, shortest);
        }
        return string.Join('|', best.Distinct());
    }

    /// <summary>The ledger of each sentence that has one, in order.</summary>
    // The token is checked between sentences: a document's time budget (issue 19) ends here too.
    internal List<SentenceLedger> Read(Document document, IReadOnlyList<SentenceActors> layer, IReadOnlyList<Event> events, CancellationToken cancellationToken = default)
    {
        var found = new List<SentenceLedger>();
        if (_data.Topics.Count == 0 && _indicators.Length == 0) return found;
        var context = new DocumentContext(document, layer, events, _pack);
        for (var k = 0; k < layer.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = layer[k];
            var tokens = view.Text.Tokens;
            var amounts = t_amounts ??= [];
            amounts.Clear();
            var span = CollectionsMarshal.AsSpan(tokens);
            var flagsOf = _flags;
            var all = 0;
            for (var i = 0; i < span.Length; i++)
            {
                var w = span[i].Word;
                var flags = (uint)w < (uint)flagsOf.Length ? flagsOf[w] : 0;
                if (flags == 0) flags = Flags(span[i]);
                if (flags == Known) continue;
                all |= flags;
                if ((flags & (1 << (int)Trigger.Amount)) != 0) amounts.Add(i);
            }
            bool Has(Trigger trigger) => (all & (1 << (int)trigger)) != 0;
            var (condition, goal, status, topic, referBack) = (Has(Trigger.Condition), Has(Trigger.Goal), Has(Trigger.Status), Has(Trigger.Topic), Has(Trigger.ReferBack));
            // A goal and a status note are on a topic of their sentence (a note also on one referred back to).
            goal &= topic;
            status &= topic || referBack;
            if (!Has(Trigger.Indicator) && !Has(Trigger.Vague)) amounts.Clear();
            if (!(condition || goal || status || amounts.Count > 0)) continue;
            // Most sentences read here give nothing: their lists are the thread's own, copied only when they hold something.
            var records = t_records ??= [];
            var refused = t_refused ??= [];
            records.Clear();
            refused.Clear();
            var sentence = new SentenceContext(context, view, k);
            if (condition) ReadConditions(sentence, records);
            if (goal) ReadGoals(sentence, records);
            if (status) ReadStatus(sentence, records);
            if (amounts.Count > 0) ReadIndicators(sentence, amounts, records, refused);
            if (records.Count > 0 || refused.Count > 0) found.Add(new SentenceLedger(view.Text.Sentence.Index, [.. records], [.. refused]));
        }
        return found;
    }

    /// <summary>The pack topics named in tokens [from, to), in order, each once, with the token span of its first cue.</summary>
    private List<(string Topic, int Start, int End)> Topics(List<Token> tokens, int from, int to)
    {
        var all = new List<(string Tag, int Start, int End)>();
        _topics.FindAll(tokens, from, to, all);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. all.Where(t => seen.Add(t.Tag))];
    }

    /// <summary>
    /// Topics of the sentence, or when it names none, of the one or two sentences before it ("an explicit set of
    /// conditions" after a sentence on drugs and refugees), with their demand words. <paramref name="onlyReferredBack"/>:
    /// those only where the sentence points back to them ("these issues").
    /// </summary>
    private List<(string Topic, string Words)> TopicsOrRecent(SentenceContext s, bool onlyReferredBack)
    {
        var here = Topics(s.Tokens, 0, s.Tokens.Count);
        if (here.Count > 0) return [.. here.Select(t => (t.Topic, s.Words(s.Tokens, t.Start)))];
        if (onlyReferredBack && !_referBack.Any(s.Tokens, 0, s.Tokens.Count)) return [];
        for (var back = 1; back <= 2 && s.Index - back >= 0; back++)
        {
            var before = s.Context.Layer[s.Index - back].Text.Tokens;
            var there = Topics(before, 0, before.Count);
            if (there.Count > 0) return [.. there.Select(t => (t.Topic, s.Words(before, t.Start)))];
        }
        return [];
    }
}
