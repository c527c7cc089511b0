#pragma once
// A letter's way after it is written (DOMAIN.md §7): a chief approves a procedural draft, the
// clerk prints and mails the issued letter (mailing the decision letter notifies the request),
// records it returned undeliverable, or voids it (欠番; a draft is discarded the same way). Which
// state allows what, and who approves a draft, is LetterLifecycle's; this service applies it, and
// writes each change with its audit entry in one transaction.

#include "../letters/LetterLifecycle.h"
#include "../model/Letter.h"
#include "../model/LetterRecordFields.h"
#include "ServiceBase.h"

#include <QDate>
#include <QJsonObject>

#include <functional>

namespace dsr {

class LetterLifecycleService : public ServiceBase
{
    // The messages kept the context they had in LetterService (their translations with them).
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    using ServiceBase::ServiceBase;
    void setToday(const QDate &today) { m_today = today; }

    // A chief (not the draft's author) approves a procedural draft.
    Result<Letter> approveDraft(const Actor &actor, qint64 letterId, qint64 expectedVersion = 0);
    Result<Letter> markPrinted(const Actor &actor, qint64 letterId);
    // Mailing (or handing over) the decision letter records the request as notified.
    Result<Letter> markMailed(const Actor &actor, qint64 letterId, MailMethod method,
                              const QString &trackingNo, const QDate &on, qint64 expectedVersion = 0);
    Result<Letter> markReturned(const Actor &actor, qint64 letterId, const QDate &on);
    // 欠番: the number stays in the register with the reason. A draft is discarded the same way.
    Result<Letter> voidLetter(const Actor &actor, qint64 letterId, const QString &reason,
                              qint64 expectedVersion = 0);

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    // Printing, mailing, returns and voiding are the issuing clerk's (Permissions: LetterIssue).
    Status requireIssuer(const Actor &actor, qint64 letterId);
    // One action on a letter in one transaction: LetterLifecycle refuses what the letter's state
    // does not allow and names the state it leads to; `prepare` refuses for the action's own
    // reasons or fills the columns and the audit details; `after` runs inside the same transaction
    // (the workflow's notification).
    using Prepare = std::function<Status(const Letter &, LetterRecordValues &, QJsonObject &)>;
    Result<Letter> changeState(const Actor &actor, qint64 letterId, qint64 expectedVersion,
                               LetterAction action, const QString &auditAction, const Prepare &prepare,
                               const std::function<Status(const Letter &)> &after = {});
    QDate m_today;
};

} // namespace dsr
