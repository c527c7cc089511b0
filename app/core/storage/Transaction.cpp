#include "Transaction.h"

#include "../Logging.h"
#include "AuditRepository.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dsr {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    QSqlQuery q(db.connection());
    // Inside another transaction this one is a savepoint: its rollback undoes only its own work,
    // and nothing is durable until the outermost commits.
    if (m_db.m_transactionDepth > 0)
        m_savepoint = QStringLiteral("dsr_nested_%1").arg(m_db.m_transactionDepth);
    const QString begin = m_savepoint.isEmpty() ? db.dialect().beginTransaction()
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    bool begun = q.exec(begin);
    // A server connection that dropped since the last statement (server restarted, network gone
    // and back): nothing was under way, so connect again and begin once more.
    if (!begun && m_savepoint.isEmpty() && m_db.reconnectIfLost()) {
        q = QSqlQuery(db.connection());
        begun = q.exec(begin);
    }
    if (begun) {
        m_active = true;
        ++m_db.m_transactionDepth;
        m_keptMark = m_db.m_keepOnRollback.size();
    } else {
        m_beginError = sqlFailure(q, tr("Could not start a database transaction"));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    QSqlQuery q(m_db.connection());
    if (!q.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                      : QStringLiteral("RELEASE ") + m_savepoint)) {
        const Error e = sqlFailure(q, tr("Could not save the changes"));
        rollback();
        return e;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_savepoint.isEmpty())
        m_db.m_keepOnRollback.clear(); // committed with everything else
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_db.m_transactionDepth;

    // The entries that must survive and were undone with this transaction's work.
    const QList<AuditEvent> undone = m_db.m_keepOnRollback.mid(m_keptMark);
    if (undone.isEmpty())
        return;
    if (m_savepoint.isEmpty()) {
        // Written again in a transaction of their own; they are then committed, not pending.
        m_db.m_keepOnRollback.clear();
        Transaction again(m_db);
        AuditRepository audit(m_db);
        bool ok = again.isActive();
        for (const AuditEvent &e : undone)
            ok = ok && audit.append(e);
        if (ok)
            ok = bool(again.commit());
        if (!ok)
            qCCritical(lcAudit) << "could not keep" << undone.size() << "refusal entries after a rollback";
    } else {
        // Written again in the parent, and still pending there until it commits or rolls back.
        AuditRepository audit(m_db);
        for (const AuditEvent &e : undone)
            if (!audit.append(e))
                qCCritical(lcAudit) << "could not keep a refusal entry after a savepoint rollback";
    }
}

} // namespace dsr
