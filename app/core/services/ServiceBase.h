#pragma once
// Common ground of every service: the database, the permission check that audits refusals, and
// the helper that runs a change and its audit entry in one transaction.

#include "../Result.h"
#include "../model/AuditEvent.h"
#include "../model/User.h"
#include "../security/Permissions.h"

#include <QCoreApplication>
#include <functional>

namespace dsr {

class Database;

class ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(ServiceBase)
public:
    explicit ServiceBase(Database &db)
        : m_db(db)
    {
    }
    Database &database() { return m_db; }

    // Longest query text an audit entry keeps of a search; the rest is cut with "…".
    static constexpr int AuditQueryChars = 64;

protected:
    // Refuses with a Permission error — and records the refused attempt in the audit trail —
    // unless the actor's roles allow `op`. The refusal entry survives a rollback of the caller's
    // own transaction (recordRefusal). Only services decide which operation a call needs, so this
    // is not callable from the window or dsrctl.
    Status require(const Actor &actor, Operation op, const QString &entityType = QString(),
                   const QString &entityId = QString());
    // Records a refused attempt so that it stays in the trail even when the transaction it is
    // raised in rolls back: it is then appended again afterwards (Database::keepOnRollback).
    Status recordRefusal(const AuditEvent &event);
    // One entry for one read of personal data that returned `rows` rows (a search, a listing, a
    // count, a history): `details` says what was asked (built with auditQuery for free text).
    Status recordRead(const Actor &actor, const QString &action, const QString &entityType,
                      const QString &entityId, QJsonObject details, qint64 rows);
    // Writes an export: `data` into a temporary file next to `path`, then `event` committed to
    // the audit trail, then the file renamed into place. When the entry cannot be written there
    // is no export (the temporary file is removed and `path` left as it was).
    Status writeExport(const QString &path, const QByteArray &data, const AuditEvent &event);
    // Free text of a query as an audit entry may keep it: any My Number masked, at most
    // AuditQueryChars characters.
    static QString auditQuery(const QString &text);
    // Runs `change` inside one write transaction, appends `event` after it succeeds, and commits
    // both together. Nothing is left behind when either fails.
    Status inTransaction(const std::function<Status()> &change, const std::function<AuditEvent()> &event);
    Status recordOnly(const AuditEvent &event);
    static AuditEvent eventFor(const Actor &actor, const QString &action, const QString &entityType,
                               const QString &entityId, const QJsonObject &details = {});

private:
    Database &m_db;
};

} // namespace dsr
