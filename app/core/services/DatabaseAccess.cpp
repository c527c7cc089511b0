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

Result<DatabaseHandle> DatabaseAccess::open(const QString &path, const QString &auditKeyPath)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    DatabaseHandle db(opened.value().release());
    db->setAuditKeyPath(auditKeyPath);
    return db;
}

QString DatabaseAccess::path(const Database &db)
{
    return db.path();
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
