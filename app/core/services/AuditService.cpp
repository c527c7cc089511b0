#include "AuditService.h"

#include "../Logging.h"
#include "../security/FileModes.h"
#include "../storage/Database.h"
#include "../text/CsvReader.h"

#include <QIODevice>
#include <QSaveFile>

namespace dsr {

Result<QList<AuditRecord>> AuditService::list(const Actor &actor, const AuditFilter &filter)
{
    if (Status s = require(actor, Operation::AuditRead, QStringLiteral("audit")); !s)
        return s.error();
    return AuditRepository(database()).list(filter);
}

Result<qint64> AuditService::exportCsv(const Actor &actor, const AuditFilter &filter, QIODevice *out)
{
    auto n = writeCsv(actor, filter, out);
    if (n)
        recordExport(actor, n.value());
    return n;
}

Result<qint64> AuditService::exportCsvFile(const Actor &actor, const AuditFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !FileModes::restrict(file))
        return makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto n = writeCsv(actor, filter, &file);
    if (!n)
        return n; // QSaveFile discards the partial file
    if (!file.commit())
        return makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(path, file.errorString()));
    recordExport(actor, n.value());
    return n;
}

void AuditService::recordExport(const Actor &actor, qint64 entries)
{
    (void)recordOnly(eventFor(actor, QStringLiteral("audit.export"), QStringLiteral("audit"),
                              QStringLiteral("-"), { { QStringLiteral("entries"), entries } }));
}

Result<qint64> AuditService::writeCsv(const Actor &actor, const AuditFilter &filter, QIODevice *out)
{
    auto rows = list(actor, filter);
    if (!rows)
        return rows.error();
    QByteArray data("\xEF\xBB\xBF");
    data += "seq,at_utc,user_id,user_login,action,entity_type,entity_id,details,prev_hash,hash\r\n";
    for (const AuditRecord &r : rows.value()) {
        const QStringList fields { QString::number(r.seq),
                                   r.atUtc,
                                   r.userId ? QString::number(*r.userId) : QString(),
                                   r.userLogin,
                                   r.action,
                                   r.entityType,
                                   r.entityId,
                                   r.details,
                                   r.prevHash,
                                   r.hash };
        QStringList escaped;
        for (const QString &f : fields)
            escaped << CsvWriter::field(f);
        data += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (out->write(data) != data.size())
        return makeError(ErrorCode::Failure,
                         tr("Could not write the export file: %1").arg(out->errorString()));
    return qint64(rows->size());
}

Result<AuditVerification> AuditService::verifyChain(Database &db)
{
    AuditVerifier verifier;
    if (Status s = AuditRepository(db).scan([&](const AuditRowView &r) { return verifier.feed(r); }); !s)
        return s.error();
    return verifier.result();
}

Result<AuditVerification> AuditService::verify(const Actor &actor)
{
    if (Status s = require(actor, Operation::AuditVerify, QStringLiteral("audit")); !s)
        return s.error();
    auto result = verifyChain(database());
    if (!result)
        return result;
    if (result->intact)
        qCInfo(lcAudit) << "audit chain verified," << result->checked << "entries";
    else
        qCCritical(lcAudit) << "audit chain broken at sequence" << result->firstBadSeq;
    (void)recordOnly(eventFor(actor, QStringLiteral("audit.verify"), QStringLiteral("audit"),
                              QStringLiteral("-"),
                              { { QStringLiteral("checked"), result->checked },
                                { QStringLiteral("intact"), result->intact },
                                { QStringLiteral("first_bad_seq"), result->firstBadSeq } }));
    return result;
}

Status AuditService::recordAccess(const Actor &actor, const QString &entityType, const QString &entityId)
{
    return recordOnly(eventFor(actor, entityType + QStringLiteral(".view"), entityType, entityId));
}

} // namespace dsr
