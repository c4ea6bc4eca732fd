using Dyad.Model;
using Dyad.Packs;

namespace Dyad.Analysis;

/// <summary>
/// Cuts a dyad's time line where either side's government changes (the pack's governments), and places a step in the
/// stretch its date falls in. A date coarser than a day that straddles a break (a step dated "2024-12" for Syria) belongs
/// to neither government: it is placed nowhere and moves no rung, rather than being guessed into one.
/// </summary>
public static class EraSplitter
{
    /// <summary>One stretch of the time line with the government of each side in it.</summary>
    internal readonly record struct Stretch(EraEntry? A, EraEntry? B, DateOnly? From, DateOnly? To)
    {
        /// <summary>Whether the day falls inside the stretch (both ends included; a null end is open).</summary>
        public bool Contains(DateOnly day) => (From is not { } f || day >= f) && (To is not { } t || day <= t);
    }

    /// <summary>The stretches of a dyad's time line, earliest first; one, unbounded, when neither side's government changes.</summary>
    internal static IReadOnlyList<Stretch> Stretches(Pack pack, string a, string b)
    {
        var (pa, pb) = (Periods(pack.ErasOf(Base(a))), Periods(pack.ErasOf(Base(b))));
        var starts = pa.Concat(pb).Select(p => p.From).OfType<DateOnly>().Distinct().Order().ToList();
        var stretches = new List<Stretch>();
        DateOnly? from = null;
        for (var i = 0; i <= starts.Count; i++)
        {
            DateOnly? to = i < starts.Count ? starts[i].AddDays(-1) : null;
            if (from is null || to is null || to >= from)
            {
                var day = from ?? DateOnly.MinValue;
                var stretch = new Stretch(At(pa, day), At(pb, day), from, to);
                // A break of one side that is no break at all (a gap then the same undeclared time) is joined to the stretch before.
                if (stretches.Count > 0 && stretches[^1].A == stretch.A && stretches[^1].B == stretch.B)
                    stretches[^1] = stretches[^1] with { To = to };
                else stretches.Add(stretch);
            }
            if (i < starts.Count) from = starts[i];
        }
        return stretches;
    }

    /// <summary>The stretch holding the whole of the date, or -1: undated, or straddling a break.</summary>
    internal static int Place(IReadOnlyList<Stretch> stretches, PartialDate? date)
    {
        if (date is not { } d) return -1;
        for (var i = 0; i < stretches.Count; i++)
        {
            if (stretches[i].Contains(d.Start)) return stretches[i].Contains(d.End) ? i : -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether the pack declares the government toppled by a fall (a regime.fall against the state): one of the state's
    /// governments ends within a month of the fall's date. When it does not, the ladder runs on past that fall, and
    /// the readers say so rather than draw a break the pack does not know.
    /// </summary>
    public static bool Declares(Pack pack, string state, PartialDate fall) =>
        pack.ErasOf(Base(state)).Any(e => e.To is { } to && to >= fall.Start.AddDays(-31) && to <= fall.End.AddDays(31));

    // A state's time line: its declared governments and, between and around them, undeclared time (a null era).
    private static List<(EraEntry? Era, DateOnly? From, DateOnly? To)> Periods(IReadOnlyList<EraEntry> eras)
    {
        var periods = new List<(EraEntry?, DateOnly?, DateOnly?)>();
        DateOnly? cursor = null;
        foreach (var era in eras)
        {
            if (era.From is { } f && (cursor is null || cursor < f)) periods.Add((null, cursor, f.AddDays(-1)));
            periods.Add((era, era.From, era.To));
            if (era.To is not { } t) return periods;
            cursor = t.AddDays(1);
        }
        periods.Add((null, cursor, null));
        return periods;
    }

    private static EraEntry? At(List<(EraEntry? Era, DateOnly? From, DateOnly? To)> periods, DateOnly day) =>
        periods.FirstOrDefault(p => (p.From is not { } f || day >= f) && (p.To is not { } t || day <= t)).Era;

    private static string Base(string actor)
    {
        var dot = actor.IndexOf('.');
        return dot < 0 ? actor : actor[..dot];
    }
}
