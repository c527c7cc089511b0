#pragma once
// All SQL of the audit trail. Appending must happen inside the caller's transaction, so the entry
// commits together with the change it records.

#include "../Result.h"
#include "../security/AuditChain.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace dsr {

class Database;

struct AuditFilter
{
    QString userLogin; // exact
    QString actionPrefix; // "auth." matches every auth action
    QString entityType; // exact
    QString entityId; // exact
    QDate from; // inclusive, local date
    QDate to; // inclusive, local date
    int limit = 0; // 0: no limit; newest first when limited
};

class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {
    }

    // Appends one entry; the database must be inside a Transaction.
    Result<qint64> append(const AuditEvent &event);
    Result<QList<AuditRecord>> list(const AuditFilter &filter);
    // Streams every entry in sequence order as byte views valid during the callback; stops early
    // when the callback returns false.
    Status scan(const std::function<bool(const AuditRowView &)> &callback);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace dsr
