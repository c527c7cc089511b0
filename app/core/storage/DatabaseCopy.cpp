#include "DatabaseCopy.h"

#include "../Logging.h"
#include "Database.h"
#include "HealthCheckRepository.h"
#include "SqlUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace dsr {

namespace {

// Tables a migration fills: their rows are the target's own (schema_version, app_roles) or are
// replaced by the source's (the database's identity, by which the audit key is found; the
// approval routes, which an administrator may have changed). Every other table must be empty on
// the target.
const QSet<QString> &keptOnTarget()
{
    static const QSet<QString> tables { QStringLiteral("schema_version"), QStringLiteral("app_roles") };
    return tables;
}
const QSet<QString> &seededByMigrations()
{
    static const QSet<QString> tables { QStringLiteral("database_identity"),
                                        QStringLiteral("approval_routes") };
    return tables;
}

// Rows per multi-row INSERT, and the bytes of blobs after which a batch goes early: few round
// trips to the server, without statements of unbounded size.
constexpr int kRowsPerBatch = 200;
constexpr int kMaxParameters = 30000;
constexpr qint64 kBytesPerBatch = 8 * 1024 * 1024;

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

// The program's tables of `db`: on SQLite without its internal tables, and without full-text
// tables and their shadow tables (an index the program rebuilds from the stored keys; the
// server's trigram indexes stand for it).
Result<QStringList> tablesOf(Database &db)
{
    QSqlQuery q(db.connection());
    if (db.dialect().isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                   "current_schema() ORDER BY tablename")))
            return sqlFailure(q, DatabaseCopy::tr("Cannot list the tables"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                               "'sqlite!_%' ESCAPE '!' ORDER BY name")))
        return sqlFailure(q, DatabaseCopy::tr("Cannot list the tables"));
    QStringList all, virtualTables;
    while (q.next()) {
        all << q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << q.value(0).toString();
    }
    QStringList out;
    for (const QString &t : std::as_const(all)) {
        const bool derived = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &v) {
            return t == v || t.startsWith(v + QLatin1Char('_'));
        });
        if (!derived)
            out << t;
    }
    return out;
}

} // namespace

Status DatabaseCopy::checkDeskFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("There is no database file %1.").arg(path));
    const auto notOurs = [&](const QString &why) {
        return makeError(ErrorCode::Failure,
                         tr("%1 is not a DSR Desk database file (%2); nothing was copied.").arg(path, why));
    };
    if (!info.isFile())
        return notOurs(tr("it is not a file"));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Failure, tr("Cannot read %1: %2").arg(path, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return notOurs(tr("it is not a SQLite database"));
    }
    // Read-only, so that looking never changes the file; the program's bookkeeping must be there.
    const QString name = QStringLiteral("dsr-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            result = makeError(ErrorCode::Failure,
                               tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                       "('schema_version', 'audit_log', 'users')"))
                || !q.next())
                result = notOurs(q.lastError().databaseText());
            else if (q.value(0).toInt() != 3)
                result = notOurs(tr("it holds no DSR Desk tables"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<bool> DatabaseCopy::holdsNoData(Database &db)
{
    auto tables = tablesOf(db);
    if (!tables)
        return tables.error();
    for (const QString &t : tables.value()) {
        if (keptOnTarget().contains(t) || seededByMigrations().contains(t))
            continue;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(t))))
            return sqlFailure(q, tr("Cannot read the table %1").arg(t));
        if (q.next()) {
            qCInfo(lcDb).noquote() << "the target database holds rows in" << t;
            return false;
        }
    }
    return true;
}

Result<QStringList> DatabaseCopy::sourceTables()
{
    return tablesOf(m_source);
}

Result<QStringList> DatabaseCopy::targetTablesInDependencyOrder()
{
    auto tables = tablesOf(m_target);
    if (!tables)
        return tables.error();
    // Which tables each table refers to (its foreign keys); a reference to itself is met by
    // copying in primary key order (a reissued letter comes after the letter it replaces).
    QHash<QString, QSet<QString>> refersTo;
    QSqlQuery q(m_target.connection());
    if (m_target.dialect().isPostgres()) {
        if (!q.exec(
                QStringLiteral("SELECT c.relname, r.relname FROM pg_catalog.pg_constraint k JOIN "
                               "pg_catalog.pg_class c ON c.oid = k.conrelid JOIN pg_catalog.pg_class r ON "
                               "r.oid = k.confrelid WHERE k.contype = 'f' AND k.connamespace = "
                               "current_schema()::regnamespace")))
            return sqlFailure(q, tr("Cannot read the foreign keys"));
        while (q.next())
            refersTo[q.value(0).toString()].insert(q.value(1).toString());
    } else {
        for (const QString &t : tables.value()) {
            q.prepare(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"));
            q.addBindValue(t);
            if (!q.exec())
                return sqlFailure(q, tr("Cannot read the foreign keys"));
            while (q.next())
                refersTo[t].insert(q.value(0).toString());
        }
    }
    QStringList ordered;
    QSet<QString> done;
    QStringList pending = tables.value(); // sorted by name: the order is the same on every run
    while (!pending.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            const QString t = pending.at(i);
            const QSet<QString> &needs = refersTo.value(t);
            const bool ready = std::all_of(needs.cbegin(), needs.cend(), [&](const QString &other) {
                return other == t || done.contains(other) || !tables->contains(other);
            });
            if (ready) {
                ordered << t;
                done.insert(t);
                pending.removeAt(i);
                progress = true;
            } else {
                ++i;
            }
        }
        if (!progress) {
            // A cycle of foreign keys the schema does not have today: copied in name order, and
            // the server says which row it could not take.
            ordered += pending;
            break;
        }
    }
    return ordered;
}

Result<QStringList> DatabaseCopy::primaryKey(const QString &table)
{
    QSqlQuery q(m_target.connection());
    if (m_target.dialect().isPostgres())
        q.prepare(
            QStringLiteral("SELECT a.attname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a ON "
                           "a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = "
                           "CAST(CAST(? AS text) AS regclass) AND i.indisprimary ORDER BY "
                           "array_position(CAST(i.indkey AS int2[]), a.attnum)"));
    else
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the primary key of %1").arg(table));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<TableRows>> DatabaseCopy::copyRows()
{
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return makeError(ErrorCode::Failure,
                         tr("The source has schema version %1 and the target %2; both must be at the same "
                            "version.")
                             .arg(m_source.schemaVersion())
                             .arg(m_target.schemaVersion()));
    auto empty = holdsNoData(m_target);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return makeError(ErrorCode::Conflict, tr("The target database already holds data."));

    auto fromTables = sourceTables();
    if (!fromTables)
        return fromTables.error();
    auto order = targetTablesInDependencyOrder();
    if (!order)
        return order.error();
    // Every table of the source must have somewhere to go: nothing is left behind silently.
    for (const QString &t : fromTables.value())
        if (!keptOnTarget().contains(t) && !order->contains(t))
            return makeError(ErrorCode::Failure,
                             tr("The target database has no table %1; the two schemas differ.").arg(t));

    QList<TableRows> copied;
    for (const QString &name : order.value()) {
        if (keptOnTarget().contains(name) || !fromTables->contains(name))
            continue;
        Table table;
        table.name = name;
        const QSqlRecord from = m_source.connection().record(name);
        const QSqlRecord to = m_target.connection().record(name);
        for (int i = 0; i < from.count(); ++i) {
            const QString column = from.fieldName(i);
            if (to.indexOf(column) < 0)
                return makeError(
                    ErrorCode::Failure,
                    tr("The target's table %1 has no column %2; the two schemas differ.").arg(name, column));
            table.columns << column;
        }
        auto key = primaryKey(name);
        if (!key)
            return key.error();
        table.primaryKey = key.value();
        if (seededByMigrations().contains(name)) {
            // The target's own seed rows give way to the source's.
            QSqlQuery del(m_target.connection());
            if (!del.exec(QStringLiteral("DELETE FROM %1").arg(quoted(name))))
                return sqlFailure(del, tr("Cannot copy the table %1").arg(name));
        }
        auto rows = copyTable(table);
        if (!rows)
            return rows.error();
        if (table.columns.contains(QLatin1String("id")))
            if (Status s = moveSequencePastCopiedIds(name); !s)
                return s.error();
        copied.append({ name, rows.value() });
        qCInfo(lcDb).noquote() << "copied" << rows.value() << "rows of" << name;
    }
    return copied;
}

Result<qint64> DatabaseCopy::copyTable(const Table &table)
{
    QStringList columns;
    for (const QString &c : table.columns)
        columns << quoted(c);
    QStringList keys;
    for (const QString &c : table.primaryKey)
        keys << quoted(c);
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                       .arg(columns.join(QStringLiteral(", ")), quoted(table.name),
                            keys.isEmpty() ? QString()
                                           : QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", ")))))
        return sqlFailure(read, tr("Cannot read the table %1").arg(table.name));

    const int width = int(table.columns.size());
    const int perBatch = std::max(1, std::min(kRowsPerBatch, kMaxParameters / std::max(1, width)));
    const QString rowPlaceholders = QLatin1Char('(')
        + QStringList(width, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    const auto statement = [&](int rows) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(quoted(table.name), columns.join(QStringLiteral(", ")),
                 QStringList(rows, rowPlaceholders).join(QStringLiteral(", ")));
    };
    QSqlQuery fullBatch(m_target.connection());
    bool fullPrepared = false;
    QVariantList pending;
    int pendingRows = 0;
    qint64 pendingBytes = 0;
    qint64 total = 0;

    const auto flush = [&]() -> Status {
        if (pendingRows == 0)
            return {};
        QSqlQuery partial(m_target.connection());
        QSqlQuery *q = &partial;
        if (pendingRows == perBatch) {
            if (!fullPrepared) {
                if (!fullBatch.prepare(statement(perBatch)))
                    return sqlFailure(fullBatch, tr("Cannot copy the table %1").arg(table.name));
                fullPrepared = true;
            }
            q = &fullBatch;
        } else if (!partial.prepare(statement(pendingRows))) {
            return sqlFailure(partial, tr("Cannot copy the table %1").arg(table.name));
        }
        for (int i = 0; i < pending.size(); ++i)
            q->bindValue(i, pending.at(i));
        if (!q->exec())
            return sqlFailure(*q, tr("Cannot copy the table %1").arg(table.name));
        total += pendingRows;
        pending.clear();
        pendingRows = 0;
        pendingBytes = 0;
        return {};
    };

    while (read.next()) {
        for (int i = 0; i < width; ++i) {
            const QVariant v = read.value(i);
            if (v.typeId() == QMetaType::QByteArray)
                pendingBytes += v.toByteArray().size();
            pending << v;
        }
        ++pendingRows;
        if (pendingRows == perBatch || pendingBytes > kBytesPerBatch)
            if (Status s = flush(); !s)
                return s.error();
    }
    if (read.lastError().isValid())
        return sqlFailure(read, tr("Cannot read the table %1").arg(table.name));
    if (Status s = flush(); !s)
        return s.error();
    return total;
}

Status DatabaseCopy::moveSequencePastCopiedIds(const QString &table)
{
    if (!m_target.dialect().isPostgres())
        return {}; // SQLite numbers the next rowid after the highest one by itself
    QSqlQuery q(m_target.connection());
    q.prepare(QStringLiteral("SELECT pg_get_serial_sequence(CAST(? AS text), 'id')"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return sqlFailure(q, tr("Cannot read the id sequence of %1").arg(table));
    const QString sequence = q.value(0).toString();
    if (sequence.isEmpty())
        return {}; // an id that is not generated (the database's identity)
    // setval of NULL (an empty table) changes nothing: the sequence then starts at 1 as usual.
    q.prepare(QStringLiteral("SELECT setval(CAST(CAST(? AS text) AS regclass), (SELECT max(id) FROM %1))")
                  .arg(quoted(table)));
    q.addBindValue(sequence);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot move the id sequence of %1").arg(table));
    return {};
}

Result<DatabaseCopy::HashCheck> DatabaseCopy::verifyStoredHashes(Database &db)
{
    // The health check's walk (a batch of files at a time), stopped at the first file that fails.
    HashCheck out;
    HealthCheckRepository files(db);
    using StoredFile = HealthCheckRepository::StoredFile;
    for (const StoredFile kind : HealthCheckRepository::storedFiles()) {
        std::optional<HealthCheckRepository::HashMismatch> first;
        auto read = files.verifyHashes(
            kind, [&](const HealthCheckRepository::HashMismatch &m) { first = first.value_or(m); },
            [&] { return first.has_value(); });
        if (!read)
            return read.error();
        if (first)
            return makeError(ErrorCode::Failure, HealthCheckRepository::mismatchMessage(kind, *first));
        *(kind == StoredFile::Letter           ? &out.letters
              : kind == StoredFile::Attachment ? &out.attachments
                                               : &out.disclosureFiles)
            += read.value();
    }
    return out;
}

} // namespace dsr
