#pragma once
// Small helpers shared by the repositories: turning a failed query into an Error, and the
// canonical text form of timestamps stored in the database (UTC, ISO 8601, milliseconds).

#include "../Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace dsr {

// Whether the driver's server connection is known to be broken (PostgreSQL: libpq's PQstatus is
// CONNECTION_BAD after a statement found the server gone). With `probe`, input the server sent
// meanwhile is read first, without waiting: a session an administrator ended or a server that
// shut down has said so and closed its end, and is found broken before a statement fails on it.
// (A notification read that way waits in libpq for the driver, which looks after every
// statement.) False for SQLite.
bool serverConnectionLost(const QSqlDriver *driver, bool probe = false);

// Whether `query` failed for lack of room on the disk (SQLite's SQLITE_FULL or a write refused with
// ENOSPC, EDQUOT or EFBIG; PostgreSQL's disk_full): DiskFull decides.
bool isOutOfSpace(const QSqlQuery &query);

// A failed statement: busy/locked becomes a Conflict ("try again"), a lost server connection a
// Failure that says nothing was saved, a full disk a Failure that says so (DiskFull), anything
// else a Failure.
// The SQL error text goes to the log only; it can quote values.
Error sqlFailure(const QSqlQuery &query, const QString &what);

// The id the INSERT just executed on `query` (a statement of `connection`) gave its row: SQLite's
// rowid, or PostgreSQL's identity column through lastval() of the same session. A failure is
// reported as `what`.
Result<qint64> insertedId(QSqlDatabase &connection, const QSqlQuery &query, const QString &what);

QString toDbTime(const QDateTime &t);
QDateTime fromDbTime(const QString &text);
QString nowDbTime();

// A bound QString that is null becomes SQL NULL; NOT NULL text columns get "" instead.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Dates are stored as ISO 8601 text; NULL is an invalid QDate.
QDate dateFromDb(const QVariant &v);
QVariant dateToDb(const QDate &d);
// An id column that may be empty: 0 is stored as NULL.
QVariant idOrNull(qint64 id);

// The message every optimistic-locking failure carries.
Error changedBySomeoneElse();

} // namespace dsr
