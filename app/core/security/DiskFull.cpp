#include "DiskFull.h"

#include <QIODevice>

#include <cerrno>

namespace dsr {

namespace {

// SQLite's primary result codes (sqlite3.h); an extended code carries its primary one in the low
// byte (SQLITE_IOERR_WRITE = 778 = 10 | 3 << 8).
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteFull = 13;

const int kFullErrnos[] = {
    ENOSPC,
#ifdef EDQUOT
    EDQUOT,
#endif
    EFBIG,
};

} // namespace

bool DiskFull::isFullErrno(int code)
{
    for (int full : kFullErrnos)
        if (code == full)
            return true;
    return false;
}

bool DiskFull::isFull(const QIODevice &device, int systemErrno)
{
    if (isFullErrno(systemErrno))
        return true;
    // QFile and QSaveFile keep the system's message of a failed write (qt_error_string(errno)).
    const QString error = device.errorString();
    for (int full : kFullErrnos)
        if (!error.isEmpty() && error.endsWith(qt_error_string(full)))
            return true;
    return false;
}

bool DiskFull::isFullSqlite(int code, int systemErrno)
{
    const int primary = code & 0xff;
    return primary == kSqliteFull || (primary == kSqliteIoErr && isFullErrno(systemErrno));
}

bool DiskFull::isFullServerState(const QString &sqlState)
{
    return sqlState == QLatin1String("53100");
}

Error DiskFull::databaseError(const QString &what, bool server)
{
    return makeError(ErrorCode::Failure,
                     server ? tr("%1: the database server's disk is full. Nothing was saved. Ask the "
                                 "administrator to free space on the server, then try again.")
                                  .arg(what)
                            : tr("%1: the disk that holds the database is full (no space left for this "
                                 "change). Nothing was saved. Free some space on that disk, or ask the "
                                 "administrator to, then try again.")
                                  .arg(what));
}

Error DiskFull::fileError(const QString &what)
{
    return makeError(ErrorCode::Failure,
                     tr("%1: the disk is full (no space left for this file). Nothing was written. Free "
                        "some space on that disk, or choose another place, then try again.")
                         .arg(what));
}

Error DiskFull::fileErrorOr(const QIODevice &device, int systemErrno, const QString &what, Error otherwise)
{
    return isFull(device, systemErrno) ? fileError(what) : std::move(otherwise);
}

} // namespace dsr
