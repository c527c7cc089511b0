#include "HealthCheckRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace dsr {

namespace {

QString quotedName(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

struct FileTable
{
    const char *table;
    const char *label; // a column that names the row for people, or '' (nothing to name)
    const char *bytes;
    const char *where; // which rows hold a file
};

FileTable fileTable(HealthCheckRepository::StoredFile kind)
{
    using K = HealthCheckRepository::StoredFile;
    switch (kind) {
    case K::Letter:
        // An issued letter without bytes is as wrong as one with other bytes: its hash is not of "".
        return { "letters", "document_no", "pdf", "(pdf IS NOT NULL OR document_no IS NOT NULL)" };
    case K::Attachment:
        return { "attachments", "''", "content", "1 = 1" };
    case K::DisclosureDocument:
        return { "disclosure_documents", "''", "content", "1 = 1" };
    case K::RedactedCopy:
        return { "redacted_copies", "''", "content", "1 = 1" };
    }
    return { "attachments", "''", "content", "1 = 1" };
}

} // namespace

Result<HealthCheckRepository::Integrity> HealthCheckRepository::integrity()
{
    Integrity out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!m_db.dialect().isPostgres()) {
        out.method = QStringLiteral("PRAGMA integrity_check");
        // A damaged file can make the pragma itself fail: that is a finding, not a failed check.
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            out.problems << tr("SQLite could not check the file: it is damaged.");
            return out;
        }
        // A row may hold several lines under a "*** in database main ***" heading: one problem each.
        while (q.next()) {
            for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                    out.problems << line.trimmed();
            }
        }
        return out;
    }
    // Two questions, in this order: naming the function of an extension that is not there is an
    // error, not false.
    const auto ask = [&q](const QString &sql) { return q.exec(sql) && q.next(); };
    if (!ask(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'amcheck')")))
        return sqlFailure(q, tr("Cannot ask the server for amcheck"));
    bool usable = q.value(0).toBool();
    if (usable) {
        if (!ask(QStringLiteral("SELECT has_function_privilege('bt_index_check(regclass)', 'EXECUTE')")))
            return sqlFailure(q, tr("Cannot ask the server for amcheck"));
        usable = q.value(0).toBool();
    }
    if (!usable) {
        out.method = tr("amcheck is not installed or not granted: indexes not checked");
        return out;
    }
    out.method = QStringLiteral("amcheck bt_index_check");
    if (!q.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
                               "WHERE c.relkind = 'i' AND am.amname = 'btree' AND c.relnamespace = "
                               "current_schema()::regnamespace ORDER BY c.relname")))
        return sqlFailure(q, tr("Cannot list the indexes"));
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    for (const QString &index : indexes) {
        QSqlQuery check(m_db.connection());
        check.prepare(QStringLiteral("SELECT bt_index_check(CAST(? AS regclass))"));
        check.addBindValue(quotedName(index));
        if (!check.exec())
            out.problems << tr("The index %1 fails amcheck's structure check.").arg(index);
        ++out.objects;
    }
    return out;
}

Result<HealthCheckRepository::ForeignKeys> HealthCheckRepository::foreignKeys()
{
    ForeignKeys out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!m_db.dialect().isPostgres()) {
        // One row per violating row: table, rowid, referenced table, key index. Counted per key.
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlFailure(q, tr("Cannot check the foreign keys"));
        QHash<QString, int> at;
        while (q.next()) {
            const QString name = q.value(0).toString() + QStringLiteral(" → ") + q.value(2).toString();
            if (!at.contains(name)) {
                at.insert(name, out.violations.size());
                out.violations.append({ q.value(0).toString(), name, 0, false });
            }
            ++out.violations[at.value(name)].rows;
        }
        return out;
    }
    if (!q.exec(QStringLiteral(
            "SELECT con.conname, child.relname, ca.attname, parent.relname, pa.attname, con.convalidated, "
            "cardinality(con.conkey) FROM pg_constraint con "
            "JOIN pg_class child ON child.oid = con.conrelid JOIN pg_class parent ON parent.oid = "
            "con.confrelid JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = con.conkey[1] "
            "JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1] "
            "WHERE con.contype = 'f' AND con.connamespace = current_schema()::regnamespace "
            "ORDER BY child.relname, con.conname")))
        return sqlFailure(q, tr("Cannot list the foreign keys"));
    struct Key
    {
        QString name, child, column, parent, parentColumn;
        bool validated;
        int columns;
    };
    QList<Key> keys;
    while (q.next())
        keys.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toBool(),
                      q.value(6).toInt() });
    for (const Key &k : keys) {
        ++out.constraints;
        const QString name = QStringLiteral("%1.%2 → %3").arg(k.child, k.column, k.parent);
        qint64 orphans = 0;
        // The schema's keys are single columns; a wider one is checked for NOT VALID only.
        if (k.columns == 1) {
            QSqlQuery count(m_db.connection());
            if (!count.exec(QStringLiteral("SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND NOT EXISTS "
                                           "(SELECT 1 FROM %3 p WHERE p.%4 = c.%2)")
                                .arg(quotedName(k.child), quotedName(k.column), quotedName(k.parent),
                                     quotedName(k.parentColumn)))
                || !count.next())
                return sqlFailure(count, tr("Cannot check the foreign key %1").arg(k.name));
            orphans = count.value(0).toLongLong();
        }
        if (orphans > 0 || !k.validated)
            out.violations.append({ k.child, name, orphans, !k.validated });
    }
    return out;
}

QList<HealthCheckRepository::StoredFile> HealthCheckRepository::storedFiles()
{
    return { StoredFile::Letter, StoredFile::Attachment, StoredFile::DisclosureDocument,
             StoredFile::RedactedCopy };
}

QString HealthCheckRepository::mismatchMessage(StoredFile kind, const HashMismatch &m)
{
    switch (kind) {
    case StoredFile::Letter:
        return tr("The PDF of letter %1 (id %2) does not match its recorded SHA-256.")
            .arg(m.label.isEmpty() ? QStringLiteral("-") : m.label)
            .arg(m.id);
    case StoredFile::Attachment:
        return tr("The attachment with id %1 does not match its recorded SHA-256.").arg(m.id);
    case StoredFile::DisclosureDocument:
        return tr("The disclosure document with id %1 does not match its recorded SHA-256.").arg(m.id);
    case StoredFile::RedactedCopy:
        return tr("The redacted copy with id %1 does not match its recorded SHA-256.").arg(m.id);
    }
    return {};
}

Result<qint64> HealthCheckRepository::verifyHashes(StoredFile kind,
                                                   const std::function<void(const HashMismatch &)> &mismatch,
                                                   const std::function<bool()> &stop)
{
    const FileTable t = fileTable(kind);
    // Keyset pages: each query holds at most HashBatchRows files, and the next starts after the
    // last id seen (no OFFSET, so the walk stays linear).
    const QString sql
        = QStringLiteral("SELECT id, %1, sha256, %2 FROM %3 WHERE %4 AND id > ? ORDER BY id LIMIT %5")
              .arg(QLatin1String(t.label), QLatin1String(t.bytes), QLatin1String(t.table),
                   QLatin1String(t.where))
              .arg(HashBatchRows);
    qint64 read = 0;
    qint64 after = 0;
    for (;;) {
        if (stop && stop())
            break;
        CachedQuery q(m_db, sql);
        q.setForwardOnly(true);
        q.addBindValue(after);
        if (!q.exec())
            return sqlFailure(q, tr("Cannot read the stored files of %1").arg(QLatin1String(t.table)));
        int rows = 0;
        while (q.next()) {
            ++rows;
            after = q.value(0).toLongLong();
            const QString actual = QString::fromLatin1(
                QCryptographicHash::hash(q.value(3).toByteArray(), QCryptographicHash::Sha256).toHex());
            if (actual != q.value(2).toString())
                mismatch({ after, q.value(1).toString() });
        }
        read += rows;
        if (rows < HashBatchRows)
            break;
    }
    return read;
}

Result<HealthCheckRepository::CounterCheck> HealthCheckRepository::countersBehind()
{
    CounterCheck out;
    CachedQuery q(
        m_db,
        QStringLiteral(
            "SELECT 'receipt', '', r.fiscal_year, max(r.seq), c.last_no FROM requests r "
            "LEFT JOIN number_counters c ON c.series = 'receipt' AND c.symbol = '' AND c.fiscal_year = "
            "r.fiscal_year GROUP BY r.fiscal_year, c.last_no "
            "UNION ALL "
            "SELECT 'document', l.symbol, l.fiscal_year, max(l.number), c.last_no FROM letters l "
            "LEFT JOIN number_counters c ON c.series = 'document' AND c.symbol = l.symbol AND "
            "c.fiscal_year = l.fiscal_year WHERE l.number IS NOT NULL GROUP BY l.symbol, l.fiscal_year, "
            "c.last_no ORDER BY 1, 2, 3"));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the number counters"));
    while (q.next()) {
        ++out.seriesYears;
        const int highest = q.value(3).toInt();
        const bool missing = q.value(4).isNull();
        if (!missing && q.value(4).toInt() >= highest)
            continue;
        CounterBehind b;
        b.series = q.value(0).toString();
        b.symbol = q.value(1).toString();
        b.fiscalYear = q.value(2).toInt();
        b.highestIssued = highest;
        if (!missing)
            b.counter = q.value(4).toInt();
        out.behind << b;
    }
    return out;
}

Result<std::optional<QDateTime>> HealthCheckRepository::lastRun()
{
    CachedQuery q(m_db,
                  QStringLiteral("SELECT at_utc FROM audit_log WHERE action = 'check.run' ORDER BY seq "
                                 "DESC LIMIT 1"));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read when the check last ran"));
    if (!q.next())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromDbTime(q.value(0).toString()));
}

} // namespace dsr
