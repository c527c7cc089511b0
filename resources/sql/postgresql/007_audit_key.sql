-- DSR Desk schema version 7 (PostgreSQL): keyed audit entries (AuditChain scheme 2) and the
-- database's own random identity, by which the desks find the audit key and checkpoints name the
-- database they belong to.

CREATE TABLE database_identity (
    id         TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL
);
INSERT INTO database_identity (id, created_at)
VALUES (replace(gen_random_uuid()::text, '-', ''),
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));

CREATE TRIGGER database_identity_no_update BEFORE UPDATE ON database_identity
    FOR EACH ROW EXECUTE FUNCTION dsr_refuse('the database identity never changes');

ALTER TABLE audit_log ADD COLUMN scheme INTEGER NOT NULL DEFAULT 1 CHECK (scheme IN (1, 2));
