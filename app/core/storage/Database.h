#pragma once
// One open database — a SQLite file for a single desk, or a PostgreSQL database on a server shared
// by several desks — with its schema migrations and the connection every repository uses. Each
// Database owns its own Qt SQL connection, so two Database objects on the same database behave
// like two desks.

#include "../Result.h"
#include "../model/AuditEvent.h"
#include "CachedQuery.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace dsr {

class AuditKey;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens `location` and migrates the schema forward; a database newer than this program is
    // refused. `location` is a SQLite file path (created if needed; WAL, foreign keys,
    // synchronous=FULL, busy timeout) or a postgresql://USER@HOST:PORT/DBNAME URI (libpq rules:
    // the password from `password`, else PGPASSFILE or ~/.pgpass; sslmode and the other libpq
    // options in the query string). A server database is migrated only by the role that owns its
    // schema; a server that wants a password none of those gave fails with ErrorCode::Authentication.
    static Result<std::unique_ptr<Database>> open(const QString &location, const QString &password = {});
    // Tests of upgrades only: opens `location` migrated no further than schema version `version`,
    // as an older program left it.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &location, int version,
                                                           const QString &password = {});
    // Whether `location` names a server database (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString &location);

    // Another connection to this database, for a worker thread: a Qt SQL connection belongs to
    // the thread that opened it, so the function returned here opens the same database with the
    // same audit key (path and key already read) and is called — and its Database destroyed — on
    // the worker. WAL (or the server) lets the two read and write side by side.
    using Opener = std::function<Result<std::unique_ptr<Database>>()>;
    Opener anotherConnection() const;

    // Where the window and dsrctl keep their database when no --db is given.
    static QString defaultPath();

    // Highest migration shipped with this program.
    static int latestSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }
    // The engine this connection runs on and its version, as the server or library reports it
    // ("SQLite", "3.40.1"); read once when the database is opened.
    const QString &engineName() const { return m_engineName; }
    const QString &engineVersion() const { return m_engineVersion; }

    // Whether the database holds no user, member or request yet (demo data goes only there).
    Result<bool> isEmpty();

    // The SQL dialect of this connection's engine; repositories ask it for what differs.
    const SqlDialect &dialect() const { return m_dialect; }

    // PostgreSQL only, connected as the schema's owner: lets `role` (a login role the desks use)
    // read and write the data — but not change the schema, nor update or delete audit entries,
    // templates, erasure records or the database's identity. The role is remembered and granted
    // again after every schema upgrade, so new tables reach it too.
    Status grantApplicationRole(const QString &role);
    // After a bulk load (dsrctl migrate): the planner's statistics of `tables` brought up to date
    // (SqlDialect::refreshStatistics; nothing to do on SQLite).
    Status refreshStatistics(const QStringList &tables);
    // Whether this connection owns the schema (SQLite: always).
    Result<bool> ownsSchema();

    // The connection for the next statement. On a server, a connection found broken — a statement
    // failed on it, or the server ended the session or shut down since the last statement — is
    // opened again first, unless a transaction is under way (whose work is lost with the
    // connection and must fail as a whole).
    QSqlDatabase &connection();
    // The file path or the server URI, as given (never with a password).
    const QString &path() const { return m_path; }
    bool inTransaction() const { return m_transactionDepth > 0; }

    // An audit entry, already appended inside the open transaction, that must stay in the trail
    // even if that transaction rolls back (a refused attempt). A rolled-back savepoint appends it
    // again in its parent; a rolled-back outermost transaction appends it again in a fresh
    // transaction of its own; a commit keeps it as it is. No effect outside a transaction.
    void keepOnRollback(const AuditEvent &event);

    // After a failed statement: whether the server connection is gone, and if so opens it again
    // (same location, password and listened channels) — true when a fresh connection is ready.
    // SQLite: always false (a file does not drop). Used by Transaction before it begins, never
    // inside a transaction: what the lost connection had not committed is gone, not resumed.
    bool reconnectIfLost();
    // LISTEN on `channel` (PostgreSQL; false elsewhere or when refused); kept across reconnects.
    bool subscribe(const QString &channel);
    // Called after every successful reconnect (what was announced meanwhile was missed).
    void setReconnectedCallback(std::function<void()> callback) { m_onReconnected = std::move(callback); }

    // Raw handle of the SQLite library, for the few read paths that must avoid QVariant per value
    // (the audit chain verification). nullptr when the driver is not SQLite.
    void *sqliteHandle() const;

    // The audit key file named by --audit-key for this connection; empty: the usual place
    // (AuditKeyFile::resolve).
    void setAuditKeyPath(const QString &path) { m_auditKeyPath = path; }
    const QString &auditKeyPath() const { return m_auditKeyPath; }
    // The audit key once read (AuditRepository::key), kept for the life of the connection.
    const std::shared_ptr<const AuditKey> &cachedAuditKey() const { return m_auditKey; }
    void cacheAuditKey(std::shared_ptr<const AuditKey> key) { m_auditKey = std::move(key); }

private:
    friend class Transaction;
    friend class CachedQuery;
    // The prepared statement for `sql` (CachedQuery): from the cache when it is free, else
    // prepared now — and kept when the cache may hold it.
    CachedQuery::Lease leaseStatement(const QString &sql);
    // Forgets every prepared statement (before the connection closes or opens again).
    void dropStatements();
    Database(QString path, QString connectionName, SqlEngine engine);
    static Result<std::unique_ptr<Database>> openFile(const QString &path, int version);
    static Result<std::unique_ptr<Database>> openServer(const QString &uri, const QString &password,
                                                        int version);
    Status configure();
    Status migrate(int target);
    // The highest version in schema_version; empty when the table does not exist (yet).
    Result<std::optional<int>> recordedSchemaVersion();
    Status grantRecordedRoles();

    QString m_path;
    QString m_password; // a server password given by the user, kept for anotherConnection only
    QString m_connectionName;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QString m_engineName;
    QString m_engineVersion;
    int m_transactionDepth = 0;
    QList<AuditEvent> m_keepOnRollback; // raised inside the open transaction, oldest first
    QString m_auditKeyPath;
    std::shared_ptr<const AuditKey> m_auditKey;
    QStringList m_channels;
    QHash<QString, std::shared_ptr<CachedQuery::Slot>> m_statements;
    quint64 m_statementUses = 0;
    std::function<void()> m_onReconnected;
};

} // namespace dsr
