using Microsoft.Data.Sqlite;
using static Dyad.Tests.Storage.SqliteFile;

namespace Dyad.Tests.Storage;

/// <summary>The store contract on SQLite: a file in a fresh temporary folder per test.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    private readonly TempStore _temp = new("dyad-store-");

    protected override IDyadStore Open() => StoreFactory.Open(_temp.PathOf("dyad.db"));

    protected override IDyadStore OpenReference() => StoreFactory.Open(_temp.PathOf("reference.db"));

    public override void Dispose() => _temp.Dispose();

    protected override string Plan(IDyadStore store, string sql, IReadOnlyList<(string Name, object? Value)> args)
    {
        using var connection = Connect(_temp.PathOf("dyad.db"));
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var plan = new List<string>();
        while (r.Read()) plan.Add(r.GetString(3));
        return string.Join('\n', plan);
    }

    [Fact]
    public void Open_StoreOfVersion4_EndsWithTheIndexesTheQueriesRead_Issue19()
    {
        var path = _temp.PathOf("dyad.db");
        OfVersion(path, 4);
        Assert.Contains("ix_events_source", Indexes(path));
        using (var store = Open()) Assert.Equal(Schema.Migrations(SqlDialect.Sqlite).Count, ((SqlStore)store).SchemaVersion);
        var indexes = Indexes(path);
        Assert.DoesNotContain("ix_events_source", indexes);
        Assert.Superset(new HashSet<string> { "ix_events_doc", "ix_events_pair", "ix_events_target", "ix_events_date", "ix_events_step", "ix_documents_key",
            "ix_documents_published" }, indexes);
    }

    [Fact]
    public void Open_StoreOfVersion8_IndexesTheWordsOfTheEventsItHolds_Issue19()
    {
        var path = _temp.PathOf("dyad.db");
        OfVersion(path, 8);
        Behind(path, "INSERT INTO documents (id, doc_key, content_hash, text, ingested_at) VALUES (1, 'd1', 'h1', 'x', '2023-01-01T00:00:00Z')");
        Behind(path, "INSERT INTO events (document_id, doc_key, source, type, modality, date_basis, confidence, evidence, evidence_start, evidence_end, " +
                     "sentence_idx, pattern, mentions) VALUES (1, 'd1', 'TUR', 'step', 'asserted', 'none', 0.5, 'Ankara reopened its embassy', 0, 10, 0, 'p', 1)");
        using var store = Open();
        Assert.Equal(["p"], store.Events(new EventQuery { Text = "EMBASSY reopen" }).Select(e => e.Event.Pattern));
        Assert.Empty(store.Events(new EventQuery { Text = "consulate" }));
    }

    [Fact]
    public void Open_StoreOfVersion5_RewritesItsJsonSpans_AsTheOneFormReadToday_Issue18()
    {
        var path = _temp.PathOf("dyad.db");
        var samples = StoreData.CodedSamples();
        OfVersion(path, 5);
        // What version 5 wrote: JSON spans and the sentence count.
        foreach (var coded in samples)
        {
            Behind(path, "INSERT INTO documents (doc_key, content_hash, text, ingested_at, spans, sentence_count) VALUES (@k, @h, @t, '2023-01-01T00:00:00Z', @s, @n)",
                ("@k", coded.Document.Id), ("@h", coded.Document.ContentHash), ("@t", coded.Document.Text), ("@s", SpanBlobTests.StoredJson(coded)),
                ("@n", coded.Sentences.Count));
        }
        AssertMigratedSpans(path, samples);
    }

    [Fact]
    public void Open_StoreOfVersion3_RewritesItsSpanRows_AndStatsStillCountTheirSentences_Issue18()
    {
        var path = _temp.PathOf("dyad.db");
        var samples = StoreData.CodedSamples();
        OfVersion(path, 3);
        // What versions 1 to 3 wrote: a row per sentence, actor and time expression, and no sentence count.
        var id = 0;
        foreach (var coded in samples)
        {
            id++;
            Behind(path, "INSERT INTO documents (id, doc_key, content_hash, text, ingested_at) VALUES (@id, @k, @h, @t, '2023-01-01T00:00:00Z')",
                ("@id", id), ("@k", coded.Document.Id), ("@h", coded.Document.ContentHash), ("@t", coded.Document.Text));
            foreach (var s in coded.Sentences)
                Behind(path, "INSERT INTO sentences VALUES (@id, @i, @s, @e, @c)", ("@id", id), ("@i", s.Index), ("@s", s.Start), ("@e", s.End), ("@c", s.Coded));
            foreach (var m in coded.Mentions)
                Behind(path, "INSERT INTO mentions VALUES (@id, @si, @s, @e, @a, @k, @r)", ("@id", id), ("@si", m.Sentence), ("@s", m.Start), ("@e", m.End),
                    ("@a", m.Actor), ("@k", m.Kind.ToString()), ("@r", m.Role.ToString()));
            foreach (var t in coded.Dates)
                Behind(path, "INSERT INTO time_expressions VALUES (@id, @s, @e, @v, @b, @r)", ("@id", id), ("@s", t.Start), ("@e", t.End),
                    ("@v", (object?)t.Value?.ToString() ?? DBNull.Value), ("@b", t.Basis.ToCode()), ("@r", t.Role.ToString()));
        }
        AssertMigratedSpans(path, samples);
    }

    // Opened by this build, the old store reads the spans it was given, holds them in the binary form only, and counts
    // its sentences.
    private void AssertMigratedSpans(string path, IReadOnlyList<Dyad.Pipeline.CodedDocument> samples)
    {
        using (var store = Open())
        {
            Assert.Equal(Schema.Migrations(SqlDialect.Sqlite).Count, ((SqlStore)store).SchemaVersion);
            foreach (var coded in samples)
            {
                var doc = store.Document(coded.Document.Id)!;
                Assert.Equal(coded.Sentences, doc.Sentences);
                Assert.Equal(coded.Mentions.OrderBy(m => m.Start), doc.Mentions);
                Assert.Equal(coded.Dates.OrderBy(d => d.Start), doc.Dates);
            }
            Assert.Equal(samples.Sum(c => c.Sentences.Count), store.Stats().Sentences);
        }
        Assert.Equal(0L, Scalar(path, "SELECT COUNT(*) FROM documents WHERE span_data IS NULL"));
        Assert.Equal(0L, Scalar(path, "SELECT COUNT(*) FROM pragma_table_info('documents') WHERE name = 'spans'"));
        Assert.Equal(0L, Scalar(path, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('sentences', 'mentions', 'time_expressions')"));
    }

    // A store as version n of the schema left it, made by its own migrations.
    private static void OfVersion(string path, int n)
    {
        var migrations = Schema.Migrations(SqlDialect.Sqlite);
        Behind(path, "CREATE TABLE schema_version (version INTEGER NOT NULL)");
        for (var v = 1; v <= n; v++) Behind(path, $"{migrations[v - 1]}; INSERT INTO schema_version (version) VALUES ({v})");
    }

    [Fact]
    public void Open_NewStore_Has8KbPages_AnOlderStoreKeeps4Kb_AndBothReadWhatTheyStore()
    {
        var samples = StoreData.CodedSamples();
        using (var store = Open()) store.AddBatch(samples);
        Assert.Equal(8192L, Scalar(_temp.PathOf("dyad.db"), "PRAGMA page_size"));
        // A store made by an older version, with 4 KB pages and the log already on.
        var older = _temp.PathOf("older.db");
        Behind(older, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE t (x)");
        using (var store = StoreFactory.Open(older))
        {
            store.AddBatch(samples);
            Assert.Equal(samples.Count, store.Documents().Count);
            Assert.Equal(samples[0].Document.Text, store.Document(samples[0].Document.Id)!.Text);
        }
        Assert.Equal(4096L, Scalar(older, "PRAGMA page_size"));
    }

    // A store made and closed, and a connection of the test's own to its file.
    private SqliteConnection ConnectToNewStore()
    {
        var path = _temp.PathOf("dyad.db");
        Open().Dispose();
        return Connect(path);
    }


    [Fact]
    public void Document_WithDamagedSpans_IsAnErrorNamingIt()
    {
        var path = _temp.PathOf("dyad.db");
        var samples = StoreData.CodedSamples();
        using (var store = Open()) store.AddBatch(samples);
        Assert.Equal(1, Behind(path, "UPDATE documents SET span_data = substr(span_data, 1, 5) WHERE doc_key = @k", ("@k", samples[0].Document.Id)));
        using (var store = Open())
        {
            var error = Assert.Throws<StoreException>(() => store.Document(samples[0].Document.Id));
            Assert.Contains($"document '{samples[0].Document.Id}': spans ", error.Message);
            Assert.NotNull(store.Document(samples[1].Document.Id));
        }
    }

    [Fact]
    public void EventWriter_ThrowsWhatSqliteRefuses_AndWritesTheNextRow()
    {
        var path = _temp.PathOf("dyad.db");
        Open().Dispose();
        using var connection = Connect(path, "Foreign Keys=True");
        using var writer = new SqliteEventWriter(connection);
        var e = StoreData.FilterSet()[0].Events[1];
        Assert.Contains("FOREIGN KEY", Assert.Throws<SqliteException>(() => writer.Write(12345, e)).Message);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO documents (doc_key, content_hash, text, ingested_at) VALUES ('d1', 'h', 'text', 'now') RETURNING id";
        var id = (long)cmd.ExecuteScalar()!;
        writer.Write(id, e);
        cmd.CommandText = "SELECT source || ' ' || target || ' ' || step || ' ' || modality || ' ' || date || ' ' || date_start || ' ' || date_end || ' ' || " +
                          "date_basis || ' ' || confidence || ' ' || evidence_end || ' ' || mentions || ' ' || pattern FROM events";
        Assert.Equal("USA.LEG TUR sanction.impose demanded 2023-05 2023-05-01 2023-05-31 relative 0.5 47 3 e2", cmd.ExecuteScalar());
        // A value SQLite refuses to bind (over its length limit, lowered here) is an error too, and no row is written.
        SQLitePCL.raw.sqlite3_limit(connection.Handle!, SQLitePCL.raw.SQLITE_LIMIT_LENGTH, 40);
        Assert.Contains("too big", Assert.Throws<SqliteException>(() => writer.Write(id, e)).Message);
        cmd.CommandText = "SELECT COUNT(*) FROM events";
        Assert.Equal(1L, cmd.ExecuteScalar());
    }

    [Fact]
    public void Statements_RunBindAndRefuseAsTheProviderWould()
    {
        using var connection = ConnectToNewStore();
        var statements = new SqliteStatements(connection);
        const string insert = "INSERT INTO job_state (job, item, value) VALUES (@j, @i, @v) ON CONFLICT (job, item) DO NOTHING RETURNING rowid";
        var id = statements.Scalar(insert, ("@j", "watch"), ("@i", "feed"), ("@v", null));
        Assert.IsType<long>(id);
        Assert.Null(statements.Scalar(insert, ("@j", "watch"), ("@i", "feed"), ("@v", "x")));
        Assert.Equal(1, statements.Execute("UPDATE job_state SET value = @v WHERE job = @j", ("@v", "etag"), ("@j", "watch")));
        const string select = "SELECT value FROM job_state WHERE job = @j";
        Assert.Equal("etag", statements.Scalar(select, ("@j", "watch")));
        Assert.Equal(DBNull.Value, statements.Scalar("SELECT NULL WHERE @x = 1", ("@x", 1)));
        Assert.Equal([1L, 2L, 3L], statements.Longs("WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < @m) SELECT v FROM n", ("@m", 3)));
        var rows = new List<string>();
        statements.Rows("WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < @m) SELECT v, 'r' || v FROM n",
            s => rows.Add($"{SQLitePCL.raw.sqlite3_column_int64(s, 0)}:{SQLitePCL.raw.sqlite3_column_text(s, 1).utf8_to_string()}"), ("@m", 3));
        Assert.Equal(["1:r1", "2:r2", "3:r3"], rows);
        Assert.Contains("NOT NULL", Assert.Throws<SqliteException>(() => statements.Execute("INSERT INTO job_state (job, item) VALUES (@j, NULL)", ("@j", "x"))).Message);
        Assert.Throws<ArgumentException>(() => statements.Scalar("SELECT @a", ("@b", 1)));
        Assert.Throws<ArgumentException>(() => statements.Scalar("SELECT @c", ("@c", DateTime.Now)));
        // After an error, the statements still run.
        Assert.Equal("etag", statements.Scalar(select, ("@j", "watch")));
        statements.Close();
    }

    [Fact]
    public void Statements_BindText_EmptyStaysEmpty_LongAndNonAsciiRoundTrip_AsTheProviderEncodes()
    {
        using var connection = ConnectToNewStore();
        var statements = new SqliteStatements(connection);
        const string echo = "SELECT @v";
        Assert.Equal("", statements.Scalar(echo, ("@v", "")));
        Assert.Equal(0L, statements.Scalar("SELECT @v IS NULL", ("@v", "")));
        Assert.Equal(DBNull.Value, statements.Scalar(echo, ("@v", null)));
        // Longer than the first buffer, several bytes a character, then a short value after it: nothing left over.
        var arabic = string.Concat(Enumerable.Repeat("سوريا 🕊 — ", 2000));
        Assert.Equal(arabic, statements.Scalar(echo, ("@v", arabic)));
        Assert.Equal((long)System.Text.Encoding.UTF8.GetByteCount(arabic), statements.Scalar("SELECT length(CAST(@v AS BLOB))", ("@v", arabic)));
        Assert.Equal("ab", statements.Scalar(echo, ("@v", "ab")));
        // A lone surrogate is replaced as the provider's own encoding replaced it; a NUL no longer cuts the text short.
        Assert.Equal("a\uFFFDb", statements.Scalar(echo, ("@v", "a\uD800b")));
        Assert.Equal(3L, statements.Scalar("SELECT length(CAST(@v AS BLOB))", ("@v", "a\0b")));
        statements.Close();
    }
}
