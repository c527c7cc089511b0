-- DSR Desk schema version 6: response letters (通知書), their templates and document numbers.
-- An issued letter's bytes, hash, number and date never change; a voided letter keeps its row
-- and its number (欠番); rows are never deleted.

-- Every template a letter was ever rendered with. The active template of a kind is its highest
-- version; the built-in template is recorded (source 'builtin') the first time it is used, and
-- again whenever a program update changes it.
CREATE TABLE letter_templates (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('builtin', 'imported')),
    body       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (kind, version)
);

CREATE TRIGGER letter_templates_no_update BEFORE UPDATE ON letter_templates
BEGIN
    SELECT RAISE(ABORT, 'letter templates are append-only');
END;
CREATE TRIGGER letter_templates_no_delete BEFORE DELETE ON letter_templates
BEGIN
    SELECT RAISE(ABORT, 'letter templates are append-only');
END;

-- The official seal (公印) printed when the setting letters.seal is "image"; the newest is used.
CREATE TABLE seal_images (
    id         INTEGER PRIMARY KEY,
    png        BLOB NOT NULL,
    sha256     TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);

-- 〔記号〕第N号: one counter per symbol per fiscal year (April–March).
CREATE TABLE document_counters (
    symbol      TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    last_no     INTEGER NOT NULL,
    PRIMARY KEY (symbol, fiscal_year)
);

CREATE TABLE letters (
    id            INTEGER PRIMARY KEY,
    request_id    INTEGER NOT NULL REFERENCES requests(id),
    kind          TEXT NOT NULL,
    -- draft: a procedural letter awaiting the chief; approved: ready to issue.
    state         TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'issued', 'printed', 'mailed',
                                                 'returned', 'void')),
    created_by    INTEGER NOT NULL REFERENCES users(id),
    created_at    TEXT NOT NULL,
    -- What the clerk added that the request does not hold (postage, enclosures, purposes …), JSON.
    input         TEXT NOT NULL DEFAULT '{}',
    approved_by   INTEGER REFERENCES users(id),
    approved_at   TEXT,
    -- Set once, on issue.
    symbol        TEXT,
    fiscal_year   INTEGER,
    number        INTEGER,
    document_no   TEXT, -- unique within its fiscal year (numbers restart in April)
    letter_date   TEXT,
    addressee     TEXT NOT NULL DEFAULT '',
    template_id   INTEGER REFERENCES letter_templates(id),
    pdf           BLOB,
    sha256        TEXT,
    pages         INTEGER,
    issued_by     INTEGER REFERENCES users(id),
    issued_at     TEXT,
    replaces_id   INTEGER REFERENCES letters(id),
    -- The letter's way to the member.
    printed_at    TEXT,
    mailed_on     TEXT,
    mail_method   TEXT,
    tracking_no   TEXT NOT NULL DEFAULT '',
    returned_on   TEXT,
    void_reason   TEXT NOT NULL DEFAULT '',
    voided_by     INTEGER REFERENCES users(id),
    voided_at     TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (symbol, fiscal_year, number)
);
CREATE INDEX letters_request ON letters (request_id);
CREATE INDEX letters_date ON letters (letter_date);
CREATE INDEX letters_document_no ON letters (document_no);

-- What was issued stays as issued.
CREATE TRIGGER letters_issued_immutable BEFORE UPDATE OF request_id, kind, symbol, fiscal_year, number,
    document_no, letter_date, addressee, template_id, pdf, sha256, pages, issued_by, issued_at,
    replaces_id ON letters
WHEN OLD.document_no IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an issued letter cannot be changed');
END;
CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'letters are never deleted');
END;
