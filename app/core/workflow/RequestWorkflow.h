#pragma once
// The request's life as one table (DESIGN.md "The request's life"): for every action, the states
// it may be taken in, the state it leads to and the roles that may take it. Guards that depend on
// the request's data (identity verified, open inquiries, who drafted, which step is next) are
// checked by the WorkflowService; this table alone says what is allowed where and by whom.

#include "../Result.h"
#include "../model/Request.h"
#include "../model/Role.h"

#include <QCoreApplication>
#include <optional>

namespace dsr {

enum class WorkflowAction {
    VerifyIdentity,
    RequestAmendment,
    AmendmentReceived,
    Investigate,
    InquiryAdd,
    InquiryAnswer,
    Draft,
    Submit,
    Approve,
    Return,
    Withdraw,
    Extend,
    OpinionAdd,
    OpinionAnswer,
    Notified,
    Close,
    Reopen,
};

struct Transition
{
    WorkflowAction action;
    QList<RequestStatus> from;
    std::optional<RequestStatus> to; // nullopt: the state does not change
    RoleSet roles;
};

class RequestWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(RequestWorkflow)
public:
    static const QList<Transition> &table();
    static const Transition &transition(WorkflowAction action);
    static QList<WorkflowAction> actions();
    static QString id(WorkflowAction action); // "verify-identity" — dsrctl request ACTION
    static std::optional<WorkflowAction> fromId(const QString &id);
    static QString displayName(WorkflowAction action);

    // Permission error when no role fits, Validation error when the state does not allow it.
    static Status check(WorkflowAction action, RequestStatus status, RoleSet roles);
    // What `roles` may do to a request in `status`, for menus and buttons.
    static QList<WorkflowAction> available(RequestStatus status, RoleSet roles);
};

} // namespace dsr
