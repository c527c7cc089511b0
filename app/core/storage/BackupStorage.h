#pragma once
// The database side of a backup and a restore (services/BackupService): a consistent copy of a
// live SQLite database, and the checks and figures read from a restored one. All the SQL of the
// backup lives here.
//
// The copy uses SQLite's online backup API (sqlite3_backup_init/step/finish) on the connection's
// own handle, in a single step: the step runs inside one read transaction, so the copy is the
// database as of one commit, WAL frames included, while other desks go on writing (WAL readers do
// not block writers). A copy taken in several steps would restart whenever another process
// commits in between, and might never finish on a busy database. `VACUUM INTO` would give the same
// snapshot but rebuilds every table and index page by page — slower for no gain here.

#include "../Result.h"
#include "../model/DatabaseFigures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dsr {

class Database;

class BackupStorage
{
    Q_DECLARE_TR_FUNCTIONS(BackupStorage)
public:
    // Whether `db` can be copied by backupTo (SQLite only; a server database is dumped with
    // pg_dump, docs/ADMINISTRATION.md).
    static bool canCopy(const Database &db);
    // Copies `db` as of one commit into a new SQLite file `target` (which must not exist), made
    // readable by its owner only. Must not be called inside a transaction on `db`.
    static Status backupTo(Database &db, const QString &target);
    // PRAGMA integrity_check (quick: quick_check, which skips matching every index against its
    // table — a third of the time) and foreign_key_check: one line per problem, empty when sound.
    static Result<QStringList> integrityProblems(Database &db, bool quick = false);
    static Result<DatabaseFigures> figures(Database &db);
};

} // namespace dsr
