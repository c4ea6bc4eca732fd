using System.Diagnostics;
using Dyad.Query;

namespace Dyad.Tests.Storage;

/// <summary>Text search on the store's own index (issue 19, failure 3), on every provider.</summary>
public abstract partial class StoreContract
{
    private static Event Said(string label, string evidence) =>
        Ev(label, "s1", "TUR", "SYR", "contact.meeting", Modality.Asserted, new PartialDate(2023, 5, 7), DateBasis.Explicit, 0.5, evidence, 0);

    private static IReadOnlyList<global::Dyad.Pipeline.CodedDocument> Punctuated() =>
    [
        Doc("s1", "Sentences with signs.", new PartialDate(2023, 5, 7),
            Said("pct", "Turnout reached 50% in the vote"),
            Said("fifty", "The 50 delegates met in Ankara"),
            Said("fivehundred", "Some 500 delegates met"),
            Said("under", "The file al_assad was read"),
            Said("space", "Al Assad met the envoy"),
            Said("order", "The envoy called Assad on Sunday")),
    ];

    [StoreFact]
    public void Events_TextSearch_PercentAndUnderscoreAreLiteral_Issue19()
    {
        using var store = OpenWith(Punctuated());
        Assert.Equal(["pct"], Labels(store, new EventQuery { Text = "50%" }));
        Assert.Equal(["under"], Labels(store, new EventQuery { Text = "al_assad" }));
        Assert.Equal(["under"], Labels(store, new EventQuery { Text = "AL_ASSAD read" }));
        // Each word is the start of a word: 50 finds 50 and 500, as LIKE '%50%' did.
        Assert.Equal(["pct", "fifty", "fivehundred"], Labels(store, new EventQuery { Text = "50" }));
        var error = Assert.Throws<ArgumentException>(() => store.Events(new EventQuery { Text = "%" }));
        Assert.Contains("no letters or digits", error.Message);
        Assert.Throws<ArgumentException>(() => store.Events(new EventQuery { Text = "_ delegates" }));
    }

    [StoreFact]
    public void Events_TextSearch_QuotedWordsArePhrases_Issue19()
    {
        using var store = OpenWith(Punctuated());
        Assert.Equal(["order"], Labels(store, new EventQuery { Text = "\"called Assad\"" }));
        Assert.Empty(Labels(store, new EventQuery { Text = "\"Assad called\"" }));
        Assert.Equal(["order"], Labels(store, new EventQuery { Text = "Assad called" }));
        Assert.Equal(["space"], Labels(store, new EventQuery { Text = "\"al assad\" envoy" }));
    }

    [StoreFact]
    public void Events_TextSearch_TwoThousandWords_AreAClearErrorAtOnce_Issue19()
    {
        using var store = OpenWith(Punctuated());
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => "w" + i));
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<ArgumentException>(() => store.Events(new EventQuery { Text = words }));
        Assert.Throws<ArgumentException>(() => store.CountEvents(new EventQuery { Text = words }));
        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Contains("at most", error.Message);
        var thirtyTwo = string.Join(' ', Enumerable.Repeat("delegates", TextSearch.MaxWords));
        Assert.Equal(["fifty", "fivehundred"], Labels(store, new EventQuery { Text = thirtyTwo }));
        Assert.Throws<ArgumentException>(() => store.Events(new EventQuery { Text = thirtyTwo + " met" }));
    }

    [StoreFact]
    public void Events_TextSearch_OrdinaryWords_FindWhatLikeFound_Issue19()
    {
        var samples = CodedSamples();
        using var store = Open();
        store.AddBatch(samples);
        var all = store.Events(new EventQuery());
        string[][] searches =
        [
            ["embassy"], ["minister"], ["syria"], ["talks"], ["sanctions"], ["president"], ["turkey", "syria"], ["foreign", "minister"],
            ["damascus"], ["relations"], ["SYRIAN", "government"], ["meeting"], ["visit"],
        ];
        var nonEmpty = 0;
        foreach (var words in searches)
        {
            // What the LIKE clauses of each word found: the evidence holds every word, in any case.
            var expected = all.Where(e => words.All(w => e.Event.Evidence.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(e => e.Id).ToList();
            var found = store.Events(new EventQuery { Text = string.Join(' ', words) }).Select(e => e.Id).ToList();
            Assert.True(expected.SequenceEqual(found), $"{string.Join(' ', words)}: LIKE found {expected.Count}, the index {found.Count}");
            if (expected.Count > 0) nonEmpty++;
        }
        Assert.True(nonEmpty >= 8, $"only {nonEmpty} searches found anything");
    }

    [StoreFact]
    public void Events_TextSearch_AReplacedDocumentsWordsAreGone_Issue19()
    {
        using var store = OpenWith(Punctuated());
        store.AddBatch([Doc("s1", "Sentences with signs, edited.", new PartialDate(2023, 5, 7), Said("new", "The envoy met the delegates again"))]);
        Assert.Empty(Labels(store, new EventQuery { Text = "turnout" }));
        Assert.Equal(["new"], Labels(store, new EventQuery { Text = "envoy again" }));
    }

    [StoreFact]
    public void Read_CancelledWhileTheDatabaseWorks_StopsInTheDatabase_Issue19()
    {
        using var store = Open();
        var readers = ((SqlStore)store).Readers;
        // A query that would run for minutes: a billion rows counted (SQLite), a sleep (PostgreSQL).
        var slow = store.Description.StartsWith("postgresql:", StringComparison.Ordinal)
            ? "SELECT COUNT(*) FROM (SELECT pg_sleep(120)) AS s"
            : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT COUNT(*) FROM n";
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            using var reading = Reading.Start(readers, slow, [], cancel.Token);
            reading.Next();
        });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {watch.Elapsed}");
    }
}

/// <summary>A word more common than a page can reach (SQLite reads such a search in date order, see SqlDialect.SqliteCommonTextMatch).</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void Events_TextSearch_ACommonWord_PagesInDateOrderAndCountsUpToTheCap_Issue19()
    {
        using var store = Open();
        var docs = Enumerable.Range(0, 52).Select(d => Doc($"c{d}", $"Document {d}.", new PartialDate(2023, 1, 1),
            [.. Enumerable.Range(0, 200).Select(i => Ev($"c{d}.{i}", $"c{d}", "TUR", "SYR", "contact.meeting", Modality.Asserted,
                new PartialDate(2010 + (d * 200 + i) % 13, 1 + i % 12, 1 + d % 28), DateBasis.Explicit, 0.5,
                i % 50 == 49 ? "The envoy met the minister" : "The embassy reopened", i))])).ToList();
        foreach (var batch in docs.Chunk(13)) store.AddBatch(batch);
        var all = store.Events(new EventQuery());
        var expected = all.Where(e => e.Event.Evidence.Contains("embassy", StringComparison.Ordinal)).ToList();
        Assert.True(expected.Count > 10_000);
        var page = store.Events(new EventQuery { Text = "embassy", Limit = 50, Offset = 100 });
        Assert.Equal(expected.Skip(100).Take(50).Select(e => e.Id), page.Select(e => e.Id));
        var descending = store.Events(new EventQuery { Text = "embassy", Limit = 50, Descending = true });
        Assert.Equal(store.Events(new EventQuery { Descending = true }).Where(e => e.Event.Evidence.Contains("embassy", StringComparison.Ordinal)).Take(50).Select(e => e.Id),
            descending.Select(e => e.Id));
        Assert.Equal(10_001, store.CountEvents(new EventQuery { Text = "embassy" }, 10_001));
        Assert.Equal(expected.Count, store.CountEvents(new EventQuery { Text = "embassy" }));
        Assert.Equal(expected.Count(e => e.Event.Date!.Value.Start.Year == 2015),
            store.CountEvents(new EventQuery { Text = "embassy", From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31) }));
        Assert.Equal(all.Count - expected.Count, store.CountEvents(new EventQuery { Text = "envoy minister" }));
    }

    [StoreFact]
    public void Events_TextSearch_ACommonWord_AfterWritesAndReplacements_FindsWhatIsStoredNow_Issue19()
    {
        // SQLite keeps the set of a common search's matches under the store's change mark (TextMatchSets): each page
        // below is asked for again after a write, so a set kept from before it would show what is no longer there.
        using var store = Open();
        store.AddBatch(CommonWordDocs("c", 52));
        List<long> Page(EventQuery q) => [.. store.Events(q with { Text = "embassy", Limit = 50 }).Select(e => e.Id)];
        List<long> Expected(EventQuery q) => [.. store.Events(q).Where(e => e.Event.Evidence.Contains("embassy", StringComparison.Ordinal)).Take(50).Select(e => e.Id)];
        var queries = new[]
        {
            new EventQuery(), new EventQuery { Descending = true }, new EventQuery { Dyad = ("TUR", "SYR") },
            new EventQuery { From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31) }, new EventQuery { Sort = EventSort.Confidence },
        };
        void AssertAsStored()
        {
            foreach (var q in queries)
            {
                Assert.Equal(Expected(q), Page(q));
                Assert.Equal(Expected(q), Page(q));
            }
            // Every match at once (an export) reads the list of matches rather than the set: the same events.
            Assert.Equal(store.Events(new EventQuery()).Where(e => e.Event.Evidence.Contains("embassy", StringComparison.Ordinal)).Select(e => e.Id),
                store.Events(new EventQuery { Text = "embassy" }).Select(e => e.Id));
            Assert.Equal(store.Events(new EventQuery()).Count(e => e.Event.Evidence.Contains("embassy", StringComparison.Ordinal)),
                store.CountEvents(new EventQuery { Text = "embassy" }));
        }
        AssertAsStored();
        // New events, the earliest of all, on the first page; a document replaced, its events gone from every page.
        store.AddBatch([Doc("early", "Early.", new PartialDate(2001, 1, 1), [.. Enumerable.Range(0, 60).Select(i =>
            Ev($"early.{i}", "early", "TUR", "SYR", "contact.meeting", Modality.Asserted, new PartialDate(2001, 1, 1 + i % 28), DateBasis.Explicit, 0.9, "The embassy closed", i))])]);
        AssertAsStored();
        Assert.StartsWith("early", store.Events(new EventQuery { Text = "embassy", Limit = 1 })[0].Event.Doc);
        store.AddBatch([Doc("early", "Nothing of the kind."), Doc("c0", "Replaced.", new PartialDate(2023, 1, 1),
            Ev("c0.new", "c0", "SYR", "TUR", "contact.meeting", Modality.Asserted, new PartialDate(2000, 6, 1), DateBasis.Explicit, 0.1, "An embassy again", 0))]);
        AssertAsStored();
        Assert.Equal("c0", store.Events(new EventQuery { Text = "embassy", Limit = 1 })[0].Event.Doc);
    }

    // 52 documents of 200 events, one in fifty without the word: 10,192 matches of "embassy", more than a page reaches.
    private static List<Dyad.Pipeline.CodedDocument> CommonWordDocs(string prefix, int count) => [.. Enumerable.Range(0, count).Select(d => Doc($"{prefix}{d}", $"Document {d}.", new PartialDate(2023, 1, 1),
        [.. Enumerable.Range(0, 200).Select(i => Ev($"{prefix}{d}.{i}", $"{prefix}{d}", d % 2 == 0 ? "TUR" : "SYR", d % 2 == 0 ? "SYR" : "TUR", "contact.meeting", Modality.Asserted,
            new PartialDate(2010 + (d * 200 + i) % 13, 1 + i % 12, 1 + d % 28), DateBasis.Explicit, (i % 7) / 7.0,
            i % 50 == 49 ? "The envoy met the minister" : "The embassy reopened", i))]))];
}
