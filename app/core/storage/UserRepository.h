#pragma once
// All SQL of user accounts and their roles.

#include "../Result.h"
#include "../model/User.h"

#include <QCoreApplication>
#include <optional>

namespace dsr {

class Database;

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> count();
    Result<std::optional<User>> findByLogin(const QString &login);
    Result<std::optional<User>> findById(qint64 id);
    // The account read inside a writing transaction and kept locked until it ends, so that parallel
    // logins decide on its failure count one after the other (on SQLite the transaction's write
    // lock already does so).
    Result<std::optional<User>> findByIdLocked(qint64 id);
    Result<QByteArray> passwordHash(qint64 id);
    Result<QList<User>> all();
    // Number of enabled accounts holding the administrator role.
    Result<qint64> activeAdministratorCount();

    Result<qint64> insert(const User &user, const QByteArray &passwordHash);
    // Optimistic update of the editable fields; Conflict when `user.version` is stale.
    Status update(const User &user);
    Status setPassword(qint64 id, const QByteArray &hash, bool mustChange);
    // Login bookkeeping: atomic counters, no version check (never an edit anyone could lose).
    Result<int> recordFailure(qint64 id);
    Status lockUntil(qint64 id, const QDateTime &until);
    Status clearFailures(qint64 id);

private:
    Result<std::optional<User>> find(qint64 id, const QString &lock);
    Status writeRoles(qint64 id, RoleSet roles);
    Database &m_db;
};

} // namespace dsr
