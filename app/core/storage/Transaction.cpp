#include "Transaction.h"

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
    if (q.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT ") + m_savepoint)) {
        m_active = true;
        ++m_db.m_transactionDepth;
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
}

} // namespace dsr
