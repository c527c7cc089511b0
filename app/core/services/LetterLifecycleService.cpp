#include "LetterLifecycleService.h"

#include "../letters/LetterKind.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/LetterRepository.h"
#include "../storage/RequestRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"
#include "FreeTextFields.h"
#include "LetterRegister.h"
#include "WorkflowService.h"

namespace dsr {

Result<Letter> LetterLifecycleService::approveDraft(const Actor &actor, qint64 letterId,
                                                    qint64 expectedVersion)
{
    if (Status s
        = require(actor, Operation::RequestApprove, QStringLiteral("letter"), QString::number(letterId));
        !s)
        return s.error();
    // The one-step route of a procedural letter (LetterLifecycle::draftApprover), with the roles
    // the database holds now.
    auto fresh = UserRepository(database()).findById(actor.userId);
    if (!fresh || !fresh.value())
        return makeError(ErrorCode::Authentication, tr("Log in again."));
    const RoleSet roles = fresh.value()->roles;
    if (Status s = LetterLifecycle::checkRole(LetterAction::Approve, roles); !s) {
        (void)recordOnly(eventFor(actor, QStringLiteral("permission.denied"), QStringLiteral("letter"),
                                  QString::number(letterId),
                                  { { QStringLiteral("operation"), QStringLiteral("letter.approve") } }));
        return s.error();
    }
    return changeState(actor, letterId, expectedVersion, LetterAction::Approve,
                       QStringLiteral("letter.approve"),
                       [&](const Letter &l, LetterRecordValues &cols, QJsonObject &) -> Status {
                           // The state, the role and one person one step, as LetterLifecycle has them.
                           if (Status s = LetterLifecycle::checkDraftApproval(actor.userId, roles, l); !s)
                               return s;
                           cols.insert(LetterRecordField::ApprovedBy, actor.userId);
                           cols.insert(LetterRecordField::ApprovedAt, nowDbTime());
                           return {};
                       });
}

Status LetterLifecycleService::requireIssuer(const Actor &actor, qint64 letterId)
{
    return require(actor, Operation::LetterIssue, QStringLiteral("letter"), QString::number(letterId));
}

Result<Letter> LetterLifecycleService::changeState(const Actor &actor, qint64 letterId,
                                                   qint64 expectedVersion, LetterAction action,
                                                   const QString &auditAction, const Prepare &prepare,
                                                   const std::function<Status(const Letter &)> &after)
{
    Transaction tx(database());
    if (!tx.isActive())
        return tx.beginError();
    auto l = LetterRegister::load(database(), letterId);
    if (!l)
        return l.error();
    if (expectedVersion > 0 && expectedVersion != l->version)
        return changedBySomeoneElse();
    if (Status s = LetterLifecycle::checkState(action, *l); !s)
        return s.error();
    LetterRecordValues columns;
    QJsonObject details = LetterRegister::event(*l);
    if (Status s = prepare(*l, columns, details); !s)
        return s.error();
    if (Status s = LetterRepository(database())
                       .update(letterId, l->version, LetterLifecycle::after(action, *l), columns);
        !s)
        return s.error();
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, auditAction, QStringLiteral("letter"), QString::number(letterId),
                                      details));
        !a)
        return a.error();
    if (after) {
        if (Status s = after(*l); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return LetterRegister::load(database(), letterId);
}

Result<Letter> LetterLifecycleService::markPrinted(const Actor &actor, qint64 letterId)
{
    if (Status s = requireIssuer(actor, letterId); !s)
        return s.error();
    return changeState(actor, letterId, 0, LetterAction::Print, QStringLiteral("letter.print"),
                       [](const Letter &l, LetterRecordValues &cols, QJsonObject &) -> Status {
                           // Printing again (a spare copy) keeps the first time.
                           if (!l.printedAt.isValid())
                               cols.insert(LetterRecordField::PrintedAt, nowDbTime());
                           return {};
                       });
}

Result<Letter> LetterLifecycleService::markMailed(const Actor &actor, qint64 letterId, MailMethod method,
                                                  const QString &trackingNo, const QDate &on,
                                                  qint64 expectedVersion)
{
    if (Status s = requireIssuer(actor, letterId); !s)
        return s.error();
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return makeError(ErrorCode::Validation, tr("The mailing date cannot be in the future."));
    const bool tracked = method == MailMethod::SimpleRegistered || method == MailMethod::RestrictedDelivery;
    if (tracked && trackingNo.trimmed().isEmpty())
        return makeError(
            ErrorCode::Validation,
            tr("%1 has a tracking number; enter it.").arg(LetterVocabulary::displayName(method)));
    auto prepare = [&](const Letter &l, LetterRecordValues &cols, QJsonObject &details) -> Status {
        if (day < l.letterDate)
            return makeError(ErrorCode::Validation,
                             tr("A letter cannot be mailed before its date (%1).")
                                 .arg(l.letterDate.toString(Qt::ISODate)));
        cols.insert(LetterRecordField::MailedOn, day);
        cols.insert(LetterRecordField::MailMethod, LetterVocabulary::id(method));
        // The column is NOT NULL: ordinary mail without a tracking number stores "", not NULL.
        cols.insert(LetterRecordField::TrackingNo,
                    trackingNo.isNull() ? QStringLiteral("") : trackingNo.trimmed());
        details.insert(QStringLiteral("method"), LetterVocabulary::id(method));
        return {};
    };
    // The decision letter on its way: the request is notified, in this same transaction.
    auto notify = [&](const Letter &l) -> Status {
        const auto kind = LetterKinds::fromId(l.kind);
        if (!kind || !LetterKinds::isDecisionLetter(*kind))
            return {};
        auto request = RequestRepository(database()).findById(l.requestId);
        if (!request || !request.value())
            return makeError(ErrorCode::Failure, tr("The letter's request could not be read."));
        if (request.value()->status != RequestStatus::Decided)
            return {};
        WorkflowService workflow(database());
        workflow.setToday(today());
        WorkflowInput in;
        in.date = day;
        in.text = LetterVocabulary::displayName(method) + QStringLiteral(" ") + l.documentNo;
        if (auto notified = workflow.perform(actor, l.requestId, WorkflowAction::Notified, in); !notified)
            return notified.error();
        return {};
    };
    return changeState(actor, letterId, expectedVersion, LetterAction::Mail, QStringLiteral("letter.mail"),
                       prepare, notify);
}

Result<Letter> LetterLifecycleService::markReturned(const Actor &actor, qint64 letterId, const QDate &on)
{
    if (Status s = requireIssuer(actor, letterId); !s)
        return s.error();
    const QDate day = on.isValid() ? on : today();
    if (day > today())
        return makeError(ErrorCode::Validation, tr("The date cannot be in the future."));
    return changeState(actor, letterId, 0, LetterAction::MarkReturned, QStringLiteral("letter.returned"),
                       [&](const Letter &l, LetterRecordValues &cols, QJsonObject &) -> Status {
                           if (day < l.mailedOn)
                               return makeError(ErrorCode::Validation,
                                                tr("A letter cannot come back before it was mailed."));
                           cols.insert(LetterRecordField::ReturnedOn, day);
                           return {};
                       });
}

Result<Letter> LetterLifecycleService::voidLetter(const Actor &actor, qint64 letterId, const QString &reason,
                                                  qint64 expectedVersion)
{
    if (Status s = requireIssuer(actor, letterId); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("State why the letter is voided."));
    if (Status s
        = FreeTextFields::checkReason(QStringLiteral("reason"), tr("The reason for voiding"), reason);
        !s)
        return s.error();
    return changeState(actor, letterId, expectedVersion, LetterAction::Void, QStringLiteral("letter.void"),
                       [&](const Letter &, LetterRecordValues &cols, QJsonObject &) -> Status {
                           cols.insert(LetterRecordField::VoidReason, reason.trimmed());
                           cols.insert(LetterRecordField::VoidedBy, actor.userId);
                           cols.insert(LetterRecordField::VoidedAt, nowDbTime());
                           return {};
                       });
}

} // namespace dsr
