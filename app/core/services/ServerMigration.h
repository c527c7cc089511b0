#pragma once
// Moving a single desk to a server ("dsrctl migrate"): a DSR Desk SQLite file copied into an empty
// PostgreSQL database — every row with its id, the audit chain verbatim and verified afterwards
// with the same audit key (found by the database's identity, which moves with it), the letters'
// and attachments' bytes checked against their recorded hashes — all in one transaction on the
// target, so that a failure leaves the target as empty as it was.

#include "../Result.h"
#include "DatabaseAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dsr {

class Database;

struct CopiedTable
{
    QString table;
    qint64 rows = 0;
};

struct MigrationReport
{
    QList<CopiedTable> tables; // in the order copied
    qint64 auditEntries = 0; // verified on the target
    qint64 letters = 0; // letter PDFs whose hash was checked on the target
    qint64 attachments = 0; // likewise attachments
    qint64 disclosureFiles = 0; // likewise disclosure documents and redacted copies
    QStringList roles; // granted on the target
};

class ServerMigration
{
    Q_DECLARE_TR_FUNCTIONS(ServerMigration)
public:
    // Whether `path` is a DSR Desk SQLite file, looked at read-only before anything opens it:
    // NotFound when there is no such file, Failure when it is something else.
    static Status checkSource(const QString &path);
    // Opens the server database `uri` for the copy: refused (Conflict) when it already holds data,
    // checked before its schema is created or upgraded, so that a refused target is left as it
    // was; then opened as usual, which creates the schema (the URI's role must own it).
    static Result<DatabaseHandle> openEmptyTarget(const QString &uri, const QString &auditKeyPath,
                                                  const QString &password = {});
    // Copies `source` into `target`, which must hold no data, grants `roles` on it, and checks
    // the audit chain and the stored hashes before committing. The source's chain is verified
    // first: a broken trail is not moved.
    static Result<MigrationReport> copy(Database &source, Database &target, const QStringList &roles);
};

} // namespace dsr
