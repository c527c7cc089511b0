#include "LetterLifecycle.h"

#include "../security/Permissions.h"
#include "../workflow/ApprovalPolicy.h"

namespace dsr {

namespace {

using S = LetterState;
using A = LetterAction;

} // namespace

const QList<LetterTransition> &LetterLifecycle::table()
{
    // Who issues, prints and mails letters is the LetterIssue permission's (Permissions).
    static const RoleSet kIssuers = Permissions::rolesFor(Operation::LetterIssue);
    static const QList<LetterTransition> t {
        { A::View,
          { S::Draft, S::Approved, S::Issued, S::Printed, S::Mailed, S::Returned },
          std::nullopt,
          {},
          true },
        { A::Approve, { S::Draft }, S::Approved, { draftApprover() }, false },
        { A::Issue, { S::Approved }, S::Issued, kIssuers, false },
        { A::Print, { S::Issued, S::Printed }, S::Printed, kIssuers, false },
        { A::PrintCopy, { S::Issued, S::Printed, S::Mailed, S::Returned }, std::nullopt, {}, false },
        { A::Mail, { S::Issued, S::Printed }, S::Mailed, kIssuers, false },
        { A::MarkReturned, { S::Mailed }, S::Returned, kIssuers, false },
        { A::Void, { S::Draft, S::Approved, S::Issued, S::Printed }, S::Void, kIssuers, false },
        { A::Reissue, {}, std::nullopt, kIssuers, true },
    };
    return t;
}

const LetterTransition &LetterLifecycle::transition(LetterAction action)
{
    for (const LetterTransition &t : table())
        if (t.action == action)
            return t;
    Q_UNREACHABLE();
}

QList<LetterAction> LetterLifecycle::actions()
{
    QList<LetterAction> out;
    for (const LetterTransition &t : table())
        out << t.action;
    return out;
}

QString LetterLifecycle::id(LetterAction action)
{
    switch (action) {
    case A::View:
        return QStringLiteral("view");
    case A::Approve:
        return QStringLiteral("approve");
    case A::Issue:
        return QStringLiteral("issue");
    case A::Print:
        return QStringLiteral("print");
    case A::PrintCopy:
        return QStringLiteral("print-copy");
    case A::Mail:
        return QStringLiteral("mail");
    case A::MarkReturned:
        return QStringLiteral("returned");
    case A::Void:
        return QStringLiteral("void");
    case A::Reissue:
        return QStringLiteral("reissue");
    }
    return {};
}

QString LetterLifecycle::displayName(LetterAction action)
{
    switch (action) {
    case A::View:
        return tr("View");
    case A::Approve:
        return tr("Approve");
    case A::Issue:
        return tr("Issue");
    case A::Print:
        return tr("Print");
    case A::PrintCopy:
        return tr("Print a copy");
    case A::Mail:
        return tr("Mark mailed");
    case A::MarkReturned:
        return tr("Mark returned");
    case A::Void:
        return tr("Void");
    case A::Reissue:
        return tr("Issue again");
    }
    return {};
}

LetterState LetterLifecycle::after(LetterAction action, const Letter &letter)
{
    const LetterTransition &t = transition(action);
    return t.to ? *t.to : letter.state;
}

bool LetterLifecycle::stateAllows(LetterAction action, const Letter &letter)
{
    const LetterTransition &t = transition(action);
    return t.from.contains(letter.state) || (t.anyNumbered && letter.isIssued());
}

bool LetterLifecycle::stands(const Letter &letter)
{
    return letter.isIssued() && letter.state != S::Void;
}

bool LetterLifecycle::roleMay(LetterAction action, RoleSet roles)
{
    const LetterTransition &t = transition(action);
    return t.roles.isEmpty() || roles.intersects(t.roles);
}

bool LetterLifecycle::allowed(LetterAction action, const Letter &letter, RoleSet roles)
{
    return roleMay(action, roles) && stateAllows(action, letter);
}

QList<LetterAction> LetterLifecycle::available(const Letter &letter, RoleSet roles)
{
    QList<LetterAction> out;
    for (const LetterTransition &t : table())
        if (allowed(t.action, letter, roles))
            out << t.action;
    return out;
}

Status LetterLifecycle::checkRole(LetterAction action, RoleSet roles)
{
    if (roleMay(action, roles))
        return {};
    if (action == A::Approve)
        return makeError(ErrorCode::Permission, tr("A procedural letter is approved by a chief."));
    QStringList names;
    for (Role r : transition(action).roles.toList())
        names << Roles::displayName(r);
    return makeError(
        ErrorCode::Permission,
        tr("\"%1\" needs one of these roles: %2.").arg(displayName(action), names.join(Roles::tr(", "))));
}

Status LetterLifecycle::checkState(LetterAction action, const Letter &letter)
{
    if (stateAllows(action, letter))
        return {};
    const QString state = LetterVocabulary::displayName(letter.state);
    switch (action) {
    case A::View:
        return makeError(ErrorCode::Validation, tr("A discarded draft has nothing to show."));
    case A::Approve:
        return makeError(ErrorCode::Validation,
                         tr("This letter is not awaiting approval; it is %1.").arg(state));
    case A::Issue:
        return makeError(ErrorCode::Validation,
                         tr("Only an approved draft can be issued; this letter is %1.").arg(state));
    case A::Print:
        return makeError(
            ErrorCode::Validation,
            tr("Letter %1 is %2; only an issued letter is printed.").arg(letter.documentNo, state));
    case A::PrintCopy:
        return makeError(ErrorCode::Validation,
                         tr("Only a letter that was issued and is not void is printed."));
    case A::Mail:
        return makeError(
            ErrorCode::Validation,
            tr("Letter %1 is %2; only an issued or printed letter is mailed.").arg(letter.documentNo, state));
    case A::MarkReturned:
        return makeError(ErrorCode::Validation, tr("Only a mailed letter comes back undeliverable."));
    case A::Void:
        if (letter.state == S::Void)
            return makeError(ErrorCode::Validation, tr("The letter is void already."));
        return makeError(
            ErrorCode::Validation,
            tr("Letter %1 has been mailed; it cannot be voided. Issue a new letter in its place.")
                .arg(letter.documentNo));
    case A::Reissue:
        return makeError(ErrorCode::Validation, tr("Only an issued letter can be issued again."));
    }
    return makeError(ErrorCode::Validation, tr("This is not possible for a letter that is %1.").arg(state));
}

Status LetterLifecycle::check(LetterAction action, const Letter &letter, RoleSet roles)
{
    if (Status s = checkRole(action, roles); !s)
        return s;
    return checkState(action, letter);
}

Role LetterLifecycle::draftApprover()
{
    return Role::Chief;
}

Status LetterLifecycle::checkDraftApproval(qint64 userId, RoleSet roles, const Letter &letter)
{
    if (Status s = check(A::Approve, letter, roles); !s)
        return s;
    // One person, one step: the clerk who wrote and submitted the draft does not approve it.
    ApprovalRound round;
    round.draftedBy = letter.createdBy;
    round.submittedBy = letter.createdBy;
    return ApprovalPolicy::check(userId, roles, draftApprover(), round);
}

} // namespace dsr
