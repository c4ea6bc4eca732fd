using Dyad.Model;
using Dyad.Packs;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// Reads where a dyad stands from the step summary (<see cref="IDyadStore.StepCounts"/>), giving what
/// <see cref="DyadAnalyzer.View"/> gives over every event (issue 19: the overview and the dyad page read every step event
/// per request). Counts, eras, the last step and the latest stance come from the summary rows; the ladder too, a row
/// standing for its events since they share a date and a rung: only on a day holding steps of different rungs does the
/// order of their ids matter, and there a row of more than two events is read from the events. Disputes need the
/// events: those of the windows of a source, target and step where its summary holds a dated denial and a dated
/// assertion whose dates agree (<see cref="Stories.Compatible"/>; <see cref="DisputeWindows"/>), as nothing else can be
/// disputed (a disputed story holds an assertion whose date agrees with the denial's), and a story never crosses a window.
/// </summary>
public sealed class DyadOutliner(Pack pack)
{
    /// <summary>
    /// How many of the latest entries of each list an overview shows per counterpart, in the API (/api/dyads) and in
    /// `dyad dyads` alike: changes of rung (of the dyad and of each era), disputed steps and records, conditions; the rest
    /// are counted (issue 19: every one of them made a 24.7 MB overview and a 28.6 MB table at 7.4 million events).
    /// </summary>
    public const int OverviewListed = 20;

    /// <summary>
    /// How many of the latest disputes to read whole, with the evidence and documents of their records; the earlier ones,
    /// and the disputed records of <see cref="DyadEra.Disputed"/> that are theirs, keep what finding them read (ids,
    /// dates, documents, no evidence). All by default; a reader that lists only the latest disputes asks for those
    /// (issue 19: the first overview read every dispute of sixty counterparts whole to show twenty of each).
    /// </summary>
    public int WholeDisputes { get; init; } = int.MaxValue;

    /// <summary>
    /// How many of the latest entries of each list that grows with the dyad's events the outline keeps: the rung's changes
    /// (of the dyad and of each era), the disputes, and each era's disputed records; the totals count them all
    /// (<see cref="DyadOutline.HistoryTotal"/>, <see cref="DyadOutline.DisputesTotal"/>, <see cref="DyadEra.HistoryTotal"/>,
    /// <see cref="DyadEra.DisputedTotal"/>). All by default; at least one (an era's summary names the date of its rung).
    /// Issue 19: an overview held and listed every change and disputed step of sixty counterparts, 1.1 GB at 7.4 million events.
    /// </summary>
    public int Keep
    {
        get => _keep;
        init => _keep = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "an outline keeps at least the latest entry of a list");
    }

    private readonly int _keep = int.MaxValue;

    // The latest Keep entries of a list, oldest first.
    private IReadOnlyList<T> Latest<T>(IReadOnlyList<T> list) => list.Count > Keep ? list.Skip(list.Count - Keep).ToList() : list;

    private readonly record struct Item(PartialDate Date, long First, long Last, long Count, int Rung, string Step, StepCount? Row);

    /// <param name="store">Where the rows came from, for the events the rows cannot stand for.</param>
    /// <param name="a">One side (the focus).</param>
    /// <param name="b">The other side.</param>
    /// <param name="rows">The summary rows of the steps between them.</param>
    /// <param name="conditions">How many of the latest conditions to read.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public DyadOutline Outline(IDyadStore store, string a, string b, IReadOnlyList<StepCount> rows, int conditions,
        CancellationToken cancellationToken = default)
    {
        var (disputes, readAt) = FindDisputes(store, rows, WholeDisputes, cancellationToken);
        var disputed = disputes.SelectMany((d, i) => d.Asserted.Select(e => (e.Id, i))).ToDictionary(x => x.Id, x => x.i);
        // The disputed assertions as the disputes hold them (whole for the latest WholeDisputes).
        var wholeAsserted = disputes.SelectMany(d => d.Asserted).ToDictionary(e => e.Id);
        var stretches = EraSplitter.Stretches(pack, a, b);
        var counts = new long[stretches.Count];
        var items = stretches.Select(_ => new List<Item>()).ToArray();
        var held = stretches.Select(_ => new List<StoredEvent>()).ToArray();
        var across = new List<StepCount>();
        foreach (var row in rows)
        {
            var at = EraSplitter.Place(stretches, row.Date);
            if (row.Date is null) continue;
            if (at < 0)
            {
                across.Add(row);
                continue;
            }
            counts[at] += row.Count;
            if (Moves(row.Modality, row.Source, row.Target, row.Step) is not { } rung) continue;
            if (readAt.TryGetValue((row.Source, row.Target, row.Step, row.Date.Value), out var read))
            {
                // Its events one by one, the disputed ones held aside.
                foreach (var se in read)
                {
                    if (disputed.ContainsKey(se.Id)) held[at].Add(wholeAsserted[se.Id]);
                    else items[at].Add(new Item(row.Date.Value, se.Id, se.Id, 1, rung, row.Step, null));
                }
            }
            else items[at].Add(new Item(row.Date.Value, row.FirstId, row.LastId, row.Count, rung, row.Step, row));
        }
        var eras = new List<DyadEra>();
        for (var i = 0; i < stretches.Count; i++)
        {
            if (counts[i] == 0 && i < stretches.Count - 1) continue;
            var s = stretches[i];
            var history = Ladder(store, items[i], eras.Count, cancellationToken);
            items[i] = [];
            var heldHere = held[i].OrderBy(e => e.Event.Date!.Value.Start).ThenBy(e => e.Id).ToList();
            eras.Add(new DyadEra(eras.Count, s.A, s.B, s.From, s.To, history.Total == 0 ? null : history.Last.Rung, history.ToList(), [])
            {
                StepCount = (int)counts[i],
                HistoryTotal = history.Total,
                Disputed = Latest(heldHere),
                DisputedTotal = heldHere.Count,
                DisputedSteps = heldHere.Select(e => disputed[e.Id]).Distinct().Count(),
            });
        }
        // The latest changes of the dyad are among the latest of its eras (the eras follow each other in time).
        var changes = eras.SelectMany(e => e.History).ToList();
        var lastStep = Last(rows.Where(r => r.Date is not null && r.Modality == Modality.Asserted && HasRung(r.Step)))
            ?? Last(rows.Where(r => r.Date is not null && HasRung(r.Step))) ?? Last(rows.Where(r => HasRung(r.Step)));
        static bool Stance(StepCount r) => r.Step is "stance.support" or "stance.oppose";
        var stance = Last(rows.Where(r => Stance(r) && Base(r.Source) != a && !r.Source.Contains('.'))) ?? Last(rows.Where(Stance));
        var byId = store.EventsById([.. new[] { lastStep, stance }.OfType<long>()], cancellationToken).ToDictionary(e => e.Id);
        var pairs = rows.Select(r => (r.Source, r.Target, r.Step)).Distinct().ToList();
        long Sum(string step) => rows.Where(r => r.Step == step).Sum(r => r.Count);
        return new DyadOutline(new DyadStanding(a, b, eras[^1].Rung, Latest(changes),
                lastStep is { } l ? byId[l] : null, stance is { } st ? byId[st] : null,
                store.LatestOf([.. rows.Where(r => r.Step == "condition.set")], conditions, cancellationToken)), eras, across,
                Latest(disputes), pairs)
        {
            HistoryTotal = eras.Sum(e => e.HistoryTotal),
            DisputesTotal = disputes.Count,
            Events = (int)rows.Sum(r => r.Count),
            ConditionsTotal = (int)Sum("condition.set"),
            SanctionsImposed = (int)Sum("sanction.impose"),
            SanctionsEased = (int)Sum("sanction.ease"),
        };
    }

    // The disputes, and the asserted dated rows read for them with their events. Only the contested windows of each
    // source, target and step are read (DisputeWindows), with the undated mentions whose documents speak of the step
    // there: an undated mention joins the first story holding a record of its document, so when that document has dated
    // records of the step in other windows too, the step's every record is read. Syndicated copies are looked up among
    // the documents read.
    private static (IReadOnlyList<Dispute>, Dictionary<(string, string, string, PartialDate), List<StoredEvent>>) FindDisputes(IDyadStore store,
        IReadOnlyList<StepCount> rows, int whole, CancellationToken cancellationToken)
    {
        var readAt = new Dictionary<(string, string, string, PartialDate), List<StoredEvent>>();
        var keys = rows.Where(r => r.Modality is Modality.Asserted or Modality.Negated).GroupBy(r => (r.Source, r.Target, r.Step))
            .Select(g => (g.Key, Rows: g.ToList(), Windows: DisputeWindows.Of(g).Where(w => w.Contested).ToList()))
            .Where(k => k.Windows.Count > 0).ToList();
        if (keys.Count == 0) return ([], readAt);
        var claims = store.ClaimsOf([.. keys.SelectMany(k => k.Windows.SelectMany(w => w.Rows).Concat(k.Rows.Where(r => r.Date is null)))], cancellationToken)
            .ToLookup(e => (e.Event.Source, e.Event.Target!, e.Event.Step!));
        var events = new List<StoredEvent>();
        var rest = new List<StepCount>();
        var read = new List<StepCount>();
        foreach (var (key, keyRows, windows) in keys)
        {
            var dated = claims[key].Where(e => e.Event.Date is not null).ToList();
            var undated = claims[key].Where(e => e.Event.Date is null).ToList();
            var docs = dated.Select(e => (e.DocumentId, e.Event.Modality)).ToHashSet();
            var joining = undated.Where(u => docs.Contains((u.DocumentId, u.Event.Modality))).ToList();
            var taken = windows.SelectMany(w => w.Rows).ToHashSet(ReferenceEqualityComparer.Instance);
            events.AddRange(dated);
            if (joining.Count > 0 && store.DatedClaimsIn([.. joining.Select(u => u.DocumentId)], key.Source, key.Target, key.Step, cancellationToken)
                    .Any(e => !windows.Any(w => w.Holds(e.Event.Date!.Value.Start))))
            {
                // The step whole: its other windows, and every undated mention.
                rest.AddRange(keyRows.Where(r => r.Date is not null && !taken.Contains(r)));
                read.AddRange(keyRows.Where(r => r.Date is not null));
                events.AddRange(undated);
                continue;
            }
            read.AddRange(taken.Cast<StepCount>());
            events.AddRange(joining);
        }
        if (rest.Count > 0) events.AddRange(store.ClaimsOf(rest, cancellationToken));
        foreach (var row in read.Where(r => r.Modality == Modality.Asserted)) readAt[(row.Source, row.Target, row.Step, row.Date!.Value)] = [];
        foreach (var e in events.Where(e => e.Event.Modality == Modality.Asserted && e.Event.Date is not null).OrderBy(e => e.Id))
        {
            if (readAt.TryGetValue((e.Event.Source, e.Event.Target!, e.Event.Step!, e.Event.Date!.Value), out var list)) list.Add(e);
        }
        var copies = store.CopiesAmong([.. events.Select(e => e.Event.Doc)], cancellationToken);
        return (Whole(store, Disputes.Find(events, copies), whole, cancellationToken), readAt);
    }

    /// <summary>
    /// Disputes as an outline holds those it did not read whole (<see cref="WholeDisputes"/>: ids, dates, documents) with
    /// their records read whole: the evidence of the representative assertion and of the first denial, as the latest.
    /// </summary>
    public static IReadOnlyList<Dispute> ReadWhole(IDyadStore store, IReadOnlyList<Dispute> disputes, CancellationToken cancellationToken = default) =>
        Whole(store, disputes, disputes.Count, cancellationToken);

    // The latest disputes with their records read whole: the evidence of the representative assertion and of the first
    // denial; the earlier ones as found.
    private static List<Dispute> Whole(IDyadStore store, IReadOnlyList<Dispute> disputes, int latest, CancellationToken cancellationToken)
    {
        var from = latest >= disputes.Count ? 0 : disputes.Count - latest;
        var whole = store.EventsById([.. disputes.Skip(from).SelectMany(d => d.Asserted.Concat(d.Denied)).Select(e => e.Id)], cancellationToken).ToDictionary(e => e.Id);
        return [.. disputes.Select((d, i) =>
        {
            if (i < from) return d;
            List<StoredEvent> asserted = [.. d.Asserted.Select(e => whole[e.Id])], denied = [.. d.Denied.Select(e => whole[e.Id])];
            return d with { Evidence = Stories.Representative(asserted).Event.Evidence, DenialEvidence = denied[0].Event.Evidence, Asserted = asserted, Denied = denied };
        })];
    }

    // The rung within one era, from nothing, as DyadAnalyzer's ladder: items in date order, ties by id. A row stands for
    // its events (one date, one rung: its first event may move the rung, the others cannot) unless its day holds another
    // rung; then its events are placed by id (a row of one or two events knows their ids; a larger one reads them).
    // Only the latest Keep changes are held, and how many there were.
    private LatestWindow<RungChange> Ladder(IDyadStore store, List<Item> items, int era, CancellationToken cancellationToken)
    {
        var history = new LatestWindow<RungChange>(Keep);
        int? rung = null;
        foreach (var day in items.GroupBy(i => i.Date.Start).OrderBy(g => g.Key))
        {
            IEnumerable<Item> steps = day.Select(i => i.Rung).Distinct().Count() == 1
                ? [day.MinBy(i => i.First)]
                : day.SelectMany(i => Singles(store, i, cancellationToken)).OrderBy(i => i.First);
            foreach (var item in steps)
            {
                var next = item.Rung == 0 ? 0 : Math.Max(rung ?? 0, item.Rung);
                if (next == rung) continue;
                rung = next;
                history.Add(new RungChange(item.Date, next, item.Step, item.First, era));
            }
        }
        return history;
    }

    private static IEnumerable<Item> Singles(IDyadStore store, Item item, CancellationToken cancellationToken)
    {
        if (item.Count == 1) return [item];
        if (item.Count == 2) return [item with { Last = item.First, Count = 1 }, item with { First = item.Last, Count = 1 }];
        return store.EventsOf(item.Row!, cancellationToken).Select(e => item with { First = e.Id, Last = e.Id, Count = 1 }).ToList();
    }

    // The rung an event of the row may move the ladder to: asserted, between the governments, with a rung.
    private int? Moves(Modality modality, string source, string target, string step) =>
        modality != Modality.Asserted || source.Contains('.') || target.Contains('.') ? null : pack.FindStep(step)?.Rung;

    private bool HasRung(string step) => pack.FindStep(step)?.Rung is not null;

    // The id of the last event of the rows in a dyad's order: dated by start and id, the undated after them by id.
    private static long? Last(IEnumerable<StepCount> rows) =>
        rows.MaxBy(r => (r.Date is null ? 1 : 0, r.Date?.Start ?? DateOnly.MinValue, r.LastId))?.LastId;

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
