#pragma once
// A statement kept prepared for the life of its connection. Repositories run the same few dozen
// statements over and over; preparing one costs SQLite a parse and plan, and costs a server three
// round trips (QPSQL sends PREPARE, EXECUTE and DEALLOCATE for every query it prepares). A
// CachedQuery is a QSqlQuery on the connection's prepared statement for `sql`, prepared on first
// use: bind, exec and read it as any QSqlQuery. On destruction its result is released (SQLite's
// statement reset, so no read snapshot outlives it) and the statement goes back to the cache.
//
// One user at a time: a statement already in use — a loop over its rows that calls back into the
// same repository — is prepared afresh for the second user, uncached. A statement that fails to
// prepare is not kept (the caller's exec reports the failure as before). Database empties the
// cache when the connection closes or is opened again.

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace dsr {

class Database;

class CachedQuery : public QSqlQuery
{
public:
    CachedQuery(Database &db, const QString &sql);
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    // One prepared statement of a connection's cache (internal). While a CachedQuery uses it,
    // the query is moved out into that CachedQuery and moved back when it is done.
    struct Slot
    {
        QString sql;
        std::optional<QSqlQuery> query;
        bool inUse = false;
        quint64 lastUse = 0;
    };
    using Lease = std::pair<QSqlQuery, std::shared_ptr<Slot>>;

private:
    explicit CachedQuery(Lease lease);
    std::shared_ptr<Slot> m_slot; // null: prepared for this use only
};

} // namespace dsr
