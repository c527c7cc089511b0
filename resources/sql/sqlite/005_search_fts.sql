-- DSR Desk schema version 5: queries of three characters or more go to an FTS5 trigram index;
-- the gram table keeps answering one- and two-character queries. The FTS rowid encodes the
-- owner: member id * 2 for members, request id * 2 + 1 for requests.

CREATE VIRTUAL TABLE search_fts USING fts5(key, tokenize = 'trigram');
INSERT INTO search_fts (rowid, key) SELECT id * 2, search_key FROM members;
INSERT INTO search_fts (rowid, key) SELECT id * 2 + 1, requester_key FROM requests;
