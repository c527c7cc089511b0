#pragma once
// The search index of the register: every one- and two-character gram of each searchable key
// (normalised by JapaneseText::searchKey). FTS5's trigram tokenizer finds nothing for queries
// under three characters, and two-character surnames (田中, 高橋) are the common query, so the
// index answers one- and two-character queries with a single lookup and longer ones by
// intersecting their bigrams and confirming against the stored key.

#include "../Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace dsr {

class Database;

class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    enum class Owner { Member, Request };

    explicit SearchIndex(Database &db)
        : m_db(db)
    {
    }

    // Distinct unigrams and bigrams of each key (grams never span two keys).
    static QStringList grams(const QStringList &keys);
    // The stored key: the searchable keys joined by tabs (search keys never contain a tab).
    static QString joinKeys(const QStringList &keys);

    // Replaces the grams of one owner; call inside the writing transaction.
    Status index(Owner owner, qint64 id, const QStringList &keys);
    Status remove(Owner owner, qint64 id);

    // SQL that selects the ids of `owner` matching the normalised query `key`, for use as
    // "id IN (…)". `keyColumnSql` is the stored-key expression of the owner's table row `table`
    // (e.g. members / search_key). Appends its bound values to `binds`.
    static QString matchingIdsSql(Owner owner, const QString &key, const QString &table, const QString &keyColumn,
                                  QVariantList *binds);

private:
    Database &m_db;
};

} // namespace dsr
