#include "UserRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace dsr {

namespace {

const char kColumns[]
    = "id, login, display_name, must_change_password, failed_attempts, locked_until, disabled, "
      "created_at, updated_at, version";

User fromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.mustChangePassword = q.value(3).toBool();
    u.failedAttempts = q.value(4).toInt();
    u.lockedUntil = fromDbTime(q.value(5).toString());
    u.disabled = q.value(6).toBool();
    u.createdAt = fromDbTime(q.value(7).toString());
    u.updatedAt = fromDbTime(q.value(8).toString());
    u.version = q.value(9).toLongLong();
    return u;
}

} // namespace

Result<qint64> UserRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
        return sqlFailure(q, tr("Cannot read the user accounts"));
    return q.value(0).toLongLong();
}

Result<QList<User>> UserRepository::all()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(QLatin1String(kColumns))))
        return sqlFailure(q, tr("Cannot read the user accounts"));
    QList<User> users;
    while (q.next())
        users.append(fromQuery(q));
    QSqlQuery r(m_db.connection());
    if (!r.exec(QStringLiteral("SELECT user_id, role FROM user_roles")))
        return sqlFailure(r, tr("Cannot read the user accounts"));
    while (r.next()) {
        const auto role = Roles::fromId(r.value(1).toString());
        for (User &u : users)
            if (u.id == r.value(0).toLongLong() && role)
                u.roles.insert(*role);
    }
    return users;
}

Result<std::optional<User>> UserRepository::findByLogin(const QString &login)
{
    CachedQuery q(m_db, QStringLiteral("SELECT id FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the user accounts"));
    if (!q.next())
        return std::optional<User>();
    return findById(q.value(0).toLongLong());
}

Result<std::optional<User>> UserRepository::findById(qint64 id)
{
    return find(id, QString());
}

Result<std::optional<User>> UserRepository::findByIdLocked(qint64 id)
{
    Q_ASSERT(m_db.inTransaction());
    return find(id, m_db.dialect().lockRows());
}

Result<std::optional<User>> UserRepository::find(qint64 id, const QString &lock)
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT %1 FROM users WHERE id = ?%2").arg(QLatin1String(kColumns), lock));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the user accounts"));
    if (!q.next())
        return std::optional<User>();
    User u = fromQuery(q);
    CachedQuery roles(m_db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"));
    roles.addBindValue(id);
    if (!roles.exec())
        return sqlFailure(roles, tr("Cannot read the user accounts"));
    while (roles.next())
        if (const auto role = Roles::fromId(roles.value(0).toString()))
            u.roles.insert(*role);
    return std::optional<User>(u);
}

Result<QByteArray> UserRepository::passwordHash(qint64 id)
{
    CachedQuery q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the user accounts"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The user account no longer exists."));
    return q.value(0).toString().toLatin1();
}

Result<qint64> UserRepository::activeAdministratorCount()
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                                 "WHERE r.role = ? AND u.disabled = 0"));
    q.addBindValue(Roles::id(Role::Administrator));
    if (!q.exec() || !q.next())
        return sqlFailure(q, tr("Cannot read the user accounts"));
    return q.value(0).toLongLong();
}

Result<qint64> UserRepository::insert(const User &user, const QByteArray &passwordHash)
{
    const QString now = nowDbTime();
    CachedQuery q(
        m_db,
        QStringLiteral("INSERT INTO users (login, display_name, password_hash, must_change_password, "
                       "disabled, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)"));
    q.addBindValue(user.login);
    q.addBindValue(user.displayName);
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(user.mustChangePassword ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot create the user account"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot create the user account"));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (Status s = writeRoles(id, user.roles); !s)
        return s.error();
    return id;
}

Status UserRepository::writeRoles(qint64 id, RoleSet roles)
{
    CachedQuery q(m_db, QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the roles"));
    CachedQuery insert(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    for (Role r : roles.toList()) {
        insert.addBindValue(id);
        insert.addBindValue(Roles::id(r));
        if (!insert.exec())
            return sqlFailure(insert, tr("Cannot save the roles"));
    }
    return {};
}

Status UserRepository::update(const User &user)
{
    CachedQuery q(
        m_db,
        QStringLiteral(
            "UPDATE users SET display_name = ?, disabled = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"));
    q.addBindValue(user.displayName);
    q.addBindValue(user.disabled ? 1 : 0);
    q.addBindValue(nowDbTime());
    q.addBindValue(user.id);
    q.addBindValue(user.version);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the user account"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return writeRoles(user.id, user.roles);
}

Status UserRepository::setPassword(qint64 id, const QByteArray &hash, bool mustChange)
{
    CachedQuery q(
        m_db,
        QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, failed_attempts = 0, "
                       "locked_until = NULL, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(nowDbTime());
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the password"));
    return {};
}

Result<int> UserRepository::recordFailure(qint64 id)
{
    CachedQuery q(m_db,
                  QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot record the failed login"));
    CachedQuery count(m_db, QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"));
    count.addBindValue(id);
    if (!count.exec() || !count.next())
        return sqlFailure(count, tr("Cannot record the failed login"));
    return count.value(0).toInt();
}

Status UserRepository::lockUntil(qint64 id, const QDateTime &until)
{
    CachedQuery q(m_db,
                  QStringLiteral("UPDATE users SET locked_until = ?, failed_attempts = 0 WHERE id = ?"));
    q.addBindValue(until.isValid() ? QVariant(toDbTime(until)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the account lock"));
    return {};
}

Status UserRepository::clearFailures(qint64 id)
{
    CachedQuery q(m_db,
                  QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot record the login"));
    return {};
}

} // namespace dsr
