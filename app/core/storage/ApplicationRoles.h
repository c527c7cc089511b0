#pragma once
// The login roles a server database was granted to (Database::grantApplicationRole records them in
// app_roles), read back so that an upgrade can grant them their rights again.

#include "../Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dsr {

class Database;

class ApplicationRoles
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRoles)
public:
    // The recorded roles in name order; always empty on SQLite, which has no roles.
    static Result<QStringList> recorded(Database &db);
};

} // namespace dsr
