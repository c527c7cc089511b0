#pragma once
// Erasure (消去, APPI art. 35; DOMAIN.md §8) by the privacy officer: one attachment of a request,
// a member's personal data, and the purge of requests closed longer ago than the retention
// setting. Each leaves a record of what was erased — never the content — by whom, when and why,
// and an audit entry, in the same transaction as the erasure; the erased bytes are overwritten in
// the database file, not only flagged.
//
// What member erasure touches: every personal column of the member's row (name, kana, birth
// date, postal code, address, telephone, affiliation) and its search index entries. The member
// number stays: requests and issued letters refer to the member by it. Requests keep their ids,
// receipt numbers and contents: a request holds no copy of the member's own name or address (the
// register reads them from the member), and an agent's name and address are the agent's data,
// removed with the request when it is purged. Issued letters are official records and are kept
// as issued by both erasure and purge.

#include "../model/Erasure.h"
#include "ServiceBase.h"

namespace dsr {

struct AttachmentErasure
{
    qint64 erasureId = 0;
    qint64 attachmentId = 0;
    qint64 requestId = 0;
    QString receiptNo;
    qint64 size = 0;
    bool checkpointed = true; // false: another desk kept the WAL from being truncated
};

struct MemberErasure
{
    qint64 erasureId = 0;
    qint64 memberId = 0;
    QString memberNumber;
    QStringList fields; // the erased fields' names
    bool checkpointed = true;
};

struct PurgeReport
{
    QDate closedBefore;
    QDate latestAllowed; // today minus the retention years
    QList<PurgeCandidate> requests;
    bool dryRun = true;
    bool checkpointed = true;
};

class ErasureService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)
public:
    using ServiceBase::ServiceBase;

    static constexpr int MaxReasonLength = 500;

    // `request` is the request's id or receipt number; `attachmentId` the number `request show`
    // lists. NotFound when either is unknown or the attachment belongs to another request.
    Result<AttachmentErasure> eraseAttachment(const Actor &actor, const QString &request, qint64 attachmentId,
                                              const QString &reason);
    Result<MemberErasure> eraseMember(const Actor &actor, const QString &memberNumber, const QString &reason);

    // The requests closed or withdrawn before `closedBefore`; removes them unless `dryRun`.
    // Refused when `closedBefore` is later than today minus the retention setting.
    Result<PurgeReport> purge(const Actor &actor, const QDate &closedBefore, bool dryRun);
    // The latest --closed-before the retention setting allows today.
    Result<QDate> latestPurgeDate();

    // The erasure records of an attachment, member or request (for the window and the tests).
    Result<QList<ErasureRecord>> records(const Actor &actor, ErasureRecord::Kind kind, qint64 id);

    // The fields member erasure blanks, as stored.
    static QStringList memberFields();

private:
    Result<QString> checkedReason(const QString &reason);
};

} // namespace dsr
