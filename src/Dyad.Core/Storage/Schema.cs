using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// The store's schema as numbered migrations. A store records the last migration applied; opening it applies
/// the rest in one transaction each. Dialects differ only in key columns, a few types and the collation of text.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<string> Migrations(SqlDialect d) =>
    [
        // 1: documents, sentences, mentions, time expressions, events.
        $"""
        CREATE TABLE documents (
            id {d.Identity},
            doc_key {d.Text} NOT NULL,
            content_hash {d.Text} NOT NULL UNIQUE,
            title {d.Text}, source {d.Text}, url {d.Text}, published {d.Text}, origin {d.Text},
            text {d.Text} NOT NULL,
            ingested_at {d.Text} NOT NULL
        );
        CREATE INDEX ix_documents_key ON documents (doc_key);
        CREATE TABLE sentences (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, coded {d.Bool} NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE TABLE mentions (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            sentence_idx INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            actor {d.Text} NOT NULL, kind {d.Text} NOT NULL, role {d.Text} NOT NULL
        );
        CREATE INDEX ix_mentions_doc ON mentions (document_id);
        CREATE TABLE time_expressions (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, value {d.Text}, basis {d.Text} NOT NULL, role {d.Text} NOT NULL
        );
        CREATE INDEX ix_time_doc ON time_expressions (document_id);
        CREATE TABLE events (
            id {d.Identity},
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            doc_key {d.Text} NOT NULL,
            source {d.Text} NOT NULL, target {d.Text}, step {d.Text}, type {d.Text} NOT NULL, modality {d.Text} NOT NULL,
            date {d.Text}, date_start {d.Text}, date_end {d.Text}, date_basis {d.Text} NOT NULL,
            confidence {d.Real} NOT NULL,
            evidence {d.Text} NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            sentence_idx INTEGER NOT NULL, pattern {d.Text} NOT NULL, mentions INTEGER NOT NULL
        );
        CREATE INDEX ix_events_doc ON events (document_id);
        CREATE INDEX ix_events_source ON events (source);
        CREATE INDEX ix_events_target ON events (target);
        CREATE INDEX ix_events_step ON events (step);
        CREATE INDEX ix_events_date ON events (date_start, date_end);
        """,
        // 2: state of `dyad watch` and other long-running jobs, kept in the store so they survive restarts.
        $"""
        CREATE TABLE job_state (
            job {d.Text} NOT NULL, item {d.Text} NOT NULL, value {d.Text},
            PRIMARY KEY (job, item)
        );
        """,
        // 3: near-duplicate documents (syndicated copies): a MinHash signature per document, and each copy's link to its original.
        $"""
        CREATE TABLE document_signatures (
            doc_key TEXT NOT NULL PRIMARY KEY, signature TEXT NOT NULL
        );
        CREATE TABLE document_links (
            doc_key TEXT NOT NULL PRIMARY KEY, original_key TEXT NOT NULL, similarity {d.Real} NOT NULL
        );
        CREATE INDEX ix_document_links_original ON document_links (original_key);
        """,
        // 4: a document's spans (sentences, actors, time expressions) in one column of its row, and its sentence
        // count; the span tables keep what older versions wrote and are read when the column is empty.
        """
        ALTER TABLE documents ADD COLUMN spans TEXT;
        ALTER TABLE documents ADD COLUMN sentence_count INTEGER
        """,
        // 5: no index on event dates. Dates come in no order, so every batch rewrote a page of it per event (a
        // ninety-megabyte ingest spent a tenth of its time on it), and a range of dates selects so many events
        // that reading them through the index was slower than reading the table (34 ms against 10 on 20,000
        // events): the dyad and actor indexes narrow a query first.
        "DROP INDEX IF EXISTS ix_events_date",
        // 6: a document's spans in a compact binary form (see Spans), under a third of the JSON of version 4, which
        // took as many bytes as the text itself. Rows written before keep their JSON, still read.
        $"ALTER TABLE documents ADD COLUMN span_data {d.Blob}",
        // 7: SQLite only. The unique index of content hashes took every new hash at a random place, so that each batch
        // rewrote a page of it per document (a sixth of a 1 GB ingest's time). Hashes now wait in pending_hashes,
        // appended in document order, until they are merged into content_hashes, keyed by their first 16 digits, in
        // sorted runs (SqliteStore, StoredTexts). Dropping the old constraint means rebuilding the table, with
        // foreign keys off (SqliteStore opens without them) so that dropping the old table deletes nothing that
        // refers to it. PostgreSQL keeps its unique index: its log holds the changed rows, and a whole
        // page only at its first change after a checkpoint.
        d == SqlDialect.Sqlite ? SqliteStoredTexts : "SELECT 1",
        // 8: every document's spans in the binary form (SpanMigration rewrites the JSON of versions 4 and 5 and the
        // span rows of versions 1 to 3 first, in the same transaction), so that no other form is read; the span tables
        // and the JSON column go. Stats counted those tables' sentences, which nothing had written since version 4.
        """
        DROP TABLE time_expressions;
        DROP TABLE mentions;
        DROP TABLE sentences;
        ALTER TABLE documents DROP COLUMN spans
        """,
        // 9: text search on the store's own index (issue 19: each word of a search was a LIKE over every evidence
        // sentence). SQLite: an FTS5 table over the events' evidence, holding no copy of the text (external content),
        // kept by triggers (a document replaced deletes its events through the foreign key, which fires them);
        // 'rebuild' indexes the rows already stored. PostgreSQL: a GIN index of the evidence's words, without
        // stemming ('simple'), which the search's expression must repeat to be answered from it.
        d == SqlDialect.Sqlite ? SqliteEventText : "CREATE INDEX ix_events_evidence_words ON events USING GIN (to_tsvector('simple', evidence))",
        // 10: indexes for the filters and orders the API offers (issue 19; see EventSql), each read as one range in
        // the order a page wants. ix_events_pair: a dyad, one direction per read (source and target given), in date
        // order; an actor as source, its sectors one range after it. ix_events_target: an actor as target, in date
        // order. ix_events_date: every list's default order and date windows (dropped by migration 5 to save a tenth
        // of ingest: a page of the newest events sorted all of them instead); with date_end, a window's range (which
        // starts a year early, see EventSql) is checked in the index, not by reading each row. ix_documents_published: the document
        // list's order, undated first as in SQLite (PostgreSQL puts nulls last unless told).
        $"""
        DROP INDEX ix_events_source;
        DROP INDEX ix_events_target;
        CREATE INDEX ix_events_pair ON events (source, target, date_start);
        CREATE INDEX ix_events_target ON events (target, date_start);
        CREATE INDEX ix_events_date ON events (date_start, date_end);
        CREATE INDEX ix_documents_published ON documents (published{(d == SqlDialect.Sqlite ? "" : " NULLS FIRST")}, doc_key)
        """,
        // 11: the ledger beside the steps (issue 20): conditions, claimed goals, status notes and indicator values, one row
        // each, written with their document's events. A condition's status and an indicator's conflicts are not stored:
        // they are computed when the ledger is read (Query/LedgerView), from every note and value stored by then.
        $"""
        CREATE TABLE ledger (
            id {d.Identity},
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            doc_key {d.Text} NOT NULL,
            kind {d.Text} NOT NULL,
            actor {d.Text}, counterpart {d.Text}, topic {d.Text}, words {d.Text}, gates {d.Text}, status {d.Text},
            indicator {d.Text}, value {d.Real}, unit {d.Text}, qualifier {d.Text}, place {d.Text}, period {d.Text}, people_of {d.Text},
            date {d.Text}, date_start {d.Text}, date_end {d.Text},
            evidence {d.Text} NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, sentence_idx INTEGER NOT NULL
        );
        CREATE INDEX ix_ledger_doc ON ledger (document_id);
        CREATE INDEX ix_ledger_kind ON ledger (kind, topic);
        """,
        // 12: the step summary (issue 19: the overview and a dyad's ladder read every step event of the focus or the dyad,
        // 10 s for an overview at a million events). One row per source, target, step, modality and date as written
        // ('' when undated) with the number of events and the first and last event id, kept by triggers on events (a
        // replaced document's events go through the foreign key and fire them), filled here from the events stored.
        // See StepCounts for what reads it.
        d == SqlDialect.Sqlite ? StepCountsSql.Sqlite : StepCountsSql.Postgres,
        // 13: a state's governments toppled from the summary by step and target (issue 19: a dyad page read every
        // regime.fall of either side, 22,867 for Syria at a million events, through every event of the state).
        "CREATE INDEX ix_step_counts_step ON step_counts (step, target, date_start)",
        // 14: answers kept in the store under a version naming what they were computed from (issue 19: the first
        // overview after a restart read a million events' summary again, 3 to 6 s). See SqlStore.KeptAnswers.
        $"CREATE TABLE kept_answers (name {d.Text} PRIMARY KEY, version {d.Text} NOT NULL, body {d.Blob} NOT NULL)",
        // 15: the start dates in the order every list is read, date then id (issue 19, tenth round). ix_events_date holds
        // a day's events in the order of their ends, so a page read the whole of its first day (4,360 index entries for
        // 1 January 2011 at a million events, where month and year dates begin) and sorted it to find its fifty: for a
        // search of common words each entry was matched against the words (PostgreSQL computed each evidence's words
        // again, 77 ms a page). SQLite keeps the id in every index; PostgreSQL is told, in ix_events_date too, whose equal
        // ranges (a window's month or year starting before it, EventSql) are read in id order only then (without it, a
        // year's 3,551 rows read from the table and sorted for a page, 43 ms at a million events).
        d == SqlDialect.Sqlite
            ? "CREATE INDEX ix_events_start ON events (date_start)"
            : """
              CREATE INDEX ix_events_start ON events (date_start, id);
              DROP INDEX ix_events_date;
              CREATE INDEX ix_events_date ON events (date_start, date_end, id)
              """,
        // 16: PostgreSQL keeps each evidence's words in its row (issue 19, eleventh round). A page of common words reads
        // the events in its order (ix_events_start) and keeps those whose words match; each evidence's words were
        // computed again for it (to_tsvector, about 18 µs an event: "minister talks" passes some 930 events to show
        // fifty). A stored generated column computes them once, when the row is written; the GIN index of words moves to
        // it. Adding the column rewrites the table. SQLite's full-text table (migration 9) holds them already.
        d == SqlDialect.Sqlite
            ? "SELECT 1"
            : """
              ALTER TABLE events ADD COLUMN evidence_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', evidence)) STORED;
              DROP INDEX ix_events_evidence_words;
              CREATE INDEX ix_events_evidence_words ON events USING GIN (evidence_words)
              """,
    ];

    /// <summary>Work in code a migration does in its transaction before its statements, by migration number.</summary>
    public static Action<DbConnection, DbTransaction>? Before(int migration) => migration == 8 ? SpanMigration.Run : null;

    private const string SqliteEventText = """
        CREATE VIRTUAL TABLE events_fts USING fts5(evidence, content='events', content_rowid='id');
        INSERT INTO events_fts (events_fts) VALUES ('rebuild');
        CREATE TRIGGER events_fts_added AFTER INSERT ON events BEGIN
            INSERT INTO events_fts (rowid, evidence) VALUES (NEW.id, NEW.evidence);
        END;
        CREATE TRIGGER events_fts_gone AFTER DELETE ON events BEGIN
            INSERT INTO events_fts (events_fts, rowid, evidence) VALUES ('delete', OLD.id, OLD.evidence);
        END
        """;

    private const string SqliteStoredTexts = """
        CREATE TABLE documents_v7 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            doc_key TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT, source TEXT, url TEXT, published TEXT, origin TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            spans TEXT, sentence_count INTEGER, span_data BLOB
        );
        INSERT INTO documents_v7 (id, doc_key, content_hash, title, source, url, published, origin, text, ingested_at, spans, sentence_count, span_data)
            SELECT id, doc_key, content_hash, title, source, url, published, origin, text, ingested_at, spans, sentence_count, span_data FROM documents;
        -- Ids are never reused: the new table counts on from where the old one stopped (a deleted last row included).
        DELETE FROM sqlite_sequence WHERE name = 'documents_v7';
        INSERT INTO sqlite_sequence (name, seq) SELECT 'documents_v7', seq FROM sqlite_sequence WHERE name = 'documents';
        DROP TABLE documents;
        ALTER TABLE documents_v7 RENAME TO documents;
        CREATE INDEX ix_documents_key ON documents (doc_key);
        CREATE TABLE content_hashes (
            hash_key TEXT NOT NULL, document_id INTEGER NOT NULL,
            PRIMARY KEY (hash_key, document_id)
        ) WITHOUT ROWID;
        INSERT INTO content_hashes (hash_key, document_id) SELECT substr(content_hash, 1, 16), id FROM documents ORDER BY 1, 2;
        CREATE TABLE pending_hashes (document_id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL);
        CREATE TRIGGER documents_pending AFTER INSERT ON documents BEGIN
            INSERT INTO pending_hashes (document_id, content_hash) VALUES (NEW.id, NEW.content_hash);
        END;
        CREATE TRIGGER documents_gone AFTER DELETE ON documents BEGIN
            DELETE FROM pending_hashes WHERE document_id = OLD.id;
            DELETE FROM content_hashes WHERE hash_key = substr(OLD.content_hash, 1, 16) AND document_id = OLD.id;
        END
        """;
}
