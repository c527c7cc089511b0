#include "LetterFactsGatherer.h"

#include "../Settings.h"
#include "../model/Decision.h"
#include "../model/Request.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/UserRepository.h"
#include "../storage/WorkflowRepository.h"
#include "CalendarService.h"
#include "FreeTextFields.h"

namespace dsr {

Result<LetterFacts> LetterFactsGatherer::gather(const Actor &actor, qint64 requestId, LetterKind kind,
                                                const LetterInput &input)
{
    if (Status s = FreeTextFields::check(input); !s)
        return s.error();
    auto found = RequestRepository(m_db).findById(requestId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no request with the id %1.").arg(requestId));
    const Request r = *found.value();
    auto settings = SettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    const auto regime = settings->regime();
    if (!LetterKinds::allowedIn(kind, regime))
        return makeError(
            ErrorCode::Validation,
            tr("A %1 is not written under the organisation's legal regime.").arg(LetterKinds::title(kind)));

    LetterFacts facts;
    facts.kind = kind;
    facts.request = r;
    facts.issueDate = input.letterDate.isValid() ? input.letterDate : today();
    // The date printed: never in the future (a letter is dated the day it leaves or earlier),
    // never before the request arrived; a date more than a week back needs a recorded reason.
    if (facts.issueDate > today())
        return makeError(ErrorCode::Validation, tr("The letter date cannot be in the future."));
    if (r.received.isValid() && facts.issueDate < r.received)
        return makeError(ErrorCode::Validation,
                         tr("The letter cannot be dated %1, before the request arrived on %2.")
                             .arg(facts.issueDate.toString(Qt::ISODate), r.received.toString(Qt::ISODate)));
    if (facts.issueDate.daysTo(today()) > LetterInput::MaxDaysBackWithoutReason
        && input.dateReason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("The letter is dated %1, more than %2 days ago; state the reason for the earlier "
                            "date.")
                             .arg(facts.issueDate.toString(Qt::ISODate))
                             .arg(LetterInput::MaxDaysBackWithoutReason));
    facts.postageYen = input.postageYen;
    facts.enclosures = input.enclosures;
    facts.recipientsInformed = input.recipientsInformed;
    facts.purposes = input.purposes;

    // The person in charge: the clerk the request is assigned to, else whoever writes the letter.
    facts.personInCharge = actor.displayName;
    if (r.assignedTo > 0) {
        if (auto clerk = UserRepository(m_db).findById(r.assignedTo); clerk && clerk.value())
            facts.personInCharge = clerk.value()->displayName;
    }

    // The requester's address: the member's own, or the agent's.
    if (r.requester.kind == RequesterKind::Self) {
        auto member = MemberRepository(m_db).findById(r.memberId);
        if (!member)
            return member.error();
        if (!member.value())
            return makeError(ErrorCode::NotFound, tr("The request's member no longer exists."));
        facts.recipient = { member.value()->name, member.value()->postalCode, member.value()->address };
    } else {
        facts.recipient = { r.requester.agentName, QString(), r.requester.agentAddress };
    }

    WorkflowRepository wf(m_db);
    auto decision = wf.decision(requestId);
    if (!decision)
        return decision.error();
    if (LetterKinds::isDecisionLetter(kind)) {
        const bool decided = r.status == RequestStatus::Decided || r.status == RequestStatus::Notified
            || r.status == RequestStatus::Closed;
        if (!decided || !decision.value())
            return makeError(ErrorCode::Validation,
                             tr("A decision letter can be issued only for an approved decision; request %1 "
                                "is %2.")
                                 .arg(r.receiptNo, RequestVocabulary::displayName(r.status)));
        const auto answering = LetterKinds::forDecision(decision.value()->kind, r.type);
        if (answering != kind)
            return makeError(ErrorCode::Validation,
                             tr("The decision on request %1 is “%2”; it is notified by a %3.")
                                 .arg(r.receiptNo, DecisionVocabulary::displayName(decision.value()->kind),
                                      answering ? LetterKinds::title(*answering) : tr("letter of no kind")));
        facts.decision = decision.value();
        auto decidedCols = wf.requestFields(requestId, { RequestField::DecidedOn });
        if (!decidedCols)
            return decidedCols.error();
        const QDate decidedOn = dateFromDb(decidedCols->value(RequestField::DecidedOn));
        if (decidedOn.isValid() && facts.issueDate < decidedOn)
            return makeError(
                ErrorCode::Validation,
                tr("The letter cannot be dated %1, before the decision it notifies (%2).")
                    .arg(facts.issueDate.toString(Qt::ISODate), decidedOn.toString(Qt::ISODate)));
    }

    switch (kind) {
    case LetterKind::AmendmentRequest: {
        auto amendments = wf.amendments(requestId);
        if (!amendments)
            return amendments.error();
        const Amendment *open = nullptr;
        for (const Amendment &a : amendments.value())
            if (!a.receivedOn.isValid())
                open = &a;
        if (!open)
            return makeError(ErrorCode::Validation,
                             tr("Request %1 awaits no amendment: record the amendment request in its "
                                "workflow first.")
                                 .arg(r.receiptNo));
        facts.amendment = { open->missing, input.toSupply, open->replyBy };
        break;
    }
    case LetterKind::Extension: {
        auto cols = wf.requestFields(
            requestId,
            { RequestField::ExtendedTo, RequestField::SpecialExtensionTo, RequestField::ExtensionReason });
        if (!cols)
            return cols.error();
        const QDate extended = dateFromDb(cols->value(RequestField::ExtendedTo));
        const QDate special = dateFromDb(cols->value(RequestField::SpecialExtensionTo));
        if (!extended.isValid() && !special.isValid())
            return makeError(
                ErrorCode::Validation,
                tr("Request %1 has no extension: record it in its workflow first.").arg(r.receiptNo));
        auto deadlines = CalendarService(m_db).policy();
        if (!deadlines)
            return deadlines.error();
        auto original = CalendarService::deadlineOfRequest(m_db, deadlines.value(), requestId, r.received,
                                                           today(), CalendarService::Extensions::Ignored);
        if (!original)
            return original.error();
        facts.extension = { original->deadline, special.isValid() ? special : extended,
                            cols->value(RequestField::ExtensionReason).toString(), special.isValid() };
        break;
    }
    case LetterKind::ThirdPartyOpinion: {
        auto opinions = wf.opinions(requestId);
        if (!opinions)
            return opinions.error();
        if (opinions->isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("Request %1 has no third-party opinion to ask for: record it in its "
                                "workflow first.")
                                 .arg(r.receiptNo));
        const Opinion &o = opinions->last();
        facts.opinion = { { o.thirdParty, input.thirdPartyPostalCode, input.thirdPartyAddress },
                          input.information,
                          o.replyBy };
        break;
    }
    default:
        break;
    }
    return facts;
}

} // namespace dsr
