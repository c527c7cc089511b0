// The workflow as the division works it, on the offscreen platform: the clerk drafts in the
// decision dialog and submits from the request view, the chief and the manager approve or return
// in the inbox, the dashboard opens an overdue request, and a bulk approval is one audited action
// per request, and a desk that lost the race to another desk on the same database is refused
// with a reload instead of overwriting. Real widgets over real temporary SQLite files; modals
// answered through the seams.

#include "ApprovalsPage.h"
#include "DeadlineTableModel.h"
#include "DeadlinesPage.h"
#include "DecisionDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RegisterPage.h"
#include "RequestView.h"
#include "Session.h"
#include "TestSupport.h"
#include "WorkflowActionDialog.h"
#include "WorkflowPanel.h"
#include "services/AuditService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"

#include "GuiTestSupport.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::TempDatabase;
using dsr::test::type;
using dsr::test::typeInto;
using dsr::test::waitForBackgroundTasks;

namespace {

// The dialog of that type opened last under `parent` and still showing.
template<typename T> T *openDialog(const QObject *parent)
{
    QCoreApplication::processEvents();
    const QList<T *> all = parent->findChildren<T *>();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if ((*it)->isVisible())
            return *it;
    return nullptr;
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickOk(QDialog *dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    if (!ok)
        ok = box->button(QDialogButtonBox::Save);
    click(ok);
}

void typePlain(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(parent, name);
    edit->clear();
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void flush()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

// The division: a clerk, a chief and a manager, and a member with requests.
struct Division
{
    Division()
    {
        admin = db.initialize();
        clerk = db.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
        chief = db.addUser(admin, QStringLiteral("kakaricho"), { Role::Chief });
        manager = db.addUser(admin, QStringLiteral("kacho"), { Role::Manager });
        Member m;
        m.memberNumber = QStringLiteral("10000001");
        m.name = QStringLiteral("田中 太郎");
        m.kana = QStringLiteral("タナカ タロウ");
        m.birthDate = QDate(1975, 6, 15);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎県長崎市出島町1-1");
        auto added = MemberService(db.db()).add(clerk, m);
        if (!added)
            qFatal("member not added: %s", qPrintable(added.error().message));
        memberId = added->id;
    }

    Request addRequest(const QDate &received = QDate::currentDate())
    {
        Request r;
        r.memberId = memberId;
        r.type = RequestType::Disclosure;
        r.received = received;
        r.channel = Channel::Counter;
        r.summary = QStringLiteral("保有個人データの開示");
        auto added = RequestService(db.db()).registerRequest(clerk, r);
        if (!added)
            qFatal("request not added: %s", qPrintable(added.error().message));
        return added.value();
    }

    void act(const Actor &actor, qint64 id, WorkflowAction action, WorkflowInput in = {})
    {
        auto done = WorkflowService(db.db()).perform(actor, id, action, in);
        if (!done)
            qFatal("%s refused: %s", qPrintable(RequestWorkflow::id(action)),
                   qPrintable(done.error().message));
    }

    // Received → identity verified → investigating.
    qint64 investigating()
    {
        const qint64 id = addRequest().id;
        WorkflowInput verify;
        verify.documentType = RequestVocabulary::idDocumentIds().first();
        act(clerk, id, WorkflowAction::VerifyIdentity, verify);
        act(clerk, id, WorkflowAction::Investigate);
        return id;
    }

    // … → drafted (full disclosure) → submitted.
    qint64 inApproval()
    {
        const qint64 id = investigating();
        WorkflowInput draft;
        Decision d;
        d.kind = DecisionKind::Full;
        d.data = QStringLiteral("共済掛金の払込記録");
        d.method = DisclosureMethod::Paper;
        draft.decision = d;
        act(clerk, id, WorkflowAction::Draft, draft);
        act(clerk, id, WorkflowAction::Submit);
        return id;
    }

    RequestStatus status(qint64 id) { return RequestService(db.db()).openById(clerk, id)->status; }

    TempDatabase db;
    Actor admin;
    Actor clerk;
    Actor chief;
    Actor manager;
    qint64 memberId = 0;
};

// Approves or returns the request in `actor`'s inbox through the page's buttons and dialog.
void decideInInbox(Division &division, const Actor &actor, qint64 id, WorkflowAction action,
                   const QString &comment = QString())
{
    Session session { division.db.db(), actor };
    ApprovalsPage page(session);
    page.show();
    page.refresh();
    QVERIFY(page.selectRequest(id));
    click(child<QPushButton>(&page,
                             action == WorkflowAction::Approve ? QStringLiteral("approveButton")
                                                               : QStringLiteral("returnButton")));
    auto *dialog = openDialog<WorkflowActionDialog>(&page);
    QVERIFY(dialog);
    if (!comment.isEmpty())
        typePlain(dialog, QStringLiteral("textPlainTextEdit"), comment);
    clickOk(dialog);
    QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, QStringLiteral("errorLabel"))->text()));
    flush();
}

} // namespace

class TestWorkflowGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { flush(); }

    void draftSubmitAndApproveTwiceDecides();
    void returnNeedsACommentThenRedraftAndResubmit();
    void dashboardListsOverdueAndOpensOnDoubleClick();
    void dashboardCountsTheTargetAsDueSoon();
    void bulkApprovalIsOneAuditedActionPerRequest();
    void approvalThatLostTheRaceIsRefusedAndReloaded();
    void draftSavedOverAnotherDesksDraftIsRefusedAndReloaded();
    void liveDesksSeeEachOthersChangesWithoutRefreshing();
};

void TestWorkflowGui::draftSubmitAndApproveTwiceDecides()
{
    Division division;
    const qint64 id = division.investigating();

    Session clerkSession { division.db.db(), division.clerk };
    RequestView view(clerkSession, id);
    QVERIFY(view.load());
    view.show();
    view.showWorkflowTab();
    WorkflowPanel *panel = view.workflowPanel();
    QVERIFY(!panel->actionButton(WorkflowAction::Submit));
    click(panel->actionButton(WorkflowAction::Draft));
    auto *decision = openDialog<DecisionDialog>(panel);
    QVERIFY(decision);
    auto *kind = child<QComboBox>(decision, QStringLiteral("kindComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("full")));
    // No data described: the service refuses and the dialog stays open with its message.
    clickOk(decision);
    QVERIFY(decision->isVisible());
    QVERIFY(!child<QLabel>(decision, QStringLiteral("errorLabel"))->text().isEmpty());
    typePlain(decision, QStringLiteral("dataPlainTextEdit"), QStringLiteral("Payment records 2020-2024"));
    clickOk(decision);
    QVERIFY(!decision->isVisible());
    flush();
    QCOMPARE(view.request().status, RequestStatus::Drafted);

    click(panel->actionButton(WorkflowAction::Submit));
    auto *submit = openDialog<WorkflowActionDialog>(panel);
    QVERIFY(submit);
    QCOMPARE(submit->action(), WorkflowAction::Submit);
    clickOk(submit);
    flush();
    QCOMPARE(view.request().status, RequestStatus::InApproval);
    QCOMPARE(panel->details().steps.size(), 2);

    decideInInbox(division, division.chief, id, WorkflowAction::Approve, QStringLiteral("OK"));
    QCOMPARE(division.status(id), RequestStatus::InApproval);
    decideInInbox(division, division.manager, id, WorkflowAction::Approve);
    QCOMPARE(division.status(id), RequestStatus::Decided);

    // A decided request's decision is read-only: no Draft, a View decision… instead.
    QVERIFY(view.load());
    QVERIFY(!panel->actionButton(WorkflowAction::Draft));
    click(child<QPushButton>(panel, QStringLiteral("viewDecisionButton")));
    auto *readOnly = openDialog<DecisionDialog>(panel);
    QVERIFY(readOnly);
    QVERIFY(!child<QComboBox>(readOnly, QStringLiteral("kindComboBox"))->isEnabled());
    QVERIFY(child<QPlainTextEdit>(readOnly, QStringLiteral("dataPlainTextEdit"))->isReadOnly());
    readOnly->close();
}

void TestWorkflowGui::returnNeedsACommentThenRedraftAndResubmit()
{
    Division division;
    const qint64 id = division.inApproval();
    {
        Session session { division.db.db(), division.chief };
        ApprovalsPage page(session);
        page.show();
        QCOMPARE(page.table()->rowCount(), 1);
        QVERIFY(page.selectRequest(id));
        click(child<QPushButton>(&page, QStringLiteral("returnButton")));
        auto *dialog = openDialog<WorkflowActionDialog>(&page);
        QVERIFY(dialog);
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("errorLabel"))->text(),
                 QStringLiteral("Say why the draft is returned."));
        QCOMPARE(division.status(id), RequestStatus::InApproval);
        typePlain(dialog, QStringLiteral("textPlainTextEdit"), QStringLiteral("Name the records precisely."));
        clickOk(dialog);
        QVERIFY(!dialog->isVisible());
        flush();
        QCOMPARE(division.status(id), RequestStatus::Returned);
        QCOMPARE(page.table()->rowCount(), 0);
    }

    Session clerkSession { division.db.db(), division.clerk };
    RequestView view(clerkSession, id);
    QVERIFY(view.load());
    view.show();
    view.showWorkflowTab();
    WorkflowPanel *panel = view.workflowPanel();
    // The chief's comment is there for the clerk to read.
    QVERIFY(std::any_of(
        panel->details().steps.cbegin(), panel->details().steps.cend(), [](const ApprovalStep &s) {
            return s.outcome == QLatin1String("returned") && s.comment.contains(QStringLiteral("precisely"));
        }));
    click(panel->actionButton(WorkflowAction::Draft));
    auto *decision = openDialog<DecisionDialog>(panel);
    QVERIFY(decision);
    QCOMPARE(child<QPlainTextEdit>(decision, QStringLiteral("dataPlainTextEdit"))->toPlainText(),
             QStringLiteral("共済掛金の払込記録"));
    typePlain(decision, QStringLiteral("dataPlainTextEdit"),
              QStringLiteral("Payment records, fiscal 2020-2024"));
    clickOk(decision);
    flush();
    QCOMPARE(view.request().status, RequestStatus::Drafted);
    click(panel->actionButton(WorkflowAction::Submit));
    clickOk(openDialog<WorkflowActionDialog>(panel));
    flush();
    QCOMPARE(view.request().status, RequestStatus::InApproval);

    decideInInbox(division, division.chief, id, WorkflowAction::Approve);
    decideInInbox(division, division.manager, id, WorkflowAction::Approve);
    QCOMPARE(division.status(id), RequestStatus::Decided);
}

// The deadlines dashboard of a shown window, refreshed; null when it cannot be shown.
static DeadlinesPage *showDeadlines(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.showSection(QStringLiteral("deadlines")))
        return nullptr;
    auto *page = qobject_cast<DeadlinesPage *>(window.page(QStringLiteral("deadlines")));
    if (page)
        page->refresh();
    return page;
}

// The private regime's target (deadlines.target_days, 14) makes a request due soon although its
// act-by date (the 30-day limit) is weeks away (DeadlinePolicy::dueSoon).
void TestWorkflowGui::dashboardCountsTheTargetAsDueSoon()
{
    Division division;
    const Request nearTarget = division.addRequest(QDate::currentDate().addDays(-10));
    const Request fresh = division.addRequest(); // target in 14 days: not yet

    MainWindow window(division.db.db(), division.clerk);
    DeadlinesPage *page = showDeadlines(window);
    QVERIFY(page);
    QTableView *soon = page->dueSoonTable();
    QCOMPARE(soon->model()->rowCount(), 1);
    QCOMPARE(soon->model()->index(0, DeadlineTableModel::ReceiptNoColumn).data().toString(),
             nearTarget.receiptNo);
    QVERIFY(soon->parentWidget()->property("title").toString().contains(QStringLiteral("(1)")));
    QVERIFY(soon->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Target")));
    QCOMPARE(page->overdueTable()->model()->rowCount(), 0);
    QVERIFY(
        page->overdueTable()->parentWidget()->property("title").toString().contains(QStringLiteral("(0)")));
}

void TestWorkflowGui::dashboardListsOverdueAndOpensOnDoubleClick()
{
    Division division;
    const Request late = division.addRequest(QDate::currentDate().addDays(-90));
    division.addRequest(); // due in weeks: not overdue

    MainWindow window(division.db.db(), division.clerk);
    DeadlinesPage *page = showDeadlines(window);
    QVERIFY(page);
    QTableView *overdue = page->overdueTable();
    QCOMPARE(overdue->model()->rowCount(), 1);
    QCOMPARE(overdue->model()->index(0, DeadlineTableModel::ReceiptNoColumn).data().toString(),
             late.receiptNo);
    QVERIFY(overdue->parentWidget()->property("title").toString().contains(QStringLiteral("(1)")));

    const QRect rect = overdue->visualRect(overdue->model()->index(0, DeadlineTableModel::MemberColumn));
    QTest::mouseClick(overdue->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(overdue->viewport(), Qt::LeftButton, {}, rect.center());
    flush();
    RequestView *opened = nullptr;
    for (RequestView *v : window.findChildren<RequestView *>())
        if (v->isVisible() && v->requestId() == late.id)
            opened = v;
    QVERIFY(opened);
    opened->close();
}

void TestWorkflowGui::bulkApprovalIsOneAuditedActionPerRequest()
{
    Division division;
    const qint64 first = division.inApproval();
    const qint64 second = division.inApproval();

    Session session { division.db.db(), division.chief };
    ApprovalsPage page(session);
    page.show();
    QCOMPARE(page.table()->rowCount(), 2);
    QVERIFY(page.selectRequest(first));
    QVERIFY(page.selectRequest(second, true));
    QCOMPARE(page.selectedRequestIds().size(), 2);
    // The confirmation lists each request's summary before anything is approved.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(&page, QStringLiteral("approveSelectedButton")));
    const QString confirmation = MessageBox::lastText();
    const QString firstNo = RequestService(division.db.db()).openById(division.clerk, first)->receiptNo;
    const QString secondNo = RequestService(division.db.db()).openById(division.clerk, second)->receiptNo;
    QVERIFY(confirmation.contains(firstNo));
    QVERIFY(confirmation.contains(secondNo));
    QVERIFY(confirmation.contains(DecisionVocabulary::displayName(DecisionKind::Full)));
    QCOMPARE(page.table()->rowCount(), 0);
    QVERIFY(child<QLabel>(&page, QStringLiteral("messageLabel"))->text().contains(firstNo));

    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("request.approve");
    filter.userLogin = division.chief.login;
    const Actor auditor = division.db.addUser(division.admin, QStringLiteral("kansa"), { Role::Auditor });
    auto entries = AuditService(division.db.db()).list(auditor, filter);
    QVERIFY2(entries, entries ? "" : qPrintable(entries.error().message));
    QSet<QString> ids;
    for (const AuditRecord &e : entries.value())
        ids.insert(e.entityId);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(ids, (QSet<QString> { QString::number(first), QString::number(second) }));
    // Both still wait for the manager.
    QCOMPARE(division.status(first), RequestStatus::InApproval);
    QCOMPARE(division.status(second), RequestStatus::InApproval);
}

void TestWorkflowGui::approvalThatLostTheRaceIsRefusedAndReloaded()
{
    Division division;
    const Actor otherChief
        = division.db.addUser(division.admin, QStringLiteral("kakaricho2"), { Role::Chief });
    const qint64 id = division.inApproval();

    // The chief's inbox is open in the window with the first draft showing.
    MainWindow window(division.db.db(), division.chief);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("approvals")));
    auto *page = qobject_cast<ApprovalsPage *>(window.page(QStringLiteral("approvals")));
    QVERIFY(page);
    QVERIFY(page->selectRequest(id));
    auto *draft = child<QTextBrowser>(page, QStringLiteral("draftTextBrowser"));
    QVERIFY(draft->toPlainText().contains(QStringLiteral("共済掛金の払込記録")));

    // Behind its back, on another desk: the other chief returns the draft, the clerk redrafts it
    // with other data and submits it again. The same step of a new round now waits for a chief.
    auto second = division.db.openSecond();
    WorkflowService otherDesk(*second);
    const auto actOnOtherDesk
        = [&otherDesk, id](const Actor &actor, WorkflowAction action, WorkflowInput in) {
              auto done = otherDesk.perform(actor, id, action, in);
              QVERIFY2(done, done ? "" : qPrintable(done.error().message));
          };
    WorkflowInput returned;
    returned.text = QStringLiteral("The period is wrong.");
    actOnOtherDesk(otherChief, WorkflowAction::Return, returned);
    WorkflowInput redraft;
    Decision d;
    d.kind = DecisionKind::Full;
    d.data = QStringLiteral("2021年度以降の共済掛金の払込記録");
    d.method = DisclosureMethod::Paper;
    redraft.decision = d;
    actOnOtherDesk(division.clerk, WorkflowAction::Draft, redraft);
    actOnOtherDesk(division.clerk, WorkflowAction::Submit, {});
    // The page still shows what it read before.
    QVERIFY(draft->toPlainText().contains(QStringLiteral("共済掛金の払込記録")));
    QVERIFY(!draft->toPlainText().contains(QStringLiteral("2021年度")));

    // Approving what the page shows would approve a draft the chief never read: refused.
    click(child<QPushButton>(page, QStringLiteral("approveButton")));
    auto *dialog = openDialog<WorkflowActionDialog>(page);
    QVERIFY(dialog);
    typePlain(dialog, QStringLiteral("textPlainTextEdit"), QStringLiteral("Approved as shown."));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickOk(dialog);
    flush();
    QVERIFY(!openDialog<WorkflowActionDialog>(page));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
             qPrintable(MessageBox::lastText()));

    // Nothing of ours was written: round 1 was returned by the other chief, round 2 still waits.
    auto details = WorkflowService(division.db.db()).details(division.clerk, id);
    QVERIFY2(details, details ? "" : qPrintable(details.error().message));
    QCOMPARE(division.status(id), RequestStatus::InApproval);
    QCOMPARE(details->decision->data, QStringLiteral("2021年度以降の共済掛金の払込記録"));
    QCOMPARE(details->steps.size(), 4);
    for (const ApprovalStep &step : details->steps) {
        QVERIFY(step.comment != QLatin1String("Approved as shown."));
        if (step.round == 1 && step.stepNo == 1) {
            QCOMPARE(step.outcome, QStringLiteral("returned"));
            QCOMPARE(step.decidedByLogin, otherChief.login);
        }
        if (step.round == 2)
            QVERIFY(step.outcome.isEmpty());
    }

    // Reloaded: the page shows the new draft, and approving that one goes through.
    QCOMPARE(page->table()->rowCount(), 1);
    QVERIFY(page->selectRequest(id));
    QVERIFY2(draft->toPlainText().contains(QStringLiteral("2021年度以降の共済掛金の払込記録")),
             qPrintable(draft->toPlainText()));
    QVERIFY(draft->toPlainText().contains(QStringLiteral("The period is wrong.")));
    click(child<QPushButton>(page, QStringLiteral("approveButton")));
    dialog = openDialog<WorkflowActionDialog>(page);
    QVERIFY(dialog);
    clickOk(dialog);
    flush();
    details = WorkflowService(division.db.db()).details(division.clerk, id);
    QVERIFY(std::any_of(details->steps.cbegin(), details->steps.cend(), [&](const ApprovalStep &s) {
        return s.round == 2 && s.stepNo == 1 && s.outcome == QLatin1String("approved")
            && s.decidedByLogin == division.chief.login;
    }));
    QCOMPARE(page->table()->rowCount(), 0);
}

void TestWorkflowGui::draftSavedOverAnotherDesksDraftIsRefusedAndReloaded()
{
    Division division;
    const Actor otherClerk = division.db.addUser(division.admin, QStringLiteral("tanto2"), { Role::Clerk });
    const qint64 id = division.investigating();
    WorkflowInput first;
    Decision mine;
    mine.kind = DecisionKind::Full;
    mine.data = QStringLiteral("共済掛金の払込記録");
    mine.method = DisclosureMethod::Paper;
    first.decision = mine;
    division.act(division.clerk, id, WorkflowAction::Draft, first);

    // The clerk has the request open from the register, on its Workflow tab.
    MainWindow window(division.db.db(), division.clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *registerPage = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QVERIFY(registerPage);
    QPointer<RequestView> view = registerPage->openRequest(id);
    QVERIFY(view);
    view->showWorkflowTab();
    WorkflowPanel *panel = view->workflowPanel();
    QCOMPARE(panel->details().decision->data, QStringLiteral("共済掛金の払込記録"));
    const qint64 versionShown = view->request().version;

    // Another clerk, at another desk, saves a different draft of the same decision.
    auto second = division.db.openSecond();
    WorkflowInput theirs;
    Decision other = mine;
    other.kind = DecisionKind::NotHeld;
    other.data = QStringLiteral("平成の給与記録（保有なし）");
    other.reasons = QStringLiteral("保存期間を経過し廃棄済み");
    other.method = DisclosureMethod::None;
    theirs.decision = other;
    auto saved = WorkflowService(*second).perform(otherClerk, id, WorkflowAction::Draft, theirs);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

    // Ours, edited from the stale copy, is refused with the reload message…
    click(panel->actionButton(WorkflowAction::Draft));
    QPointer<DecisionDialog> decision = openDialog<DecisionDialog>(panel);
    QVERIFY(decision);
    QCOMPARE(child<QPlainTextEdit>(decision, QStringLiteral("dataPlainTextEdit"))->toPlainText(),
             QStringLiteral("共済掛金の払込記録"));
    typePlain(decision, QStringLiteral("dataPlainTextEdit"), QStringLiteral("Payment records 2020-2024"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickOk(decision);
    flush();
    QVERIFY(!decision || !decision->isVisible());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
             qPrintable(MessageBox::lastText()));

    // … the other clerk's draft is what the database holds …
    auto stored = WorkflowService(division.db.db()).details(division.clerk, id);
    QVERIFY(stored && stored->decision);
    QCOMPARE(stored->decision->data, QStringLiteral("平成の給与記録（保有なし）"));
    QCOMPARE(stored->decision->kind, DecisionKind::NotHeld);
    QCOMPARE(stored->decision->draftedByLogin, otherClerk.login);

    // … and the view, reloaded, shows it: the next edit starts from the current draft.
    QVERIFY(view);
    QVERIFY(view->request().version > versionShown);
    QCOMPARE(view->request().version, RequestService(division.db.db()).openById(division.clerk, id)->version);
    QCOMPARE(panel->details().decision->data, QStringLiteral("平成の給与記録（保有なし）"));
    QVERIFY(child<QTextBrowser>(panel, QStringLiteral("workflowTextBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("平成の給与記録（保有なし）")));
    click(panel->actionButton(WorkflowAction::Draft));
    decision = openDialog<DecisionDialog>(panel);
    QVERIFY(decision);
    QCOMPARE(child<QPlainTextEdit>(decision, QStringLiteral("dataPlainTextEdit"))->toPlainText(),
             QStringLiteral("平成の給与記録（保有なし）"));
    auto *kind = child<QComboBox>(decision, QStringLiteral("kindComboBox"));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("not_held"));
    decision->reject();
    view->close();
}

QTEST_MAIN(TestWorkflowGui)
#include "TestWorkflowGui.moc"

// Two desks, two windows, one database (two connections; on the server pass, two sessions of the
// desks' role): what one desk does shows on the other within two seconds, nobody pressing
// Refresh — the clerk submits, the chief's inbox gets the request; the chief approves, the
// clerk's open request shows the approval and the register keeps its selection.
void TestWorkflowGui::liveDesksSeeEachOthersChangesWithoutRefreshing()
{
    Division division;
    const qint64 other = division.addRequest().id;
    const qint64 id = division.investigating();
    WorkflowInput draft;
    Decision d;
    d.kind = DecisionKind::Full;
    d.data = QStringLiteral("共済掛金の払込記録");
    d.method = DisclosureMethod::Paper;
    draft.decision = d;
    division.act(division.clerk, id, WorkflowAction::Draft, draft);

    // The chief's desk: its own connection, its inbox showing and empty.
    auto chiefDesk = division.db.openSecond();
    MainWindow chiefWindow(*chiefDesk, division.chief);
    chiefWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chiefWindow));
    QVERIFY(chiefWindow.showSection(QStringLiteral("approvals")));
    auto *inbox = qobject_cast<ApprovalsPage *>(chiefWindow.page(QStringLiteral("approvals")));
    QVERIFY(inbox);
    QCOMPARE(inbox->table()->rowCount(), 0);

    // The clerk's desk: the register with another request selected, the request open.
    MainWindow clerkWindow(division.db.db(), division.clerk);
    clerkWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clerkWindow));
    auto *registerPage = qobject_cast<RegisterPage *>(clerkWindow.page(QStringLiteral("register")));
    QVERIFY(registerPage);
    // The clerk starts on ホーム; the register is read when it is opened.
    QVERIFY(clerkWindow.showSection(QStringLiteral("register")));
    QTRY_VERIFY(registerPage->selectRequest(other));
    RequestView *view = registerPage->openRequest(id);
    QVERIFY(view);
    view->showWorkflowTab();
    WorkflowPanel *panel = view->workflowPanel();
    click(panel->actionButton(WorkflowAction::Submit));
    auto *submit = openDialog<WorkflowActionDialog>(panel);
    QVERIFY(submit);
    clickOk(submit);
    QElapsedTimer sinceSubmit;
    sinceSubmit.start();
    QCOMPARE(view->request().status, RequestStatus::InApproval);

    // The chief's inbox shows it by itself, within two seconds.
    QTRY_COMPARE_WITH_TIMEOUT(inbox->table()->rowCount(), 1, 2000);
    qInfo("%s: the chief's inbox showed the submitted request after %lld ms", qPrintable(test::engineName()),
          sinceSubmit.elapsed());
    QVERIFY(inbox->selectRequest(id));
    click(child<QPushButton>(inbox, QStringLiteral("approveButton")));
    auto *approve = openDialog<WorkflowActionDialog>(inbox);
    QVERIFY(approve);
    clickOk(approve);
    QElapsedTimer sinceApproval;
    sinceApproval.start();
    QTRY_COMPARE_WITH_TIMEOUT(inbox->table()->rowCount(), 0, 2000);

    // The clerk's open request shows the chief's approval, and the register kept its selection.
    const auto chiefApproved = [&] {
        const auto &steps = panel->details().steps;
        return std::any_of(steps.cbegin(), steps.cend(), [&](const ApprovalStep &s) {
            return s.stepNo == 1 && s.outcome == QLatin1String("approved")
                && s.decidedByLogin == division.chief.login;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(chiefApproved(), 2000);
    qInfo("%s: the clerk's open request showed the approval after %lld ms", qPrintable(test::engineName()),
          sinceApproval.elapsed());
    QCOMPARE(registerPage->selectedRequestId(), other);
    view->close();
}
