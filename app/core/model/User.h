#pragma once
// A person who logs in, and the Actor that every service call carries.

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace dsr {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    RoleSet roles;
    bool mustChangePassword = false;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

// The authenticated user on whose behalf a service operation runs.
struct Actor
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    RoleSet roles;
    bool mustChangePassword = false;

    bool isValid() const { return userId > 0; }
    bool hasRole(Role r) const { return roles.contains(r); }
};

} // namespace dsr
