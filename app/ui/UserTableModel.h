#pragma once
// The accounts on the Settings page: login, name, roles and state (active, disabled, locked).

#include "model/User.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace dsr {

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LoginColumn, NameColumn, RolesColumn, StateColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // `now` decides whether a lockout is still in force.
    void setUsers(const QList<User> &users, const QDateTime &now);
    const User &user(int row) const { return m_users.at(row); }
    int rowOf(const QString &login) const;
    QString stateText(const User &user) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
    QDateTime m_now;
};

} // namespace dsr
