-- DSR Desk schema version 3 (PostgreSQL): the business calendar and the act-by date of each request.

CREATE TABLE cao_holidays (
    day  TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX cao_holidays_year ON cao_holidays (year);

CREATE TABLE closed_days (
    day        TEXT PRIMARY KEY,
    reason     TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users(id),
    created_at TEXT NOT NULL
);

ALTER TABLE requests ADD COLUMN act_by TEXT;
CREATE INDEX requests_act_by ON requests (act_by, id);
