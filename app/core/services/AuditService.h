#pragma once
// The audit trail for privacy officers and auditors: browse, export, verify the chain.

#include "../model/AuditQuery.h"
#include "../security/AuditChain.h"
#include "../security/AuditCheckpoint.h"
#include "ServiceBase.h"

#include <optional>

class QIODevice;

namespace dsr {

class AuditService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    using ServiceBase::ServiceBase;

    Result<QList<AuditRecord>> list(const Actor &actor, const AuditFilter &filter);
    // Records the export, then writes the filtered entries as CSV (UTF-8 with BOM, for Excel) to
    // `out`; nothing is written when the record fails.
    Result<qint64> exportCsv(const Actor &actor, const AuditFilter &filter, QIODevice *out);
    // The same into a file: written to a temporary file in the target folder, recorded, then
    // renamed into place; when the record fails there is no file (ServiceBase::writeExport).
    Result<qint64> exportCsvFile(const Actor &actor, const AuditFilter &filter, const QString &path);
    // Walks the whole chain; records the check and its outcome as a new entry afterwards. With a
    // checkpoint, the chain must also reach its entry and have its hash there, and the checkpoint
    // must belong to this database. Keyed entries are checked with the database's audit key; when
    // the key cannot be read the result is not intact, keyMissing, and the problem names the file.
    Result<AuditVerification> verify(const Actor &actor,
                                     const std::optional<AuditCheckpoint> &checkpoint = std::nullopt);
    // The same walk with no permission check and no entry: the benchmark and tests.
    static Result<AuditVerification>
    verifyChain(Database &db, const std::optional<AuditCheckpoint> &checkpoint = std::nullopt);

    // Records a checkpoint ("audit.checkpoint") and returns the head including that entry, for a
    // file or a printed sheet kept outside the database. `form`: "file" or "sheet".
    Result<AuditCheckpoint> takeCheckpoint(const Actor &actor, const QString &form);
    // The same into FILE (JSON, owner-only, atomic). The entry is committed before the file
    // appears; when the entry cannot be written there is no file.
    Result<AuditCheckpoint> writeCheckpointFile(const Actor &actor, const QString &path);
    // The same as a one-page A4 PDF to print and file with the 決裁 papers (CheckpointSheet).
    Result<AuditCheckpoint> writeCheckpointSheet(const Actor &actor, const QString &path);

    // Called by the window and dsrctl right after opening a database. A trail written before the
    // audit key existed is switched to keyed entries: the key is created and the switch itself
    // is recorded ("audit.keyed"). A keyed trail needs its key: a missing or wrong key file is
    // refused here, naming the file. An unkeyed trail whose key file exists is refused too —
    // its keyed part was removed or rewritten.
    static Status ensureKeyed(Database &db);

    // Records that `actor` opened personal data (a member's or a request's), as the design asks.
    Status recordAccess(const Actor &actor, const QString &entityType, const QString &entityId);

private:
    // The entries, after the permission check, without an entry of its own.
    Result<QList<AuditRecord>> read(const Actor &actor, const AuditFilter &filter);
    // The CSV bytes and the number of entries in them.
    Result<std::pair<QByteArray, qint64>> csv(const Actor &actor, const AuditFilter &filter);
    static AuditEvent exportEvent(const Actor &actor, qint64 entries);
    Result<AuditCheckpoint>
    recordCheckpoint(const Actor &actor, const QString &form,
                     const std::function<Status(const AuditCheckpoint &)> &beforeCommit);
};

} // namespace dsr
