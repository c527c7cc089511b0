#pragma once
// Opening the database for the window and dsrctl: they hold the open database and hand it to the
// services, without including a storage header (the layering check in tests/ enforces it).

#include "../Result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace dsr {

class Database;

// Closes the database (its connection) when the handle goes.
struct DatabaseCloser
{
    void operator()(Database *db) const;
};
using DatabaseHandle = std::unique_ptr<Database, DatabaseCloser>;

class DatabaseAccess
{
public:
    // Where the window and dsrctl keep their database when no --db is given.
    static QString defaultPath();
    // Opens (creating if needed) and migrates the file, or connects to the server database of a
    // postgresql:// URI (Database::open); `auditKeyPath` is the audit key file named by
    // --audit-key (empty: the usual place); `password` the server password the person typed
    // (empty: the password file, if any). A server that wants a password it did not get fails
    // with ErrorCode::Authentication.
    static Result<DatabaseHandle> open(const QString &path, const QString &auditKeyPath = {},
                                       const QString &password = {});
    // Whether `location` names a server database (postgresql://…) rather than a file.
    static bool isServerLocation(const QString &location);
    // The file path or the server URI (never with a password).
    static QString path(const Database &db);
    // The audit key file named by --audit-key for `db` (empty: the usual place).
    static QString auditKeyPath(const Database &db);
    // "SQLite 3.40.1" / "PostgreSQL 15.4", for the status bar and dsrctl.
    static QString engine(const Database &db);
    // The same apart, and the schema version, for "dsrctl upgrade --json".
    static QString engineName(const Database &db);
    static QString engineVersion(const Database &db);
    static int schemaVersion(const Database &db);

    // Server databases: whether this connection is the schema's owner (always true on SQLite).
    static Result<bool> ownsSchema(Database &db);
    // Server only, connected as the schema's owner: lets the login role `role` (the desks') read
    // and write the data but not change the schema nor the append-only records; remembered and
    // granted again after every upgrade. Usage error on SQLite, Permission when this connection
    // does not own the schema, NotFound for a role the server does not have.
    static Status grantApplicationRole(Database &db, const QString &role);
    // Grants every remembered role its rights again (after an upgrade) and returns them; nothing
    // on SQLite. Permission when this connection does not own the schema.
    static Result<QStringList> regrantApplicationRoles(Database &db);
    // Opens another connection to the same database (same file, same audit key) for a worker
    // thread: taken on the thread that owns `db`, called on the worker, which then owns the
    // connection (Qt SQL connections are per thread).
    using Opener = std::function<Result<DatabaseHandle>()>;
    static Opener anotherConnection(const Database &db);
};

} // namespace dsr
