-- DSR Desk schema version 2: members, requests, their history and attachments, receipt counters
-- and the search index.

CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    member_number TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kana          TEXT NOT NULL,
    birth_date    TEXT NOT NULL,
    postal_code   TEXT NOT NULL,
    address       TEXT NOT NULL,
    phone         TEXT NOT NULL DEFAULT '',
    affiliation   TEXT NOT NULL DEFAULT '',
    search_key    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);

-- One counter per fiscal year; the next receipt number is taken in the registering transaction.
CREATE TABLE receipt_counters (
    fiscal_year INTEGER PRIMARY KEY,
    last_seq    INTEGER NOT NULL
);

CREATE TABLE requests (
    id                  INTEGER PRIMARY KEY,
    fiscal_year         INTEGER NOT NULL,
    seq                 INTEGER NOT NULL,
    receipt_no          TEXT NOT NULL UNIQUE,
    receipt_key         TEXT NOT NULL,
    type                TEXT NOT NULL CHECK (type IN ('purpose-notice', 'disclosure', 'provision-record',
                                                      'correction', 'suspension', 'stop-provision', 'complaint')),
    status              TEXT NOT NULL,
    member_id           INTEGER NOT NULL REFERENCES members(id),
    received_on         TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('counter', 'mail', 'other')),
    summary             TEXT NOT NULL,
    requester_kind      TEXT NOT NULL CHECK (requester_kind IN ('self', 'statutory', 'appointed')),
    agent_name          TEXT NOT NULL DEFAULT '',
    agent_address       TEXT NOT NULL DEFAULT '',
    agent_relationship  TEXT NOT NULL DEFAULT '',
    agent_evidence      TEXT NOT NULL DEFAULT '',
    id_document         TEXT NOT NULL DEFAULT '',
    id_checked_by       INTEGER REFERENCES users(id),
    id_checked_at       TEXT,
    residence_cert_on   TEXT,
    categories          TEXT NOT NULL DEFAULT '[]',
    requested_detail    TEXT NOT NULL DEFAULT '',
    method              TEXT NOT NULL DEFAULT '',
    fee_yen             INTEGER,
    fee_paid_on         TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    assigned_to         INTEGER REFERENCES users(id),
    deadline            TEXT,
    requester_key       TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (fiscal_year, seq)
);
CREATE INDEX requests_member ON requests (member_id);
CREATE INDEX requests_received ON requests (received_on, id);
CREATE INDEX requests_deadline ON requests (deadline, id);
CREATE INDEX requests_status ON requests (status, received_on);
CREATE INDEX requests_type ON requests (type, received_on);
CREATE INDEX requests_fiscal ON requests (fiscal_year, seq);
CREATE INDEX requests_assigned ON requests (assigned_to, received_on);
CREATE INDEX requests_receipt_key ON requests (receipt_key);

CREATE TABLE request_history (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    at_utc     TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id),
    user_login TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT NOT NULL DEFAULT '',
    before     TEXT NOT NULL DEFAULT '',
    after      TEXT NOT NULL DEFAULT '',
    comment    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_history_request ON request_history (request_id, id);

-- Files are stored once, with their SHA-256, and never modified.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    content     BLOB NOT NULL,
    added_by    INTEGER NOT NULL REFERENCES users(id),
    added_at    TEXT NOT NULL
);
CREATE INDEX attachments_request ON attachments (request_id);

CREATE TRIGGER attachments_immutable BEFORE UPDATE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachments are never modified');
END;

-- Search index: every one- and two-character gram of the normalised name, kana and number of a
-- member, and of an agent's name on a request. A query of one or two characters is a single
-- index lookup; longer queries intersect their bigrams and confirm with the stored key.
CREATE TABLE search_grams (
    gram     TEXT NOT NULL,
    owner    TEXT NOT NULL CHECK (owner IN ('member', 'request')),
    owner_id INTEGER NOT NULL,
    PRIMARY KEY (gram, owner, owner_id)
) WITHOUT ROWID;
CREATE INDEX search_grams_owner ON search_grams (owner, owner_id);
