#include "ApplicationRoles.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace dsr {

Result<QStringList> ApplicationRoles::recorded(Database &db)
{
    if (!db.dialect().isPostgres())
        return QStringList();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT role FROM app_roles ORDER BY role")))
        return sqlFailure(q, tr("Cannot read the recorded roles"));
    QStringList roles;
    while (q.next())
        roles << q.value(0).toString();
    return roles;
}

} // namespace dsr
