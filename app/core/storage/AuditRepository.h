#pragma once
// All SQL of the audit trail. Appending must happen inside the caller's transaction, so the entry
// commits together with the change it records.

#include "../Result.h"
#include "../model/AuditEvent.h"
#include "../model/AuditQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <memory>

namespace dsr {

class AuditKey;
class Database;

// The last entry: where the next one chains on, and in which scheme.
struct AuditChainHead
{
    AuditHead head;
    AuditScheme scheme = AuditScheme::Sha256;
};

class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {
    }

    // Appends one entry; the database must be inside a Transaction. The entry follows the scheme
    // of the last one: keyed after a keyed entry (failing when the key file is missing), keyed
    // from the first entry of a new database (creating its key), unkeyed in a trail written
    // before the audit key existed until AuditService::ensureKeyed switches it.
    Result<qint64> append(const AuditEvent &event);
    // The same, returning the whole entry (its hash for a checkpoint). `forceKeyed`: the switch.
    Result<AuditRecord> appendRecord(const AuditEvent &event, bool forceKeyed = false);
    Result<AuditChainHead> head();
    // The random id the database was given by migration 7; names its key file and checkpoints.
    Result<QString> databaseId();
    // Where this database's audit key lives (AuditKeyFile::resolve).
    Result<QString> keyPath();
    // The audit key, read once per connection; created first when `createIfMissing` and absent.
    Result<std::shared_ptr<const AuditKey>> key(bool createIfMissing = false);
    Result<QList<AuditRecord>> list(const AuditFilter &filter);
    // Streams every entry in sequence order as byte views valid during the callback; stops early
    // when the callback returns false.
    Status scan(const std::function<bool(const AuditRowView &)> &callback);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace dsr
