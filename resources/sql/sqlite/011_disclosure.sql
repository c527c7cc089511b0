-- DSR Desk schema version 11: disclosure copies with redaction (issue 12). The documents to
-- disclose (stored like attachments: bytes, SHA-256, never changed), the clerks' redaction drafts
-- (every saved version kept) and the redacted copies made from them with their log (immutable like
-- an issued letter). Rows go only together with the record of their request's purge (008).

CREATE TABLE disclosure_documents (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    -- 文書N: numbered from 1 within the request, in the order they were added.
    number     INTEGER NOT NULL CHECK (number >= 1),
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg',
                                                   'image/tiff')),
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    content    BLOB NOT NULL,
    pages      INTEGER NOT NULL CHECK (pages >= 1),
    added_by   INTEGER NOT NULL REFERENCES users(id),
    added_at   TEXT NOT NULL,
    UNIQUE (request_id, number)
);

-- The boxes as JSON (an array of {page (from 1), x, y, width, height (points from the page's top-left),
-- source, ground, reason, text}); a new version per save, the highest is the draft.
CREATE TABLE redaction_drafts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES disclosure_documents(id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    boxes       TEXT NOT NULL,
    saved_by    INTEGER NOT NULL REFERENCES users(id),
    saved_at    TEXT NOT NULL,
    UNIQUE (document_id, version)
);

-- A proved copy (image-only PDF) and its log: JSON, one entry per box burnt in with who placed it
-- and when.
CREATE TABLE redacted_copies (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    document_id INTEGER NOT NULL REFERENCES disclosure_documents(id),
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    size        INTEGER NOT NULL,
    pages       INTEGER NOT NULL CHECK (pages >= 1),
    dpi         INTEGER NOT NULL,
    log         TEXT NOT NULL,
    made_by     INTEGER NOT NULL REFERENCES users(id),
    made_at     TEXT NOT NULL
);
CREATE INDEX redacted_copies_request ON redacted_copies (request_id);
CREATE INDEX redacted_copies_document ON redacted_copies (document_id);

CREATE TRIGGER disclosure_documents_immutable BEFORE UPDATE ON disclosure_documents
BEGIN
    SELECT RAISE(ABORT, 'disclosure documents are never modified');
END;
CREATE TRIGGER disclosure_documents_purged_only BEFORE DELETE ON disclosure_documents
WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE kind = 'request' AND request_id = OLD.request_id)
BEGIN
    SELECT RAISE(ABORT, 'disclosure documents are removed only by a recorded purge');
END;

CREATE TRIGGER redaction_drafts_immutable BEFORE UPDATE ON redaction_drafts
BEGIN
    SELECT RAISE(ABORT, 'a saved redaction draft is never changed; save a new version');
END;
CREATE TRIGGER redaction_drafts_purged_only BEFORE DELETE ON redaction_drafts
WHEN NOT EXISTS (SELECT 1 FROM erasures e JOIN disclosure_documents d ON d.request_id = e.request_id
                 WHERE e.kind = 'request' AND d.id = OLD.document_id)
BEGIN
    SELECT RAISE(ABORT, 'redaction drafts are removed only by a recorded purge');
END;

CREATE TRIGGER redacted_copies_immutable BEFORE UPDATE ON redacted_copies
BEGIN
    SELECT RAISE(ABORT, 'a redacted copy cannot be changed');
END;
CREATE TRIGGER redacted_copies_purged_only BEFORE DELETE ON redacted_copies
WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE kind = 'request' AND request_id = OLD.request_id)
BEGIN
    SELECT RAISE(ABORT, 'redacted copies are removed only by a recorded purge');
END;
