#include "DatabaseAccess.h"

#include "../storage/Database.h"

namespace dsr {

void DatabaseCloser::operator()(Database *db) const
{
    delete db;
}

QString DatabaseAccess::defaultPath()
{
    return Database::defaultPath();
}

Result<DatabaseHandle> DatabaseAccess::open(const QString &path, const QString &auditKeyPath,
                                            const QString &password)
{
    auto opened = Database::open(path, password);
    if (!opened)
        return opened.error();
    DatabaseHandle db(opened.value().release());
    db->setAuditKeyPath(auditKeyPath);
    return db;
}

bool DatabaseAccess::isServerLocation(const QString &location)
{
    return Database::isServerLocation(location);
}

QString DatabaseAccess::path(const Database &db)
{
    return db.path();
}

QString DatabaseAccess::auditKeyPath(const Database &db)
{
    return db.auditKeyPath();
}

QString DatabaseAccess::engine(const Database &db)
{
    return db.engineName() + QLatin1Char(' ') + db.engineVersion();
}

DatabaseAccess::Opener DatabaseAccess::anotherConnection(const Database &db)
{
    return [open = db.anotherConnection()]() -> Result<DatabaseHandle> {
        auto opened = open();
        if (!opened)
            return opened.error();
        return DatabaseHandle(opened.value().release());
    };
}

} // namespace dsr
