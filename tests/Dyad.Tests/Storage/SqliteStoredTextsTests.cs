using Dyad.Pipeline;
using Microsoft.Data.Sqlite;
using static Dyad.Tests.Storage.SqliteFile;

namespace Dyad.Tests.Storage;

/// <summary>
/// A SQLite store keeps each text once with its hashes pending, then merged into a sorted index: seen from either
/// place, by other connections, after new versions, failed batches and the migration of an older store.
/// </summary>
public sealed class SqliteStoredTextsTests : TempStoreTest
{
    private string Db => Temp.PathOf("dyad.db");

    [Fact]
    public void AddBatch_AcrossMerges_StoresEachTextOnce_WhetherItsHashIsPendingOrMerged()
    {
        using var store = SqliteStore.Open(Db, mergeAt: 4);
        var docs = Texts("a", 8);
        // Three, then six pending (merged at the commit), then two pending.
        for (var i = 0; i < docs.Length; i += 3) Assert.All(store.AddBatch(docs[i..Math.Min(i + 3, docs.Length)]), o => Assert.Equal(AddOutcome.Added, o));
        Assert.Equal(6L, Scalar(Db, "SELECT COUNT(*) FROM content_hashes"));
        Assert.Equal(2L, Scalar(Db, "SELECT COUNT(*) FROM pending_hashes"));
        Assert.All(store.AddBatch(Copies(docs)), o => Assert.Equal(AddOutcome.Duplicate, o));
        Assert.All(docs, d => Assert.True(store.Contains(d.Document.ContentHash)));
        Assert.False(store.Contains(Doc("never", "A text never stored.").Document.ContentHash));

        // New versions of a merged document and of a pending one: their old texts are no longer stored.
        Assert.Equal([AddOutcome.Replaced, AddOutcome.Replaced], store.AddBatch([Doc("a0", "Text a0, second version."), Doc("a7", "Text a7, second version.")]));
        Assert.False(store.Contains(docs[0].Document.ContentHash));
        Assert.False(store.Contains(docs[7].Document.ContentHash));
        Assert.Equal(AddOutcome.Added, store.Add(Doc("again", docs[0].Document.Text)));
        Assert.Equal(Scalar(Db, "SELECT COUNT(*) FROM documents"), Scalar(Db, "SELECT (SELECT COUNT(*) FROM content_hashes) + (SELECT COUNT(*) FROM pending_hashes)"));
    }

    [Fact]
    public void TwoStoresOnOneFile_EachSeesWhatTheOtherStored_ThroughAMergeAndANewVersion()
    {
        using var a = SqliteStore.Open(Db, mergeAt: 4);
        using var b = SqliteStore.Open(Db, mergeAt: 4);
        var docs = Texts("a", 6);
        Assert.False(b.Contains(docs[0].Document.ContentHash));
        a.AddBatch(docs[..3]);
        Assert.All(docs[..3], d => Assert.True(b.Contains(d.Document.ContentHash)));
        Assert.All(b.AddBatch(Copies(docs[..3])), o => Assert.Equal(AddOutcome.Duplicate, o));
        // Six pending: the commit merges them, while b still mirrors the first three as pending.
        a.AddBatch(docs[3..]);
        Assert.Equal(0L, Scalar(Db, "SELECT COUNT(*) FROM pending_hashes"));
        Assert.All(docs, d => Assert.True(b.Contains(d.Document.ContentHash)));
        Assert.All(b.AddBatch(Copies(docs)), o => Assert.Equal(AddOutcome.Duplicate, o));

        Assert.Equal(AddOutcome.Replaced, a.Add(Doc("a1", "Text a1, second version.")));
        Assert.False(b.Contains(docs[1].Document.ContentHash));
        Assert.Equal(AddOutcome.Added, b.Add(Doc("b1", docs[1].Document.Text)));
    }

    [Fact]
    public void Contains_OnceItsMirrorHoldsTwoMergesWorth_ReadsAllThatIsPendingAgain_AndMissesNone()
    {
        // A writer that merges later than the reader would: pending hashes outgrow what the reader expects to mirror.
        using var writer = SqliteStore.Open(Db, mergeAt: 1000);
        using var reader = SqliteStore.Open(Db, mergeAt: 2);
        var docs = Texts("a", 6);
        writer.AddBatch(docs[..5]);
        Assert.All(docs[..5], d => Assert.True(reader.Contains(d.Document.ContentHash)));
        writer.AddBatch(docs[5..]);
        Assert.All(docs, d => Assert.True(reader.Contains(d.Document.ContentHash)));
    }

    [Fact]
    public void Contains_HashesOfAnotherFormWrittenBehindTheStoresBack_FindsEachAndNoOther()
    {
        using var store = SqliteStore.Open(Db);
        Behind(Db, "INSERT INTO documents (doc_key, content_hash, text, ingested_at) VALUES ('x', 'short', 'x', 'now'), ('y', @h, 'y', 'now')",
            ("@h", new string('f', 40) + "not hex"));
        Assert.True(store.Contains("short"));
        Assert.True(store.Contains(new string('f', 40) + "not hex"));
        Assert.False(store.Contains("shorter"));
        Assert.False(store.Contains(new string('f', 40) + "not hex either"));
    }

    [Fact]
    public void AddBatch_AfterAFailedBatch_SeesTheTextsAnotherWriterStoredUnderTheIdsItHadUsed()
    {
        using var a = SqliteStore.Open(Db, mergeAt: 1000);
        Behind(Db, "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.pattern = 'refused' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        CodedDocument[] failing =
        [
            Doc("f0", "The first text of a batch that fails."),
            Doc("f1", "The second text of a batch that fails.", null,
                Ev("refused", "f1", "USA", "SYR", "contact.call", Modality.Asserted, null, DateBasis.None, 0.5, "refused", 0)),
        ];
        Assert.Contains("refused by the test", Assert.Throws<SqliteException>(() => a.AddBatch(failing)).Message);
        var others = Texts("b", 2);
        using (var b = SqliteStore.Open(Db, mergeAt: 1000)) Assert.All(b.AddBatch(others), o => Assert.Equal(AddOutcome.Added, o));
        Assert.Equal([1L, 2L], ReadIds());
        Assert.All(a.AddBatch(Copies(others)), o => Assert.Equal(AddOutcome.Duplicate, o));
        Assert.Equal([AddOutcome.Added], a.AddBatch([failing[0]]));
    }

    [Fact]
    public void Open_StoreOfVersion6_RebuildsItsDocuments_KeepingIdsEventsAndForeignKeys()
    {
        var old = Doc("old", "A text stored by version 6.");
        Behind(Db, "CREATE TABLE schema_version (version INTEGER NOT NULL)");
        var migrations = Schema.Migrations(SqlDialect.Sqlite);
        for (var v = 1; v <= 6; v++) Behind(Db, $"{migrations[v - 1]}; INSERT INTO schema_version (version) VALUES ({v})");
        Behind(Db, "INSERT INTO documents (doc_key, content_hash, text, ingested_at) VALUES ('old', @h, @t, 'then'), ('gone', 'h2', 'Deleted.', 'then')",
            ("@h", old.Document.ContentHash), ("@t", old.Document.Text));
        Behind(Db, "INSERT INTO events (document_id, doc_key, source, type, modality, date_basis, confidence, evidence, evidence_start, evidence_end, " +
                   "sentence_idx, pattern, mentions) VALUES (1, 'old', 'USA', 'statement', 'asserted', 'none', 0.5, 'e', 0, 1, 0, 'p', 1)");
        Behind(Db, "DELETE FROM documents WHERE doc_key = 'gone'");
        Assert.Contains("sqlite_autoindex_documents_1", Indexes(Db));
        Assert.Equal(1L, Scalar(Db, "SELECT COUNT(*) FROM events"));
        using (var store = SqliteStore.Open(Db))
        {
            Assert.Equal(Schema.Migrations(SqlDialect.Sqlite).Count, store.SchemaVersion);
            Assert.True(store.Contains(old.Document.ContentHash));
            Assert.Equal(AddOutcome.Duplicate, store.Add(Doc("copy", old.Document.Text)));
            Assert.Equal(AddOutcome.Added, store.Add(Doc("new", "A text stored by version 7.")));
            Assert.Equal(1L, Scalar(Db, "SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE d.doc_key = 'old'"));
            // A new version of the old document takes its event with it: foreign keys are on again.
            Assert.Equal(AddOutcome.Replaced, store.Add(Doc("old", "The old document, rewritten.")));
        }
        // Ids go on after the deleted one, never reused.
        Assert.Equal([3L, 4L], ReadIds());
        Assert.Equal(0L, Scalar(Db, "SELECT COUNT(*) FROM events"));
        var indexes = Indexes(Db);
        Assert.DoesNotContain("sqlite_autoindex_documents_1", indexes);
        Assert.Contains("ix_documents_key", indexes);
    }

    // Documents of distinct texts, keyed prefix0, prefix1, ...
    private static CodedDocument[] Texts(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => Doc($"{prefix}{i}", $"Text {prefix}{i} of the stored-texts test."))];

    // The same texts under other ids.
    private static CodedDocument[] Copies(IEnumerable<CodedDocument> docs) => [.. docs.Select(d => Doc($"copy of {d.Document.Id}", d.Document.Text))];

    private List<long> ReadIds() => Column<long>(Db, "SELECT id FROM documents ORDER BY id");
}
