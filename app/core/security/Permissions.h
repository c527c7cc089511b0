#pragma once
// Who may do what: one table of operations × roles. Services ask here; the window only asks
// the services. Administration (users, settings) never implies access to request contents.

#include "../model/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dsr {

enum class Operation {
    UserManage, // create, edit roles, disable, unlock, reset password
    UserList,
    SettingsRead,
    SettingsEdit,
    AuditRead, // browse and export the audit trail
    AuditVerify, // check the hash chain
    RequestRead, // see request and member contents (受付簿, 組合員)
    RequestRegister, // take in a request, add attachments
    MemberEdit, // add, edit and import members
    CalendarEdit, // import the holiday list, add and remove closed days
    RequestApprove, // approve or return at an approval step (決裁)
    LetterIssue, // issue, print and mail letters (文書)
    DataErase, // erase an attachment or a member's data, purge closed requests (消去, APPI art. 35)
    Backup, // copy the whole database and its audit key into a backup archive (バックアップ)
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static QList<Operation> allOperations();
    static bool allowed(RoleSet roles, Operation op);
    // The roles that grant `op`.
    static RoleSet rolesFor(Operation op);
    // Stable identifier for audit entries ("user.manage").
    static QString id(Operation op);
    // Translated description ("manage user accounts").
    static QString describe(Operation op);
};

} // namespace dsr
