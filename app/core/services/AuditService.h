#pragma once
// The audit trail for privacy officers and auditors: browse, export, verify the chain.

#include "../storage/AuditRepository.h"
#include "ServiceBase.h"

class QIODevice;

namespace dsr {

class AuditService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    using ServiceBase::ServiceBase;

    Result<QList<AuditRecord>> list(const Actor &actor, const AuditFilter &filter);
    // Writes the filtered entries as CSV (UTF-8 with BOM, for Excel) and records the export.
    Result<qint64> exportCsv(const Actor &actor, const AuditFilter &filter, QIODevice *out);
    // The same into a file, written atomically; the export is recorded only once the file is
    // complete on disk.
    Result<qint64> exportCsvFile(const Actor &actor, const AuditFilter &filter, const QString &path);
    // Walks the whole chain; records the check and its outcome as a new entry afterwards.
    Result<AuditVerification> verify(const Actor &actor);
    // The same walk with no permission check and no entry: the benchmark and tests.
    static Result<AuditVerification> verifyChain(Database &db);

    // Records that `actor` opened personal data (a member's or a request's), as the design asks.
    Status recordAccess(const Actor &actor, const QString &entityType, const QString &entityId);

private:
    Result<qint64> writeCsv(const Actor &actor, const AuditFilter &filter, QIODevice *out);
    void recordExport(const Actor &actor, qint64 entries);
};

} // namespace dsr
