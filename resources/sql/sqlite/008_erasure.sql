-- DSR Desk schema version 8: erasure (消去, APPI art. 35) and purge after the retention period.
-- What was erased leaves a record here — the kind, the ids, which fields, the attachment's size
-- and the SHA-256 of its file name and content — never the erased content itself. Records are
-- never changed or removed.

CREATE TABLE erasures (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('attachment', 'member', 'request')),
    member_id     INTEGER,
    request_id    INTEGER,
    attachment_id INTEGER,
    receipt_no    TEXT NOT NULL DEFAULT '',
    -- JSON: the erased fields (member), name hash, size, type and content hash (attachment),
    -- type and dates (purged request).
    what          TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    erased_by     INTEGER NOT NULL REFERENCES users(id),
    erased_login  TEXT NOT NULL,
    erased_at     TEXT NOT NULL
);
CREATE INDEX erasures_member ON erasures (member_id);
CREATE INDEX erasures_request ON erasures (request_id);
CREATE INDEX erasures_attachment ON erasures (attachment_id);

CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
BEGIN
    SELECT RAISE(ABORT, 'erasure records are never changed');
END;

CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
BEGIN
    SELECT RAISE(ABORT, 'erasure records are never deleted');
END;

-- Attachments stay immutable (002); a row goes only together with the record of its erasure or
-- of its request's purge, written first in the same transaction.
CREATE TRIGGER attachments_erased_only BEFORE DELETE ON attachments
WHEN NOT EXISTS (SELECT 1 FROM erasures
                 WHERE (kind = 'attachment' AND attachment_id = OLD.id)
                    OR (kind = 'request' AND request_id = OLD.request_id))
BEGIN
    SELECT RAISE(ABORT, 'attachments are removed only by a recorded erasure');
END;

-- A request's history goes only with the record of the request's purge.
CREATE TRIGGER request_history_purged_only BEFORE DELETE ON request_history
WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE kind = 'request' AND request_id = OLD.request_id)
BEGIN
    SELECT RAISE(ABORT, 'request history is removed only by a recorded purge');
END;

-- An erased member stays erased: its row is never given personal data again.
CREATE TRIGGER members_erased_final BEFORE UPDATE ON members
WHEN EXISTS (SELECT 1 FROM erasures WHERE kind = 'member' AND member_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'an erased member cannot be changed');
END;
