#pragma once
// Copying a single desk's SQLite database into an empty server database ("dsrctl migrate"): every
// table's rows, in the order the foreign keys need, with the same ids, column by column as the
// schema has them (no table is spelt out here but the few that migrations seed), blobs as bytes.
// The caller holds one transaction on the target around copyRows() and the checks that follow, so
// a failed copy leaves the target as empty as it was. Append-only tables are only ever inserted
// into; their triggers stay in force.

#include "../Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dsr {

class Database;

struct TableRows
{
    QString table;
    qint64 rows = 0;
};

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    DatabaseCopy(Database &source, Database &target)
        : m_source(source)
        , m_target(target)
    {
    }

    // Whether `path` is a DSR Desk SQLite file: an existing file with SQLite's header and the
    // program's schema bookkeeping. Checked read-only before the file is opened (which would
    // create or migrate it): NotFound when there is no file, Failure naming the file otherwise.
    static Status checkDeskFile(const QString &path);

    // Whether `db` holds nothing but what its migrations put there (the schema's bookkeeping, the
    // database's identity, the default approval routes). Any table missing (a database not yet
    // migrated this far) counts as empty.
    static Result<bool> holdsNoData(Database &db);

    // Copies every row of the source into the target, which must hold no data (holdsNoData) and
    // have the same schema version; the rows the target's migrations seeded are replaced by the
    // source's. Identity sequences are moved past the highest id copied. Call inside a transaction
    // on the target. Returns the rows copied per table, in the order copied.
    Result<QList<TableRows>> copyRows();

    // Recomputes the SHA-256 of every stored letter PDF, attachment, disclosure document and
    // redacted copy and compares it with the hash recorded beside it. Returns how many were
    // checked; Failure naming the first row whose bytes do not match.
    struct HashCheck
    {
        qint64 letters = 0;
        qint64 attachments = 0;
        qint64 disclosureFiles = 0; // disclosure documents and redacted copies
    };
    static Result<HashCheck> verifyStoredHashes(Database &db);

private:
    struct Table
    {
        QString name;
        QStringList columns; // in the source's order
        QStringList primaryKey;
    };
    Result<QStringList> sourceTables();
    Result<QStringList> targetTablesInDependencyOrder();
    Result<QStringList> primaryKey(const QString &table);
    Result<qint64> copyTable(const Table &table);
    Status moveSequencePastCopiedIds(const QString &table);

    Database &m_source;
    Database &m_target;
};

} // namespace dsr
