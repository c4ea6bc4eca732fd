namespace Dyad.Storage;

/// <summary>
/// The store's schema as numbered migrations. A store records the last migration applied; opening it applies
/// the rest in one transaction each. Dialects differ only in key columns and a few types.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<string> Migrations(SqlDialect d) =>
    [
        // 1: documents, sentences, mentions, time expressions, events.
        $"""
        CREATE TABLE documents (
            id {d.Identity},
            doc_key TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT, source TEXT, url TEXT, published TEXT, origin TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
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
            actor TEXT NOT NULL, kind TEXT NOT NULL, role TEXT NOT NULL
        );
        CREATE INDEX ix_mentions_doc ON mentions (document_id);
        CREATE TABLE time_expressions (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, value TEXT, basis TEXT NOT NULL, role TEXT NOT NULL
        );
        CREATE INDEX ix_time_doc ON time_expressions (document_id);
        CREATE TABLE events (
            id {d.Identity},
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            doc_key TEXT NOT NULL,
            source TEXT NOT NULL, target TEXT, step TEXT, type TEXT NOT NULL, modality TEXT NOT NULL,
            date TEXT, date_start TEXT, date_end TEXT, date_basis TEXT NOT NULL,
            confidence {d.Real} NOT NULL,
            evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            sentence_idx INTEGER NOT NULL, pattern TEXT NOT NULL, mentions INTEGER NOT NULL
        );
        CREATE INDEX ix_events_doc ON events (document_id);
        CREATE INDEX ix_events_source ON events (source);
        CREATE INDEX ix_events_target ON events (target);
        CREATE INDEX ix_events_step ON events (step);
        CREATE INDEX ix_events_date ON events (date_start);
        """,
        // 2: state of `dyad watch` and other long-running jobs, kept in the store so they survive restarts.
        """
        CREATE TABLE job_state (
            job TEXT NOT NULL, item TEXT NOT NULL, value TEXT,
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
    ];
}
