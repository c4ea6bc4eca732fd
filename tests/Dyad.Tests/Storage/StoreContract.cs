using Dyad.Ingest;
using Dyad.Query;

namespace Dyad.Tests.Storage;

/// <summary>
/// What every store must do, written once and run on each provider (SQLite, PostgreSQL): each test gets a fresh,
/// empty store location; <see cref="Open"/> opens (or reopens) a store on it.
/// </summary>
public abstract partial class StoreContract : IDisposable
{
    protected abstract IDyadStore Open();

    public abstract void Dispose();

    private IDyadStore OpenWith(IReadOnlyList<global::Dyad.Pipeline.CodedDocument> docs)
    {
        var store = Open();
        store.AddBatch(docs);
        return store;
    }

    [StoreFact]
    public void Open_Fresh_MigratesToCurrentVersion_AndReopenIsIdempotent()
    {
        int version;
        using (var store = Open())
        {
            version = ((SqlStore)store).SchemaVersion;
            Assert.Equal(new StoreStats(0, 0, 0, 0), store.Stats());
            store.AddBatch(FilterSet());
        }
        for (var i = 0; i < 2; i++)
        {
            using var store = Open();
            Assert.Equal(version, ((SqlStore)store).SchemaVersion);
            Assert.Equal(new StoreStats(2, 4, 6, 5), store.Stats());
        }
    }

    [StoreFact]
    public void Add_NewThenSameTextThenOtherText_AddedDuplicateReplaced()
    {
        using var store = Open();
        var first = Doc("k", "Version one of the text.", new PartialDate(2023),
            Ev("a", "k", "USA", "SYR", "contact.call", Modality.Asserted, null, DateBasis.None, 0.5, "one", 0));
        Assert.False(store.Contains(first.Document.ContentHash));
        Assert.Equal(AddOutcome.Added, store.Add(first));
        Assert.True(store.Contains(first.Document.ContentHash));
        Assert.Equal(AddOutcome.Duplicate, store.Add(first));
        // The same text under another id is a duplicate too: a text is stored once.
        Assert.Equal(AddOutcome.Duplicate, store.Add(Doc("other", first.Document.Text)));
        var second = Doc("k", "Version two of the text.", new PartialDate(2024),
            Ev("b", "k", "TUR", "SYR", "contact.visit", Modality.Planned, null, DateBasis.None, 0.5, "two", 0),
            Ev("c", "k", "TUR", "SYR", "contact.visit", Modality.Planned, null, DateBasis.None, 0.5, "three", 1));
        Assert.Equal(AddOutcome.Replaced, store.Add(second));
        Assert.False(store.Contains(first.Document.ContentHash));
        var doc = Assert.Single(store.Documents());
        Assert.Equal(second.Document.ContentHash, doc.ContentHash);
        Assert.Equal(2, doc.Events);
        Assert.Equal(["b", "c"], store.Events(new EventQuery()).Select(e => e.Event.Pattern));
        Assert.Equal(new StoreStats(1, 2, 2, 2), store.Stats());
    }

    [StoreFact]
    public void AddBatch_SameIdTwiceAndSameTextTwice_LaterVersionWinsAndTextStoredOnce()
    {
        using var store = Open();
        var v1 = Doc("k", "Old text.", null, Ev("old", "k", "USA", null, null, Modality.Asserted, null, DateBasis.None, 0.1, "old", 0));
        var v2 = Doc("k", "New text.", null, Ev("new", "k", "USA", null, null, Modality.Asserted, null, DateBasis.None, 0.1, "new", 0));
        var copy = Doc("copy", "New text.");
        Assert.Equal([AddOutcome.Added, AddOutcome.Replaced, AddOutcome.Duplicate], store.AddBatch([v1, v2, copy]));
        var doc = Assert.Single(store.Documents());
        Assert.Equal("k", doc.Key);
        Assert.Equal(["new"], store.Events(new EventQuery()).Select(e => e.Event.Pattern));
        Assert.Equal(new StoreStats(1, 2, 1, 0), store.Stats());
    }

    // Issue 20: the disputes a ledger lists are read from any store: an assertion and a denial of one step, stored from two
    // documents, are one dispute carrying both; another step or another dyad is none.
    [StoreFact]
    public void Disputes_Find_AssertionAndDenialStoredFromTwoDocuments_AreOneDispute_Issue20()
    {
        using var store = OpenWith(
        [
            Doc("asserted", "Jordan reopened its embassy in Damascus on Tuesday.", new PartialDate(2023, 5, 3),
                Ev("a", "asserted", "JOR", "SYR", "mission.reopen", Modality.Asserted, new PartialDate(2023, 5, 2), DateBasis.Relative, 0.9,
                    "Jordan reopened its embassy in Damascus on Tuesday.", 0)),
            Doc("denied", "Jordan has not reopened its embassy in Damascus.", new PartialDate(2023, 5, 4),
                Ev("d", "denied", "JOR", "SYR", "mission.reopen", Modality.Negated, new PartialDate(2023, 5, 4), DateBasis.Publication, 0.9,
                    "Jordan has not reopened its embassy in Damascus.", 0),
                Ev("o", "denied", "JOR", "SYR", "contact.ministerial", Modality.Asserted, new PartialDate(2023, 5, 4), DateBasis.Publication, 0.9,
                    "Its foreign minister met his counterpart.", 1)),
        ]);
        var dispute = Assert.Single(global::Dyad.Analysis.Disputes.Find(store, new EventQuery { Dyad = ("SYR", "JOR") }));
        Assert.Equal(("JOR", "SYR", "mission.reopen"), (dispute.Source, dispute.Target, dispute.Step));
        Assert.Equal(["asserted"], dispute.AssertedDocs);
        Assert.Equal(["denied"], dispute.DeniedDocs);
        Assert.Equal(("asserted", new PartialDate(2023, 5, 2), "Jordan reopened its embassy in Damascus on Tuesday."), (dispute.Doc, dispute.Date!.Value, dispute.Evidence));
        Assert.Equal("Jordan has not reopened its embassy in Damascus.", dispute.DenialEvidence);
        Assert.Empty(global::Dyad.Analysis.Disputes.Find(store, new EventQuery { Step = "contact.*" }));
        Assert.Empty(global::Dyad.Analysis.Disputes.Find(store, new EventQuery { Dyad = ("TUR", "SYR") }));
    }

    [StoreFact]
    public void Events_RoundTripEveryField_NullsAndEachDatePrecision()
    {
        var docs = FilterSet();
        using var store = OpenWith(docs);
        var summaries = store.Documents().ToDictionary(d => d.Key);
        foreach (var coded in docs)
        {
            var stored = store.Events(new EventQuery { Document = coded.Document.Id, Sort = EventSort.Document });
            Assert.Equal(coded.Events, stored.Select(s => s.Event));
            foreach (var s in stored)
            {
                Assert.Equal(summaries[coded.Document.Id].Id, s.DocumentId);
                Assert.Equal(coded.Document.Title, s.Title);
                Assert.Equal(coded.Document.Url, s.Url);
                Assert.Equal(coded.Document.Published, s.Published);
            }
        }
        var all = store.Events(new EventQuery());
        Assert.Equal(6, all.Select(e => e.Id).Distinct().Count());
        // Doubles round-trip exactly, nulls stay null, each precision stays itself.
        var e2 = all.Single(e => e.Event.Pattern == "e2").Event;
        Assert.Equal(DatePrecision.Month, e2.Date!.Value.Precision);
        Assert.Equal(3, e2.Mentions);
        Assert.Equal(DatePrecision.Year, all.Single(e => e.Event.Pattern == "e4").Event.Date!.Value.Precision);
        Assert.Null(all.Single(e => e.Event.Pattern == "e3").Event.Date);
        Assert.Null(all.Single(e => e.Event.Pattern == "e5").Event.Target);
    }

    [StoreFact]
    public void Events_ConfidenceAndText_RoundTripExactly()
    {
        const string evidence = "Ünïcödé — “quotes”, Arabic سوريا, emoji 🕊 and a\ttab";
        var e = Ev("x", "u", "SYR", "USA", "contact.call", Modality.Asserted, new PartialDate(1, 1, 1), DateBasis.Explicit, 0.1 + 0.2, evidence, 7, 42);
        using var store = OpenWith([Doc("u", "Text with ünïcödé and سوريا.", new PartialDate(9999, 12, 31), e)]);
        var stored = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal(e, stored.Event);
        Assert.Equal(new PartialDate(9999, 12, 31), stored.Published);
    }

    private static string[] Labels(IDyadStore store, EventQuery query)
    {
        var events = store.Events(query);
        if (query.Limit is null) Assert.Equal(events.Count, store.CountEvents(query));
        return [.. events.Select(e => e.Event.Pattern)];
    }

    [StoreFact]
    public void Events_ActorFilter_MatchesSectorsButNotOtherIdsWithTheSamePrefix()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e2", "e1", "e3"], Labels(store, new EventQuery { Actor = "USA" }));
        Assert.Equal(["e2"], Labels(store, new EventQuery { Actor = "USA.LEG" }));
        Assert.Equal(["e6"], Labels(store, new EventQuery { Actor = "USAF" }));
        Assert.Equal(["e4", "e2"], Labels(store, new EventQuery { Actor = "TUR" }));
        Assert.Empty(Labels(store, new EventQuery { Actor = "US" }));
    }

    [StoreFact]
    public void Events_DyadFilter_MatchesBothDirections()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e1", "e3"], Labels(store, new EventQuery { Dyad = ("SYR", "USA") }));
        Assert.Equal(["e1", "e3"], Labels(store, new EventQuery { Dyad = ("USA", "SYR") }));
        Assert.Equal(["e4"], Labels(store, new EventQuery { Dyad = EventQuery.ParseDyad("syr:tur") }));
        Assert.Empty(Labels(store, new EventQuery { Dyad = ("USA", "TUR") }));
    }

    [StoreFact]
    public void Events_StepFilter_ExactPrefixAndStepsOnly()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e1"], Labels(store, new EventQuery { Step = "contact.call" }));
        Assert.Equal(["e4", "e1", "e5"], Labels(store, new EventQuery { Step = "contact.*" }));
        Assert.Equal(["e4", "e1", "e5"], Labels(store, new EventQuery { Step = "contact." }));
        Assert.Empty(Labels(store, new EventQuery { Step = "contact" }));
        Assert.Equal(["e4", "e2", "e1", "e6", "e5"], Labels(store, new EventQuery { StepsOnly = true }));
    }

    [StoreFact]
    public void Events_ModalityFilter()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e4"], Labels(store, new EventQuery { Modality = Modality.Planned }));
        Assert.Equal(["e1", "e6"], Labels(store, new EventQuery { Modality = Modality.Asserted }));
        Assert.Equal(["e3"], Labels(store, new EventQuery { Modality = Modality.Negated }));
    }

    [StoreFact]
    public void Events_DateFilters_MatchWhenThePartialDateRangeMeetsTheWindow()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e6", "e5"], Labels(store, new EventQuery { From = new DateOnly(2023, 6, 1) }));
        // 2022 (a year) ends on 2022-12-31: it meets a window from that day.
        Assert.Equal(["e4", "e2", "e1", "e6", "e5"], Labels(store, new EventQuery { From = new DateOnly(2022, 12, 31) }));
        Assert.Equal(["e4", "e2"], Labels(store, new EventQuery { To = new DateOnly(2023, 5, 1) }));
        // May 2023 (a month) overlaps 10-20 May; 7 May does not.
        Assert.Equal(["e2"], Labels(store, new EventQuery { From = new DateOnly(2023, 5, 10), To = new DateOnly(2023, 5, 20) }));
        Assert.Equal(["e2", "e1"], Labels(store, new EventQuery { From = new DateOnly(2023, 5, 7), To = new DateOnly(2023, 5, 7) }));
        Assert.Empty(Labels(store, new EventQuery { From = new DateOnly(2025, 1, 1) }));
    }

    [StoreFact]
    public void Events_TextFilter_EveryWordCaseInsensitive()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e1"], Labels(store, new EventQuery { Text = "ASSAD called" }));
        Assert.Equal(["e4"], Labels(store, new EventQuery { Text = " visit  damascus " }));
        Assert.Empty(Labels(store, new EventQuery { Text = "assad damascus" }));
        Assert.Equal(["e4", "e2", "e1", "e6", "e5", "e3"], Labels(store, new EventQuery { Text = "  " }));
    }

    [StoreFact]
    public void Events_DocumentFilter_AndCombinedFilters()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e4", "e6", "e5"], Labels(store, new EventQuery { Document = "d2" }));
        Assert.Empty(Labels(store, new EventQuery { Document = "d3" }));
        Assert.Equal(["e6"], Labels(store, new EventQuery { Document = "d2", Actor = "SYR", Modality = Modality.Asserted }));
    }

    [StoreFact]
    public void Events_Sorts_UndatedAndStepless_Last()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e4", "e2", "e1", "e6", "e5", "e3"], Labels(store, new EventQuery()));
        Assert.Equal(["e5", "e6", "e1", "e2", "e4", "e3"], Labels(store, new EventQuery { Descending = true }));
        Assert.Equal(["e3", "e2", "e5", "e4", "e6", "e1"], Labels(store, new EventQuery { Sort = EventSort.Confidence }));
        Assert.Equal(["e1", "e6", "e4", "e5", "e2", "e3"], Labels(store, new EventQuery { Sort = EventSort.Confidence, Descending = true }));
        // Byte order, as in SQLite, whatever the database's locale: "USA" < "USA.LEG" < "USAF".
        Assert.Equal(["e5", "e3", "e4", "e1", "e2", "e6"], Labels(store, new EventQuery { Sort = EventSort.Source }));
        Assert.Equal(["e6", "e1", "e5", "e4", "e2", "e3"], Labels(store, new EventQuery { Sort = EventSort.Step }));
        Assert.Equal(["e1", "e2", "e3", "e4", "e5", "e6"], Labels(store, new EventQuery { Sort = EventSort.Document }));
        Assert.Equal(["e4", "e5", "e6", "e1", "e2", "e3"], Labels(store, new EventQuery { Sort = EventSort.Document, Descending = true }));
    }

    [StoreFact]
    public void Events_LimitAndOffset_PageThroughTheSortedList()
    {
        using var store = OpenWith(FilterSet());
        Assert.Equal(["e4", "e2"], Labels(store, new EventQuery { Limit = 2 }));
        Assert.Equal(["e2", "e1"], Labels(store, new EventQuery { Limit = 2, Offset = 1 }));
        Assert.Equal(["e3"], Labels(store, new EventQuery { Limit = 10, Offset = 5 }));
        Assert.Empty(Labels(store, new EventQuery { Limit = 10, Offset = 6 }));
        Assert.Equal(6, store.CountEvents(new EventQuery { Limit = 2 }));
        Assert.Equal(4, store.CountEvents(new EventQuery { Actor = "SYR" }));
    }

    [StoreFact]
    public void Documents_UndatedFirst_WithEventCounts()
    {
        using var store = OpenWith([.. FilterSet(), Doc("d0", "An early document.", new PartialDate(2020, 2))]);
        var docs = store.Documents();
        Assert.Equal(["d2", "d0", "d1"], docs.Select(d => d.Key));
        Assert.Equal([3, 0, 3], docs.Select(d => d.Events));
        var d1 = docs[2];
        Assert.Equal(("Title of d1", "Outlet", "https://example.org/d1", new PartialDate(2023, 5, 7)), (d1.Title, d1.Source, d1.Url, d1.Published));
        Assert.True(d1.IngestedAt > DateTimeOffset.UtcNow.AddMinutes(-10) && d1.IngestedAt <= DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Null(docs[0].Published);
    }

    [StoreFact]
    public void Document_ByIdAndKey_ReturnsTextSpansAndEvents()
    {
        var samples = CodedSamples();
        Assert.Equal(17, samples.Count);
        using var store = Open();
        // Batches as ingest writes them.
        foreach (var batch in samples.Chunk(5)) Assert.All(store.AddBatch(batch), o => Assert.Equal(AddOutcome.Added, o));
        foreach (var coded in samples)
        {
            var byKey = store.Document(coded.Document.Id);
            Assert.NotNull(byKey);
            var doc = store.Document(byKey.Summary.Id)!;
            Assert.Equal(byKey.Summary, doc.Summary);
            Assert.Equal(coded.Document.Text, doc.Text);
            Assert.Equal(coded.Document.ContentHash, doc.Summary.ContentHash);
            Assert.Equal(coded.Sentences, doc.Sentences);
            Assert.Equal(coded.Mentions.OrderBy(m => m.Start), doc.Mentions);
            Assert.Equal(coded.Dates.OrderBy(d => d.Start), doc.Dates);
            Assert.Equal(coded.Events.OrderBy(e => e.Sentence), doc.Events.Select(e => e.Event));
            Assert.All(doc.Events, e => Assert.Equal(doc.Summary.Id, e.DocumentId));
            Assert.Equal(coded.Events.Count, doc.Summary.Events);
        }
        Assert.Null(store.Document(-1));
        Assert.Null(store.Document("no such document"));
        Assert.Equal(new StoreStats(17, samples.Sum(s => s.Sentences.Count), samples.Sum(s => s.Events.Count),
            samples.Sum(s => s.Events.Count(e => e.Step is not null))), store.Stats());
    }

    [StoreFact]
    public void Signatures_OfTheLatestDocuments_OldestFirst_ARewrittenOneLast()
    {
        using var store = Open();
        IReadOnlyList<DocumentSignature> Signatures(params string[] keys) =>
            [.. keys.Select(k => new DocumentSignature(k, Enumerable.Range(0, NearDuplicates.Hashes).Select(i => (uint)(i + k[^1])).ToArray()))];
        store.AddBatch(IngestBatch.Of([Doc("k1", "one"), Doc("k2", "two"), Doc("k3", "three")], Signatures("k1", "k2", "k3")));
        store.AddBatch(IngestBatch.Of([Doc("k4", "four"), Doc("k5", "five")], Signatures("k4", "k5")));
        // k2 again, with other text: a new version, stored last.
        store.AddBatch(IngestBatch.Of([Doc("k2", "two, edited")], Signatures("k2")));
        List<string> Read(int latest)
        {
            var keys = new List<string>();
            var lastId = 0L;
            store.ReadSignatures(latest, s =>
            {
                Assert.Equal((uint)s.DocumentKey[^1], s.Signature[0]);
                Assert.True(s.Id > lastId, "ids in the order documents were stored");
                lastId = s.Id;
                keys.Add(s.DocumentKey);
            });
            return keys;
        }
        Assert.Equal(["k4", "k5", "k2"], Read(3));
        Assert.Equal(["k1", "k3", "k4", "k5", "k2"], Read(100));
        Assert.Empty(Read(0));
    }

    [StoreFact]
    public void JobState_MissingSetOverwriteAndNull()
    {
        using (var store = Open())
        {
            Assert.Null(store.GetJobState("watch", "feed"));
            store.SetJobState("watch", "feed", "etag-1");
            store.SetJobState("watch", "feed", "etag-2");
            store.SetJobState("watch", "other", "x");
            store.SetJobState("other", "feed", null);
        }
        using (var store = Open())
        {
            Assert.Equal("etag-2", store.GetJobState("watch", "feed"));
            Assert.Equal("x", store.GetJobState("watch", "other"));
            Assert.Null(store.GetJobState("other", "feed"));
            store.SetJobState("watch", "feed", null);
            Assert.Null(store.GetJobState("watch", "feed"));
        }
    }
}
