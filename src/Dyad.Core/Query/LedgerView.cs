using Dyad.Ledger;
using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Query;

/// <summary>
/// The ledger as read: conditions with their status, goals, and indicator values with their conflicts, for a dyad, a focal
/// state's counterparts, or everything. Status and conflicts are computed here, at read time, from every status note and
/// value stored: a note or a figure ingested later changes what an older condition or value shows, with nothing rewritten.
/// </summary>
public static class LedgerView
{
    /// <summary>Two values of one indicator, place and period differ when they are further apart than this, relatively.</summary>
    public const double ConflictTolerance = 0.05;

    /// <summary>
    /// The ledger lines <paramref name="query"/> selects, each condition with the status its latest note gives and each
    /// indicator value with the stored values that conflict with it. With <paramref name="dyad"/>, only lines between
    /// that pair (an indicator: about either side); else with <paramref name="focus"/>, only lines that involve that actor.
    /// Reads the store; never writes it.
    /// </summary>
    public static IReadOnlyList<LedgerLine> Read(IDyadStore store, LedgerQuery query, string? focus = null, (string A, string B)? dyad = null)
    {
        var records = store.Ledger(query with { Kind = null });
        // Status notes are read on every topic and date: a condition's fate may be told in any later document.
        var notes = query.Topic is null && query.Document is null && query.From is null && query.To is null
            ? records.OfType<StatusNote>().ToList()
            : store.Ledger(new LedgerQuery { Kind = "status" }).OfType<StatusNote>().ToList();
        var values = records.OfType<IndicatorValue>().ToList();
        var lines = new List<LedgerLine>();
        foreach (var r in records)
        {
            if (query.Kind is { } kind && r.Kind != kind) continue;
            var line = r switch
            {
                Condition c => ConditionLine(c, notes),
                ClaimedGoal g => GoalLine(g),
                IndicatorValue v => IndicatorLine(v, values),
                _ => null,
            };
            if (line is not null && Matches(line, focus, dyad)) lines.Add(line);
        }
        return lines;
    }

    private static bool Matches(LedgerLine line, string? focus, (string A, string B)? dyad)
    {
        var bases = line.Actors.Select(Base).ToList();
        if (dyad is { } d)
        {
            // An indicator is about one place: it belongs to a dyad when it is about either side.
            return line.Kind == "indicator" ? bases.Contains(d.A) || bases.Contains(d.B) : bases.Contains(d.A) && bases.Contains(d.B);
        }
        return focus is null || bases.Contains(focus);
    }

    /// <summary>
    /// The latest note on the condition's topic told after it (a later date, or later in its own document) by or about
    /// its target or setter, or by no one named; none leaves it open.
    /// </summary>
    public static StatusNote? StatusOf(Condition c, IEnumerable<StatusNote> notes) => notes
        .Where(n => n.Topic == c.Topic && (n.Actor is null || Base(n.Actor) == Base(c.Setter) || (c.Target is not null && Base(n.Actor) == Base(c.Target))))
        .Where(n => n.Doc == c.Doc ? n.Sentence > c.Sentence : n.Date is { } nd && c.Date is { } cd && nd.Start >= cd.Start)
        .OrderBy(n => n.Date?.Start ?? DateOnly.MinValue).ThenBy(n => n.Doc, StringComparer.Ordinal).ThenBy(n => n.Sentence)
        .LastOrDefault();

    private static LedgerLine ConditionLine(Condition c, List<StatusNote> notes)
    {
        var note = StatusOf(c, notes);
        return new LedgerLine("condition", [
            new("kind", "condition"), new("setter", c.Setter), new("target", c.Target), new("topic", c.Topic), new("demand", c.Demand),
            new("gates", c.Gates), new("status", (note?.Status ?? ConditionStatus.Open).ToCode()), new("status_doc", note?.Doc),
            new("status_evidence", note?.Evidence), .. Common(c)])
        { Actors = [c.Setter, .. c.Target is null ? Array.Empty<string>() : [c.Target]], Record = c };
    }

    private static LedgerLine GoalLine(ClaimedGoal g) =>
        new("goal", [new("kind", "goal"), new("actor", g.Actor), new("counterpart", g.Counterpart), new("topic", g.Topic), .. Common(g)])
        { Actors = [g.Actor, .. g.Counterpart is null ? Array.Empty<string>() : [g.Counterpart]], Record = g };

    /// <summary>The documents giving another value for the same indicator, place, unit and period.</summary>
    public static IReadOnlyList<string> ConflictsOf(IndicatorValue v, IEnumerable<IndicatorValue> values) => values
        .Where(o => o.Doc != v.Doc && o.Indicator == v.Indicator && o.Place == v.Place && o.Unit == v.Unit && PeriodKey(o) == PeriodKey(v)
            && Math.Abs(o.Value - v.Value) > ConflictTolerance * Math.Max(Math.Abs(o.Value), Math.Abs(v.Value)))
        .Select(o => o.Doc).Distinct().Order(StringComparer.Ordinal).ToList();

    // A value with no period of its own is a figure as of its date: two of them speak of the same period in the same year.
    private static string PeriodKey(IndicatorValue v) => v.Period ?? v.Date?.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static LedgerLine IndicatorLine(IndicatorValue v, List<IndicatorValue> values)
    {
        var conflicts = ConflictsOf(v, values);
        return new LedgerLine("indicator", [
            new("kind", "indicator"), new("indicator", v.Indicator), new("value", v.Value), new("unit", v.Unit), new("qualifier", v.Qualifier),
            new("place", v.Place), new("people_of", v.Of), new("period", v.Period), new("amount", v.Amount), new("conflict", conflicts.Count > 0),
            new("conflicting_docs", conflicts), .. Common(v)])
        { Actors = [.. v.Place?.Split('+') ?? [], .. v.Of is null ? Array.Empty<string>() : [v.Of]], Record = v };
    }

    private static KeyValuePair<string, object?>[] Common(LedgerRecord r) =>
        [new("doc", r.Doc), new("date", r.Date?.ToString()), new("evidence", r.Evidence), new("evidence_start", r.EvidenceStart), new("evidence_end", r.EvidenceEnd)];

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
