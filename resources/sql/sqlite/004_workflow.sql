-- DSR Desk schema version 4: the request workflow — amendments, inquiries to the divisions,
-- decisions, approval routes and steps, third-party opinions, extensions and notification.

CREATE TABLE amendments (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES requests(id),
    requested_on TEXT NOT NULL,
    missing      TEXT NOT NULL,
    reply_by     TEXT NOT NULL,
    received_on  TEXT
);
CREATE INDEX amendments_request ON amendments (request_id);

CREATE TABLE inquiries (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    division    TEXT NOT NULL,
    sent_on     TEXT NOT NULL,
    due_on      TEXT,
    answered_on TEXT,
    summary     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inquiries_request ON inquiries (request_id);

CREATE TABLE decisions (
    request_id INTEGER PRIMARY KEY REFERENCES requests(id),
    kind       TEXT NOT NULL,
    content    TEXT NOT NULL,
    drafted_by INTEGER NOT NULL REFERENCES users(id),
    drafted_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

-- Ordered role steps per request type and decision kind; '*' matches any. The most specific
-- route wins. Administrators edit these rows; a submitted request keeps the route it was given.
CREATE TABLE approval_routes (
    request_type  TEXT NOT NULL,
    decision_kind TEXT NOT NULL,
    step_no       INTEGER NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'chief', 'manager', 'privacy_officer')),
    PRIMARY KEY (request_type, decision_kind, step_no)
);
INSERT INTO approval_routes VALUES ('*', '*', 1, 'chief');
INSERT INTO approval_routes VALUES ('*', '*', 2, 'manager');
INSERT INTO approval_routes VALUES ('*', 'partial', 1, 'chief');
INSERT INTO approval_routes VALUES ('*', 'partial', 2, 'manager');
INSERT INTO approval_routes VALUES ('*', 'partial', 3, 'privacy_officer');
INSERT INTO approval_routes VALUES ('*', 'refusal', 1, 'chief');
INSERT INTO approval_routes VALUES ('*', 'refusal', 2, 'manager');
INSERT INTO approval_routes VALUES ('*', 'refusal', 3, 'privacy_officer');
INSERT INTO approval_routes VALUES ('*', 'no_correction', 1, 'chief');
INSERT INTO approval_routes VALUES ('*', 'no_correction', 2, 'manager');
INSERT INTO approval_routes VALUES ('*', 'no_correction', 3, 'privacy_officer');
INSERT INTO approval_routes VALUES ('*', 'no_suspension', 1, 'chief');
INSERT INTO approval_routes VALUES ('*', 'no_suspension', 2, 'manager');
INSERT INTO approval_routes VALUES ('*', 'no_suspension', 3, 'privacy_officer');

CREATE TABLE approval_steps (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    round      INTEGER NOT NULL,
    step_no    INTEGER NOT NULL,
    role       TEXT NOT NULL,
    outcome    TEXT CHECK (outcome IN ('approved', 'returned')),
    decided_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    comment    TEXT NOT NULL DEFAULT '',
    UNIQUE (request_id, round, step_no)
);

CREATE TABLE opinions (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    third_party TEXT NOT NULL,
    sent_on     TEXT NOT NULL,
    reply_by    TEXT NOT NULL,
    answered_on TEXT,
    answer      TEXT NOT NULL DEFAULT '',
    objection   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX opinions_request ON opinions (request_id);

ALTER TABLE requests ADD COLUMN extended_to TEXT;
ALTER TABLE requests ADD COLUMN extension_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN special_extension_to TEXT;
ALTER TABLE requests ADD COLUMN submit_note TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN withdrawn_on TEXT;
ALTER TABLE requests ADD COLUMN decided_on TEXT;
ALTER TABLE requests ADD COLUMN notified_on TEXT;
ALTER TABLE requests ADD COLUMN notified_method TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN disclosure_not_before TEXT;
