#pragma once
// Moves a request through its life: every action of RequestWorkflow, each checked against the
// table, the acting user's current roles and the action's guards, and written — the change, a
// history row and an audit entry — in one transaction.

#include "../model/Decision.h"
#include "../model/WorkflowItems.h"
#include "../workflow/RequestWorkflow.h"
#include "ServiceBase.h"

namespace dsr {

// What an action needs; each action reads the fields its description names.
struct WorkflowInput
{
    QDate date; // the day it happened (default today): sent, received, answered, withdrawn, notified
    QDate dueDate; // reply-by, inquiry due date, new deadline of an extension
    QString text; // missing items, division, summary, third party, answer, reason, comment, method
    QString documentType; // verify-identity
    qint64 itemId = 0; // the inquiry or opinion answered
    bool flag = false; // opinion: objection; extend: art. 84 special extension
    std::optional<Decision> decision; // draft
    qint64 expectedVersion = 0; // 0: do not check; else Conflict when the request changed
};

struct WorkflowDetails
{
    std::optional<Decision> decision;
    QList<Amendment> amendments;
    QList<Inquiry> inquiries;
    QList<Opinion> opinions;
    QList<ApprovalStep> steps;
    QDate extendedTo;
    QDate specialExtensionTo;
    QString extensionReason;
    QDate decidedOn;
    QDate notifiedOn;
    QString notifiedMethod;
    QDate withdrawnOn;
    QDate disclosureNotBefore;
    QStringList deadlineExplain;
};

class WorkflowService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)
public:
    using ServiceBase::ServiceBase;
    void setToday(const QDate &today) { m_today = today; }

    Result<Request> perform(const Actor &actor, qint64 requestId, WorkflowAction action,
                            const WorkflowInput &input);
    Result<WorkflowDetails> details(const Actor &actor, qint64 requestId);
    // Requests whose current approval step the actor may take (ApprovalPolicy: the step's role, and
    // not a round they drafted, submitted or already approved a step of).
    Result<QList<Request>> approvalInbox(const Actor &actor);
    // The same requests for the account `userId` (its roles as stored now), soonest act-by date
    // first; no permission check and nothing audited: for services that check and record the read
    // themselves (RequestQuery::awaitingApprovalBy).
    static Result<QList<Request>> awaitingApprovalBy(Database &db, qint64 userId);

    Result<QList<RouteRow>> routes(const Actor &actor);
    // Administrators: set the ordered steps for a request type × decision kind ("*" for any).
    // `expected`: the steps the editor started from (empty list: no route yet); Conflict when the
    // route is no longer that.
    Status setRoute(const Actor &actor, const QString &requestType, const QString &decisionKind,
                    const QList<Role> &steps, const std::optional<QList<Role>> &expected = std::nullopt);

    static Status validateDecision(const Decision &d, RequestType type, LegalRegime regime);

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QDate m_today;
};

} // namespace dsr
