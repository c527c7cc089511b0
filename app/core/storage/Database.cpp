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
#include <QUrl>
#include <QUrlQuery>
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

QList<Migration> shippedMigrations(const SqlDialect &dialect)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<Migration> out;
    // One folder of migrations per engine, numbered alike (resources/sql/<engine>/NNN_name.sql).
    const QDir dir(dialect.migrationFolder());
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (m.hasMatch())
            out.append({ m.captured(1).toInt(), dir.filePath(file) });
    }
    return out;
}

// Splits a migration script into statements. Trigger bodies contain semicolons, so a SQLite
// statement that starts with CREATE TRIGGER ends only at a line reading "END;", and a PostgreSQL
// function body between $$ quotes ends only after its closing $$.
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
            = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
            && !current.contains(QLatin1String("EXECUTE FUNCTION"), Qt::CaseInsensitive);
        const bool inDollarQuote = current.count(QLatin1String("$$")) % 2 == 1;
        const bool ends = inDollarQuote ? false
            : inTrigger                 ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
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

// A postgresql:// URI taken apart for the QPSQL driver.
struct ServerLocation
{
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString password; // from the URI, when someone wrote it there
    QStringList options; // libpq key='value' pairs
    QString display; // the URI without a password
};

Result<ServerLocation> parseServerLocation(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    const auto usage = [&](const QString &why) {
        return makeError(
            ErrorCode::Usage,
            Database::tr("The server address %1 is not valid: %2 Write it as "
                         "postgresql://USER@HOST:PORT/DATABASE.")
                .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : QStringLiteral("given"),
                     why));
    };
    if (!url.isValid())
        return usage(url.errorString() + QLatin1Char('.'));
    ServerLocation out;
    out.host = url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.password = url.password();
    out.database = url.path().mid(1);
    if (out.host.isEmpty())
        return usage(Database::tr("it names no host."));
    if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return usage(Database::tr("it names no database."));
    if (out.user.isEmpty())
        return usage(Database::tr("it names no user."));
    // The libpq options a desk may need; anything else is refused rather than silently ignored.
    static const QStringList allowed {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("passfile")
    };
    bool timeoutGiven = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key))
            return usage(Database::tr("the option %1 is not supported (supported: %2).")
                             .arg(key, allowed.join(QStringLiteral(", "))));
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        out.options << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        out.options << QStringLiteral("connect_timeout='10'");
    if (!QUrlQuery(url).hasQueryItem(QStringLiteral("application_name")))
        out.options << QStringLiteral("application_name='dsrdesk'");
    out.display = url.toString(QUrl::RemovePassword);
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

Database::Database(QString path, QString connectionName, SqlEngine engine)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(engine)
{
    m_db = QSqlDatabase::addDatabase(m_dialect.driver(), m_connectionName);
}

Database::~Database()
{
    dropStatements();
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
    const auto all = shippedMigrations(SqlDialect(SqlEngine::SQLite));
    return all.isEmpty() ? 0 : all.last().version;
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
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

Result<std::unique_ptr<Database>> Database::open(const QString &location, const QString &password)
{
    return openAtVersion(location, latestSchemaVersion(), password);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &location, int version,
                                                          const QString &password)
{
    auto db
        = isServerLocation(location) ? openServer(location, password, version) : openFile(location, version);
    if (db)
        qCInfo(lcDb).noquote() << "database open," << db.value()->m_engineName << db.value()->m_engineVersion
                               << "schema version" << db.value()->m_schemaVersion;
    return db;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, int version)
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
    std::unique_ptr<Database> db(new Database(path, connection, SqlEngine::SQLite));
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
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
    db->dropStatements(); // none prepared on the schema before its upgrade survives it
    QSqlQuery q(db->m_db);
    if (!q.exec(db->m_dialect.versionQuery()) || !q.next())
        return makeError(ErrorCode::Failure,
                         tr("Cannot open the database %1: %2").arg(path, q.lastError().text()));
    db->m_engineName = db->m_dialect.name();
    db->m_engineVersion = q.value(0).toString();
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &uri, const QString &password,
                                                       int version)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::Failure,
                         tr("This installation cannot reach a PostgreSQL server: the Qt driver QPSQL "
                            "(Debian package libqt6sql6-psql) is missing."));
    auto location = parseServerLocation(uri);
    if (!location)
        return location.error();
    const QString connection = QStringLiteral("dsr-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(location->display, connection, SqlEngine::PostgreSQL));
    db->m_password = password.isEmpty() ? location->password : password;
    db->m_db.setHostName(location->host);
    db->m_db.setPort(location->port);
    db->m_db.setUserName(location->user);
    db->m_db.setDatabaseName(location->database);
    if (!db->m_password.isEmpty())
        db->m_db.setPassword(db->m_password);
    db->m_db.setConnectOptions(location->options.join(QLatin1Char(';')));
    if (!db->m_db.open()) {
        const QString why = db->m_db.lastError().databaseText().trimmed().isEmpty()
            ? db->m_db.lastError().text().trimmed()
            : db->m_db.lastError().databaseText().trimmed();
        qCWarning(lcDb).noquote() << "cannot connect to" << location->display << ":" << why;
        if (why.contains(QLatin1String("no password supplied"))
            || why.contains(QLatin1String("password authentication failed")))
            return makeError(ErrorCode::Authentication,
                             tr("The server %1 refused the password of %2 (or wants one and none was "
                                "given in the password file). Enter the password, or check PGPASSFILE "
                                "and ~/.pgpass.")
                                 .arg(location->display, location->user));
        if (db->m_db.lastError().nativeErrorCode() == QLatin1String("3D000")
            || (why.contains(QLatin1String("database \"")) && why.contains(QLatin1String("does not exist"))))
            return makeError(ErrorCode::NotFound,
                             tr("The server has no database %1. Check the address, or ask the "
                                "administrator to create it (docs/ADMINISTRATION.md, “Several desks”).")
                                 .arg(location->database));
        if (why.contains(QLatin1String("could not translate host name")))
            return makeError(ErrorCode::Failure,
                             tr("The server name %1 is not known on this network. Check the name, or ask "
                                "the administrator for the server's address.")
                                 .arg(location->host));
        if (why.contains(QLatin1String("Connection refused"))
            || why.contains(QLatin1String("timeout expired"))
            || why.contains(QLatin1String("No route to host"))
            || why.contains(QLatin1String("Network is unreachable")))
            return makeError(ErrorCode::Failure,
                             tr("The server %1 does not answer on port %2. Check that it is running and "
                                "that this computer may reach it, then try again.")
                                 .arg(location->host)
                                 .arg(location->port));
        return makeError(ErrorCode::Failure,
                         tr("Cannot connect to the database server %1: %2").arg(location->display, why));
    }
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(version); !s)
        return s.error();
    db->dropStatements(); // none prepared on the schema before its upgrade survives it
    QSqlQuery q(db->m_db);
    if (!q.exec(db->m_dialect.versionQuery()) || !q.next())
        return makeError(ErrorCode::Failure,
                         tr("Cannot open the database %1: %2").arg(location->display, q.lastError().text()));
    db->m_engineName = db->m_dialect.name();
    db->m_engineVersion = q.value(0).toString().section(QLatin1Char(' '), 0, 0);
    return db;
}

Database::Opener Database::anotherConnection() const
{
    return [path = m_path, password = m_password, keyPath = m_auditKeyPath,
            key = m_auditKey]() -> Result<std::unique_ptr<Database>> {
        auto db = open(path, password);
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
    if (m_dialect.isPostgres()) {
        // Notices (a trigger's "already exists" and the like) stay on the server; times are stored
        // as text in UTC by the program, so the session's time zone does not matter. A desk waits
        // for another desk's locks (the audit chain's head) as long as a SQLite desk waits for the
        // file's write lock, then is told to try again (55P03) instead of hanging.
        for (const char *setting : { "SET client_min_messages = warning", "SET lock_timeout = '10s'" })
            if (!q.exec(QLatin1String(setting)))
                return sqlFailure(q, tr("Cannot configure the database"));
        return {};
    }
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

QSqlDatabase &Database::connection()
{
    if (m_dialect.isPostgres() && m_transactionDepth == 0 && serverConnectionLost(m_db.driver(), true))
        reconnectIfLost();
    return m_db;
}

bool Database::reconnectIfLost()
{
    if (!m_dialect.isPostgres() || m_transactionDepth > 0)
        return false;
    {
        QSqlQuery probe(m_db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false; // the connection works: the failure was something else
    }
    qCWarning(lcDb) << "connection to the server lost; connecting again";
    dropStatements();
    m_db.close();
    if (!m_db.open() || !configure()) {
        qCWarning(lcDb).noquote() << "reconnecting failed:" << m_db.lastError().text();
        return false;
    }
    for (const QString &channel : std::as_const(m_channels))
        m_db.driver()->subscribeToNotification(channel);
    qCInfo(lcDb) << "connected to the server again";
    if (m_onReconnected)
        m_onReconnected();
    return true;
}

namespace {
// Statements a connection keeps prepared: the repositories' fixed statements fit many times over;
// the register's filter combinations take the rest, least recently used first out.
constexpr int kStatementCacheSize = 200;
} // namespace

CachedQuery::Lease Database::leaseStatement(const QString &sql)
{
    QSqlDatabase &db = connection(); // reconnects (and so empties the cache) first when needed
    std::shared_ptr<CachedQuery::Slot> slot = m_statements.value(sql);
    if (slot && slot->inUse) // a second user at once: a statement of its own, not kept
        slot.reset();
    else if (slot && slot->query) {
        slot->inUse = true;
        slot->lastUse = ++m_statementUses;
        QSqlQuery query = std::move(*slot->query);
        slot->query.reset();
        return { std::move(query), slot };
    }
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return { std::move(query), nullptr };
    if (!slot && !m_statements.contains(sql)) {
        if (m_statements.size() >= kStatementCacheSize) {
            auto oldest = m_statements.end();
            for (auto it = m_statements.begin(); it != m_statements.end(); ++it)
                if (!(*it)->inUse && (oldest == m_statements.end() || (*it)->lastUse < (*oldest)->lastUse))
                    oldest = it;
            if (oldest == m_statements.end())
                return { std::move(query), nullptr };
            m_statements.erase(oldest);
        }
        slot = std::make_shared<CachedQuery::Slot>();
        slot->sql = sql;
        m_statements.insert(sql, slot);
    }
    if (slot) {
        slot->inUse = true;
        slot->lastUse = ++m_statementUses;
    }
    return { std::move(query), slot };
}

void Database::dropStatements()
{
    for (const auto &slot : std::as_const(m_statements))
        slot->query.reset();
    m_statements.clear();
}

bool Database::subscribe(const QString &channel)
{
    if (!m_dialect.isPostgres() || !m_db.driver()->subscribeToNotification(channel))
        return false;
    if (!m_channels.contains(channel))
        m_channels << channel;
    return true;
}

Status Database::refreshStatistics(const QStringList &tables)
{
    const QString sql = m_dialect.refreshStatistics(tables);
    if (sql.isEmpty())
        return {};
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlFailure(q, tr("Cannot refresh the planner's statistics"));
    return {};
}

Result<bool> Database::ownsSchema()
{
    if (!m_dialect.isPostgres())
        return true;
    QSqlQuery q(m_db);
    // The schema's owner, or (a database not yet made) a role that may create tables in it.
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT tableowner = current_user FROM pg_catalog.pg_tables "
                               "WHERE schemaname = current_schema() AND tablename = 'schema_version'), "
                               "has_schema_privilege(current_schema(), 'CREATE'))"))
        || !q.next())
        return sqlFailure(q, tr("Cannot read the database's owner"));
    return q.value(0).toBool();
}

Status Database::grantApplicationRole(const QString &role)
{
    if (!m_dialect.isPostgres())
        return makeError(ErrorCode::Usage, tr("Roles exist only on a server database (PostgreSQL)."));
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(role).hasMatch())
        return makeError(ErrorCode::Usage,
                         tr("%1 is not a role name this program grants to (lower-case letters, digits "
                            "and _, starting with a letter).")
                             .arg(role));
    Transaction tx(*this);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the server's roles"));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         tr("The server has no role %1; create it first (createuser %1).").arg(role));
    q.prepare(QStringLiteral("INSERT INTO app_roles (role) VALUES (?) ON CONFLICT DO NOTHING"));
    q.addBindValue(role);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot record the role"));
    if (Status s = grantRecordedRoles(); !s)
        return s;
    return tx.commit();
}

Status Database::grantRecordedRoles()
{
    if (!m_dialect.isPostgres())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT role FROM app_roles ORDER BY role")))
        return sqlFailure(q, tr("Cannot read the recorded roles"));
    QStringList roles;
    while (q.next())
        roles << q.value(0).toString();
    // Disclosure documents, every saved redaction draft and the redacted copies are kept like
    // attachments (011) — when the schema has them yet: a database granted before its upgrade
    // to 11 gets the revocation when the upgrade grants again.
    QStringList kept;
    for (const char *table : { "disclosure_documents", "redaction_drafts", "redacted_copies" }) {
        q.prepare(m_dialect.tableExists());
        q.addBindValue(QLatin1String(table));
        if (!q.exec())
            return sqlFailure(q, tr("Cannot read the schema"));
        if (q.next())
            kept << QLatin1String(table);
    }
    for (const QString &role : roles) {
        // Rows of the tables: read and write; the append-only records and the schema's own
        // bookkeeping: read and (where the program appends) insert only. Triggers refuse the same
        // changes, but a role without the privilege cannot even try, nor drop the triggers.
        const QString r = QLatin1Char('"') + role + QLatin1Char('"');
        const QStringList grants {
            QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"),
            QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, letter_templates, erasures, "
                           "database_identity, seal_images FROM %1"),
            QStringLiteral("REVOKE DELETE, TRUNCATE ON letters FROM %1"),
            // Files are never modified (a recorded erasure deletes them, which stays granted).
            QStringLiteral("REVOKE UPDATE, TRUNCATE ON attachments FROM %1"),
            QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version, app_roles, "
                           "database_identity FROM %1"),
            QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"),
        };
        QStringList statements = grants;
        if (!kept.isEmpty())
            statements << QStringLiteral("REVOKE UPDATE, TRUNCATE ON ") + kept.join(QStringLiteral(", "))
                    + QStringLiteral(" FROM %1");
        for (const QString &g : std::as_const(statements))
            if (!q.exec(g.arg(r)))
                return sqlFailure(q, tr("Cannot grant the role %1 its rights").arg(role));
    }
    return {};
}

Result<std::optional<int>> Database::recordedSchemaVersion()
{
    QSqlQuery q(m_db);
    q.prepare(m_dialect.tableExists());
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the schema version"));
    if (!q.next())
        return std::optional<int>();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return sqlFailure(q, tr("Cannot read the schema version"));
    return std::optional<int>(q.value(0).toInt());
}

Status Database::migrate(int target)
{
    QSqlQuery q(m_db);
    auto recorded = recordedSchemaVersion();
    if (!recorded)
        return recorded.error();
    int current = recorded->value_or(0);
    if (!*recorded && q.exec(m_dialect.countTables()) && q.next() && q.value(0).toInt() > 0) {
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

    if (m_dialect.isPostgres()) {
        auto owner = ownsSchema();
        if (!owner)
            return owner.error();
        if (!*owner)
            return makeError(
                ErrorCode::Failure,
                current == 0
                    ? tr("The server database %1 is empty, and this role may not create its tables. "
                         "Create them once as the database's owner: dsrctl --db "
                         "postgresql://OWNER@HOST/DATABASE init --app-role ROLE.")
                          .arg(m_path)
                    : tr("The server database %1 has schema version %2 and this program needs %3; the "
                         "desks' role may not upgrade it. Upgrade it once as the database's owner "
                         "(dsrctl --db postgresql://OWNER@HOST/DATABASE upgrade).")
                          .arg(m_path)
                          .arg(current)
                          .arg(latest));
    }

    Transaction tx(*this);
    if (!tx.isActive())
        return tx.beginError();
    if (m_dialect.isPostgres()) {
        // Two desks upgrading at once: the second waits here, then finds the work done.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x4453524D49475241LL)))
            return sqlFailure(q, tr("Cannot upgrade the database"));
        auto now = recordedSchemaVersion();
        if (!now)
            return now.error();
        current = now->value_or(0);
    }
    for (const Migration &m : shippedMigrations(m_dialect)) {
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
    if (Status s = grantRecordedRoles(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_schemaVersion = std::min(latest, target);
    return {};
}

} // namespace dsr
