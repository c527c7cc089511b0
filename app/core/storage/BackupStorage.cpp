#include "BackupStorage.h"

#include "../Logging.h"
#include "../security/DiskFull.h"
#include "../security/FileModes.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace dsr {

namespace {

Result<qint64> countOf(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return sqlFailure(q, BackupStorage::tr("Cannot count the rows of %1").arg(table));
    return q.value(0).toLongLong();
}

} // namespace

bool BackupStorage::canCopy(const Database &db)
{
    return db.sqliteHandle() != nullptr;
}

Status BackupStorage::backupTo(Database &db, const QString &target)
{
    auto *source = static_cast<sqlite3 *>(db.sqliteHandle());
    if (!source)
        return makeError(ErrorCode::Validation,
                         tr("Only a database file can be copied this way; a server database is "
                            "backed up with pg_dump."));
    Q_ASSERT(!db.inTransaction());
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::Conflict, tr("%1 already exists.").arg(target));
    sqlite3 *copy = nullptr;
    const QByteArray name = target.toUtf8();
    int rc = sqlite3_open_v2(name.constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    auto fail = [&](const QString &what) -> Status {
        const QString reason = copy ? QString::fromUtf8(sqlite3_errmsg(copy)) : QString::number(rc);
        // The copy waits beside the database, so no room for it is no room on the database's disk.
        const bool full = DiskFull::isFullSqlite(rc, copy ? sqlite3_system_errno(copy) : 0);
        sqlite3_close(copy);
        QFile::remove(target);
        qCWarning(lcDb) << "backup copy failed, code" << rc;
        if (full)
            return DiskFull::databaseError(what);
        return makeError(ErrorCode::Failure, tr("%1: %2").arg(what, reason));
    };
    if (rc != SQLITE_OK)
        return fail(tr("Cannot create the copy of the database"));
    FileModes::restrict(target);
    sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
    if (!backup)
        return fail(tr("Cannot start copying the database"));
    // One step copies every page inside one read transaction: a snapshot as of one commit. Busy
    // only while another connection holds the brief WAL-index lock; try again shortly.
    for (int attempt = 0;; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempt < 200) {
            QThread::msleep(25);
            continue;
        }
        break;
    }
    const int stepResult = rc;
    rc = sqlite3_backup_finish(backup);
    if (stepResult != SQLITE_DONE) {
        rc = stepResult;
        return fail(tr("Cannot copy the database"));
    }
    if (rc != SQLITE_OK)
        return fail(tr("Cannot copy the database"));
    // The copy is one self-contained file: its WAL checkpointed and removed when it closes.
    char *message = nullptr;
    rc = sqlite3_exec(copy, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return fail(tr("Cannot finish the copy of the database"));
    if (sqlite3_close(copy) != SQLITE_OK) {
        copy = nullptr;
        QFile::remove(target);
        return makeError(ErrorCode::Failure, tr("Cannot close the copy of the database."));
    }
    return {};
}

Result<QStringList> BackupStorage::integrityProblems(Database &db, bool quick)
{
    QStringList problems;
    QSqlQuery q(db.connection());
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check")))
        return sqlFailure(q, tr("Cannot check the database's integrity"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("Integrity: %1").arg(line);
    }
    QSqlQuery fk(db.connection());
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlFailure(fk, tr("Cannot check the database's foreign keys"));
    while (fk.next())
        problems << tr("Foreign key: row %1 of %2 refers to a missing row of %3")
                        .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    return problems;
}

Result<DatabaseFigures> BackupStorage::figures(Database &db)
{
    DatabaseFigures f;
    const std::pair<QString, qint64 *> counts[] = {
        { QStringLiteral("members"), &f.members },        { QStringLiteral("requests"), &f.requests },
        { QStringLiteral("letters"), &f.letters },        { QStringLiteral("users"), &f.users },
        { QStringLiteral("audit_log"), &f.auditEntries },
    };
    for (const auto &[table, into] : counts) {
        auto n = countOf(db, table);
        if (!n)
            return n.error();
        *into = n.value();
    }
    QSqlQuery audit(db.connection());
    if (!audit.exec(QStringLiteral("SELECT seq, at_utc, action FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlFailure(audit, tr("Cannot read the last audit entry"));
    if (audit.next()) {
        f.lastAuditSeq = audit.value(0).toLongLong();
        f.lastAuditAtUtc = audit.value(1).toString();
        f.lastAuditAction = audit.value(2).toString();
    }
    QSqlQuery letter(db.connection());
    if (!letter.exec(QStringLiteral("SELECT document_no, kind, letter_date FROM letters WHERE document_no IS "
                                    "NOT NULL ORDER BY issued_at DESC, id DESC LIMIT 1")))
        return sqlFailure(letter, tr("Cannot read the last letter"));
    if (letter.next()) {
        f.lastLetterNumber = letter.value(0).toString();
        f.lastLetterKind = letter.value(1).toString();
        f.lastLetterDate = letter.value(2).toString();
    }
    return f;
}

} // namespace dsr
