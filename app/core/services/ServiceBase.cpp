#include "ServiceBase.h"

#include "../Logging.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"

namespace dsr {

AuditEvent ServiceBase::eventFor(const Actor &actor, const QString &action, const QString &entityType,
                                 const QString &entityId, const QJsonObject &details)
{
    AuditEvent e;
    if (actor.isValid())
        e.userId = actor.userId;
    e.userLogin = actor.login;
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.details = details;
    return e;
}

Status ServiceBase::require(const Actor &actor, Operation op, const QString &entityType,
                            const QString &entityId)
{
    if (!actor.isValid())
        return makeError(ErrorCode::Authentication, tr("Log in first."));
    // The database, not the session, says what the person may do now: an administrator may have
    // changed their roles or disabled the account since they logged in.
    auto current = UserRepository(m_db).findById(actor.userId);
    if (!current)
        return current.error();
    if (!current.value() || current.value()->disabled)
        return makeError(ErrorCode::Authentication,
                         tr("Your account was disabled or removed; log in again."));
    const User &user = *current.value();
    if (user.mustChangePassword || actor.mustChangePassword)
        return makeError(ErrorCode::Authentication, tr("Change your password first."));
    if (Permissions::allowed(user.roles, op))
        return {};
    qCInfo(lcSecurity).noquote() << "permission refused:" << Permissions::id(op) << "user id" << actor.userId;
    QJsonObject details { { QStringLiteral("operation"), Permissions::id(op) },
                          { QStringLiteral("roles"), Roles::ids(user.roles).join(QLatin1Char(',')) } };
    (void)recordOnly(eventFor(actor, QStringLiteral("permission.denied"),
                              entityType.isEmpty() ? QStringLiteral("operation") : entityType,
                              entityId.isEmpty() ? Permissions::id(op) : entityId, details));
    QStringList needed;
    for (Role r : Permissions::rolesFor(op).toList())
        needed << Roles::displayName(r);
    return makeError(ErrorCode::Permission,
                     tr("You are not allowed to %1. It needs one of these roles: %2.")
                         .arg(Permissions::describe(op), needed.join(tr(", "))));
}

Status ServiceBase::inTransaction(const std::function<Status()> &change,
                                  const std::function<AuditEvent()> &event)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = change(); !s)
        return s;
    AuditRepository audit(m_db);
    if (auto seq = audit.append(event()); !seq)
        return seq.error();
    return tx.commit();
}

Status ServiceBase::recordOnly(const AuditEvent &event)
{
    return inTransaction([] { return Status(); }, [&] { return event; });
}

} // namespace dsr
