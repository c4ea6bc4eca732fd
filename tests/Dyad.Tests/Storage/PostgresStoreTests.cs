using Dyad.Pipeline;
using Dyad.Query;
using Npgsql;

namespace Dyad.Tests.Storage;

/// <summary>
/// The store contract on PostgreSQL (a fresh database per test on the DYAD_TEST_PG server), and what only a
/// shared server has: writers at the same moment.
/// </summary>
[RequiresPostgres]
public sealed class PostgresStoreTests : StoreContract
{
    private readonly PostgresTestDatabase _db = new();

    // Made only by the tests that compare with a reference run.
    private PostgresTestDatabase? _reference;

    protected override IDyadStore Open() => StoreFactory.Open(_db.ConnectionString);

    protected override IDyadStore OpenReference() => StoreFactory.Open((_reference ??= new PostgresTestDatabase()).ConnectionString);

    // Sorts and whole-table scans priced out: on a test's few rows the planner would rather read everything and sort it,
    // and the question is whether an index gives the order (a sort is planned only when none does).
    protected override string Plan(IDyadStore store, string sql, IReadOnlyList<(string Name, object? Value)> args)
    {
        using var connection = new NpgsqlConnection(_db.ConnectionString);
        connection.Open();
        using (var settings = new NpgsqlCommand("SET enable_sort = off; SET enable_incremental_sort = off; SET enable_seqscan = off", connection)) settings.ExecuteNonQuery();
        using var cmd = new NpgsqlCommand("EXPLAIN (COSTS OFF) " + sql, connection);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name.TrimStart('@'), value ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var plan = new List<string>();
        while (r.Read()) plan.Add(r.GetString(0));
        return string.Join('\n', plan);
    }

    public override void Dispose()
    {
        _db.Dispose();
        _reference?.Dispose();
    }

    private string Url
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(_db.ConnectionString);
            return $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
        }
    }

    [StoreFact]
    public void Open_ByUrl_SameDatabaseAsByConnectionString()
    {
        using (var store = StoreFactory.Open(Url)) store.AddBatch(FilterSet());
        using var again = Open();
        Assert.Equal(6, again.CountEvents(new EventQuery()));
        Assert.StartsWith("postgresql://", again.Description, StringComparison.Ordinal);
        Assert.EndsWith("/" + _db.Name, again.Description, StringComparison.Ordinal);
    }

    [StoreFact]
    public void Open_AStoreOfVersion15WithEvents_KeepsTheirWordsAndFindsThem_Issue19()
    {
        using (var store = Open()) store.AddBatch(FilterSet());
        // Back to version 15: the words computed from the evidence by the index's expression, no column of them.
        using (var connection = new NpgsqlConnection(_db.ConnectionString))
        {
            connection.Open();
            using var back = new NpgsqlCommand("""
                ALTER TABLE events DROP COLUMN evidence_words;
                CREATE INDEX ix_events_evidence_words ON events USING GIN (to_tsvector('simple', evidence));
                DELETE FROM schema_version WHERE version > 15
                """, connection);
            back.ExecuteNonQuery();
        }
        using var migrated = Open();
        Assert.Equal(Schema.Migrations(SqlDialect.Postgres).Count, ((SqlStore)migrated).SchemaVersion);
        Assert.Equal(["e4"], migrated.Events(new EventQuery { Text = "visit damascus" }).Select(e => e.Event.Pattern));
        Assert.Equal(1, migrated.CountEvents(new EventQuery { Text = "ASSAD called" }));
    }

    [StoreFact]
    public void Open_ManyAtOnceOnAFreshDatabase_MigratesOnce()
    {
        using var start = new Barrier(4);
        var stores = new IDyadStore[4];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            start.SignalAndWait();
            stores[i] = Open();
        });
        try
        {
            Assert.All(stores, s => Assert.Equal(((SqlStore)s).SchemaVersion, ((SqlStore)stores[0]).SchemaVersion));
            using var connection = new NpgsqlConnection(_db.ConnectionString);
            connection.Open();
            using var cmd = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version", connection);
            using var r = cmd.ExecuteReader();
            r.Read();
            Assert.Equal(((SqlStore)stores[0]).SchemaVersion, r.GetInt64(0));
            Assert.Equal(r.GetInt64(0), r.GetInt64(1));
        }
        finally
        {
            foreach (var s in stores) s?.Dispose();
        }
    }

    /// <summary>Runs one action per store at the same moment, many times; rethrows what a writer threw.</summary>
    private static void AtOnce(IDyadStore a, IDyadStore b, int rounds, Action<int, IDyadStore, int> write)
    {
        using var start = new Barrier(2);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = new[] { a, b }.Select((store, n) => new Thread(() =>
        {
            try
            {
                for (var round = 0; round < rounds; round++)
                {
                    start.SignalAndWait();
                    write(round, store, n);
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
                start.RemoveParticipant();
            }
        })).ToList();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        if (!errors.IsEmpty) throw new AggregateException(errors);
    }

    [StoreFact]
    public void Add_SameDocumentFromTwoWritersAtOnce_StoredOnce()
    {
        using var a = Open();
        using var b = Open();
        const int rounds = 25;
        var outcomes = new AddOutcome[rounds, 2];
        AtOnce(a, b, rounds, (round, store, n) =>
        {
            // Different ids, same text: the unique text decides.
            var doc = Doc($"r{round}-{n}", $"Round {round}: the same text from two writers.", null,
                Ev("x", $"r{round}-{n}", "USA", "SYR", "contact.call", Modality.Asserted, null, DateBasis.None, 0.5, "called", 0));
            outcomes[round, n] = store.Add(doc);
        });
        for (var round = 0; round < rounds; round++)
            Assert.Equal([AddOutcome.Added, AddOutcome.Duplicate], new[] { outcomes[round, 0], outcomes[round, 1] }.Order());
        Assert.Equal(new StoreStats(rounds, 2 * rounds, rounds, rounds), a.Stats());
    }

    [StoreFact]
    public void Add_TwoVersionsOfADocumentAtOnce_OneVersionStandsWithItsOwnRows()
    {
        using var a = Open();
        using var b = Open();
        const int rounds = 10, Batch = 12;
        var outcomes = new AddOutcome[rounds, 2];
        AtOnce(a, b, rounds, (round, store, n) =>
        {
            var key = $"k{round}";
            // Batches in opposite orders: the writers must not deadlock.
            // Long batches, so that the writers' transactions overlap.
            var docs = Enumerable.Range(0, Batch).Select(i => Doc($"{key}-{i}", $"Round {round} doc {i} from writer {n}.", null,
                [.. Enumerable.Repeat(Ev($"w{n}", $"{key}-{i}", "USA", "SYR", "contact.call", Modality.Asserted, null, DateBasis.None, 0.5, "called", 0), 50)]))
                .ToList();
            if (n == 1) docs.Reverse();
            var result = store.AddBatch(docs);
            outcomes[round, n] = result[0];
        });
        var docs = a.Documents();
        Assert.Equal(Batch * rounds, docs.Count);
        Assert.Equal(docs.Count, docs.Select(d => d.Key).Distinct().Count());
        foreach (var summary in docs)
        {
            var doc = a.Document(summary.Id)!;
            var writer = doc.Text.EndsWith("writer 0.", StringComparison.Ordinal) ? "w0" : "w1";
            Assert.Equal(Enumerable.Repeat(writer, 50), doc.Events.Select(e => e.Event.Pattern));
            Assert.Equal(2, doc.Sentences.Count);
        }
        for (var round = 0; round < rounds; round++)
            Assert.Equal([AddOutcome.Added, AddOutcome.Replaced], new[] { outcomes[round, 0], outcomes[round, 1] }.Order());
        Assert.Equal(new StoreStats(Batch * rounds, 2 * Batch * rounds, 50 * Batch * rounds, 50 * Batch * rounds), a.Stats());
    }

    [StoreFact]
    public void Queries_AnswerAsSqliteDoes_OnTheSamples()
    {
        var samples = CodedSamples();
        var dir = Directory.CreateTempSubdirectory("dyad-store-");
        try
        {
            using var sqlite = SqliteStore.Open(Path.Combine(dir.FullName, "dyad.db"));
            using var postgres = Open();
            foreach (var batch in samples.Chunk(16))
            {
                sqlite.AddBatch(batch);
                postgres.AddBatch(batch);
            }
            Assert.Equal(sqlite.Stats(), postgres.Stats());
            Assert.Equal(sqlite.Documents().Select(d => d with { IngestedAt = default }), postgres.Documents().Select(d => d with { IngestedAt = default }));
            EventQuery[] queries =
            [
                new(), new() { Descending = true }, new() { Actor = "SYR" }, new() { Actor = "TUR", Sort = EventSort.Source },
                new() { Dyad = ("SYR", "TUR") }, new() { Step = "contact.*", Sort = EventSort.Step, Descending = true },
                new() { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 6, 30), Sort = EventSort.Confidence },
                new() { Text = "minister", Sort = EventSort.Document }, new() { Modality = Modality.Planned }, new() { Limit = 7, Offset = 11 },
            ];
            foreach (var q in queries)
            {
                Assert.Equal(sqlite.Events(q), postgres.Events(q));
                Assert.Equal(sqlite.CountEvents(q), postgres.CountEvents(q));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
