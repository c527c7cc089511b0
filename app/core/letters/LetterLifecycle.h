#pragma once
// What a letter's state allows (DESIGN.md "Where each rule lives"): for every action on a letter in
// the register, the states it may be taken in, the state it leads to and the roles that may take it
// — and the chief's approval of a procedural draft, whose person rule is ApprovalPolicy's. The
// LetterService refuses with these answers; the letter register enables its buttons from them.
//
//   Draft ──approve──▶ Approved ──issue──▶ Issued ──print──▶ Printed ──mail──▶ Mailed ──return──▶ Returned
//     │                  │                   │ └──────────mail────────────────────▲
//     └──void (discard)──┴───────void────────┴──void──(Printed)       reissue: any numbered letter
//
// Printing a printed letter again (a spare copy) keeps its state; a voided number stays in the
// register (欠番); a mailed letter is never voided — a new letter is issued in its place.

#include "../Result.h"
#include "../model/Letter.h"
#include "../model/Role.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace dsr {

enum class LetterAction {
    View, // the stored bytes, or a draft shown as it would be issued (「案」)
    Approve, // the chief approves a procedural draft
    Issue, // number, render and store an approved draft
    Print, // records the letter as printed (the first print of an issued letter)
    PrintCopy, // prints the stored letter again; records nothing (a spare or file copy)
    Mail,
    MarkReturned, // came back undeliverable
    Void, // 欠番 for an issued letter; discards a draft
    Reissue, // a new letter in place of a numbered one
};

struct LetterTransition
{
    LetterAction action;
    QList<LetterState> from;
    std::optional<LetterState> to; // nullopt: the state does not change
    RoleSet roles; // empty: whoever may read letters
    bool anyNumbered = false; // also in any state once the letter has a document number
};

class LetterLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(LetterLifecycle)
public:
    static const QList<LetterTransition> &table();
    static const LetterTransition &transition(LetterAction action);
    static QList<LetterAction> actions();
    static QString id(LetterAction action); // "approve"
    static QString displayName(LetterAction action);

    // The state `letter` is in after `action` (the same state for View, Reissue and a spare print).
    static LetterState after(LetterAction action, const Letter &letter);

    // Whether the letter's state allows the action, whoever asks.
    static bool stateAllows(LetterAction action, const Letter &letter);
    // Whether `roles` may take the action on the letter in its state — for buttons and menus.
    static bool allowed(LetterAction action, const Letter &letter, RoleSet roles);
    static QList<LetterAction> available(const Letter &letter, RoleSet roles);
    // Whether `roles` may ever take the action (a button shown at all).
    static bool roleMay(LetterAction action, RoleSet roles);

    // A numbered letter that is not void: it answers its request, so another letter of its kind is
    // issued only in its place (Reissue), never beside it.
    static bool stands(const Letter &letter);

    // Permission error when no role fits, Validation error (worded for the action) when the state
    // does not allow it; success otherwise.
    static Status check(LetterAction action, const Letter &letter, RoleSet roles);
    static Status checkRole(LetterAction action, RoleSet roles);
    static Status checkState(LetterAction action, const Letter &letter);

    // The one-step route of a procedural draft: the step's role, and the full check — state, role,
    // and one person one step (the clerk who wrote and submitted the draft does not approve it).
    static Role draftApprover();
    static Status checkDraftApproval(qint64 userId, RoleSet roles, const Letter &letter);
    static bool mayApproveDraft(qint64 userId, RoleSet roles, const Letter &letter)
    {
        return checkDraftApproval(userId, roles, letter).ok();
    }
};

} // namespace dsr
