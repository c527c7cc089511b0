#pragma once
// The one place that knows which SQL engine a connection runs on (DESIGN.md "Storage"): SQLite for
// a single desk, PostgreSQL for several desks on a server. Repositories write the SQL both engines
// share and ask the dialect for the few pieces that differ; nothing above storage/ sees the engine.

#include <QString>
#include <QStringList>

namespace dsr {

enum class SqlEngine { SQLite, PostgreSQL };

class SqlDialect
{
public:
    explicit SqlDialect(SqlEngine engine = SqlEngine::SQLite)
        : m_engine(engine)
    {
    }

    SqlEngine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == SqlEngine::PostgreSQL; }
    // "SQLite" or "PostgreSQL", as Database::engineName reports it.
    QString name() const;
    // The Qt SQL driver: QSQLITE or QPSQL.
    QString driver() const;
    // The resource folder of this engine's migrations (numbered alike for both engines).
    QString migrationFolder() const;

    // "position of the bound text in `column`", 0 when absent: instr(column, ?) / strpos(column, ?).
    QString position(const QString &column) const;

    // " LIMIT n OFFSET m"; a limit of 0 or less: every row from the offset on.
    QString limitOffset(qint64 limit, qint64 offset) const;

    // The statement that returns one row when the table exists in this database.
    QString tableExists() const;
    // The statement that counts the tables of this database (another program's tables are refused).
    QString countTables() const;
    // The statement that reads the engine's version.
    QString versionQuery() const;

    // Appended to a SELECT of one table inside a writing transaction: the rows read stay locked
    // until it ends (" FOR UPDATE"); SQLite's write lock already covers the whole file (empty).
    QString lockRows() const;

    // Statements run inside a writing transaction before the audit chain's head is read, so two
    // desks append in one global order: SQLite's BEGIN IMMEDIATE already holds the database's write
    // lock (empty); PostgreSQL takes a transaction-scoped advisory lock on the chain. Rule for
    // every writing transaction: its rows first, its audit entries last — a transaction that holds
    // the head and then waits for a row another desk holds while waiting for the head deadlocks.
    QString lockAuditHead() const;

    // How a writing transaction begins: SQLite takes the write lock at once (IMMEDIATE), so two
    // read-then-write transactions are serialised instead of deadlocking; PostgreSQL's row locks
    // and the advisory lock above do that per row.
    QString beginTransaction() const;

    // Refreshes the planner's statistics of `tables` after a bulk load: PostgreSQL's ANALYZE (its
    // autovacuum would get there only later, and until then plans a freshly copied register as
    // empty). SQLite plans without statistics here (empty).
    QString refreshStatistics(const QStringList &tables) const;

private:
    SqlEngine m_engine;
};

} // namespace dsr
