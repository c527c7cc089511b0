#include "ServerMigration.h"

#include "../Logging.h"
#include "../storage/Database.h"
#include "../storage/DatabaseCopy.h"
#include "../storage/Transaction.h"
#include "AuditService.h"

namespace dsr {

Status ServerMigration::checkSource(const QString &path)
{
    return DatabaseCopy::checkDeskFile(path);
}

Result<DatabaseHandle> ServerMigration::openEmptyTarget(const QString &uri, const QString &auditKeyPath,
                                                        const QString &password)
{
    if (!Database::isServerLocation(uri))
        return makeError(ErrorCode::Usage,
                         tr("The target must be a server database, postgresql://USER@HOST:PORT/DATABASE."));
    {
        // As it is, without creating or upgrading its schema: a database holding data stays untouched.
        auto look = Database::openAtVersion(uri, 0, password);
        if (!look)
            return look.error();
        auto empty = DatabaseCopy::holdsNoData(*look.value());
        if (!empty)
            return empty.error();
        if (!empty.value())
            return makeError(ErrorCode::Conflict,
                             tr("The server database %1 already holds data; the copy goes only into an empty "
                                "database. Nothing was changed.")
                                 .arg(look.value()->path()));
    }
    return DatabaseAccess::open(uri, auditKeyPath, password);
}

Result<MigrationReport> ServerMigration::copy(Database &source, Database &target, const QStringList &roles)
{
    MigrationReport report;
    // The source's write lock (SQLite BEGIN IMMEDIATE) for the whole copy: no desk changes the file
    // halfway, and what is copied is one consistent state.
    Transaction read(source);
    if (!read.isActive())
        return read.beginError();
    auto before = AuditService::verifyChain(source);
    if (!before)
        return before.error();
    if (!before->intact)
        return makeError(ErrorCode::Failure,
                         tr("The audit trail of %1 is broken at entry %2 (%3); nothing was copied. Examine "
                            "it with “dsrctl audit verify”.")
                             .arg(source.path())
                             .arg(before->firstBadSeq)
                             .arg(before->problem));

    Transaction tx(target);
    if (!tx.isActive())
        return tx.beginError();
    for (const QString &role : roles) {
        if (Status s = DatabaseAccess::grantApplicationRole(target, role); !s)
            return s.error();
        report.roles << role;
    }
    auto copied = DatabaseCopy(source, target).copyRows();
    if (!copied)
        return copied.error();
    for (const TableRows &t : copied.value())
        report.tables.append({ t.table, t.rows });

    // Before committing: the chain as copied, walked with the audit key the identity names.
    auto after = AuditService::verifyChain(target);
    if (!after)
        return after.error();
    if (!after->intact || after->checked != before->checked)
        return makeError(ErrorCode::Failure,
                         tr("The copied audit trail does not verify (%1 of %2 entries checked: %3); nothing "
                            "was copied.")
                             .arg(after->checked)
                             .arg(before->checked)
                             .arg(after->problem));
    report.auditEntries = after->checked;
    auto hashes = DatabaseCopy::verifyStoredHashes(target);
    if (!hashes)
        return makeError(hashes.error().code, tr("%1 Nothing was copied.").arg(hashes.error().message));
    report.letters = hashes->letters;
    report.attachments = hashes->attachments;
    report.disclosureFiles = hashes->disclosureFiles;
    if (Status s = tx.commit(); !s)
        return s.error();
    // The desks' first searches are planned with the copy's real sizes, not as empty tables.
    QStringList tables;
    for (const auto &t : std::as_const(report.tables))
        tables << t.table;
    if (Status s = target.refreshStatistics(tables); !s)
        qCWarning(lcDb).noquote() << "statistics not refreshed after the copy:" << s.error().message;
    qCInfo(lcDb) << "copied a desk database to the server:" << report.tables.size() << "tables,"
                 << report.auditEntries << "audit entries," << report.letters << "letters";
    return report;
}

} // namespace dsr
