-- DSR Desk schema version 9 (PostgreSQL): receipt numbers and document numbers count in one table (Numbering),
-- carried over from the two counter tables of versions 2 and 6; and the letter register's search
-- keys (JapaneseText::searchKey of the document number and the addressee), so a number typed
-- with either digit width is found. The keys of letters issued before are filled in by the
-- program right after this script (Database::migrate), in the same transaction.

CREATE TABLE number_counters (
    series      TEXT NOT NULL CHECK (series IN ('receipt', 'document')),
    symbol      TEXT NOT NULL DEFAULT '', -- the document symbol (長共総); '' for receipts
    fiscal_year INTEGER NOT NULL,
    last_no     INTEGER NOT NULL,
    PRIMARY KEY (series, symbol, fiscal_year)
);
INSERT INTO number_counters (series, symbol, fiscal_year, last_no)
    SELECT 'receipt', '', fiscal_year, last_seq FROM receipt_counters;
INSERT INTO number_counters (series, symbol, fiscal_year, last_no)
    SELECT 'document', symbol, fiscal_year, last_no FROM document_counters;
DROP TABLE receipt_counters;
DROP TABLE document_counters;

ALTER TABLE letters ADD COLUMN document_key TEXT NOT NULL DEFAULT '';
ALTER TABLE letters ADD COLUMN addressee_key TEXT NOT NULL DEFAULT '';
CREATE INDEX letters_document_key ON letters (document_key);
