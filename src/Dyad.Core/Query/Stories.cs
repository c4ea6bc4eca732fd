using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Query;

/// <summary>
/// One story: records of the same step between the same actors, from one or more documents, within a few
/// days. <see cref="NumArticles"/> and <see cref="NumSources"/> are as GDELT's NumArticles and NumSources.
/// </summary>
/// <param name="Event">The representative record: the most confident, then the earliest.</param>
/// <param name="Members">Every record of the story (syndicated copies excluded).</param>
/// <param name="NumArticles">Distinct documents reporting it.</param>
/// <param name="NumSources">Distinct outlets reporting it.</param>
public sealed record StoryEvent(StoredEvent Event, IReadOnlyList<StoredEvent> Members, int NumArticles, int NumSources);

/// <summary>
/// Groups stored events into stories, a pure function the CLI and the API share. Events group when they have
/// the same source, target, step and modality and compatible dates: day-precise dates whose ranges come
/// within <see cref="WindowDays"/> of the story's first one, or coarser dates only with the same value.
/// Undated events stay stories of their own. Events of a syndicated copy (a document linked to its original)
/// are skipped: the copy is not a second report, so it neither adds a story nor counts in one.
/// </summary>
public static class Stories
{
    public const int WindowDays = 3;

    /// <param name="events">The events, in any order.</param>
    /// <param name="copies">Document keys of syndicated copies, whose events are skipped.</param>
    /// <param name="outletOf">The outlet of a document (by document id); null falls back to the URL's host, then the document itself.</param>
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
            var open = new List<(StoredEvent First, List<StoredEvent> Members)>();
            foreach (var e in group.OrderBy(e => e.Event.Date?.Start ?? DateOnly.MaxValue).ThenBy(e => e.Id))
            {
                var date = e.Event.Date;
                var home = date is null ? -1 : open.FindIndex(s => Compatible(s.First.Event.Date!.Value, date.Value));
                if (home < 0) open.Add((e, [e]));
                else open[home].Members.Add(e);
            }
            stories.AddRange(open.Select(s => Make(s.Members, outletOf)));
        }
        return stories.OrderBy(s => s.Event.Event.Date?.Start ?? DateOnly.MaxValue).ThenBy(s => s.Event.Event.Source, StringComparer.Ordinal)
            .ThenBy(s => s.Event.Event.Target, StringComparer.Ordinal).ThenBy(s => s.Event.Id).ToList();
    }

    /// <summary>Whether an event dated <paramref name="b"/> belongs to a story first dated <paramref name="a"/>.</summary>
    public static bool Compatible(PartialDate a, PartialDate b)
    {
        if (a.Precision != DatePrecision.Day || b.Precision != DatePrecision.Day) return a.Equals(b);
        return Math.Abs(a.Start.DayNumber - b.Start.DayNumber) <= WindowDays;
    }

    private static StoryEvent Make(List<StoredEvent> members, Func<long, string?>? outletOf)
    {
        var rep = members.OrderByDescending(m => m.Event.Confidence).ThenBy(m => m.Event.Date?.Start ?? DateOnly.MaxValue).ThenBy(m => m.Id).First();
        var articles = members.Select(m => m.DocumentId).Distinct().Count();
        var sources = members.Select(m => Outlet(m, outletOf)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new StoryEvent(rep, members, articles, sources);
    }

    private static string Outlet(StoredEvent e, Func<long, string?>? outletOf)
    {
        if (outletOf?.Invoke(e.DocumentId) is { Length: > 0 } outlet) return outlet;
        if (e.Url is not null && Uri.TryCreate(e.Url, UriKind.Absolute, out var u)) return u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
        return "doc:" + e.Event.Doc;
    }
}
