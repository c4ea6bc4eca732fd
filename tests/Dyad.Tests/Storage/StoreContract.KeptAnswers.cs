namespace Dyad.Tests.Storage;

/// <summary>Answers kept in the store under a version (issue 19, ninth round: the overview after a restart).</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void KeptAnswer_ReadOnlyUnderItsVersion_ReplacedByName_AndSurvivesReopening()
    {
        byte[] big = [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7))];
        using (var store = Open())
        {
            Assert.Null(store.KeptAnswer("overview:SYR", "v1"));
            Assert.Empty(store.KeptAnswers());
            store.KeepAnswer("overview:SYR", "v1", [1, 2, 3]);
            store.KeepAnswer("overview:TUR", "v1", big);
            Assert.Equal([1, 2, 3], store.KeptAnswer("overview:SYR", "v1"));
            Assert.Null(store.KeptAnswer("overview:SYR", "v2"));
            store.KeepAnswer("overview:SYR", "v2", [4]);
            Assert.Null(store.KeptAnswer("overview:SYR", "v1"));
        }
        using (var store = Open())
        {
            Assert.Equal([4], store.KeptAnswer("overview:SYR", "v2"));
            Assert.Equal(big, store.KeptAnswer("overview:TUR", "v1"));
            Assert.Equal([("overview:SYR", "v2"), ("overview:TUR", "v1")], store.KeptAnswers());
            // Kept answers are no change of the store: the mark that keys every cache of answers stays where it was.
            var mark = store.ChangeMark();
            store.KeepAnswer("overview:SYR", "v3", [5]);
            Assert.Equal(mark, store.ChangeMark());
        }
    }

    [StoreFact]
    public void Counts_OfEveryPageOfAFilter_FollowAWriteOfAnotherHandle_Issue19()
    {
        using var store = OpenWith(StoreData.FilterSet());
        var dyad = new EventQuery { Dyad = ("USA", "SYR") };
        var window = new EventQuery { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) };
        Assert.Equal(2, store.CountEvents(dyad));
        Assert.Equal(2, store.CountEvents(dyad with { Sort = EventSort.Confidence, Descending = true, Limit = 1, Offset = 1 }));
        Assert.Equal(1, store.CountEvents(dyad, 1));
        var inWindow = store.CountEvents(window);
        using (var other = Open())
        {
            other.AddBatch([StoreData.Doc("d9", "A later document.", new PartialDate(2023, 6, 1),
                StoreData.Ev("e9", "d9", "SYR", "USA", "contact.call", Modality.Asserted, new PartialDate(2023, 6, 1), DateBasis.Explicit, 0.4, "Syria called back", 0))]);
        }
        Assert.Equal(3, store.CountEvents(dyad with { Limit = 50 }));
        Assert.Equal(3, store.Events(dyad).Count);
        Assert.Equal(inWindow + 1, store.CountEvents(window));
        Assert.Equal(store.Events(window).Count, store.CountEvents(window));
    }
}
