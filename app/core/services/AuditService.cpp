#include "AuditService.h"

#include "../Logging.h"
#include "../letters/CheckpointSheet.h"
#include "../security/AuditKey.h"
#include "../security/DiskFull.h"
#include "../security/FileModes.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "../text/CsvReader.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <cerrno>

namespace dsr {

Result<QList<AuditRecord>> AuditService::read(const Actor &actor, const AuditFilter &filter)
{
    if (Status s = require(actor, Operation::AuditRead, QStringLiteral("audit")); !s)
        return s.error();
    return AuditRepository(database()).list(filter);
}

Result<QList<AuditRecord>> AuditService::list(const Actor &actor, const AuditFilter &filter)
{
    auto rows = read(actor, filter);
    if (!rows)
        return rows;
    // The trail holds what clerks searched for, so reading it is a read like any other.
    QJsonObject details;
    if (!filter.userLogin.isEmpty())
        details.insert(QStringLiteral("by"), auditQuery(filter.userLogin));
    if (!filter.actionPrefix.isEmpty())
        details.insert(QStringLiteral("action"), auditQuery(filter.actionPrefix));
    if (!filter.entityType.isEmpty())
        details.insert(QStringLiteral("entity"), auditQuery(filter.entityType));
    if (!filter.entityId.isEmpty())
        details.insert(QStringLiteral("entity_id"), auditQuery(filter.entityId));
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (filter.limit > 0)
        details.insert(QStringLiteral("limit"), filter.limit);
    if (Status s = recordRead(actor, QStringLiteral("audit.list"), QStringLiteral("audit"),
                              QStringLiteral("-"), details, rows->size());
        !s)
        return s.error();
    return rows;
}

Result<qint64> AuditService::exportCsv(const Actor &actor, const AuditFilter &filter, QIODevice *out)
{
    auto data = csv(actor, filter);
    if (!data)
        return data.error();
    if (Status s = recordOnly(exportEvent(actor, data->second)); !s)
        return s.error();
    if (out->write(data->first) != data->first.size())
        return makeError(ErrorCode::Failure,
                         tr("Could not write the export file: %1").arg(out->errorString()));
    return data->second;
}

Result<qint64> AuditService::exportCsvFile(const Actor &actor, const AuditFilter &filter, const QString &path)
{
    auto data = csv(actor, filter);
    if (!data)
        return data.error();
    if (Status s = writeExport(path, data->first, exportEvent(actor, data->second)); !s)
        return s.error();
    return data->second;
}

AuditEvent AuditService::exportEvent(const Actor &actor, qint64 entries)
{
    return eventFor(actor, QStringLiteral("audit.export"), QStringLiteral("audit"), QStringLiteral("-"),
                    { { QStringLiteral("entries"), entries } });
}

Result<std::pair<QByteArray, qint64>> AuditService::csv(const Actor &actor, const AuditFilter &filter)
{
    auto rows = read(actor, filter); // the export's own entry records it
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
        data += CsvWriter::record(fields);
    }
    return std::pair<QByteArray, qint64>(data, qint64(rows->size()));
}

Result<AuditVerification> AuditService::verifyChain(Database &db,
                                                    const std::optional<AuditCheckpoint> &checkpoint)
{
    AuditRepository repo(db);
    auto id = repo.databaseId();
    if (!id)
        return id.error();
    if (checkpoint && checkpoint->databaseId != id.value()) {
        // Still walked, so that the head is reported; the checkpoint itself proves nothing here.
        auto walked = verifyChain(db);
        if (!walked)
            return walked;
        AuditVerification v = walked.value();
        v.intact = false;
        v.checkpointRefused = true;
        v.problem = tr("The checkpoint belongs to another database (%1), not to this one (%2).")
                        .arg(checkpoint->databaseId, id.value());
        return v;
    }
    auto last = repo.head();
    if (!last)
        return last.error();
    auto path = repo.keyPath();
    if (!path)
        return path.error();
    // Without the key the walk stops at the first keyed entry, and the problem names the file.
    const bool keyFileExists = QFileInfo::exists(path.value());
    std::shared_ptr<const AuditKey> key;
    Error keyError;
    if (keyFileExists || last->scheme == AuditScheme::HmacSha256) {
        auto k = repo.key();
        if (k)
            key = k.value();
        else
            keyError = k.error();
    }
    AuditVerifier verifier(key);
    if (checkpoint)
        verifier.expectHead(checkpoint->head);
    if (Status s = repo.scan([&](const AuditRowView &r) { return verifier.feed(r); }); !s)
        return s.error();
    AuditVerification result = verifier.finish();
    if (result.keyMissing) {
        result.problem = tr("%1: %2").arg(result.problem, keyError.message);
    } else if (result.intact && key && result.keyedSince == 0 && result.head.seq > 0) {
        // An unkeyed trail while this database's key exists: its keyed tail was cut off, or
        // rewritten with plain SHA-256 by someone without the key.
        result.intact = false;
        result.firstBadSeq = result.head.seq + 1;
        result.problem = tr("no entry is keyed although the audit key %1 exists for this database: the "
                            "keyed entries after entry %2 were removed, or rewritten without the key")
                             .arg(path.value())
                             .arg(result.head.seq);
    }
    return result;
}

Result<AuditVerification> AuditService::verify(const Actor &actor,
                                               const std::optional<AuditCheckpoint> &checkpoint)
{
    if (Status s = require(actor, Operation::AuditVerify, QStringLiteral("audit")); !s)
        return s.error();
    auto result = verifyChain(database(), checkpoint);
    if (!result)
        return result;
    if (result->intact)
        qCInfo(lcAudit) << "audit chain verified," << result->checked << "entries";
    else
        qCCritical(lcAudit) << "audit chain broken at sequence" << result->firstBadSeq;
    QJsonObject details { { QStringLiteral("checked"), result->checked },
                          { QStringLiteral("intact"), result->intact },
                          { QStringLiteral("first_bad_seq"), result->firstBadSeq },
                          { QStringLiteral("head_seq"), result->head.seq } };
    if (checkpoint)
        details.insert(QStringLiteral("checkpoint_seq"), checkpoint->head.seq);
    (void)recordOnly(eventFor(actor, QStringLiteral("audit.verify"), QStringLiteral("audit"),
                              QStringLiteral("-"), details));
    return result;
}

Result<AuditCheckpoint>
AuditService::recordCheckpoint(const Actor &actor, const QString &form,
                               const std::function<Status(const AuditCheckpoint &)> &beforeCommit)
{
    if (Status s = require(actor, Operation::AuditVerify, QStringLiteral("audit")); !s)
        return s.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    AuditRepository repo(database());
    auto id = repo.databaseId();
    if (!id)
        return id.error();
    // The checkpoint records its own entry: the head it pins includes the act of taking it.
    auto entry
        = repo.appendRecord(eventFor(actor, QStringLiteral("audit.checkpoint"), QStringLiteral("audit"),
                                     QStringLiteral("-"), { { QStringLiteral("form"), form } }));
    if (!entry)
        return entry.error();
    AuditCheckpoint c;
    c.head = AuditHead { entry->seq, entry->hash };
    c.databaseId = id.value();
    c.takenUtc = QDateTime::fromString(entry->atUtc, Qt::ISODateWithMs);
    c.organisation = settings->value(Setting::OrganisationName);
    if (beforeCommit)
        if (Status s = beforeCommit(c); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcAudit) << "audit checkpoint taken at sequence" << c.head.seq;
    return c;
}

Result<AuditCheckpoint> AuditService::takeCheckpoint(const Actor &actor, const QString &form)
{
    return recordCheckpoint(actor, form, {});
}

Result<AuditCheckpoint> AuditService::writeCheckpointFile(const Actor &actor, const QString &path)
{
    // The file is prepared inside the transaction and put in place only after the entry
    // committed: a file whose entry never committed would later read as a cut tail.
    QSaveFile file(path);
    auto c = recordCheckpoint(actor, QStringLiteral("file"), [&](const AuditCheckpoint &c) -> Status {
        const QByteArray data = c.toJson();
        if (!file.open(QIODevice::WriteOnly) || !FileModes::restrict(file)
            || file.write(data) != data.size()) {
            const int error = errno;
            return DiskFull::fileErrorOr(
                file, error, tr("Cannot write %1").arg(path),
                makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(path, file.errorString())));
        }
        return {};
    });
    if (!c) {
        file.cancelWriting();
        return c;
    }
    if (!file.commit())
        return makeError(ErrorCode::Failure,
                         tr("The checkpoint was recorded as entry %1, but %2 could not be written: %3")
                             .arg(c->head.seq)
                             .arg(path, file.errorString()));
    return c;
}

Result<AuditCheckpoint> AuditService::writeCheckpointSheet(const Actor &actor, const QString &path)
{
    // Rendered before the entry commits (a font missing: nothing recorded), written after it.
    QByteArray pdf;
    auto c = recordCheckpoint(actor, QStringLiteral("sheet"), [&](const AuditCheckpoint &c) -> Status {
        auto rendered = CheckpointSheet::render(c);
        if (!rendered)
            return rendered.error();
        pdf = rendered.value();
        return {};
    });
    if (!c)
        return c;
    if (Status s = AuditKeyFile::writeOwnerOnly(path, pdf); !s)
        return makeError(ErrorCode::Failure,
                         tr("The checkpoint was recorded as entry %1, but the sheet could not "
                            "be written: %2")
                             .arg(c->head.seq)
                             .arg(s.error().message));
    return c;
}

Status AuditService::ensureKeyed(Database &db)
{
    AuditRepository repo(db);
    {
        auto last = repo.head();
        if (!last)
            return last.error();
        // Keyed already: the key must be there. A new database is keyed by its first entry.
        if (last->scheme == AuditScheme::HmacSha256)
            return repo.key().ok() ? Status() : Status(repo.key().error());
        if (last->head.seq == 0)
            return {};
    }
    // Under the write lock, so that two programs opening the old database at once switch it once.
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto last = repo.head();
    if (!last)
        return last.error();
    if (last->scheme == AuditScheme::HmacSha256)
        return repo.key().ok() ? Status() : Status(repo.key().error());
    auto path = repo.keyPath();
    if (!path)
        return path.error();
    if (QFileInfo::exists(path.value())) {
        if (auto existing = repo.key(); !existing)
            return existing.error();
        return makeError(
            ErrorCode::Failure,
            tr("The audit trail of this database has no keyed entries, but its audit key %1 exists: the "
               "keyed entries were removed or rewritten. Nothing was changed. Ask the privacy officer to "
               "compare the trail with the last checkpoint (“dsrctl audit verify --checkpoint”).")
                .arg(path.value()));
    }
    auto key = repo.key(true);
    if (!key)
        return key.error();
    QJsonObject details { { QStringLiteral("scheme"), QStringLiteral("hmac-sha256") },
                          { QStringLiteral("unkeyed_entries"), last->head.seq } };
    auto entry = repo.appendRecord(AuditEvent { std::nullopt, QString(), QStringLiteral("audit.keyed"),
                                                QStringLiteral("audit"), QStringLiteral("-"), details },
                                   true);
    Status done = entry ? tx.commit() : Status(entry.error());
    if (!done) {
        // The key was made for a switch that did not happen; leaving it would read as tampering.
        db.cacheAuditKey({});
        QFile::remove(path.value());
        return done;
    }
    qCInfo(lcAudit) << "audit trail switched to keyed entries at sequence" << entry->seq;
    return {};
}

Status AuditService::recordAccess(const Actor &actor, const QString &entityType, const QString &entityId)
{
    return recordOnly(eventFor(actor, entityType + QStringLiteral(".view"), entityType, entityId));
}

} // namespace dsr
