-- DSR Desk schema version 5 (PostgreSQL): queries of three characters or more go to pg_trgm
-- indexes over the stored keys (SQLite: an FTS5 trigram table); the gram table of version 2 keeps
-- answering one- and two-character queries. pg_trgm is a trusted extension: the database's owner
-- may create it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX members_search_trgm ON members USING gin (search_key gin_trgm_ops);
CREATE INDEX requests_requester_trgm ON requests USING gin (requester_key gin_trgm_ops);
