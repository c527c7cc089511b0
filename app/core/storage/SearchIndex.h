#pragma once
// The search index of the register, over keys normalised by JapaneseText::searchKey. Queries of
// three characters or more go to an FTS5 trigram index (PostgreSQL: pg_trgm indexes on the stored
// keys). FTS5's trigram tokenizer finds nothing
// for shorter queries, and two-character surnames (田中, 高橋) are the common case, so a table of
// every one- and two-character gram answers those with a single index lookup.

#include "../Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace dsr {

class Database;
class SqlDialect;

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

    // SQL that selects the ids of `owner` whose keys contain the normalised query `key`, for use
    // as "id IN (…)". Appends its bound values to `binds`.
    static QString matchingIdsSql(const SqlDialect &dialect, Owner owner, const QString &key,
                                  QVariantList *binds);

private:
    Database &m_db;
};

} // namespace dsr
