#pragma once
// What the audit log asks for: the filters of a search over the audit trail.

#include <QDate>
#include <QString>

namespace dsr {

struct AuditFilter
{
    QString userLogin; // exact
    QString actionPrefix; // "auth." matches every auth action
    QString entityType; // exact
    QString entityId; // exact
    QDate from; // inclusive, local date
    QDate to; // inclusive, local date
    int limit = 0; // 0: no limit; newest first when limited
};

} // namespace dsr
