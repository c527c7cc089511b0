#include "CachedQuery.h"

#include "Database.h"

namespace dsr {

CachedQuery::CachedQuery(Database &db, const QString &sql)
    : CachedQuery(db.leaseStatement(sql))
{
}

CachedQuery::CachedQuery(Lease lease)
    : QSqlQuery(std::move(lease.first))
    , m_slot(std::move(lease.second))
{
}

CachedQuery::~CachedQuery()
{
    finish();
    if (!m_slot)
        return;
    // Back into the cache — unless the caller prepared another statement on this object.
    if (lastQuery() == m_slot->sql)
        m_slot->query.emplace(std::move(static_cast<QSqlQuery &>(*this)));
    m_slot->inUse = false;
}

} // namespace dsr
