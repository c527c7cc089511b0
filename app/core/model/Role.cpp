#include "Role.h"

namespace dsr {

QList<Role> RoleSet::toList() const
{
    QList<Role> out;
    for (Role r : Roles::all())
        if (contains(r))
            out.append(r);
    return out;
}

QList<Role> Roles::all()
{
    return {
        Role::Clerk, Role::Chief, Role::Manager, Role::PrivacyOfficer, Role::Administrator, Role::Auditor
    };
}

QString Roles::id(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Chief:
        return QStringLiteral("chief");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::PrivacyOfficer:
        return QStringLiteral("privacy_officer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Roles::fromId(const QString &id)
{
    for (Role r : all())
        if (Roles::id(r) == id)
            return r;
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Chief:
        return tr("Chief");
    case Role::Manager:
        return tr("Manager");
    case Role::PrivacyOfficer:
        return tr("Privacy officer");
    case Role::Administrator:
        return tr("Administrator");
    case Role::Auditor:
        return tr("Auditor");
    }
    return {};
}

QStringList Roles::ids(RoleSet roles)
{
    QStringList out;
    for (Role r : roles.toList())
        out << id(r);
    return out;
}

QString Roles::displayNames(RoleSet roles)
{
    QStringList out;
    for (Role r : roles.toList())
        out << displayName(r);
    return out.join(tr(", "));
}

std::optional<RoleSet> Roles::parseList(const QString &text, QString *unknown)
{
    RoleSet set;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = fromId(part.trimmed());
        if (!role) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
        set.insert(*role);
    }
    return set;
}

} // namespace dsr
