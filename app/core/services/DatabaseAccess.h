#pragma once
// Opening the database for the window and dsrctl: they hold the open database and hand it to the
// services, without including a storage header (the layering check in tests/ enforces it).

#include "../Result.h"

#include <QString>
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
    // Opens (creating if needed) and migrates the file (Database::open); `auditKeyPath` is the
    // audit key file named by --audit-key (empty: the usual place).
    static Result<DatabaseHandle> open(const QString &path, const QString &auditKeyPath = {});
    static QString path(const Database &db);
    // Opens another connection to the same database (same file, same audit key) for a worker
    // thread: taken on the thread that owns `db`, called on the worker, which then owns the
    // connection (Qt SQL connections are per thread).
    using Opener = std::function<Result<DatabaseHandle>()>;
    static Opener anotherConnection(const Database &db);
};

} // namespace dsr
