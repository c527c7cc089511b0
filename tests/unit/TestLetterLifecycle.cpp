// What a letter's state allows: every action of the letter register tried in every state, numbered
// and not, by every role — the expected table written out here independently of LetterLifecycle.cpp
// — and the chief's approval of a procedural draft (role, state, one person one step).

#include "letters/LetterLifecycle.h"

#include <QtTest>

using namespace dsr;

Q_DECLARE_METATYPE(dsr::LetterAction)
Q_DECLARE_METATYPE(dsr::LetterState)
Q_DECLARE_METATYPE(dsr::Role)

namespace {

Letter letterIn(LetterState state, bool numbered)
{
    Letter l;
    l.id = 7;
    l.state = state;
    l.createdBy = 11;
    if (numbered) {
        l.documentNo = QStringLiteral("長共総第12号");
        l.number = 12;
    }
    return l;
}

} // namespace

class TestLetterLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateTable_data();
    void stateTable();
    void roles_data();
    void roles();
    void after_data();
    void after();
    void refusalsNameTheState();
    void stands_data();
    void stands();
    void draftApproval_data();
    void draftApproval();
    void availableMatchesAllowed();
};

void TestLetterLifecycle::stateTable_data()
{
    QTest::addColumn<LetterAction>("action");
    QTest::addColumn<LetterState>("state");
    QTest::addColumn<bool>("numbered");
    QTest::addColumn<bool>("allowed");

    using A = LetterAction;
    using S = LetterState;
    // One row per (action, state) pair a letter can really be in: drafts and approved drafts have no
    // number; issued, printed, mailed and returned letters have one; a void letter may have one
    // (an issued letter voided, 欠番) or not (a discarded draft).
    struct Case
    {
        S state;
        bool numbered;
        const char *name;
    };
    const Case cases[] = {
        { S::Draft, false, "draft" },       { S::Approved, false, "approved" },
        { S::Issued, true, "issued" },      { S::Printed, true, "printed" },
        { S::Mailed, true, "mailed" },      { S::Returned, true, "returned" },
        { S::Void, true, "void-numbered" }, { S::Void, false, "void-draft" },
    };
    // Expected, per action, in the order of `cases`.
    struct Expect
    {
        A action;
        const char *name;
        bool allowed[8];
    };
    const Expect expect[] = {
        { A::View, "view", { true, true, true, true, true, true, true, false } },
        { A::Approve, "approve", { true, false, false, false, false, false, false, false } },
        { A::Issue, "issue", { false, true, false, false, false, false, false, false } },
        { A::Print, "print", { false, false, true, true, false, false, false, false } },
        { A::PrintCopy, "print-copy", { false, false, true, true, true, true, false, false } },
        { A::Mail, "mail", { false, false, true, true, false, false, false, false } },
        { A::MarkReturned, "returned", { false, false, false, false, true, false, false, false } },
        { A::Void, "void", { true, true, true, true, false, false, false, false } },
        { A::Reissue, "reissue", { false, false, true, true, true, true, true, false } },
    };
    for (const Expect &e : expect)
        for (int i = 0; i < 8; ++i)
            QTest::addRow("%s/%s", e.name, cases[i].name)
                << e.action << cases[i].state << cases[i].numbered << e.allowed[i];
}

void TestLetterLifecycle::stateTable()
{
    QFETCH(LetterAction, action);
    QFETCH(LetterState, state);
    QFETCH(bool, numbered);
    QFETCH(bool, allowed);
    const Letter l = letterIn(state, numbered);
    QCOMPARE(LetterLifecycle::stateAllows(action, l), allowed);
    const Status s = LetterLifecycle::checkState(action, l);
    QCOMPARE(s.ok(), allowed);
    if (!allowed) {
        QCOMPARE(s.error().code, ErrorCode::Validation);
        QVERIFY(!s.error().message.isEmpty());
    }
}

void TestLetterLifecycle::roles_data()
{
    QTest::addColumn<LetterAction>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    using A = LetterAction;
    // Columns: clerk, chief, manager, privacy_officer, administrator, auditor.
    const QList<Role> roles { Role::Clerk,          Role::Chief,         Role::Manager,
                              Role::PrivacyOfficer, Role::Administrator, Role::Auditor };
    struct Expect
    {
        A action;
        bool allowed[6];
    };
    const Expect expect[] = {
        { A::View, { true, true, true, true, true, true } }, // reading is the service's RequestRead
        { A::Approve, { false, true, false, false, false, false } },
        { A::Issue, { true, false, false, false, false, false } },
        { A::Print, { true, false, false, false, false, false } },
        { A::PrintCopy, { true, true, true, true, true, true } }, // reading is the service's RequestRead
        { A::Mail, { true, false, false, false, false, false } },
        { A::MarkReturned, { true, false, false, false, false, false } },
        { A::Void, { true, false, false, false, false, false } },
        { A::Reissue, { true, false, false, false, false, false } },
    };
    for (const Expect &e : expect)
        for (int i = 0; i < roles.size(); ++i)
            QTest::addRow("%s/%s", qPrintable(LetterLifecycle::id(e.action)), qPrintable(Roles::id(roles[i])))
                << e.action << roles[i] << e.allowed[i];
}

void TestLetterLifecycle::roles()
{
    QFETCH(LetterAction, action);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    QCOMPARE(LetterLifecycle::roleMay(action, RoleSet { role }), allowed);
    const Status s = LetterLifecycle::checkRole(action, RoleSet { role });
    QCOMPARE(s.ok(), allowed);
    if (!allowed)
        QCOMPARE(s.error().code, ErrorCode::Permission);
}

void TestLetterLifecycle::after_data()
{
    QTest::addColumn<LetterAction>("action");
    QTest::addColumn<LetterState>("from");
    QTest::addColumn<LetterState>("to");
    using A = LetterAction;
    using S = LetterState;
    QTest::newRow("approve") << A::Approve << S::Draft << S::Approved;
    QTest::newRow("issue") << A::Issue << S::Approved << S::Issued;
    QTest::newRow("print") << A::Print << S::Issued << S::Printed;
    QTest::newRow("print a spare copy") << A::Print << S::Printed << S::Printed;
    QTest::newRow("a copy of a mailed letter") << A::PrintCopy << S::Mailed << S::Mailed;
    QTest::newRow("mail issued") << A::Mail << S::Issued << S::Mailed;
    QTest::newRow("mail printed") << A::Mail << S::Printed << S::Mailed;
    QTest::newRow("returned") << A::MarkReturned << S::Mailed << S::Returned;
    QTest::newRow("void") << A::Void << S::Printed << S::Void;
    QTest::newRow("discard") << A::Void << S::Draft << S::Void;
    QTest::newRow("reissue keeps the old") << A::Reissue << S::Mailed << S::Mailed;
    QTest::newRow("view") << A::View << S::Issued << S::Issued;
}

void TestLetterLifecycle::after()
{
    QFETCH(LetterAction, action);
    QFETCH(LetterState, from);
    QFETCH(LetterState, to);
    QCOMPARE(LetterLifecycle::after(
                 action, letterIn(from, from != LetterState::Draft && from != LetterState::Approved)),
             to);
}

void TestLetterLifecycle::refusalsNameTheState()
{
    // The refusal tells the clerk where the letter is and what would be needed.
    const Letter mailed = letterIn(LetterState::Mailed, true);
    const Status v = LetterLifecycle::checkState(LetterAction::Void, mailed);
    QVERIFY(!v.ok());
    QVERIFY2(v.error().message.contains(mailed.documentNo), qPrintable(v.error().message));
    const Status again = LetterLifecycle::checkState(LetterAction::Void, letterIn(LetterState::Void, true));
    QVERIFY(!again.ok());
    QVERIFY(again.error().message != v.error().message);
    const Status p = LetterLifecycle::checkState(LetterAction::Print, letterIn(LetterState::Approved, false));
    QVERIFY(p.error().message.contains(LetterVocabulary::displayName(LetterState::Approved)));
}

void TestLetterLifecycle::stands_data()
{
    QTest::addColumn<LetterState>("state");
    QTest::addColumn<bool>("numbered");
    QTest::addColumn<bool>("stands");
    using S = LetterState;
    QTest::newRow("draft") << S::Draft << false << false;
    QTest::newRow("approved") << S::Approved << false << false;
    QTest::newRow("issued") << S::Issued << true << true;
    QTest::newRow("printed") << S::Printed << true << true;
    QTest::newRow("mailed") << S::Mailed << true << true;
    QTest::newRow("returned") << S::Returned << true << true;
    QTest::newRow("void-numbered") << S::Void << true << false;
    QTest::newRow("void-draft") << S::Void << false << false;
}

void TestLetterLifecycle::stands()
{
    QFETCH(LetterState, state);
    QFETCH(bool, numbered);
    QFETCH(bool, stands);
    QCOMPARE(LetterLifecycle::stands(letterIn(state, numbered)), stands);
}

void TestLetterLifecycle::draftApproval_data()
{
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<unsigned>("roleBits");
    QTest::addColumn<LetterState>("state");
    QTest::addColumn<int>("expected"); // -1 allowed, else ErrorCode

    const auto bits = [](RoleSet r) { return r.bits(); };
    using S = LetterState;
    QTest::newRow("chief approves a clerk's draft") << qint64(22) << bits({ Role::Chief }) << S::Draft << -1;
    QTest::newRow("manager is not the draft's approver")
        << qint64(22) << bits({ Role::Manager }) << S::Draft << int(ErrorCode::Permission);
    QTest::newRow("clerk cannot approve")
        << qint64(22) << bits({ Role::Clerk }) << S::Draft << int(ErrorCode::Permission);
    QTest::newRow("chief who wrote the draft does not approve it")
        << qint64(11) << bits({ Role::Clerk, Role::Chief }) << S::Draft << int(ErrorCode::Permission);
    QTest::newRow("an approved draft is not approved twice")
        << qint64(22) << bits({ Role::Chief }) << S::Approved << int(ErrorCode::Validation);
    QTest::newRow("an issued letter is not a draft")
        << qint64(22) << bits({ Role::Chief }) << S::Issued << int(ErrorCode::Validation);
}

void TestLetterLifecycle::draftApproval()
{
    QFETCH(qint64, userId);
    QFETCH(unsigned, roleBits);
    QFETCH(LetterState, state);
    QFETCH(int, expected);
    RoleSet roles;
    for (Role r : Roles::all())
        if (roleBits & unsigned(r))
            roles.insert(r);
    const Letter l = letterIn(state, state == LetterState::Issued);
    const Status s = LetterLifecycle::checkDraftApproval(userId, roles, l);
    if (expected < 0) {
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QVERIFY(LetterLifecycle::mayApproveDraft(userId, roles, l));
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().code), expected);
        QVERIFY(!LetterLifecycle::mayApproveDraft(userId, roles, l));
    }
    QCOMPARE(LetterLifecycle::draftApprover(), Role::Chief);
}

void TestLetterLifecycle::availableMatchesAllowed()
{
    const QList<LetterState> states = LetterVocabulary::states();
    for (LetterState st : states)
        for (bool numbered : { false, true })
            for (Role r : Roles::all()) {
                const Letter l = letterIn(st, numbered);
                const QList<LetterAction> avail = LetterLifecycle::available(l, RoleSet { r });
                for (LetterAction a : LetterLifecycle::actions())
                    QCOMPARE(avail.contains(a), LetterLifecycle::allowed(a, l, RoleSet { r }));
            }
}

QTEST_GUILESS_MAIN(TestLetterLifecycle)
#include "TestLetterLifecycle.moc"
