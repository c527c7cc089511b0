#include "WorkflowService.h"

#include "../Logging.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/RequestRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlUtil.h"
#include "../storage/Transaction.h"
#include "../storage/UserRepository.h"
#include "../storage/WorkflowRepository.h"
#include "../workflow/ApprovalPolicy.h"
#include "CalendarService.h"
#include "FreeTextFields.h"

namespace dsr {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateColumn(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Whether `userId` holding `roles` may take `action` on the waiting `step` of the request:
// ApprovalPolicy's answer over the round as the workflow data tells it (who drafted, who submitted,
// who approved the earlier steps of the same round). The round is read only when the role fits.
Result<ApprovalVerdict> stepVerdict(WorkflowRepository &wf, qint64 requestId, const ApprovalStep &step,
                                    qint64 userId, const RoleSet &roles, StepAction action)
{
    ApprovalRound round;
    round.stepNo = step.stepNo;
    const ApprovalVerdict first = ApprovalPolicy::verdict(userId, roles, step.role, round, action);
    if (first != ApprovalVerdict::Allowed || action != StepAction::Approve)
        return first;
    auto decision = wf.decision(requestId);
    if (!decision)
        return decision.error();
    if (decision.value())
        round.draftedBy = decision.value()->draftedBy;
    auto submitted = wf.submittedBy(requestId);
    if (!submitted)
        return submitted.error();
    round.submittedBy = submitted.value();
    auto steps = wf.steps(requestId);
    if (!steps)
        return steps.error();
    for (const ApprovalStep &s : steps.value())
        if (s.round == step.round && s.stepNo < step.stepNo && s.outcome == QLatin1String("approved"))
            round.approvedBy << s.decidedBy;
    return ApprovalPolicy::verdict(userId, roles, step.role, round, action);
}

// Two approvers of one role acting on the same step at once (or one on a screen that is out of
// date): the one who comes second finds the step taken. Their refusal is a conflict — reload and
// look again — not "not allowed": the step last decided on the request is one the actor's role
// could take, and another person took it.
std::optional<Error> takenByAnother(WorkflowRepository &wf, qint64 requestId, qint64 userId,
                                    const RoleSet &roles)
{
    auto steps = wf.steps(requestId);
    if (!steps)
        return std::nullopt;
    const ApprovalStep *last = nullptr;
    for (const ApprovalStep &s : steps.value()) {
        if (s.outcome.isEmpty())
            continue;
        if (!last || s.decidedAt > last->decidedAt || (s.decidedAt == last->decidedAt && s.id > last->id))
            last = &s;
    }
    if (!last || last->decidedBy == userId || !roles.contains(last->role))
        return std::nullopt;
    const QString message = last->outcome == QLatin1String("returned")
        ? WorkflowService::tr("Step %1 was returned by %2 meanwhile. Reload the request and look again.")
        : WorkflowService::tr("Step %1 was approved by %2 meanwhile. Reload the request and look again.");
    return makeError(ErrorCode::Conflict, message.arg(last->stepNo).arg(last->decidedByLogin));
}

bool isStepAction(WorkflowAction action)
{
    return action == WorkflowAction::Approve || action == WorkflowAction::Return;
}

} // namespace

Status WorkflowService::validateDecision(const Decision &d, RequestType type, LegalRegime regime)
{
    if (!DecisionVocabulary::kindsFor(type).contains(d.kind))
        return makeError(
            ErrorCode::Validation,
            tr("\"%1\" does not answer a request of type \"%2\".")
                .arg(DecisionVocabulary::displayName(d.kind), RequestVocabulary::displayName(type)));
    if (DecisionVocabulary::needsReasons(d.kind) && d.reasons.trimmed().isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("A refusal, partial or different measure must state its reasons."));
    const QStringList grounds = DecisionVocabulary::grounds(regime);
    switch (d.kind) {
    case DecisionKind::Partial:
        if (d.withheld.isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("List the parts not disclosed, each with its ground and reasons."));
        for (const WithheldPart &p : d.withheld) {
            if (p.part.trimmed().isEmpty() || p.reason.trimmed().isEmpty())
                return makeError(ErrorCode::Validation,
                                 tr("Each part not disclosed needs a description and reasons."));
            if (!grounds.contains(p.ground))
                return makeError(ErrorCode::Validation,
                                 tr("Unknown ground \"%1\"; the grounds are %2.")
                                     .arg(p.ground, grounds.join(QStringLiteral(", "))));
        }
        break;
    case DecisionKind::Correct:
        if (d.corrections.isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("List each correction with the data before and after."));
        for (const CorrectionItem &c : d.corrections)
            if (c.item.trimmed().isEmpty() || c.after.trimmed().isEmpty())
                return makeError(ErrorCode::Validation,
                                 tr("Each correction needs the item and the corrected data."));
        break;
    case DecisionKind::Suspend:
        if (!DecisionVocabulary::measures().contains(d.measure) || !d.measureDate.isValid())
            return makeError(ErrorCode::Validation,
                             tr("Name the measure (%1) and the date it was carried out.")
                                 .arg(DecisionVocabulary::measures().join(QStringLiteral(", "))));
        break;
    case DecisionKind::Substitute:
        if (d.substitute.trimmed().isEmpty())
            return makeError(ErrorCode::Validation, tr("Describe the substitute measure."));
        break;
    default:
        break;
    }
    if (d.data.trimmed().isEmpty() && d.kind != DecisionKind::Response)
        return makeError(ErrorCode::Validation, tr("Describe the data the decision concerns."));
    return {};
}

Result<Request> WorkflowService::perform(const Actor &actor, qint64 requestId, WorkflowAction action,
                                         const WorkflowInput &in)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    if (Status s = FreeTextFields::check(action, in); !s)
        return s.error();
    auto fresh = UserRepository(database()).findById(actor.userId);
    if (!fresh || !fresh.value())
        return makeError(ErrorCode::Authentication, tr("Log in again."));
    const RoleSet roles = fresh.value()->roles;
    const QString actionId = RequestWorkflow::id(action);

    std::optional<Error> refusal; // a permission refusal is audited after the rollback
    QString auditAction;
    QJsonObject auditDetails;
    {
        Transaction tx(database());
        if (!tx.isActive())
            return tx.beginError();
        RequestRepository requests(database());
        WorkflowRepository wf(database());
        auto found = requests.findById(requestId);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, tr("There is no request with the id %1.").arg(requestId));
        const Request r = *found.value();
        if (in.expectedVersion > 0 && in.expectedVersion != r.version)
            return changedBySomeoneElse();
        if (Status s = RequestWorkflow::check(action, r.status, roles); !s) {
            if (isStepAction(action))
                if (auto taken = takenByAnother(wf, requestId, actor.userId, roles))
                    return *taken;
            if (s.error().code != ErrorCode::Permission)
                return s.error();
            refusal = s.error();
        }
        if (!refusal) {
            auto settings = SettingsRepository(database()).load();
            if (!settings)
                return settings.error();
            const LegalRegime regime = settings->regime();
            const QDate on = in.date.isValid() ? in.date : today();
            if (on > today())
                return makeError(ErrorCode::Validation, tr("The date cannot be in the future."));
            RequestStatus to = RequestWorkflow::transition(action).to.value_or(r.status);
            RequestFieldValues cols;
            QString comment = in.text.trimmed();
            QJsonObject details;

            switch (action) {
            case WorkflowAction::VerifyIdentity:
                if (!RequestVocabulary::isIdDocument(in.documentType))
                    return makeError(ErrorCode::Validation,
                                     tr("Choose the identity document: %1.")
                                         .arg(RequestVocabulary::idDocumentIds().join(QStringLiteral(", "))));
                if (!RequestVocabulary::idDocumentAccepted(in.documentType))
                    return makeError(
                        ErrorCode::Validation,
                        tr("The back of a My Number card is not accepted as identity proof and must "
                           "not be copied (My Number Act art. 20)."));
                if (r.channel == Channel::Mail && !in.date.isValid())
                    return makeError(
                        ErrorCode::Validation,
                        tr("For a request by mail, give the issue date of the certificate of residence."));
                cols.insert(RequestField::IdDocument, in.documentType);
                cols.insert(RequestField::IdCheckedBy, actor.userId);
                cols.insert(RequestField::IdCheckedAt, nowDbTime());
                if (r.channel == Channel::Mail)
                    cols.insert(RequestField::ResidenceCertOn, in.date);
                comment = in.documentType;
                details.insert(QStringLiteral("document"), in.documentType);
                break;
            case WorkflowAction::RequestAmendment: {
                if (comment.isEmpty())
                    return makeError(ErrorCode::Validation, tr("Say what is missing from the request."));
                if (!in.dueDate.isValid() || in.dueDate <= on)
                    return makeError(ErrorCode::Validation,
                                     tr("Give a reply-by date after the day the amendment is requested."));
                auto id = wf.addAmendment(requestId, Amendment { 0, on, comment, in.dueDate, {} });
                if (!id)
                    return id.error();
                details.insert(QStringLiteral("amendment_id"), id.value());
                details.insert(QStringLiteral("reply_by"), iso(in.dueDate));
                break;
            }
            case WorkflowAction::AmendmentReceived: {
                auto all = wf.amendments(requestId);
                if (!all)
                    return all.error();
                const Amendment *open = nullptr;
                for (const Amendment &a : all.value())
                    if (!a.receivedOn.isValid())
                        open = &a;
                if (!open)
                    return makeError(ErrorCode::Validation, tr("No amendment is awaited for this request."));
                if (on < open->requestedOn)
                    return makeError(ErrorCode::Validation,
                                     tr("The amended request cannot arrive before it was asked for (%1).")
                                         .arg(iso(open->requestedOn)));
                if (Status s = wf.amendmentReceived(open->id, on); !s)
                    return s.error();
                details.insert(QStringLiteral("amendment_id"), open->id);
                details.insert(QStringLiteral("paused_days"), open->requestedOn.daysTo(on) + 1);
                break;
            }
            case WorkflowAction::Investigate:
                break;
            case WorkflowAction::InquiryAdd: {
                if (comment.isEmpty())
                    return makeError(ErrorCode::Validation, tr("Name the division the inquiry goes to."));
                if (in.dueDate.isValid() && in.dueDate < on)
                    return makeError(ErrorCode::Validation,
                                     tr("The answer cannot be due before the inquiry is sent."));
                auto id = wf.addInquiry(requestId, Inquiry { 0, comment, on, in.dueDate, {}, {} });
                if (!id)
                    return id.error();
                details.insert(QStringLiteral("inquiry_id"), id.value());
                break;
            }
            case WorkflowAction::InquiryAnswer:
                if (Status s = wf.answerInquiry(requestId, in.itemId, on, comment); !s)
                    return s.error();
                details.insert(QStringLiteral("inquiry_id"), in.itemId);
                break;
            case WorkflowAction::Draft: {
                if (r.identity.documentType.isEmpty())
                    return makeError(ErrorCode::Validation,
                                     tr("Verify the requester's identity before drafting the decision."));
                if (!in.decision)
                    return makeError(ErrorCode::Validation, tr("Give the decision to draft."));
                if (Status s = validateDecision(*in.decision, r.type, regime); !s)
                    return s.error();
                if (Status s = wf.saveDecision(requestId, *in.decision, actor.userId); !s)
                    return s.error();
                comment = DecisionVocabulary::id(in.decision->kind);
                details.insert(QStringLiteral("kind"), comment);
                break;
            }
            case WorkflowAction::Submit: {
                auto decision = wf.decision(requestId);
                if (!decision)
                    return decision.error();
                if (!decision.value())
                    return makeError(ErrorCode::Validation, tr("Draft the decision before submitting it."));
                auto inquiries = wf.inquiries(requestId);
                if (!inquiries)
                    return inquiries.error();
                int open = 0;
                for (const Inquiry &i : inquiries.value())
                    open += i.answeredOn.isValid() ? 0 : 1;
                if (open > 0 && comment.isEmpty())
                    return makeError(
                        ErrorCode::Validation,
                        tr("%n inquiries to the divisions are still unanswered; record their answers or "
                           "say why the decision need not wait.",
                           nullptr, open));
                auto route = wf.routeFor(RequestVocabulary::id(r.type),
                                         DecisionVocabulary::id(decision.value()->kind));
                if (!route)
                    return route.error();
                auto round = wf.startRound(requestId, route.value());
                if (!round)
                    return round.error();
                cols.insert(RequestField::SubmitNote, nonNull(comment));
                QStringList steps;
                for (Role role : route.value())
                    steps << Roles::id(role);
                details.insert(QStringLiteral("round"), round.value());
                details.insert(QStringLiteral("route"), steps.join(QLatin1Char(',')));
                details.insert(QStringLiteral("open_inquiries"), open);
                break;
            }
            case WorkflowAction::Approve:
            case WorkflowAction::Return: {
                auto step = wf.currentStep(requestId);
                if (!step)
                    return step.error();
                if (!step.value()) {
                    if (auto taken = takenByAnother(wf, requestId, actor.userId, roles))
                        return *taken;
                    return makeError(ErrorCode::Validation, tr("No approval step is waiting."));
                }
                // The step's role and one person, one step (ApprovalPolicy).
                auto verdict = stepVerdict(wf, requestId, *step.value(), actor.userId, roles,
                                           action == WorkflowAction::Approve ? StepAction::Approve
                                                                             : StepAction::Return);
                if (!verdict)
                    return verdict.error();
                if (verdict.value() != ApprovalVerdict::Allowed) {
                    if (auto taken = takenByAnother(wf, requestId, actor.userId, roles))
                        return *taken;
                    refusal = makeError(
                        ErrorCode::Permission,
                        ApprovalPolicy::explain(verdict.value(), step.value()->role, step.value()->stepNo));
                    break;
                }
                if (action == WorkflowAction::Return && comment.isEmpty())
                    return makeError(ErrorCode::Validation, tr("Say why the draft is returned."));
                const QString outcome = action == WorkflowAction::Approve ? QStringLiteral("approved")
                                                                          : QStringLiteral("returned");
                if (Status s = wf.decideStep(step.value()->id, outcome, actor.userId, comment); !s)
                    return s.error();
                details.insert(QStringLiteral("step"), step.value()->stepNo);
                details.insert(QStringLiteral("round"), step.value()->round);
                if (action == WorkflowAction::Approve) {
                    auto next = wf.currentStep(requestId);
                    if (!next)
                        return next.error();
                    if (!next.value()) {
                        to = RequestStatus::Decided;
                        cols.insert(RequestField::DecidedOn, on);
                        auto opinions = wf.opinions(requestId);
                        if (!opinions)
                            return opinions.error();
                        for (const Opinion &o : opinions.value())
                            if (o.objection)
                                cols.insert(RequestField::DisclosureNotBefore,
                                            DeadlinePolicy::disclosureNotBefore(on));
                    }
                }
                break;
            }
            case WorkflowAction::Withdraw:
                if (on < r.received)
                    return makeError(ErrorCode::Validation,
                                     tr("A request cannot be withdrawn before it arrived."));
                cols.insert(RequestField::WithdrawnOn, on);
                break;
            case WorkflowAction::Extend: {
                auto deadlines = CalendarService(database()).policy();
                if (!deadlines)
                    return deadlines.error();
                if (Status s = deadlines->extensionsAllowed(); !s)
                    return s.error();
                if (comment.isEmpty())
                    return makeError(ErrorCode::Validation, tr("State the reason for the extension."));
                auto current = wf.requestFields(
                    requestId, { RequestField::ExtendedTo, RequestField::SpecialExtensionTo });
                if (!current)
                    return current.error();
                if (!in.dueDate.isValid())
                    return makeError(ErrorCode::Validation, tr("Give the new deadline."));
                if (in.flag) {
                    if (Status s = deadlines->checkSpecialExtension(r.deadline, in.dueDate); !s)
                        return s.error();
                    cols.insert(RequestField::SpecialExtensionTo, in.dueDate);
                } else {
                    if (Status s = deadlines->checkExtension(
                            r.deadline, !current->value(RequestField::ExtendedTo).isNull(), in.dueDate,
                            today());
                        !s)
                        return s.error();
                    cols.insert(RequestField::ExtendedTo, in.dueDate);
                }
                cols.insert(RequestField::ExtensionReason, nonNull(comment));
                details.insert(QStringLiteral("new_deadline"), iso(in.dueDate));
                details.insert(QStringLiteral("special"), in.flag);
                break;
            }
            case WorkflowAction::OpinionAdd: {
                if (comment.isEmpty())
                    return makeError(ErrorCode::Validation, tr("Name the third party asked for an opinion."));
                if (!in.dueDate.isValid() || in.dueDate <= on)
                    return makeError(ErrorCode::Validation,
                                     tr("Give a reply-by date after the day the request is sent."));
                auto id = wf.addOpinion(requestId, Opinion { 0, comment, on, in.dueDate, {}, {}, false });
                if (!id)
                    return id.error();
                comment.clear(); // the third party's name stays out of the history comment and the audit
                details.insert(QStringLiteral("opinion_id"), id.value());
                break;
            }
            case WorkflowAction::OpinionAnswer:
                if (Status s = wf.answerOpinion(requestId, in.itemId, on, comment, in.flag); !s)
                    return s.error();
                details.insert(QStringLiteral("opinion_id"), in.itemId);
                details.insert(QStringLiteral("objection"), in.flag);
                break;
            case WorkflowAction::Notified: {
                if (comment.isEmpty())
                    return makeError(ErrorCode::Validation,
                                     tr("Say how the decision was notified (mail, counter …)."));
                auto decided = wf.requestFields(requestId, { RequestField::DecidedOn });
                if (!decided)
                    return decided.error();
                if (on < dateColumn(decided->value(RequestField::DecidedOn)))
                    return makeError(ErrorCode::Validation,
                                     tr("The notification cannot precede the decision."));
                cols.insert(RequestField::NotifiedOn, on);
                cols.insert(RequestField::NotifiedMethod, nonNull(comment));
                break;
            }
            case WorkflowAction::Close:
                break;
            case WorkflowAction::Reopen:
                if (comment.isEmpty())
                    return makeError(ErrorCode::Validation, tr("State why the request is reopened."));
                cols.insert(RequestField::DecidedOn, QVariant(QMetaType::fromType<QString>()));
                break;
            }

            if (!refusal) {
                cols.insert(RequestField::Status, RequestVocabulary::id(to));
                if (Status s = wf.updateRequest(requestId, r.version, cols); !s)
                    return s.error();
                // The deadline follows pauses and extensions.
                auto deadlines = CalendarService(database()).policy();
                if (!deadlines)
                    return deadlines.error();
                auto due = CalendarService::deadlineOfRequest(database(), deadlines.value(), requestId,
                                                              r.received, today());
                if (!due)
                    return due.error();
                if (Status s = requests.setDeadline(requestId, due->deadline, due->actBy); !s)
                    return s.error();
                RequestHistoryEntry h;
                h.action = actionId;
                h.field = QStringLiteral("status");
                h.before = RequestVocabulary::id(r.status);
                h.after = RequestVocabulary::id(to);
                h.comment = comment;
                if (Status s = requests.addHistory(requestId, actor.userId, actor.login, h); !s)
                    return s.error();
                details.insert(QStringLiteral("from"), RequestVocabulary::id(r.status));
                details.insert(QStringLiteral("to"), RequestVocabulary::id(to));
                if (auto a
                    = AuditRepository(database())
                          .append(eventFor(actor, QStringLiteral("request.") + actionId,
                                           QStringLiteral("request"), QString::number(requestId), details));
                    !a)
                    return a.error();
                if (Status s = tx.commit(); !s)
                    return s.error();
                qCInfo(lcServices).noquote() << "request" << requestId << actionId;
            }
        }
    }
    if (refusal) {
        (void)recordOnly(eventFor(
            actor, QStringLiteral("permission.denied"), QStringLiteral("request"), QString::number(requestId),
            { { QStringLiteral("operation"), QStringLiteral("request.") + actionId } }));
        return *refusal;
    }
    auto after = RequestRepository(database()).findById(requestId);
    if (!after || !after.value())
        return makeError(ErrorCode::Failure, tr("The request was saved but could not be read back."));
    return *after.value();
}

Result<WorkflowDetails> WorkflowService::details(const Actor &actor, qint64 requestId)
{
    if (Status s
        = require(actor, Operation::RequestRead, QStringLiteral("request"), QString::number(requestId));
        !s)
        return s.error();
    WorkflowRepository wf(database());
    WorkflowDetails d;
    auto decision = wf.decision(requestId);
    auto amendments = wf.amendments(requestId);
    auto inquiries = wf.inquiries(requestId);
    auto opinions = wf.opinions(requestId);
    auto steps = wf.steps(requestId);
    auto cols = wf.requestFields(
        requestId,
        { RequestField::ExtendedTo, RequestField::SpecialExtensionTo, RequestField::ExtensionReason,
          RequestField::DecidedOn, RequestField::NotifiedOn, RequestField::NotifiedMethod,
          RequestField::WithdrawnOn, RequestField::DisclosureNotBefore, RequestField::ReceivedOn });
    for (const Error *e :
         { decision ? nullptr : &decision.error(), amendments ? nullptr : &amendments.error(),
           inquiries ? nullptr : &inquiries.error(), opinions ? nullptr : &opinions.error(),
           steps ? nullptr : &steps.error(), cols ? nullptr : &cols.error() })
        if (e)
            return *e;
    d.decision = decision.value();
    d.amendments = amendments.value();
    d.inquiries = inquiries.value();
    d.opinions = opinions.value();
    d.steps = steps.value();
    d.extendedTo = dateColumn(cols->value(RequestField::ExtendedTo));
    d.specialExtensionTo = dateColumn(cols->value(RequestField::SpecialExtensionTo));
    d.extensionReason = cols->value(RequestField::ExtensionReason).toString();
    d.decidedOn = dateColumn(cols->value(RequestField::DecidedOn));
    d.notifiedOn = dateColumn(cols->value(RequestField::NotifiedOn));
    d.notifiedMethod = cols->value(RequestField::NotifiedMethod).toString();
    d.withdrawnOn = dateColumn(cols->value(RequestField::WithdrawnOn));
    d.disclosureNotBefore = dateColumn(cols->value(RequestField::DisclosureNotBefore));
    if (auto deadlines = CalendarService(database()).policy()) {
        auto due
            = CalendarService::deadlineOfRequest(database(), deadlines.value(), requestId,
                                                 dateColumn(cols->value(RequestField::ReceivedOn)), today());
        if (due)
            d.deadlineExplain = due->explain;
    }
    if (Status s = recordRead(actor, QStringLiteral("workflow.details"), QStringLiteral("request"),
                              QString::number(requestId), {},
                              d.amendments.size() + d.inquiries.size() + d.opinions.size() + d.steps.size()
                                  + (d.decision ? 1 : 0));
        !s)
        return s.error();
    return d;
}

Result<QList<Request>> WorkflowService::approvalInbox(const Actor &actor)
{
    if (Status s = require(actor, Operation::RequestApprove, QStringLiteral("request")); !s)
        return s.error();
    auto out = awaitingApprovalBy(database(), actor.userId);
    if (!out)
        return out;
    if (Status s = recordRead(actor, QStringLiteral("workflow.inbox"), QStringLiteral("request"),
                              QStringLiteral("-"), {}, out->size());
        !s)
        return s.error();
    return out;
}

Result<QList<Request>> WorkflowService::awaitingApprovalBy(Database &db, qint64 userId)
{
    auto fresh = UserRepository(db).findById(userId);
    if (!fresh || !fresh.value())
        return makeError(ErrorCode::Authentication, tr("Log in again."));
    RequestQuery q;
    q.status = RequestStatus::InApproval;
    q.sort = RequestQuery::Sort::Deadline;
    q.descending = false;
    q.limit = 0;
    auto candidates = RequestRepository(db).list(q);
    if (!candidates)
        return candidates.error();
    WorkflowRepository wf(db);
    QList<Request> out;
    for (const Request &r : candidates.value()) {
        auto step = wf.currentStep(r.id);
        if (!step)
            return step.error();
        if (!step.value())
            continue;
        auto verdict
            = stepVerdict(wf, r.id, *step.value(), userId, fresh.value()->roles, StepAction::Approve);
        if (!verdict)
            return verdict.error();
        if (verdict.value() != ApprovalVerdict::Allowed)
            continue; // a step they may not take is not offered
        out << r;
    }
    return out;
}

Result<QList<RouteRow>> WorkflowService::routes(const Actor &actor)
{
    if (Status s = require(actor, Operation::SettingsRead, QStringLiteral("route")); !s)
        return s.error();
    return WorkflowRepository(database()).routes();
}

Status WorkflowService::setRoute(const Actor &actor, const QString &requestType, const QString &decisionKind,
                                 const QList<Role> &steps, const std::optional<QList<Role>> &expected)
{
    if (Status s = require(actor, Operation::SettingsEdit, QStringLiteral("route")); !s)
        return s;
    if (requestType != QLatin1String("*") && !RequestVocabulary::typeFromId(requestType))
        return makeError(ErrorCode::Validation, tr("Unknown request type \"%1\".").arg(requestType));
    if (decisionKind != QLatin1String("*") && !DecisionVocabulary::fromId(decisionKind))
        return makeError(ErrorCode::Validation, tr("Unknown decision kind \"%1\".").arg(decisionKind));
    if (Status s = ApprovalPolicy::checkRoute(steps); !s)
        return s;
    QStringList ids;
    for (Role r : steps)
        ids << Roles::id(r);
    return inTransaction(
        [&]() -> Status {
            WorkflowRepository repo(database());
            if (expected) {
                // The editor's basis: a route another desk changed meanwhile is not overwritten.
                auto all = repo.routes();
                if (!all)
                    return all.error();
                QList<Role> current;
                for (const RouteRow &row : all.value())
                    if (row.requestType == requestType && row.decisionKind == decisionKind)
                        current = row.steps;
                if (current != *expected)
                    return changedBySomeoneElse();
            }
            return repo.setRoute(requestType, decisionKind, steps);
        },
        [&] {
            return eventFor(actor, QStringLiteral("route.change"), QStringLiteral("route"),
                            requestType + QLatin1Char('/') + decisionKind,
                            { { QStringLiteral("steps"), ids.join(QLatin1Char(',')) } });
        });
}

} // namespace dsr
