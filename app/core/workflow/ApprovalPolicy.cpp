#include "ApprovalPolicy.h"

namespace dsr {

ApprovalVerdict ApprovalPolicy::verdict(qint64 userId, const RoleSet &roles, Role stepRole,
                                        const ApprovalRound &round)
{
    if (!roles.contains(stepRole))
        return ApprovalVerdict::WrongRole;
    if (userId <= 0)
        return ApprovalVerdict::WrongRole; // nobody in particular approves nothing
    if (round.draftedBy == userId)
        return ApprovalVerdict::OwnDraft;
    if (round.submittedBy == userId)
        return ApprovalVerdict::OwnSubmission;
    if (round.approvedBy.contains(userId))
        return ApprovalVerdict::AlreadyApproved;
    return ApprovalVerdict::Allowed;
}

QString ApprovalPolicy::explain(ApprovalVerdict verdict, Role stepRole)
{
    switch (verdict) {
    case ApprovalVerdict::Allowed:
        return {};
    case ApprovalVerdict::WrongRole:
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

Status ApprovalPolicy::check(qint64 userId, const RoleSet &roles, Role stepRole, const ApprovalRound &round)
{
    const ApprovalVerdict v = verdict(userId, roles, stepRole, round);
    if (v == ApprovalVerdict::Allowed)
        return {};
    return makeError(ErrorCode::Permission, explain(v, stepRole));
}

} // namespace dsr
