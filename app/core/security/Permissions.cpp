#include "Permissions.h"

namespace dsr {

QList<Operation> Permissions::allOperations()
{
    return { Operation::UserManage,   Operation::UserList,        Operation::SettingsRead,
             Operation::SettingsEdit, Operation::AuditRead,       Operation::AuditVerify,
             Operation::RequestRead,  Operation::RequestRegister, Operation::RequestApprove,
             Operation::LetterIssue,  Operation::MemberEdit,      Operation::CalendarEdit,
             Operation::DataErase,    Operation::Backup };
}

RoleSet Permissions::rolesFor(Operation op)
{
    switch (op) {
    case Operation::UserManage:
    case Operation::UserList:
    case Operation::SettingsEdit:
    case Operation::CalendarEdit:
    case Operation::Backup:
        return { Role::Administrator };
    case Operation::SettingsRead:
        return { Role::Clerk,          Role::Chief,         Role::Manager,
                 Role::PrivacyOfficer, Role::Administrator, Role::Auditor };
    case Operation::AuditRead:
        return { Role::PrivacyOfficer, Role::Auditor };
    case Operation::AuditVerify:
        return { Role::PrivacyOfficer, Role::Auditor, Role::Administrator };
    case Operation::RequestRead:
        return { Role::Clerk, Role::Chief, Role::Manager, Role::PrivacyOfficer };
    case Operation::RequestRegister:
    case Operation::LetterIssue:
    case Operation::MemberEdit:
        return { Role::Clerk };
    case Operation::RequestApprove:
        return { Role::Chief, Role::Manager, Role::PrivacyOfficer };
    case Operation::DataErase:
        return { Role::PrivacyOfficer };
    }
    return {};
}

bool Permissions::allowed(RoleSet roles, Operation op)
{
    return roles.intersects(rolesFor(op));
}

QString Permissions::id(Operation op)
{
    switch (op) {
    case Operation::UserManage:
        return QStringLiteral("user.manage");
    case Operation::UserList:
        return QStringLiteral("user.list");
    case Operation::SettingsRead:
        return QStringLiteral("settings.read");
    case Operation::SettingsEdit:
        return QStringLiteral("settings.edit");
    case Operation::AuditRead:
        return QStringLiteral("audit.read");
    case Operation::AuditVerify:
        return QStringLiteral("audit.verify");
    case Operation::RequestRead:
        return QStringLiteral("request.read");
    case Operation::RequestRegister:
        return QStringLiteral("request.register");
    case Operation::RequestApprove:
        return QStringLiteral("request.approve");
    case Operation::LetterIssue:
        return QStringLiteral("letter.issue");
    case Operation::MemberEdit:
        return QStringLiteral("member.edit");
    case Operation::CalendarEdit:
        return QStringLiteral("calendar.edit");
    case Operation::DataErase:
        return QStringLiteral("data.erase");
    case Operation::Backup:
        return QStringLiteral("backup.make");
    }
    return {};
}

QString Permissions::describe(Operation op)
{
    switch (op) {
    case Operation::UserManage:
        return tr("manage user accounts");
    case Operation::UserList:
        return tr("list user accounts");
    case Operation::SettingsRead:
        return tr("read the organisation settings");
    case Operation::SettingsEdit:
        return tr("change the organisation settings");
    case Operation::AuditRead:
        return tr("read the audit trail");
    case Operation::AuditVerify:
        return tr("verify the audit trail");
    case Operation::RequestRead:
        return tr("read requests and member data");
    case Operation::RequestRegister:
        return tr("register requests");
    case Operation::RequestApprove:
        return tr("approve decisions");
    case Operation::LetterIssue:
        return tr("issue letters");
    case Operation::MemberEdit:
        return tr("add and edit members");
    case Operation::CalendarEdit:
        return tr("change the business calendar");
    case Operation::DataErase:
        return tr("erase personal data");
    case Operation::Backup:
        return tr("back up the database");
    }
    return {};
}

} // namespace dsr
