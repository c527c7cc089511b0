#pragma once
// All SQL of members, including their entries in the search index.

#include "../Result.h"
#include "../model/Member.h"

#include <QCoreApplication>
#include <optional>

namespace dsr {

class Database;

class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)
public:
    explicit MemberRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> count();
    Result<std::optional<Member>> findByNumber(const QString &number);
    Result<std::optional<Member>> findById(qint64 id);
    // Members whose name, kana or number contains the normalised query; by number.
    Result<QList<Member>> search(const QString &query, int limit);
    // The name and kana of every member but `memberId`, as stored (empty kana left out); for the
    // redaction detector of other members' names.
    Result<QStringList> namesExcept(qint64 memberId);
    Result<qint64> insert(const Member &m);
    // Optimistic update; Conflict when `m.version` is stale.
    Status update(const Member &m);

    static QStringList searchKeys(const Member &m);

private:
    Database &m_db;
};

} // namespace dsr
