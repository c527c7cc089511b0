#include "Database.h"

#include "../Logging.h"
#include "../security/FileModes.h"
#include "LetterRepository.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dsr {

namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

QList<Migration> shippedMigrations()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<Migration> out;
    // One folder of migrations per engine, numbered alike (resources/sql/<engine>/NNN_name.sql).
    const QDir dir(QStringLiteral(":/sql/sqlite"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (m.hasMatch())
            out.append({ m.captured(1).toInt(), dir.filePath(file) });
    }
    return out;
}

// Splits a migration script into statements. Trigger bodies contain semicolons, so a statement
// that starts with CREATE TRIGGER ends only at a line reading "END;".
QStringList splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + QLatin1Char('\n');
        const bool inTrigger
            = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

// What a migration needs that its SQL cannot do — keys computed by JapaneseText — run right after
// its script, in the same transaction.
Status afterMigration(Database &db, int version)
{
    if (version == 9)
        return LetterRepository(db).fillSearchKeys();
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/dsrdesk.sqlite");
}

Result<bool> Database::isEmpty()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM members) + "
                               "(SELECT count(*) FROM requests)"))
        || !q.next())
        return sqlFailure(q, tr("Cannot read the database"));
    return q.value(0).toLongLong() == 0;
}

int Database::latestSchemaVersion()
{
    const auto all = shippedMigrations();
    return all.isEmpty() ? 0 : all.last().version;
}

void Database::keepOnRollback(const AuditEvent &event)
{
    if (m_transactionDepth > 0)
        m_keepOnRollback.append(event);
}

void *Database::sqliteHandle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return openAtVersion(path, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return makeError(ErrorCode::Failure, tr("%1 is a folder, not a database file.").arg(path));
    if (!FileModes::makePrivateDirectory(info.absolutePath()))
        return makeError(ErrorCode::Failure, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    // A new file is made owner-only before SQLite opens it; SQLite gives the WAL and SHM files
    // the database file's mode. O_EXCL: a file another program made meanwhile is only opened.
    if (!info.exists()) {
#ifdef Q_OS_UNIX
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                              FileModes::OwnerOnlyFile);
        if (fd >= 0)
            ::close(fd);
#else
        QFile file(path);
        (void)file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
#endif
    }

    const QString connection = QStringLiteral("dsr-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(path, connection));
    if (!db->m_db.open()) {
        return makeError(ErrorCode::Failure,
                         tr("Cannot open the database %1: %2").arg(path, db->m_db.lastError().text()));
    }
    if (Status s = db->configure(); !s)
        return s.error();
    // A database, WAL or SHM file that an older version or a copy left more open is closed now.
    for (const char *suffix : { "", "-wal", "-shm" })
        FileModes::restrict(path + QLatin1String(suffix));
    if (Status s = db->migrate(version); !s)
        return s.error();
    {
        QSqlQuery q(db->m_db);
        if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
            return makeError(ErrorCode::Failure,
                             tr("Cannot open the database %1: %2").arg(path, q.lastError().text()));
        db->m_engineName = QStringLiteral("SQLite");
        db->m_engineVersion = q.value(0).toString();
    }
    qCInfo(lcDb).noquote() << "database open," << db->m_engineName << db->m_engineVersion << "schema version"
                           << db->m_schemaVersion;
    return db;
}

Database::Opener Database::anotherConnection() const
{
    return
        [path = m_path, keyPath = m_auditKeyPath, key = m_auditKey]() -> Result<std::unique_ptr<Database>> {
            auto db = open(path);
            if (!db)
                return db.error();
            db.value()->setAuditKeyPath(keyPath);
            if (key)
                db.value()->cacheAuditKey(key);
            return std::move(db).value();
        };
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    // The first statement reads the header: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        return makeError(ErrorCode::Failure,
                         tr("%1 is not a DSR Desk database (%2). Choose another file with --db.")
                             .arg(m_path, q.lastError().databaseText()));
    }
    // mmap lets long reads (the audit chain walk) use the page cache in place instead of copying
    // every page; writes still go through the WAL.
    const QStringList pragmas { QStringLiteral("PRAGMA foreign_keys=ON"),
                                QStringLiteral("PRAGMA synchronous=FULL"),
                                QStringLiteral("PRAGMA busy_timeout=10000"),
                                QStringLiteral("PRAGMA mmap_size=1073741824") };
    for (const QString &p : pragmas)
        if (!q.exec(p))
            return sqlFailure(q, tr("Cannot configure the database"));
    return {};
}

Status Database::migrate(int target)
{
    QSqlQuery q(m_db);
    int current = 0;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"))
        && q.next()) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
            return sqlFailure(q, tr("Cannot read the schema version"));
        current = q.value(0).toInt();
    } else if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()
               && q.value(0).toInt() > 0) {
        return makeError(ErrorCode::Failure,
                         tr("%1 holds tables of another program; DSR Desk will not change it.").arg(m_path));
    }

    const int latest = latestSchemaVersion();
    if (current > latest) {
        return makeError(
            ErrorCode::Failure,
            tr("The database %1 has schema version %2, but this program knows only up to version %3. "
               "Use a newer DSR Desk.")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    }
    if (current >= target) {
        m_schemaVersion = current;
        return {};
    }

    Transaction tx(*this);
    if (!tx.isActive())
        return tx.beginError();
    for (const Migration &m : shippedMigrations()) {
        if (m.version <= current || m.version > target)
            continue;
        QFile f(m.resource);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Failure,
                             tr("Migration %1 is missing from the program.").arg(m.version));
        for (const QString &statement : splitStatements(QString::fromUtf8(f.readAll()))) {
            if (!q.exec(statement))
                return sqlFailure(q, tr("Schema migration %1 failed").arg(m.version));
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(nowDbTime());
        if (!q.exec())
            return sqlFailure(q, tr("Schema migration %1 failed").arg(m.version));
        if (Status s = afterMigration(*this, m.version); !s)
            return s;
        qCInfo(lcDb) << "applied migration" << m.version;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_schemaVersion = std::min(latest, target);
    return {};
}

} // namespace dsr
