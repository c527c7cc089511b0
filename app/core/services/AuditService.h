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
    // Records the export, then writes the filtered entries as CSV (UTF-8 with BOM, for Excel) to
    // `out`; nothing is written when the record fails.
    Result<qint64> exportCsv(const Actor &actor, const AuditFilter &filter, QIODevice *out);
    // The same into a file: written to a temporary file in the target folder, recorded, then
    // renamed into place; when the record fails there is no file (ServiceBase::writeExport).
    Result<qint64> exportCsvFile(const Actor &actor, const AuditFilter &filter, const QString &path);
    // Walks the whole chain; records the check and its outcome as a new entry afterwards.
    Result<AuditVerification> verify(const Actor &actor);
    // The same walk with no permission check and no entry: the benchmark and tests.
    static Result<AuditVerification> verifyChain(Database &db);

    // Records that `actor` opened personal data (a member's or a request's), as the design asks.
    Status recordAccess(const Actor &actor, const QString &entityType, const QString &entityId);

private:
    // The CSV bytes and the number of entries in them.
    Result<std::pair<QByteArray, qint64>> csv(const Actor &actor, const AuditFilter &filter);
    static AuditEvent exportEvent(const Actor &actor, qint64 entries);
};

} // namespace dsr
