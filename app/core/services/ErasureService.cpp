#include "ErasureService.h"

#include "../Logging.h"
#include "../storage/Database.h"
#include "../storage/ErasureRepository.h"
#include "../storage/MemberRepository.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "FreeTextFields.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace dsr {

namespace {

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonArray idArray(const QList<PurgeCandidate> &requests)
{
    QJsonArray ids;
    for (const PurgeCandidate &c : requests)
        ids.append(c.requestId);
    return ids;
}

} // namespace

QStringList ErasureService::memberFields()
{
    return { QStringLiteral("name"),        QStringLiteral("kana"),        QStringLiteral("birth_date"),
             QStringLiteral("postal_code"), QStringLiteral("address"),     QStringLiteral("phone"),
             QStringLiteral("affiliation"), QStringLiteral("search_index") };
}

Result<QString> ErasureService::checkedReason(const QString &reason)
{
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Usage, tr("Give the reason for the erasure."));
    if (text.size() > MaxReasonLength)
        return makeError(ErrorCode::Validation,
                         tr("The reason may have at most %1 characters.").arg(MaxReasonLength));
    // The record is permanent; a My Number in it could never be erased again.
    if (Status s = FreeTextFields::checkReason(QStringLiteral("reason"), tr("Reason for the erasure"), text);
        !s)
        return s.error();
    return text;
}

Result<AttachmentErasure> ErasureService::eraseAttachment(const Actor &actor, const QString &request,
                                                          qint64 attachmentId, const QString &reason)
{
    if (Status s
        = require(actor, Operation::DataErase, QStringLiteral("attachment"), QString::number(attachmentId));
        !s)
        return s.error();
    auto why = checkedReason(reason);
    if (!why)
        return why.error();

    RequestRepository requests(database());
    const QString key = request.normalized(QString::NormalizationForm_KC).trimmed();
    bool numeric = false;
    const qint64 requestId = key.toLongLong(&numeric);
    auto found = numeric ? requests.findById(requestId) : requests.findByReceiptNo(key);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(request));
    const Request r = *found.value();

    ErasureRepository repo(database());
    auto facts = repo.attachment(attachmentId);
    if (!facts)
        return facts.error();
    if (!facts.value() || facts.value()->requestId != r.id)
        return makeError(ErrorCode::NotFound,
                         tr("The request %1 has no attachment %2.").arg(r.receiptNo).arg(attachmentId));
    const ErasureRepository::AttachmentFacts a = *facts.value();

    if (Status s = repo.enableSecureDelete(); !s)
        return s.error();
    AttachmentErasure out;
    out.attachmentId = a.id;
    out.requestId = r.id;
    out.receiptNo = r.receiptNo;
    out.size = a.size;
    Status done = inTransaction(
        [&]() -> Status {
            ErasureRecord record;
            record.kind = ErasureRecord::Kind::Attachment;
            record.requestId = r.id;
            record.memberId = r.memberId;
            record.attachmentId = a.id;
            record.receiptNo = r.receiptNo;
            // The file name can itself be personal ("mynumber_back.jpg"): only its hash is kept.
            record.what = QJsonObject { { QStringLiteral("file_name_sha256"), sha256Hex(a.fileName) },
                                        { QStringLiteral("mime_type"), a.mimeType },
                                        { QStringLiteral("size"), a.size },
                                        { QStringLiteral("content_sha256"), a.sha256 } };
            record.reason = why.value();
            record.erasedBy = actor.userId;
            record.erasedLogin = actor.login;
            auto id = repo.insert(record);
            if (!id)
                return id.error();
            out.erasureId = id.value();
            if (Status s = repo.deleteAttachment(a.id); !s)
                return s;
            return repo.addHistory(
                r.id, actor.userId, actor.login, QStringLiteral("attachment-erase"),
                tr("Attachment %1 erased (erasure record %2).").arg(a.id).arg(out.erasureId));
        },
        [&] {
            return eventFor(actor, QStringLiteral("attachment.erase"), QStringLiteral("attachment"),
                            QString::number(a.id),
                            { { QStringLiteral("request_id"), r.id },
                              { QStringLiteral("erasure_id"), out.erasureId },
                              { QStringLiteral("size"), a.size } });
        });
    if (!done)
        return done.error();
    qCInfo(lcServices) << "attachment erased, id" << a.id << "request id" << r.id;
    out.checkpointed = bool(repo.checkpoint());
    return out;
}

Result<MemberErasure> ErasureService::eraseMember(const Actor &actor, const QString &memberNumber,
                                                  const QString &reason)
{
    if (Status s = require(actor, Operation::DataErase, QStringLiteral("member")); !s)
        return s.error();
    auto why = checkedReason(reason);
    if (!why)
        return why.error();
    auto found = MemberRepository(database())
                     .findByNumber(memberNumber.normalized(QString::NormalizationForm_KC).trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no member with the number %1.").arg(memberNumber));
    const Member m = *found.value();

    ErasureRepository repo(database());
    auto erased = repo.isMemberErased(m.id);
    if (!erased)
        return erased.error();
    if (erased.value())
        return makeError(ErrorCode::Conflict,
                         tr("The personal data of member %1 was erased already.").arg(m.memberNumber));
    // A request in progress still needs the name and address for its letters.
    auto open = repo.openRequestsOfMember(m.id);
    if (!open)
        return open.error();
    if (!open->isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Member %1 has requests in progress (%2); close or withdraw them before erasing "
                            "the member's data.")
                             .arg(m.memberNumber, open->join(tr(", "))));

    if (Status s = repo.enableSecureDelete(); !s)
        return s.error();
    MemberErasure out;
    out.memberId = m.id;
    out.memberNumber = m.memberNumber;
    out.fields = memberFields();
    Status done = inTransaction(
        [&]() -> Status {
            // The row first: once the record exists, the member row refuses every change.
            if (Status s = repo.eraseMember(m.id, tr("(erased)")); !s)
                return s;
            if (Status s = repo.compactSearchIndex(); !s)
                return s;
            ErasureRecord record;
            record.kind = ErasureRecord::Kind::Member;
            record.memberId = m.id;
            record.what
                = QJsonObject { { QStringLiteral("member_number"), m.memberNumber },
                                { QStringLiteral("fields"), QJsonArray::fromStringList(out.fields) } };
            record.reason = why.value();
            record.erasedBy = actor.userId;
            record.erasedLogin = actor.login;
            auto id = repo.insert(record);
            if (!id)
                return id.error();
            out.erasureId = id.value();
            return {};
        },
        [&] {
            return eventFor(actor, QStringLiteral("member.erase"), QStringLiteral("member"),
                            QString::number(m.id),
                            { { QStringLiteral("erasure_id"), out.erasureId },
                              { QStringLiteral("fields"), QJsonArray::fromStringList(out.fields) } });
        });
    if (!done)
        return done.error();
    qCInfo(lcServices) << "member data erased, id" << m.id;
    out.checkpointed = bool(repo.checkpoint());
    return out;
}

Result<QDate> ErasureService::latestPurgeDate()
{
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    return QDate::currentDate().addYears(-settings->intValue(Setting::RetentionYears));
}

Result<PurgeReport> ErasureService::purge(const Actor &actor, const QDate &closedBefore, bool dryRun)
{
    if (Status s = require(actor, Operation::DataErase, QStringLiteral("request"), QStringLiteral("purge"));
        !s)
        return s.error();
    if (!closedBefore.isValid())
        return makeError(ErrorCode::Usage, tr("Give the day before which closed requests are purged."));
    auto latest = latestPurgeDate();
    if (!latest)
        return latest.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    const int years = settings->intValue(Setting::RetentionYears);
    if (closedBefore > latest.value())
        return makeError(
            ErrorCode::Validation,
            tr("Closed requests are kept for %1 years (setting %2), so the date may be %3 at the "
               "latest, not %4.")
                .arg(years)
                .arg(Settings::info(Setting::RetentionYears).name, latest->toString(Qt::ISODate),
                     closedBefore.toString(Qt::ISODate)));

    ErasureRepository repo(database());
    PurgeReport report;
    report.closedBefore = closedBefore;
    report.latestAllowed = latest.value();
    report.dryRun = dryRun;
    auto candidates = repo.purgeCandidates(closedBefore);
    if (!candidates)
        return candidates.error();
    report.requests = candidates.value();
    const QJsonObject details { { QStringLiteral("closed_before"), closedBefore.toString(Qt::ISODate) },
                                { QStringLiteral("count"), report.requests.size() },
                                { QStringLiteral("request_ids"), idArray(report.requests) } };
    if (dryRun) {
        if (Status s = recordOnly(eventFor(actor, QStringLiteral("request.purge-preview"),
                                           QStringLiteral("request"), QStringLiteral("purge"), details));
            !s)
            return s.error();
        return report;
    }

    if (Status s = repo.enableSecureDelete(); !s)
        return s.error();
    const QString reason = tr("Kept %1 years after closing (closed before %2).")
                               .arg(years)
                               .arg(closedBefore.toString(Qt::ISODate));
    Status done = inTransaction(
        [&]() -> Status {
            for (const PurgeCandidate &c : std::as_const(report.requests)) {
                ErasureRecord record;
                record.kind = ErasureRecord::Kind::Request;
                record.requestId = c.requestId;
                record.receiptNo = c.receiptNo;
                record.what
                    = QJsonObject { { QStringLiteral("type"), c.type },
                                    { QStringLiteral("status"), c.status },
                                    { QStringLiteral("received_on"), c.received.toString(Qt::ISODate) },
                                    { QStringLiteral("closed_on"), c.closed.toString(Qt::ISODate) } };
                record.reason = reason;
                record.erasedBy = actor.userId;
                record.erasedLogin = actor.login;
                if (auto id = repo.insert(record); !id)
                    return id.error();
                if (Status s = repo.purgeRequest(c.requestId); !s)
                    return s;
            }
            if (report.requests.isEmpty())
                return {};
            return repo.compactSearchIndex();
        },
        [&] {
            return eventFor(actor, QStringLiteral("request.purge"), QStringLiteral("request"),
                            QStringLiteral("purge"), details);
        });
    if (!done)
        return done.error();
    qCInfo(lcServices) << "requests purged:" << report.requests.size();
    report.checkpointed = bool(repo.checkpoint());
    return report;
}

Result<QList<ErasureRecord>> ErasureService::records(const Actor &actor, ErasureRecord::Kind kind, qint64 id)
{
    if (Status s = require(actor, Operation::DataErase, QStringLiteral("erasure")); !s)
        return s.error();
    return ErasureRepository(database()).records(kind, id);
}

} // namespace dsr
