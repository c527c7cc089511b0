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
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
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
    if (!q.exec(QStringLiteral("COMMIT"))) {
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
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace dsr
