#pragma once
// RAII write transaction. SQLite takes the write lock at BEGIN IMMEDIATE, so two desks that both
// read-then-write (the audit chain head, counters) are serialised instead of deadlocking.
// Anything not committed is rolled back when the object goes out of scope. A transaction opened
// inside another is a savepoint of it, so a service can call another service's operation as
// part of its own. Audit entries marked with Database::keepOnRollback (refused attempts) are
// appended again after a rollback, so that undoing the work never undoes the record of a refusal.

#include "../Result.h"

#include <QCoreApplication>
#include <QString>

namespace dsr {

class Database;

class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (database busy past the timeout, read-only file …).
    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    QString m_savepoint; // empty for the outermost transaction
    Error m_beginError;
    qsizetype m_keptMark = 0; // entries kept on rollback before this transaction began
};

} // namespace dsr
