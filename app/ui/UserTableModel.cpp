#include "UserTableModel.h"

#include <QColor>
#include <QLocale>

namespace dsr {

void UserTableModel::setUsers(const QList<User> &users, const QDateTime &now)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    endResetModel();
}

int UserTableModel::rowOf(const QString &login) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users[row].login == login)
            return row;
    return -1;
}

QString UserTableModel::stateText(const User &user) const
{
    if (user.disabled)
        return tr("Disabled");
    if (user.isLockedAt(m_now))
        return tr("Locked until %1")
            .arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
    if (user.mustChangePassword)
        return tr("Active, must change password");
    return tr("Active");
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User &u = m_users[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return u.login;
        case NameColumn:
            return u.displayName;
        case RolesColumn:
            return Roles::displayNames(u.roles);
        case StateColumn:
            return stateText(u);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && (u.disabled || u.isLockedAt(m_now)))
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace dsr
