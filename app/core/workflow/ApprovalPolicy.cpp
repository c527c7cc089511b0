#include "ApprovalPolicy.h"

namespace dsr {

QList<Role> ApprovalPolicy::routeStepRoles()
{
    return { Role::Clerk, Role::Chief, Role::Manager, Role::PrivacyOfficer };
}

Status ApprovalPolicy::checkRoute(const QList<Role> &steps)
{
    if (steps.isEmpty() || steps.size() > MaxRouteSteps)
        return makeError(ErrorCode::Validation, tr("A route has one to six steps."));
    for (Role r : steps)
        if (!mayBeRouteStep(r))
            return makeError(ErrorCode::Validation,
                             tr("Only clerks, chiefs, managers and privacy officers approve."));
    return {};
}

ApprovalVerdict ApprovalPolicy::verdict(qint64 userId, const RoleSet &roles, Role stepRole,
                                        const ApprovalRound &round, StepAction action)
{
    if (!roles.contains(stepRole))
        return ApprovalVerdict::WrongRole;
    if (userId <= 0)
        return ApprovalVerdict::WrongRole; // nobody in particular approves nothing
    if (action == StepAction::Return)
        return ApprovalVerdict::Allowed; // a return is not an approval: the role is enough
    if (round.draftedBy == userId)
        return ApprovalVerdict::OwnDraft;
    if (round.submittedBy == userId)
        return ApprovalVerdict::OwnSubmission;
    if (round.approvedBy.contains(userId))
        return ApprovalVerdict::AlreadyApproved;
    return ApprovalVerdict::Allowed;
}

QString ApprovalPolicy::explain(ApprovalVerdict verdict, Role stepRole, int stepNo)
{
    switch (verdict) {
    case ApprovalVerdict::Allowed:
        return {};
    case ApprovalVerdict::WrongRole:
        if (stepNo > 0)
            return tr("Step %1 of the approval is for the %2; it comes before any later step.")
                .arg(stepNo)
                .arg(Roles::displayName(stepRole));
        return tr("This approval step is for the %1.").arg(Roles::displayName(stepRole));
    case ApprovalVerdict::OwnDraft:
        return tr("You drafted this; someone else must approve it.");
    case ApprovalVerdict::OwnSubmission:
        return tr("You submitted this for approval; someone else must approve it.");
    case ApprovalVerdict::AlreadyApproved:
        return tr("You approved an earlier step of this approval; one person approves one step only, "
                  "so someone else must approve this one.");
    }
    return {};
}

Status ApprovalPolicy::check(qint64 userId, const RoleSet &roles, Role stepRole, const ApprovalRound &round,
                             StepAction action)
{
    const ApprovalVerdict v = verdict(userId, roles, stepRole, round, action);
    if (v == ApprovalVerdict::Allowed)
        return {};
    return makeError(ErrorCode::Permission, explain(v, stepRole, round.stepNo));
}

} // namespace dsr
