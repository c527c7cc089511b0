#include "SearchIndex.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QSet>
#include <QSqlQuery>

namespace dsr {

namespace {

QString ownerId(SearchIndex::Owner owner)
{
    return owner == SearchIndex::Owner::Member ? QStringLiteral("member") : QStringLiteral("request");
}

// Code points, so a character outside the BMP (𠮷) is one gram, not two halves.
QStringList codePoints(const QString &key)
{
    QStringList out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key.at(i).isHighSurrogate() && i + 1 < key.size()) {
            out << key.mid(i, 2);
            ++i;
        } else {
            out << QString(key.at(i));
        }
    }
    return out;
}

QStringList bigramsOf(const QStringList &chars)
{
    QStringList out;
    for (qsizetype i = 0; i + 1 < chars.size(); ++i)
        out << chars[i] + chars[i + 1];
    return out;
}

} // namespace

QStringList SearchIndex::grams(const QStringList &keys)
{
    QSet<QString> set;
    for (const QString &key : keys) {
        const QStringList chars = codePoints(key);
        for (const QString &c : chars)
            set.insert(c);
        for (const QString &b : bigramsOf(chars))
            set.insert(b);
    }
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

QString SearchIndex::joinKeys(const QStringList &keys)
{
    return keys.join(QLatin1Char('\t'));
}

static qint64 ftsRowId(SearchIndex::Owner owner, qint64 id)
{
    return id * 2 + (owner == SearchIndex::Owner::Request ? 1 : 0);
}

Status SearchIndex::remove(Owner owner, qint64 id)
{
    CachedQuery q(m_db, QStringLiteral("DELETE FROM search_grams WHERE owner = ? AND owner_id = ?"));
    q.addBindValue(ownerId(owner));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot update the search index"));
    // PostgreSQL: the trigram indexes are over the owners' own key columns, nothing to remove.
    if (m_db.dialect().isPostgres())
        return {};
    CachedQuery fts(m_db, QStringLiteral("DELETE FROM search_fts WHERE rowid = ?"));
    fts.addBindValue(ftsRowId(owner, id));
    if (!fts.exec())
        return sqlFailure(fts, tr("Cannot update the search index"));
    return {};
}

Status SearchIndex::index(Owner owner, qint64 id, const QStringList &keys)
{
    if (Status s = remove(owner, id); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (!m_db.dialect().isPostgres()) {
        q.prepare(QStringLiteral("INSERT INTO search_fts (rowid, key) VALUES (?, ?)"));
        q.addBindValue(ftsRowId(owner, id));
        q.addBindValue(joinKeys(keys));
        if (!q.exec())
            return sqlFailure(q, tr("Cannot update the search index"));
    }
    q.prepare(QStringLiteral("INSERT INTO search_grams (gram, owner, owner_id) VALUES (?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    const QString o = ownerId(owner);
    for (const QString &g : grams(keys)) {
        q.bindValue(0, g);
        q.bindValue(1, o);
        q.bindValue(2, id);
        if (!q.exec())
            return sqlFailure(q, tr("Cannot update the search index"));
    }
    return {};
}

QString SearchIndex::matchingIdsSql(const SqlDialect &dialect, Owner owner, const QString &key,
                                    QVariantList *binds)
{
    if (codePoints(key).size() <= 2) {
        binds->append(key);
        binds->append(ownerId(owner));
        return QStringLiteral("SELECT owner_id AS id FROM search_grams WHERE gram = ? AND owner = ?");
    }
    if (dialect.isPostgres()) {
        // A substring pattern over the stored key, answered by its pg_trgm GIN index.
        QString pattern = key;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        binds->append(QLatin1Char('%') + pattern + QLatin1Char('%'));
        return owner == Owner::Member ? QStringLiteral("SELECT id FROM members WHERE search_key LIKE ?")
                                      : QStringLiteral("SELECT id FROM requests WHERE requester_key LIKE ?");
    }
    // A quoted FTS5 phrase: the trigram tokenizer matches it as a substring.
    QString phrase = key;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    binds->append(QLatin1Char('"') + phrase + QLatin1Char('"'));
    return owner == Owner::Member
        ? QStringLiteral("SELECT rowid / 2 AS id FROM search_fts WHERE search_fts MATCH ? AND rowid % 2 = 0")
        : QStringLiteral("SELECT rowid / 2 AS id FROM search_fts WHERE search_fts MATCH ? AND rowid % 2 = 1");
}

} // namespace dsr
