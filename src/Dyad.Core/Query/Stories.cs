using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Query;

/// <summary>
/// One story: records of the same step between the same actors, from one or more documents, within a few
/// days. <see cref="NumArticles"/> and <see cref="NumSources"/> are as GDELT's NumArticles and NumSources.
/// </summary>
/// <param name="Event">The representative record: the most precisely dated, then the most confident, then the earliest.</param>
/// <param name="Members">Every record of the story (syndicated copies excluded).</param>
/// <param name="NumArticles">Distinct documents reporting it.</param>
/// <param name="NumSources">Distinct outlets reporting it.</param>
public sealed record StoryEvent(StoredEvent Event, IReadOnlyList<StoredEvent> Members, int NumArticles, int NumSources)
{
    /// <summary>
    /// Records of other documents that deny the story's step (the same step between the same actors, negated, dated within
    /// the story's window): the story is disputed, and carries both sides. Empty for a story no one denies.
    /// </summary>
    public IReadOnlyList<StoredEvent> Denials { get; init; } = [];

    /// <summary>Whether another document denies what the story asserts.</summary>
    public bool Disputed => Denials.Count > 0;

    /// <summary>Distinct documents denying it.</summary>
    public int NumDenials => Denials.Select(d => d.DocumentId).Distinct().Count();
}

/// <summary>
/// Groups stored events into stories, a pure function the CLI and the API share. Events group when they have
/// the same source, target, step and modality and dates that agree with every member's (day-precise dates placed
/// first, then months, then years: a coarse date joins the first story it agrees with): two day-precise dates
/// within <see cref="WindowDays"/> days of each other, or, when either is coarser, equal at the coarser precision
/// (2018-12 and 2018-12-27 agree; 2018-11 and 2018-12-27 do not). An undated event joins a story that already
/// holds a record of its own document (a second mention of the step there); otherwise it stays a story of its
/// own. Events of a syndicated copy (a document linked to its original) are skipped: the copy is not a second
/// report, so it neither adds a story nor counts in one. A step asserted in one document and negated in another (the
/// same step between the same actors, the denial's date agreeing with the story's as above) is one disputed story: the
/// asserted story carries the denials (<see cref="StoryEvent.Denials"/>), and the denial is no story of its own.
/// </summary>
public static class Stories
{
    /// <summary>Two dated mentions of one step between the same actors are one story when at most this many days apart.</summary>
    public const int WindowDays = 3;

    /// <summary>The rule as one line, for the people reading grouped output.</summary>
    public static string Explanation =>
        $"a story is one step between the same actors with the same modality, dated within {WindowDays} days or agreeing at the coarser " +
        "precision (2018-12 and 2018-12-27); an undated mention joins its own document's story; syndicated copies are skipped; " +
        "a step asserted by one article and denied by another in that window is one disputed story carrying both";

    /// <param name="events">The events, in any order.</param>
    /// <param name="copies">Document keys of syndicated copies, whose events are skipped.</param>
    /// <param name="outletOf">The outlet of a document (by document id); null falls back to the event's outlet, then the document itself.</param>
    public static IReadOnlyList<StoryEvent> Group(IEnumerable<StoredEvent> events, IReadOnlySet<string>? copies = null,
        Func<long, string?>? outletOf = null)
    {
        var stories = new List<StoryEvent>();
        var keyed = events.Where(e => copies is null || !copies.Contains(e.Event.Doc))
            .GroupBy(e => (e.Event.Source, e.Event.Target, e.Event.Step, e.Event.Modality, e.Event.Type));
        foreach (var group in keyed)
        {
            if (group.Key.Step is null)
            {
                // No step, no story: each record stands alone.
                stories.AddRange(group.Select(e => Make([e], outletOf)));
                continue;
            }
            var open = new List<List<StoredEvent>>();
            // Day-precise dates first, by day, so that stories form around what is known best; then months, then years,
            // each joining the first story it agrees with; the undated last, so that they find their document's story.
            foreach (var e in group.OrderByDescending(e => e.Event.Date is { } d ? (int)d.Precision : -1)
                         .ThenBy(e => e.Event.Date?.Start ?? DateOnly.MaxValue).ThenBy(e => e.Id))
            {
                var date = e.Event.Date;
                var home = date is null
                    ? open.FindIndex(s => s.Any(m => m.DocumentId == e.DocumentId))
                    : open.FindIndex(s => s.All(m => m.Event.Date is { } d && Compatible(d, date.Value)));
                if (home < 0) open.Add([e]);
                else open[home].Add(e);
            }
            stories.AddRange(open.Select(s => Make(s, outletOf)));
        }
        return Dispute(stories).OrderBy(s => s.Event.Event.Date?.Start ?? DateOnly.MaxValue).ThenBy(s => s.Event.Event.Source, StringComparer.Ordinal)
            .ThenBy(s => s.Event.Event.Target, StringComparer.Ordinal).ThenBy(s => s.Event.Id).ToList();
    }

    // A negated story whose step another document asserts within the window joins that story as its denial: the
    // nearest asserted story in time, of the same source, target and step, with a document of its own. A denial from
    // the asserting document itself is that article's own contradiction, not a dispute between sources.
    private static List<StoryEvent> Dispute(List<StoryEvent> stories)
    {
        var denials = new Dictionary<StoryEvent, List<StoredEvent>>(ReferenceEqualityComparer.Instance);
        var absorbed = new HashSet<StoryEvent>(ReferenceEqualityComparer.Instance);
        // Asserted stories by source, target and step, so a denial looks only at the stories it could dispute.
        var asserted = stories.Where(s => s.Event.Event.Modality == Modality.Asserted && s.Event.Event.Step is not null && s.Members.Any(m => m.Event.Date is not null))
            .ToLookup(s => (s.Event.Event.Source, s.Event.Event.Target, s.Event.Event.Step));
        foreach (var denial in stories.Where(s => s.Event.Event.Modality == Modality.Negated && s.Event.Event.Step is not null && s.Event.Event.Date is not null))
        {
            var d = denial.Event.Event;
            var docs = denial.Members.Select(m => m.DocumentId).ToHashSet();
            var home = asserted[(d.Source, d.Target, d.Step)]
                .Where(s => s.Members.Any(m => !docs.Contains(m.DocumentId)) && s.Members.All(m => m.Event.Date is not { } md || Compatible(md, d.Date!.Value)))
                .OrderBy(s => Math.Abs(s.Event.Event.Date!.Value.Start.DayNumber - d.Date!.Value.Start.DayNumber)).ThenBy(s => s.Event.Id)
                .FirstOrDefault();
            if (home is null) continue;
            if (!denials.TryGetValue(home, out var list)) denials[home] = list = [];
            list.AddRange(denial.Members);
            absorbed.Add(denial);
        }
        if (absorbed.Count == 0) return stories;
        return stories.Where(s => !absorbed.Contains(s))
            .Select(s => denials.TryGetValue(s, out var list) ? s with { Denials = list.OrderBy(m => m.Id).ToList() } : s).ToList();
    }

    /// <summary>
    /// Whether two dates can be one event's: day-precise dates within <see cref="WindowDays"/>; otherwise equal at
    /// the coarser of the two precisions.
    /// </summary>
    public static bool Compatible(PartialDate a, PartialDate b)
    {
        if (a.Precision != DatePrecision.Day || b.Precision != DatePrecision.Day) return a.IsCompatibleWith(b);
        return Math.Abs(a.Start.DayNumber - b.Start.DayNumber) <= WindowDays;
    }

    /// <summary>A story's representative record among its members: the most precisely dated, then the most confident, then the earliest.</summary>
    public static StoredEvent Representative(IEnumerable<StoredEvent> members) =>
        members.OrderByDescending(m => m.Event.Date is { } d ? (int)d.Precision : -1).ThenByDescending(m => m.Event.Confidence)
            .ThenBy(m => m.Event.Date?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id).First();

    private static StoryEvent Make(List<StoredEvent> members, Func<long, string?>? outletOf)
    {
        var rep = Representative(members);
        var articles = members.Select(m => m.DocumentId).Distinct().Count();
        var sources = members.Select(m => Outlet(m, outletOf)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new StoryEvent(rep, members, articles, sources);
    }

    private static string Outlet(StoredEvent e, Func<long, string?>? outletOf)
    {
        if (outletOf?.Invoke(e.DocumentId) is { Length: > 0 } outlet) return outlet;
        return e.Outlet ?? "doc:" + e.Event.Doc;
    }
}
