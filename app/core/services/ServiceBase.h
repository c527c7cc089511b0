#pragma once
// Common ground of every service: the database, the permission check that audits refusals, and
// the helper that runs a change and its audit entry in one transaction.

#include "../Result.h"
#include "../model/User.h"
#include "../security/AuditChain.h"
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

    // Refuses with a Permission error — and records the refused attempt in the audit trail, in a
    // transaction of its own — unless the actor's roles allow `op`.
    Status require(const Actor &actor, Operation op, const QString &entityType = QString(),
                   const QString &entityId = QString());

protected:
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
