#include "RequestWorkflow.h"

namespace dsr {

namespace {

using S = RequestStatus;
using A = WorkflowAction;

const RoleSet kClerk { Role::Clerk };
const RoleSet kApprovers { Role::Chief, Role::Manager, Role::PrivacyOfficer };
const RoleSet kReopeners { Role::Chief, Role::Manager, Role::PrivacyOfficer };
const QList<S> kBeforeDecision { S::Received, S::AwaitingAmendment, S::Investigating,
                                 S::Drafted,  S::InApproval,        S::Returned };

} // namespace

const QList<Transition> &RequestWorkflow::table()
{
    static const QList<Transition> t {
        { A::VerifyIdentity, { S::Received, S::AwaitingAmendment, S::Investigating }, std::nullopt, kClerk },
        { A::RequestAmendment, { S::Received, S::Investigating }, S::AwaitingAmendment, kClerk },
        { A::AmendmentReceived, { S::AwaitingAmendment }, S::Received, kClerk },
        { A::Investigate, { S::Received }, S::Investigating, kClerk },
        { A::InquiryAdd, { S::Investigating, S::Returned }, std::nullopt, kClerk },
        { A::InquiryAnswer, { S::Investigating, S::Drafted, S::Returned }, std::nullopt, kClerk },
        { A::Draft, { S::Investigating, S::Drafted, S::Returned }, S::Drafted, kClerk },
        { A::Submit, { S::Drafted }, S::InApproval, kClerk },
        { A::Approve, { S::InApproval }, std::nullopt, kApprovers }, // → Decided after the last step
        { A::Return, { S::InApproval }, S::Returned, kApprovers },
        { A::Withdraw, kBeforeDecision + QList<S> { S::Decided }, S::Withdrawn, kClerk },
        { A::Extend, kBeforeDecision, std::nullopt, kClerk },
        { A::OpinionAdd, { S::Investigating, S::Drafted, S::Returned }, std::nullopt, kClerk },
        { A::OpinionAnswer, kBeforeDecision + QList<S> { S::Decided }, std::nullopt, kClerk },
        { A::Notified, { S::Decided }, S::Notified, kClerk },
        { A::Close, { S::Notified }, S::Closed, kClerk },
        { A::Reopen, { S::Decided, S::Notified, S::Closed }, S::Investigating, kReopeners },
    };
    return t;
}

const Transition &RequestWorkflow::transition(WorkflowAction action)
{
    for (const Transition &t : table())
        if (t.action == action)
            return t;
    Q_UNREACHABLE();
}

QList<WorkflowAction> RequestWorkflow::actions()
{
    QList<WorkflowAction> out;
    for (const Transition &t : table())
        out << t.action;
    return out;
}

QString RequestWorkflow::id(WorkflowAction action)
{
    switch (action) {
    case A::VerifyIdentity:
        return QStringLiteral("verify-identity");
    case A::RequestAmendment:
        return QStringLiteral("request-amendment");
    case A::AmendmentReceived:
        return QStringLiteral("amendment-received");
    case A::Investigate:
        return QStringLiteral("investigate");
    case A::InquiryAdd:
        return QStringLiteral("inquiry-add");
    case A::InquiryAnswer:
        return QStringLiteral("inquiry-answer");
    case A::Draft:
        return QStringLiteral("draft");
    case A::Submit:
        return QStringLiteral("submit");
    case A::Approve:
        return QStringLiteral("approve");
    case A::Return:
        return QStringLiteral("return");
    case A::Withdraw:
        return QStringLiteral("withdraw");
    case A::Extend:
        return QStringLiteral("extend");
    case A::OpinionAdd:
        return QStringLiteral("opinion-add");
    case A::OpinionAnswer:
        return QStringLiteral("opinion-answer");
    case A::Notified:
        return QStringLiteral("notified");
    case A::Close:
        return QStringLiteral("close");
    case A::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

std::optional<WorkflowAction> RequestWorkflow::fromId(const QString &id)
{
    for (WorkflowAction a : actions())
        if (RequestWorkflow::id(a) == id)
            return a;
    return std::nullopt;
}

QString RequestWorkflow::displayName(WorkflowAction action)
{
    switch (action) {
    case A::VerifyIdentity:
        return tr("Verify identity");
    case A::RequestAmendment:
        return tr("Request amendment");
    case A::AmendmentReceived:
        return tr("Amended request received");
    case A::Investigate:
        return tr("Start investigation");
    case A::InquiryAdd:
        return tr("Send inquiry to a division");
    case A::InquiryAnswer:
        return tr("Record inquiry answer");
    case A::Draft:
        return tr("Draft decision");
    case A::Submit:
        return tr("Submit for approval");
    case A::Approve:
        return tr("Approve");
    case A::Return:
        return tr("Return");
    case A::Withdraw:
        return tr("Record withdrawal");
    case A::Extend:
        return tr("Extend deadline");
    case A::OpinionAdd:
        return tr("Ask a third party's opinion");
    case A::OpinionAnswer:
        return tr("Record third party's answer");
    case A::Notified:
        return tr("Record notification");
    case A::Close:
        return tr("Close");
    case A::Reopen:
        return tr("Reopen");
    }
    return {};
}

Status RequestWorkflow::check(WorkflowAction action, RequestStatus status, RoleSet roles)
{
    const Transition &t = transition(action);
    if (!roles.intersects(t.roles)) {
        QStringList names;
        for (Role r : t.roles.toList())
            names << Roles::displayName(r);
        return makeError(
            ErrorCode::Permission,
            tr("\"%1\" needs one of these roles: %2.").arg(displayName(action), names.join(Roles::tr(", "))));
    }
    if (!t.from.contains(status))
        return makeError(ErrorCode::Validation,
                         tr("\"%1\" is not possible while the request is \"%2\".")
                             .arg(displayName(action), RequestVocabulary::displayName(status)));
    return {};
}

QList<WorkflowAction> RequestWorkflow::available(RequestStatus status, RoleSet roles)
{
    QList<WorkflowAction> out;
    for (const Transition &t : table())
        if (t.from.contains(status) && roles.intersects(t.roles))
            out << t.action;
    return out;
}

} // namespace dsr
