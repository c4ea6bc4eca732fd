using Dyad.Ingest;
using Dyad.Tests.Pipeline;
using Dyad.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Dyad.Tests.Ingest;

/// <summary>
/// Issue 19: a document that takes too long to code is reported by name and skipped, and the other documents of its
/// batch are stored. Time is a fake clock that moves one second each time it is read, so "too long" is a count of the
/// reads coding makes (one every sixteen checks, a check per sentence and stage), the same on every machine: no test
/// here depends on real time.
/// </summary>
public abstract class DocumentBudgetContract : TempStoreTest
{
    protected abstract IDyadStore Open();

    protected string Dir => Temp.Folder;

    /// <summary>A clock that moves on by a second whenever it is read: coding a sentence costs seconds of it.</summary>
    private sealed class SlowClock() : FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
        public override long GetTimestamp()
        {
            Advance(TimeSpan.FromSeconds(1));
            return base.GetTimestamp();
        }
    }

    // Two short articles around a long one: 300 sentences, checked in three stages, read the fake clock some 56 times,
    // far past 20 s; a short one reads it once or twice.
    private string Inputs()
    {
        var folder = Directory.CreateDirectory(Temp.PathOf("in")).FullName;
        File.WriteAllText(Path.Combine(folder, "a-short.txt"), "Embassy reopens\nMarch 7, 2023\n\nSaudi Arabia reopened its embassy in Damascus on Monday.");
        var run = string.Join(' ', Enumerable.Range(1, 300).Select(i => $"Turkish and Syrian officials met in Ankara for round {i} of talks."));
        File.WriteAllText(Path.Combine(folder, "b-long.txt"), "Talks go on\nMarch 8, 2023\n\n" + run);
        File.WriteAllText(Path.Combine(folder, "c-short.txt"), "Visit\nMarch 9, 2023\n\nThe Jordanian foreign minister visited Damascus on Tuesday.");
        return folder;
    }

    [StoreFact]
    public void Document_OverItsBudget_IsReportedAndSkipped_AndTheOthersOfItsBatchAreStored()
    {
        var folder = Inputs();
        using var store = Open();
        var runner = new IngestRunner(Coding.Pipeline, store, new SlowClock()) { DocumentBudget = TimeSpan.FromSeconds(20), BatchSize = 10 };
        var summary = runner.Run([folder]);

        var error = Assert.Single(summary.Errors);
        Assert.Equal(Path.Combine(folder, "b-long.txt"), error.Input);
        Assert.Equal("coding failed: not coded within its time budget of 20 s (--doc-timeout); skipped", error.Reason);
        Assert.True(error.OverBudget);
        Assert.Equal(2, summary.Added);
        Assert.Equal(["a-short", "c-short"], store.Documents().Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.NotEmpty(store.Events(new EventQuery { StepsOnly = true }));
    }

    [StoreFact]
    public void Document_OverItsBudget_IsReportedAsItHappens_BeforeItsBatchCommits()
    {
        var folder = Inputs();
        using var store = Open();
        var seen = new List<string>();
        var runner = new IngestRunner(Coding.Pipeline, store, new SlowClock())
        {
            DocumentBudget = TimeSpan.FromSeconds(20),
            BatchSize = 10,
            Failed = e => seen.Add($"failed {Path.GetFileName(e.Input)}"),
            Stored = (_, doc, _) => seen.Add($"stored {doc.Id}"),
        };
        var summary = runner.Run([folder]);
        // One batch holds all three: the error is out before any of them is written.
        Assert.Equal(["failed b-long.txt", "stored a-short", "stored c-short"], seen);
        Assert.Single(summary.Errors);
    }

    [StoreFact]
    public void Document_SkippedForTime_IsCodedByALaterRunWithoutABudget()
    {
        var folder = Inputs();
        using var store = Open();
        Assert.Single(new IngestRunner(Coding.Pipeline, store, new SlowClock()) { DocumentBudget = TimeSpan.FromSeconds(20) }.Run([folder]).Errors);
        // Nothing of it was stored: the next run does not take it for a duplicate.
        var again = new IngestRunner(Coding.Pipeline, store, new SlowClock()) { DocumentBudget = null }.Run([folder]);
        Assert.Empty(again.Errors);
        Assert.Equal((1, 2), (again.Added, again.Duplicates));
        Assert.Contains(store.Events(new EventQuery { StepsOnly = true }), e => e.Event.Doc == "b-long");
    }
}

public sealed class SqliteDocumentBudgetTests : DocumentBudgetContract
{
    protected override IDyadStore Open() => SqliteStore.Open(Path.Combine(Dir, "t.db"));
}

[RequiresPostgres]
public sealed class PostgresDocumentBudgetTests : DocumentBudgetContract
{
    private readonly PostgresTestDatabase _db = new();

    protected override IDyadStore Open() => StoreFactory.Open(_db.ConnectionString);

    public override void Dispose()
    {
        base.Dispose();
        _db.Dispose();
    }
}
