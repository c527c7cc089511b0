#pragma once
// The SQL of the health check (HealthCheckService): the engine's own integrity checks, foreign
// keys, the stored files' bytes against their SHA-256 and the number counters against the highest
// numbers issued. Everything here only reads; a problem found is returned, never repaired.

#include "../Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace dsr {

class Database;

class HealthCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheckRepository)
public:
    explicit HealthCheckRepository(Database &db)
        : m_db(db)
    {
    }

    // Rows whose bytes are read per query while the stored files are hashed: memory stays at one
    // batch of files whatever the number of rows.
    static constexpr int HashBatchRows = 64;

    struct Integrity
    {
        QString method; // what was run, for the summary ("PRAGMA integrity_check", "amcheck …")
        qint64 objects = 0; // indexes checked by amcheck (PostgreSQL); 0 on SQLite
        QStringList problems; // as the engine words them (no row values: table and page names)
    };
    // SQLite: PRAGMA integrity_check. PostgreSQL: amcheck's bt_index_check on every B-tree index of
    // the schema when the extension is installed and callable; otherwise nothing is run and the
    // method says so (the server's own page checksums are the cluster's business).
    Result<Integrity> integrity();

    struct ForeignKeyViolation
    {
        QString table; // the referencing table
        QString constraint; // "attachments.request_id → requests" or the engine's name
        qint64 rows = 0; // rows pointing at nothing (0: a constraint not validated)
        bool notValidated = false; // PostgreSQL: the constraint exists but was never checked
    };
    struct ForeignKeys
    {
        qint64 constraints = 0; // foreign keys examined (PostgreSQL; SQLite reports only violations)
        QList<ForeignKeyViolation> violations;
    };
    // SQLite: PRAGMA foreign_key_check (works with foreign_keys off, which is how they are broken).
    // PostgreSQL: every foreign key of the schema — constraints left NOT VALID, and rows whose
    // reference points at nothing (an anti-join per key, so a key dropped and re-added NOT VALID,
    // or rows written with the triggers off, are found).
    Result<ForeignKeys> foreignKeys();

    enum class StoredFile { Letter, Attachment, DisclosureDocument, RedactedCopy };
    static QList<StoredFile> storedFiles();
    struct HashMismatch
    {
        qint64 id = 0;
        QString label; // the letter's document number; empty for the others
    };
    // The problem in one translated line: "The PDF of letter … does not match its recorded SHA-256."
    static QString mismatchMessage(StoredFile kind, const HashMismatch &mismatch);
    // Reads every stored file of `kind` in id order, HashBatchRows at a time, and calls `mismatch`
    // for each whose bytes do not hash to its recorded SHA-256; `stop` (optional) is asked between
    // batches. Returns the number of files read.
    Result<qint64> verifyHashes(StoredFile kind, const std::function<void(const HashMismatch &)> &mismatch,
                                const std::function<bool()> &stop = {});

    struct CounterBehind
    {
        QString series; // Numbering::seriesId
        QString symbol; // the document symbol; empty for receipts
        int fiscalYear = 0;
        std::optional<int> counter; // none: no counter row at all
        int highestIssued = 0;
    };
    struct CounterCheck
    {
        qint64 seriesYears = 0; // (series, symbol, fiscal year) with numbers issued
        QList<CounterBehind> behind;
    };
    // Each series and year with numbers issued (requests' receipt numbers, issued letters'
    // document numbers) whose counter is missing or below the highest number issued: the next
    // allocation would give a number already on paper.
    Result<CounterCheck> countersBehind();

    // When the check last ran (its audit entry "check.run"); nullopt before the first.
    Result<std::optional<QDateTime>> lastRun();

private:
    Database &m_db;
};

} // namespace dsr
