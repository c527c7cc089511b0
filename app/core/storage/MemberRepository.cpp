#include "MemberRepository.h"

#include "../text/JapaneseText.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace dsr {

namespace {

const char kColumns[]
    = "id, member_number, name, kana, birth_date, postal_code, address, phone, affiliation, "
      "created_at, updated_at, version";

Member fromQuery(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.memberNumber = q.value(1).toString();
    m.name = q.value(2).toString();
    m.kana = q.value(3).toString();
    m.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    m.postalCode = q.value(5).toString();
    m.address = q.value(6).toString();
    m.phone = q.value(7).toString();
    m.affiliation = q.value(8).toString();
    m.createdAt = fromDbTime(q.value(9).toString());
    m.updatedAt = fromDbTime(q.value(10).toString());
    m.version = q.value(11).toLongLong();
    return m;
}

// The member's data columns and search key, in the order INSERT and UPDATE list them.
void bindDataColumns(QSqlQuery &q, const Member &m, const QStringList &keys)
{
    q.addBindValue(nonNull(m.memberNumber));
    q.addBindValue(nonNull(m.name));
    q.addBindValue(nonNull(m.kana));
    q.addBindValue(m.birthDate.toString(Qt::ISODate));
    q.addBindValue(nonNull(m.postalCode));
    q.addBindValue(nonNull(m.address));
    q.addBindValue(nonNull(m.phone));
    q.addBindValue(nonNull(m.affiliation));
    q.addBindValue(SearchIndex::joinKeys(keys));
}

} // namespace

QStringList MemberRepository::searchKeys(const Member &m)
{
    return { JapaneseText::searchKey(m.name), JapaneseText::searchKey(m.kana),
             JapaneseText::searchKey(m.memberNumber) };
}

Result<qint64> MemberRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM members")) || !q.next())
        return sqlFailure(q, tr("Cannot read the members"));
    return q.value(0).toLongLong();
}

Result<std::optional<Member>> MemberRepository::findByNumber(const QString &number)
{
    CachedQuery q(
        m_db, QStringLiteral("SELECT %1 FROM members WHERE member_number = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(number);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the members"));
    if (!q.next())
        return std::optional<Member>();
    return std::optional<Member>(fromQuery(q));
}

Result<std::optional<Member>> MemberRepository::findById(qint64 id)
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the members"));
    if (!q.next())
        return std::optional<Member>();
    return std::optional<Member>(fromQuery(q));
}

Result<QList<Member>> MemberRepository::search(const QString &query, int limit)
{
    const QString key = JapaneseText::searchKey(query);
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM members").arg(QLatin1String(kColumns));
    if (!key.isEmpty())
        sql += QStringLiteral(" WHERE id IN (%1)")
                   .arg(SearchIndex::matchingIdsSql(m_db.dialect(), SearchIndex::Owner::Member, key, &binds));
    sql += QStringLiteral(" ORDER BY member_number");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot search the members"));
    QList<Member> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Result<QStringList> MemberRepository::namesExcept(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, kana FROM members WHERE id <> ? ORDER BY id"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the members"));
    QStringList out;
    while (q.next())
        for (int column : { 0, 1 })
            if (const QString text = q.value(column).toString(); !text.isEmpty())
                out.append(text);
    return out;
}

Result<qint64> MemberRepository::insert(const Member &m)
{
    const QString now = nowDbTime();
    const QStringList keys = searchKeys(m);
    CachedQuery q(
        m_db,
        QStringLiteral("INSERT INTO members (member_number, name, kana, birth_date, postal_code, address, "
                       "phone, affiliation, search_key, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindDataColumns(q, m, keys);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the member"));
    auto inserted = insertedId(m_db.connection(), q, tr("Cannot save the member"));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (Status s = SearchIndex(m_db).index(SearchIndex::Owner::Member, id, keys); !s)
        return s.error();
    return id;
}

Status MemberRepository::update(const Member &m)
{
    const QStringList keys = searchKeys(m);
    CachedQuery q(m_db,
                  QStringLiteral("UPDATE members SET member_number = ?, name = ?, kana = ?, birth_date = ?, "
                                 "postal_code = ?, address = ?, phone = ?, affiliation = ?, search_key = ?, "
                                 "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    bindDataColumns(q, m, keys);
    q.addBindValue(nowDbTime());
    q.addBindValue(m.id);
    q.addBindValue(m.version);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the member"));
    if (q.numRowsAffected() != 1)
        return changedBySomeoneElse();
    return SearchIndex(m_db).index(SearchIndex::Owner::Member, m.id, keys);
}

} // namespace dsr
