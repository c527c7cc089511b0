#include "SqlUtil.h"

#include "../Logging.h"
#include "../security/DiskFull.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#include <poll.h>
#endif

namespace dsr {

#ifdef Q_OS_UNIX
namespace {

// libpq is loaded with Qt's QPSQL driver, privately (RTLD_LOCAL): the few functions used here are
// found in that copy at run time, so nothing links libpq at build time.
struct LibPq
{
    using StatusFn = int (*)(const void *);
    using SocketFn = int (*)(const void *);
    using ConsumeInputFn = int (*)(void *);
    StatusFn status = nullptr;
    SocketFn socket = nullptr;
    ConsumeInputFn consumeInput = nullptr;

    static const LibPq &get()
    {
        static const LibPq pq = [] {
            LibPq p;
            if (void *libpq = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD)) {
                p.status = reinterpret_cast<StatusFn>(dlsym(libpq, "PQstatus"));
                p.socket = reinterpret_cast<SocketFn>(dlsym(libpq, "PQsocket"));
                p.consumeInput = reinterpret_cast<ConsumeInputFn>(dlsym(libpq, "PQconsumeInput"));
            }
            return p;
        }();
        return pq;
    }
};

} // namespace
#endif

bool serverConnectionLost(const QSqlDriver *driver, bool probe)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
#ifdef Q_OS_UNIX
    const LibPq &pq = LibPq::get();
    if (!pq.status)
        return false;
    const QVariant v = driver->handle();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return false;
    void *conn = *static_cast<void *const *>(v.constData());
    if (!conn)
        return false;
    constexpr int ConnectionBad = 1; // libpq's CONNECTION_BAD
    if (pq.status(conn) == ConnectionBad)
        return true;
    if (probe && pq.socket && pq.consumeInput) {
        // Something to read while no statement runs: notifications, or the server's goodbye — its
        // last message, then the end of the stream, at which libpq marks the connection bad.
        pollfd fd { pq.socket(conn), POLLIN, 0 };
        for (int reads = 0; reads < 8 && fd.fd >= 0 && poll(&fd, 1, 0) > 0; ++reads)
            if (pq.consumeInput(conn) == 0)
                return pq.status(conn) == ConnectionBad;
    }
    return false;
#else
    Q_UNUSED(probe);
    return false;
#endif
}

bool isOutOfSpace(const QSqlQuery &query)
{
    const QSqlError err = query.lastError();
    const QSqlDriver *driver = query.driver();
    if (!driver)
        return false;
    if (driver->dbmsType() == QSqlDriver::PostgreSQL)
        return DiskFull::isFullServerState(err.nativeErrorCode());
    bool numeric = false;
    const int code = err.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return false;
    // The system error of SQLite's last failed file operation on this connection: an I/O error
    // from a write refused for lack of room (ENOSPC, EDQUOT, EFBIG) is a full disk too.
    int systemErrno = 0;
    const QVariant v = driver->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        if (auto *handle = *static_cast<sqlite3 *const *>(v.constData()))
            systemErrno = sqlite3_system_errno(handle);
    return DiskFull::isFullSqlite(code, systemErrno);
}

Error sqlFailure(const QSqlQuery &query, const QString &what)
{
    const QSqlError err = query.lastError();
    qCWarning(lcDb).noquote() << "statement failed:" << err.nativeErrorCode() << err.databaseText();
    const QString native = err.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another desk holds the write lock beyond the timeout.
    // PostgreSQL: a serialization failure, a deadlock broken by the server or a lock not available.
    if (native == QLatin1String("5") || native == QLatin1String("6") || native == QLatin1String("40001")
        || native == QLatin1String("40P01") || native == QLatin1String("55P03"))
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("Database", "%1: the database is busy with another desk; try again.")
                .arg(what));
    // PostgreSQL class 08 and the server shutting down: the connection is gone, and with it the
    // transaction — nothing of it was applied.
    if (native.startsWith(QLatin1String("08")) || native == QLatin1String("57P01")
        || native == QLatin1String("57P02") || native == QLatin1String("57P03")
        || (native.isEmpty() && err.type() == QSqlError::ConnectionError)
        || serverConnectionLost(query.driver()))
        return makeError(ErrorCode::Failure,
                         QCoreApplication::translate("Database",
                                                     "%1: the connection to the database server was lost; "
                                                     "nothing of this change was saved. Try again when the "
                                                     "server is reachable.")
                             .arg(what));
    // No room left on the disk: said in plain words (DiskFull), never as "disk I/O error".
    if (isOutOfSpace(query))
        return DiskFull::databaseError(what, query.driver()->dbmsType() == QSqlDriver::PostgreSQL);
    if (native == QLatin1String("2067") || native == QLatin1String("1555") || native == QLatin1String("19")
        || native == QLatin1String("23505"))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("Database", "%1: the record already exists.").arg(what));
    return makeError(ErrorCode::Failure,
                     QCoreApplication::translate("Database", "%1: %2").arg(what, err.databaseText()));
}

Result<qint64> insertedId(QSqlDatabase &connection, const QSqlQuery &query, const QString &what)
{
    if (connection.driver()->dbmsType() == QSqlDriver::SQLite) {
        const QVariant id = query.lastInsertId();
        if (id.isValid() && !id.isNull())
            return id.toLongLong();
        return makeError(ErrorCode::Failure, what);
    }
    QSqlQuery last(connection);
    if (!last.exec(QStringLiteral("SELECT lastval()")) || !last.next())
        return sqlFailure(last, what);
    return last.value(0).toLongLong();
}

QString toDbTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString nowDbTime()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

Error changedBySomeoneElse()
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "Database", "The record was changed by someone else — reload it and try again."));
}

QDate dateFromDb(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateToDb(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace dsr
