-- DSR Desk schema version 7: keyed audit entries (AuditChain scheme 2, HMAC-SHA-256 with a key kept
-- outside the database) and the database's own random identity, by which the window and dsrctl
-- find that key and checkpoints name the database they belong to.

CREATE TABLE database_identity (
    id         TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL
);
INSERT INTO database_identity (id, created_at)
VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TRIGGER database_identity_no_update BEFORE UPDATE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'the database identity never changes');
END;

-- 1: plain SHA-256 ("dsr-audit-v1"), every entry written before this version; 2: keyed.
ALTER TABLE audit_log ADD COLUMN scheme INTEGER NOT NULL DEFAULT 1 CHECK (scheme IN (1, 2));
