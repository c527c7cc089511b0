#pragma once
// Who may approve which step (DESIGN.md "Where each rule lives"): which roles may be the steps of
// a route, the step's role, and one person, one step. Within one approval round, whoever drafted or submitted
// what is approved, or approved an earlier step of the round, approves no later step — a user holding the
// chief's and the manager's roles approves one step only. The same rule serves decisions (WorkflowService,
// its approval inbox) and procedural letter drafts (LetterService), whose route is one chief step.

#include "../Result.h"
#include "../model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace dsr {

// What the person check needs to know about the round the waiting step belongs to.
struct ApprovalRound
{
    qint64 draftedBy = 0; // user id; 0 when unknown
    qint64 submittedBy = 0; // user id; 0 when unknown
    QList<qint64> approvedBy; // who approved the earlier steps of this round
    int stepNo = 0; // the waiting step's number in the round, for the refusal's wording; 0: unknown
};

// What the person does with the waiting step.
enum class StepAction {
    Approve,
    Return, // sends the draft back: not an approval, so only the step's role counts
};

enum class ApprovalVerdict {
    Allowed,
    WrongRole, // the step is for a role the person does not hold
    OwnDraft, // they drafted what is to be approved
    OwnSubmission, // they submitted it
    AlreadyApproved, // they approved an earlier step of this round
};

class ApprovalPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalPolicy)
public:
    static constexpr int MaxRouteSteps = 6;
    // The roles that may be the steps of an approval route, in the order an editor offers them:
    // the roles that review drafts, not administration or audit.
    static QList<Role> routeStepRoles();
    static bool mayBeRouteStep(Role role) { return routeStepRoles().contains(role); }
    // A Validation error saying why `steps` is no route (none, more than MaxRouteSteps, a role
    // that does not approve), or success.
    static Status checkRoute(const QList<Role> &steps);

    static ApprovalVerdict verdict(qint64 userId, const RoleSet &roles, Role stepRole,
                                   const ApprovalRound &round, StepAction action = StepAction::Approve);
    static bool mayApprove(qint64 userId, const RoleSet &roles, Role stepRole, const ApprovalRound &round)
    {
        return verdict(userId, roles, stepRole, round) == ApprovalVerdict::Allowed;
    }
    // A Permission error saying why, or success.
    static Status check(qint64 userId, const RoleSet &roles, Role stepRole, const ApprovalRound &round,
                        StepAction action = StepAction::Approve);
    static QString explain(ApprovalVerdict verdict, Role stepRole, int stepNo = 0);
};

} // namespace dsr
