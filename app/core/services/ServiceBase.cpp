#include "ServiceBase.h"

#include "../Logging.h"
#include "../security/DiskFull.h"
#include "../security/FileModes.h"
#include "../security/MyNumber.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"

#include <QSaveFile>
#include <QThread>

#include <cerrno>

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
    (void)recordRefusal(eventFor(actor, QStringLiteral("permission.denied"),
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

Status ServiceBase::recordRefusal(const AuditEvent &event)
{
    Status s = recordOnly(event);
    if (s)
        m_db.keepOnRollback(event);
    return s;
}

Status ServiceBase::recordRead(const Actor &actor, const QString &action, const QString &entityType,
                               const QString &entityId, QJsonObject details, qint64 rows)
{
    details.insert(QStringLiteral("rows"), rows);
    return recordOnly(eventFor(actor, action, entityType, entityId, details));
}

Status ServiceBase::writeExport(const QString &path, const QByteArray &data, const AuditEvent &event)
{
    // QSaveFile writes to a temporary file in the target folder and renames it on commit();
    // destroyed without commit() it removes the temporary file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !FileModes::restrict(file) || file.write(data) != data.size()
        || !file.flush()) {
        const int error = errno;
        return DiskFull::fileErrorOr(
            file, error, tr("Cannot write %1").arg(path),
            makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(path, file.errorString())));
    }
    // A worker whose task was cancelled (QThread::requestInterruption, as the window's
    // BackgroundTask does) stops here, before the record: neither a file nor an entry.
    if (QThread::currentThread()->isInterruptionRequested()) {
        file.cancelWriting();
        return makeError(ErrorCode::Failure, tr("The export was cancelled; no file was written."));
    }
    if (Status s = recordOnly(event); !s) {
        file.cancelWriting();
        return makeError(ErrorCode::Failure,
                         tr("The export was not written: it could not be recorded in the audit trail "
                            "(%1).")
                             .arg(s.error().message));
    }
    if (!file.commit()) {
        const int error = errno;
        return DiskFull::fileErrorOr(
            file, error, tr("Cannot write %1").arg(path),
            makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(path, file.errorString())));
    }
    return {};
}

QString ServiceBase::auditQuery(const QString &text)
{
    // Masked before it is cut, so that a number cut in half is still hidden.
    const QString masked = MyNumber::mask(text.trimmed());
    if (masked.size() <= AuditQueryChars)
        return masked;
    return masked.left(AuditQueryChars - 1) + QChar(0x2026);
}

} // namespace dsr
