namespace Dyad.Tests.Storage;

/// <summary>
/// Date windows and pages (issue 19): a window is read as the branches of its days, its month's start and its year's
/// start, a page's ids before their rows; whatever the window, dyad, order and page, the store gives what filtering and
/// sorting every event in memory gives.
/// </summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void Events_DateWindowsAndPages_GiveWhatFilteringEveryEventGives()
    {
        using var store = Open();
        var random = new Random(5);
        string[] actors = ["SYR", "TUR", "USA"];
        var docs = Enumerable.Range(0, 60).Select(d => Doc($"w{d}", $"Window text {d}.", null, [.. Enumerable.Range(0, random.Next(1, 5)).Select(n =>
        {
            var year = 2022 + random.Next(3);
            PartialDate? date = random.Next(6) switch
            {
                0 => new PartialDate(year),
                1 => new PartialDate(year, 1 + random.Next(12)),
                2 => null,
                _ => new PartialDate(year, 1 + random.Next(12), 1 + random.Next(28)),
            };
            var source = actors[random.Next(3)];
            return Ev($"w{d}-{n}", $"w{d}", source, actors.First(a => a != source), "contact.ministerial", Modality.Asserted, date, DateBasis.Explicit, 0.5, "x", n);
        })])).ToList();
        store.AddBatch(docs);
        var all = store.Events(new EventQuery());
        for (var round = 0; round < 40; round++)
        {
            var from = new DateOnly(2022, 1, 1).AddDays(random.Next(3 * 365));
            var to = random.Next(3) == 0 ? (DateOnly?)null : from.AddDays(random.Next(120));
            (string, string)? dyad = random.Next(2) == 0 ? null : ("SYR", "TUR");
            var descending = random.Next(2) == 0;
            var query = new EventQuery { From = from, To = to, Dyad = dyad, Descending = descending };
            var matching = all.Where(e => e.Event.Date is { } d && d.End >= from && (to is not { } t || d.Start <= t)
                                         && (dyad is null || (e.Event.Source, e.Event.Target) is ("SYR", "TUR") or ("TUR", "SYR")))
                .OrderBy(e => e.Event.Date!.Value.Start).ThenBy(e => e.Id).ToList();
            if (descending) matching.Reverse();
            Assert.Equal(matching.Count, store.CountEvents(query));
            for (var offset = 0; offset <= matching.Count; offset += 7)
                Assert.Equal(matching.Skip(offset).Take(7).Select(e => e.Id), store.Events(query with { Limit = 7, Offset = offset }).Select(e => e.Id));
        }
    }
}
