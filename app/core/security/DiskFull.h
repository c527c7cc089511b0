#pragma once
// A write that failed for lack of space is told in plain words, wherever it happened: the disk is
// full, nothing was saved, free some space and try again — never "disk I/O error" or "File too
// large" alone. This is the one place that recognises such a failure (the system's ENOSPC, EDQUOT
// and EFBIG, SQLite's SQLITE_FULL and a write error carrying one of those, PostgreSQL's disk_full)
// and words it; the storage layer (SqlUtil's sqlFailure, the backup copy) and the file writers
// (backups, exports, key files) ask it.

#include "../Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace dsr {

class DiskFull
{
    Q_DECLARE_TR_FUNCTIONS(DiskFull)
public:
    // Whether the system error `code` (errno) means no room: the disk or the user's quota is full,
    // or the file would be larger than the file system or the process may make it (EFBIG).
    static bool isFullErrno(int code);
    // Whether a failed write or flush on `device` was for lack of room. Qt keeps the system's text
    // of a write that failed outright, which is compared here; a write cut short (some bytes
    // written, then no room) it reports without a reason, so the caller also passes errno as it
    // was right after the failed call (Qt makes no system call after the failed write).
    static bool isFull(const QIODevice &device, int systemErrno = 0);
    // Whether a SQLite failure was for lack of room: SQLITE_FULL, or an I/O error (SQLITE_IOERR and
    // its extended codes) whose system error `systemErrno` (sqlite3_system_errno) is one of those
    // above. `code` as SQLite returned it, extended or not.
    static bool isFullSqlite(int code, int systemErrno);
    // PostgreSQL's SQLSTATE for a full disk on the server (53100, disk_full).
    static bool isFullServerState(const QString &sqlState);

    // A change to the database that failed for lack of room on the disk that holds it (`server`:
    // on the database server's disk). `what` says what failed ("Could not save the changes").
    static Error databaseError(const QString &what, bool server = false);
    // A file that could not be written for lack of room. `what` says what failed ("Cannot write
    // FILE").
    static Error fileError(const QString &what);
    // `device`'s write failure (errno right after it: `systemErrno`) as fileError(what) when it was
    // for lack of room, else `otherwise`.
    static Error fileErrorOr(const QIODevice &device, int systemErrno, const QString &what, Error otherwise);
};

} // namespace dsr
