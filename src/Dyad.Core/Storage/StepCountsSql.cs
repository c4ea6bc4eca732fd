namespace Dyad.Storage;

/// <summary>
/// Migration 12 in each dialect: the table step_counts, its triggers and its filling from the events already stored.
/// A row counts the step events (step and target set) of one source, target, step, modality and date as written
/// (<c>date</c> '' when undated, so that the key has no null), with the first and last event id: what the overview's
/// counts, eras and ladder need without reading the events. An insert adds one to its row (or makes it); a delete takes
/// one away (the row goes at zero) and, when the event was the row's first or last, looks the new one up in the dyad's
/// index range (ix_events_pair: source, target, date_start).
/// </summary>
internal static class StepCountsSql
{
    private const string Fill = """
        INSERT INTO step_counts (source, target, step, modality, date, date_start, date_end, n, first_id, last_id)
            SELECT source, target, step, modality, COALESCE(date, ''), MIN(date_start), MIN(date_end), COUNT(*), MIN(id), MAX(id)
            FROM events WHERE step IS NOT NULL AND target IS NOT NULL
            GROUP BY source, target, step, modality, COALESCE(date, '');
        CREATE INDEX ix_step_counts_target ON step_counts (target, source);
        """;

    public const string Sqlite = """
        CREATE TABLE step_counts (
            source TEXT NOT NULL, target TEXT NOT NULL, step TEXT NOT NULL, modality TEXT NOT NULL, date TEXT NOT NULL,
            date_start TEXT, date_end TEXT, n INTEGER NOT NULL, first_id INTEGER NOT NULL, last_id INTEGER NOT NULL,
            PRIMARY KEY (source, target, step, modality, date)
        ) WITHOUT ROWID;
        """ + Fill + """
        CREATE TRIGGER step_counts_added AFTER INSERT ON events WHEN NEW.step IS NOT NULL AND NEW.target IS NOT NULL BEGIN
            INSERT INTO step_counts (source, target, step, modality, date, date_start, date_end, n, first_id, last_id)
                VALUES (NEW.source, NEW.target, NEW.step, NEW.modality, COALESCE(NEW.date, ''), NEW.date_start, NEW.date_end, 1, NEW.id, NEW.id)
                ON CONFLICT (source, target, step, modality, date) DO UPDATE SET n = n + 1,
                    first_id = MIN(first_id, excluded.first_id), last_id = MAX(last_id, excluded.last_id);
        END;
        CREATE TRIGGER step_counts_gone AFTER DELETE ON events WHEN OLD.step IS NOT NULL AND OLD.target IS NOT NULL BEGIN
            UPDATE step_counts SET n = n - 1,
                first_id = CASE WHEN first_id <> OLD.id THEN first_id ELSE COALESCE((SELECT MIN(e.id) FROM events e
                    WHERE e.source = OLD.source AND e.target = OLD.target AND e.date_start IS OLD.date_start AND e.step = OLD.step
                      AND e.modality = OLD.modality AND e.date IS OLD.date), 0) END,
                last_id = CASE WHEN last_id <> OLD.id THEN last_id ELSE COALESCE((SELECT MAX(e.id) FROM events e
                    WHERE e.source = OLD.source AND e.target = OLD.target AND e.date_start IS OLD.date_start AND e.step = OLD.step
                      AND e.modality = OLD.modality AND e.date IS OLD.date), 0) END
            WHERE source = OLD.source AND target = OLD.target AND step = OLD.step AND modality = OLD.modality AND date = COALESCE(OLD.date, '');
            DELETE FROM step_counts
            WHERE source = OLD.source AND target = OLD.target AND step = OLD.step AND modality = OLD.modality AND date = COALESCE(OLD.date, '') AND n <= 0;
        END
        """;

    public const string Postgres = """
        CREATE TABLE step_counts (
            source TEXT COLLATE "C" NOT NULL, target TEXT COLLATE "C" NOT NULL, step TEXT COLLATE "C" NOT NULL,
            modality TEXT COLLATE "C" NOT NULL, date TEXT COLLATE "C" NOT NULL,
            date_start TEXT COLLATE "C", date_end TEXT COLLATE "C", n BIGINT NOT NULL, first_id BIGINT NOT NULL, last_id BIGINT NOT NULL,
            PRIMARY KEY (source, target, step, modality, date)
        );
        """ + Fill + """
        CREATE FUNCTION step_counts_added() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            INSERT INTO step_counts (source, target, step, modality, date, date_start, date_end, n, first_id, last_id)
                VALUES (NEW.source, NEW.target, NEW.step, NEW.modality, COALESCE(NEW.date, ''), NEW.date_start, NEW.date_end, 1, NEW.id, NEW.id)
                ON CONFLICT (source, target, step, modality, date) DO UPDATE SET n = step_counts.n + 1,
                    first_id = LEAST(step_counts.first_id, EXCLUDED.first_id), last_id = GREATEST(step_counts.last_id, EXCLUDED.last_id);
            RETURN NULL;
        END
        $body$;
        CREATE FUNCTION step_counts_gone() RETURNS trigger LANGUAGE plpgsql AS $body$
        DECLARE
            row step_counts%ROWTYPE;
        BEGIN
            UPDATE step_counts SET n = n - 1
            WHERE source = OLD.source AND target = OLD.target AND step = OLD.step AND modality = OLD.modality AND date = COALESCE(OLD.date, '')
            RETURNING * INTO row;
            IF NOT FOUND THEN RETURN NULL; END IF;
            IF row.n <= 0 THEN
                DELETE FROM step_counts
                WHERE source = OLD.source AND target = OLD.target AND step = OLD.step AND modality = OLD.modality AND date = COALESCE(OLD.date, '');
            ELSIF row.first_id = OLD.id OR row.last_id = OLD.id THEN
                UPDATE step_counts c SET first_id = COALESCE(m.lo, c.first_id), last_id = COALESCE(m.hi, c.last_id)
                FROM (SELECT MIN(e.id) AS lo, MAX(e.id) AS hi FROM events e
                      WHERE e.source = OLD.source AND e.target = OLD.target AND e.date_start IS NOT DISTINCT FROM OLD.date_start
                        AND e.step = OLD.step AND e.modality = OLD.modality AND e.date IS NOT DISTINCT FROM OLD.date) AS m
                WHERE c.source = OLD.source AND c.target = OLD.target AND c.step = OLD.step AND c.modality = OLD.modality AND c.date = COALESCE(OLD.date, '');
            END IF;
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER step_counts_added AFTER INSERT ON events FOR EACH ROW
            WHEN (NEW.step IS NOT NULL AND NEW.target IS NOT NULL) EXECUTE FUNCTION step_counts_added();
        CREATE TRIGGER step_counts_gone AFTER DELETE ON events FOR EACH ROW
            WHEN (OLD.step IS NOT NULL AND OLD.target IS NOT NULL) EXECUTE FUNCTION step_counts_gone();
        """;
}
