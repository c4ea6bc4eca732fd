using Dyad.Query;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Storage;

/// <summary>A coded document written to a SQLite file and read back gives the same records, field by field.</summary>
public sealed class StoreRoundTripTests : TempStoreTest
{
    private const string Text =
        "Jordan and Syria moved closer.\nThe Arab League readmitted Syria on May 7, 2023. Egypt will reopen its embassy in Damascus.\n" +
        "Turkey refused to reopen its embassy in Damascus. Mr. Erdogan met Mr. Assad in Ankara last month.\nRead more";

    private static Dyad.Pipeline.CodedDocument Code() => Coding.Pipeline.Code(new Document("doc-1", Text, "A title", "Outlet", "https://example.org/a",
        new PartialDate(2023, 5, 9), "/tmp/doc-1.txt"));

    [Fact]
    public void AddBatch_ThenRead_GivesBackEveryField()
    {
        var coded = Code();
        Assert.True(coded.Events.Count >= 4, "the sample should code several events");
        using var store = SqliteStore.Open(Temp.Db);
        Assert.Equal([AddOutcome.Added], store.AddBatch([coded]));

        var events = store.Events(new EventQuery { Document = "doc-1" }).OrderBy(e => e.Event.Sentence).ThenBy(e => e.Event.Source).ToList();
        var expected = coded.Events.OrderBy(e => e.Sentence).ThenBy(e => e.Source).ToList();
        Assert.Equal(expected.Count, events.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], events[i].Event);
            Assert.Equal(expected[i].Mentions, events[i].Event.Mentions);
            Assert.Equal("A title", events[i].Title);
            Assert.Equal("https://example.org/a", events[i].Url);
            Assert.Equal(new PartialDate(2023, 5, 9), events[i].Published);
        }

        var stored = store.Document("doc-1");
        Assert.NotNull(stored);
        Assert.Equal(Text, stored.Text);
        Assert.Equal("doc-1", stored.Summary.Key);
        Assert.Equal("A title", stored.Summary.Title);
        Assert.Equal("Outlet", stored.Summary.Source);
        Assert.Equal("https://example.org/a", stored.Summary.Url);
        Assert.Equal(new PartialDate(2023, 5, 9), stored.Summary.Published);
        Assert.Equal(coded.Document.ContentHash, stored.Summary.ContentHash);
        Assert.Equal(coded.Events.Count, stored.Summary.Events);
        Assert.Equal(coded.Sentences, stored.Sentences);
        Assert.Equal(coded.Mentions.OrderBy(m => m.Start).ThenBy(m => m.Actor), stored.Mentions.OrderBy(m => m.Start).ThenBy(m => m.Actor));
        Assert.Equal(coded.Dates.Select(d => (d.Start, d.End, d.Value)), stored.Dates.Select(d => (d.Start, d.End, d.Value)));
        Assert.Equal(expected, stored.Events.OrderBy(e => e.Event.Sentence).ThenBy(e => e.Event.Source).Select(e => e.Event));
        Assert.Equal(Text, store.Document(stored.Summary.Id)?.Text);
        Assert.True(store.Contains(coded.Document.ContentHash));
    }

    [Fact]
    public void AddBatch_SameTextAgain_IsDuplicateAndWritesNothing()
    {
        using var store = SqliteStore.Open(Temp.Db);
        Assert.Equal([AddOutcome.Added], store.AddBatch([Code()]));
        var before = store.Stats();
        Assert.Equal([AddOutcome.Duplicate], store.AddBatch([Code()]));
        Assert.Equal(AddOutcome.Duplicate, store.Add(Code()));
        Assert.Equal(before, store.Stats());
        Assert.Single(store.Documents());
    }

    [Fact]
    public void Reopen_File_KeepsWhatWasWritten()
    {
        var path = Temp.Db;
        var coded = Code();
        using (var store = SqliteStore.Open(path)) store.AddBatch([coded]);
        using var again = SqliteStore.Open(path);
        Assert.Equal(coded.Events.Count, again.CountEvents(new EventQuery()));
        Assert.Equal(AddOutcome.Duplicate, again.Add(coded));
    }
}
