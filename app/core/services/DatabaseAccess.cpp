#include "DatabaseAccess.h"

#include "../storage/ApplicationRoles.h"
#include "../storage/Database.h"

#include <QCoreApplication>

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

QString DatabaseAccess::engineName(const Database &db)
{
    return db.engineName();
}

QString DatabaseAccess::engineVersion(const Database &db)
{
    return db.engineVersion();
}

int DatabaseAccess::schemaVersion(const Database &db)
{
    return db.schemaVersion();
}

Result<bool> DatabaseAccess::ownsSchema(Database &db)
{
    return db.ownsSchema();
}

namespace {

Status requireOwner(Database &db)
{
    auto owner = db.ownsSchema();
    if (!owner)
        return owner.error();
    if (!owner.value())
        return makeError(
            ErrorCode::Permission,
            QCoreApplication::translate("DatabaseAccess",
                                        "Only the role that owns the schema of %1 may grant roles "
                                        "or upgrade it; connect as that role "
                                        "(postgresql://OWNER@HOST:PORT/DATABASE).")
                .arg(db.path()));
    return {};
}

} // namespace

Status DatabaseAccess::grantApplicationRole(Database &db, const QString &role)
{
    if (db.dialect().isPostgres())
        if (Status s = requireOwner(db); !s)
            return s;
    return db.grantApplicationRole(role);
}

Result<QStringList> DatabaseAccess::regrantApplicationRoles(Database &db)
{
    if (!db.dialect().isPostgres())
        return QStringList();
    if (Status s = requireOwner(db); !s)
        return s.error();
    auto roles = ApplicationRoles::recorded(db);
    if (!roles)
        return roles.error();
    // Granting one recorded role grants every recorded role again (Database::grantRecordedRoles).
    if (!roles->isEmpty())
        if (Status s = db.grantApplicationRole(roles->first()); !s)
            return s.error();
    return roles;
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
