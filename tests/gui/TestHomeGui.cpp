// Where each role starts (issue 14): the home page's figures are links, each opening the register
// or the letter register filtered to exactly the rows it counts; a chief with drafts waiting
// starts in the approval inbox; the deadlines page's tables sort, mark late rows in words and
// colour, and open a request on a double-click or Enter. Real widgets on the offscreen platform
// over real temporary SQLite files, with requests in every state the figures count.

#include "ApprovalsPage.h"
#include "DeadlineTableModel.h"
#include "DeadlinesPage.h"
#include "HomePage.h"
#include "LettersPage.h"
#include "MainWindow.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "RequestView.h"
#include "TestSupport.h"
#include "Translations.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"

#include "GuiTestSupport.h"
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::disclosureDraft;
using dsr::test::fullDisclosure;
using dsr::test::registered;
using dsr::test::submitDraft;
using dsr::test::TempDatabase;

namespace {

using A = WorkflowAction;
using Figure = HomePage::Figure;

void flush()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void act(Database &db, const Actor &actor, qint64 id, A action, WorkflowInput in = {})
{
    auto done = WorkflowService(db).perform(actor, id, action, in);
    if (!done)
        qFatal("%s refused: %s", qPrintable(RequestWorkflow::id(action)), qPrintable(done.error().message));
}

// The ids of the register's loaded rows, every row loaded first.
QList<qint64> registerIds(RegisterPage *page)
{
    RegisterModel *model = page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->request(row).id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestHomeGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin, m_clerk, m_chief, m_manager;
    QList<qint64> m_members;
    // What the fixture holds, by what the home page counts.
    QList<qint64> m_late, m_soon, m_inApproval, m_amendment;

    qint64 addRequest(Database &db, int member, const QDate &received,
                      RequestType type = RequestType::Disclosure)
    {
        Request r = disclosureDraft(m_members.at(member % m_members.size()), received);
        r.type = type;
        if (!RequestVocabulary::hasDisclosureMethod(type))
            r.method = DisclosureMethod::None;
        return registered(db, m_clerk, r).id;
    }

    // Investigated, drafted (full disclosure) and submitted: at the chief's step.
    qint64 submitted(Database &db, int member)
    {
        // Received today: the private regime's target (14 days) stays beyond "due soon".
        const qint64 id = addRequest(db, member, QDate::currentDate());
        submitDraft(db, id, fullDisclosure(), QDate::currentDate(), m_clerk);
        return id;
    }

    // Decided by the chief and the manager, its disclosure letter issued.
    qint64 issuedLetter(Database &db, int member)
    {
        const qint64 id = submitted(db, member);
        act(db, m_chief, id, A::Approve);
        act(db, m_manager, id, A::Approve);
        LetterInput input;
        input.postageYen = 140;
        auto letter = LetterService(db).issue(m_clerk, id, LetterKind::Disclosure, input);
        if (!letter)
            qFatal("letter not issued: %s", qPrintable(letter.error().message));
        return letter->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = m_fixtureDir.filePath(QStringLiteral("fixture.sqlite"));
        TempDatabase t;
        m_admin = t.initialize();
        m_clerk = t.addUser(m_admin, QStringLiteral("tanto"), { Role::Clerk });
        m_chief = t.addUser(m_admin, QStringLiteral("kakaricho"), { Role::Chief });
        m_manager = t.addUser(m_admin, QStringLiteral("kacho"), { Role::Manager });
        const QList<std::pair<QString, QString>> people {
            { QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ") },
            { QStringLiteral("佐藤 花子"), QStringLiteral("サトウ ハナコ") },
            { QStringLiteral("鈴木 一郎"), QStringLiteral("スズキ イチロウ") },
            { QStringLiteral("高橋 美智子"), QStringLiteral("タカハシ ミチコ") },
            { QStringLiteral("渡辺 健"), QStringLiteral("ワタナベ ケン") },
        };
        for (int i = 0; i < people.size(); ++i)
            m_members << t.addMember(m_clerk, QString::number(10000001 + i), people[i].first,
                                     people[i].second);

        // What every letter prints: the head's name and the association's address.
        SettingsService settings(t.db());
        const OrganisationSettings basis = settings.load(m_admin).value();
        QVERIFY(settings.save(m_admin, basis,
                              { { Setting::HeadName, QStringLiteral("山本 一郎") },
                                { Setting::PostalCode, QStringLiteral("850-0099") },
                                { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } }));

        Database &db = t.db();
        const QDate today = QDate::currentDate();
        // Late: received three months ago, and one a month and a half ago.
        m_late << addRequest(db, 0, today.addDays(-90)) << addRequest(db, 1, today.addDays(-45));
        // Due soon: the act-by date (30 days after receipt) within the week.
        m_soon << addRequest(db, 2, today.addDays(-26), RequestType::Correction);
        // In weeks: neither late nor (received today, its target two weeks off) due soon.
        addRequest(db, 3, today);
        // Awaiting an amendment.
        const qint64 amend = addRequest(db, 4, today);
        WorkflowInput ask;
        ask.text = QStringLiteral("請求の対象となる記録の期間の特定");
        ask.dueDate = today.addDays(14);
        act(db, m_clerk, amend, A::RequestAmendment, ask);
        m_amendment << amend;
        // At the chief's step.
        m_inApproval << submitted(db, 0) << submitted(db, 3);
        // Letters: two to print, one to mail, one returned, one mailed (counted nowhere).
        issuedLetter(db, 1);
        issuedLetter(db, 2);
        LetterLifecycleService life(db);
        const qint64 printed = issuedLetter(db, 3);
        QVERIFY(life.markPrinted(m_clerk, printed));
        const qint64 returned = issuedLetter(db, 4);
        QVERIFY(life.markPrinted(m_clerk, returned));
        QVERIFY(life.markMailed(m_clerk, returned, MailMethod::Ordinary, QString(), today));
        QVERIFY(life.markReturned(m_clerk, returned, today));
        const qint64 mailed = issuedLetter(db, 0);
        QVERIFY(life.markPrinted(m_clerk, mailed));
        QVERIFY(life.markMailed(m_clerk, mailed, MailMethod::Ordinary, QString(), today));
        t.saveAs(m_fixture);
    }

    void cleanup() { flush(); }

    void clerkStartsHomeAndEachFigureOpensExactlyItsRows();
    void chiefWithApprovalsWaitingStartsInTheInbox();
    void approvalFigureOpensTheInboxInTheRegister();
    void homeCountsAgainWhenAnotherDeskChangesSomething();
    void deadlinesTablesSortMarkLateRowsAndOpenRequests();
    // With DSR_SCREENSHOT_DIR set: the pages in Japanese as PNG files, to look at.
    void screenshots();
};

void TestHomeGui::clerkStartsHomeAndEachFigureOpensExactlyItsRows()
{
    TempDatabase t(m_fixture);
    MainWindow window(t.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentSection(), QStringLiteral("home"));
    auto *home = qobject_cast<HomePage *>(window.page(QStringLiteral("home")));
    QVERIFY(home && home->isVisible());
    // A clerk approves nothing: no approval figure; the letters are theirs to print and mail.
    QCOMPARE(home->shownFigures(),
             (QList<Figure> { Figure::Overdue, Figure::DueSoon, Figure::AwaitingAmendment,
                              Figure::LettersToPrint, Figure::LettersToMail, Figure::ReturnedMail }));
    QVERIFY(!home->link(Figure::AwaitingMyApproval));
    QCOMPARE(child<QLabel>(home, QStringLiteral("dateLabel"))->text(),
             QLocale().toString(QDate::currentDate(), QLocale::LongFormat));

    // What the fixture holds, counted by the page.
    QCOMPARE(home->figure(Figure::Overdue), qint64(m_late.size()));
    QCOMPARE(home->figure(Figure::DueSoon), qint64(m_soon.size()));
    QCOMPARE(home->figure(Figure::AwaitingAmendment), qint64(m_amendment.size()));
    QCOMPARE(home->figure(Figure::LettersToPrint), qint64(2));
    QCOMPARE(home->figure(Figure::LettersToMail), qint64(1));
    QCOMPARE(home->figure(Figure::ReturnedMail), qint64(1));

    auto *registerPage = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QVERIFY(registerPage);
    const struct
    {
        Figure figure;
        QList<qint64> ids;
        QString control; // the filter control that says why the list is short
    } requestFigures[] {
        { Figure::Overdue, m_late, QStringLiteral("overdueCheckBox") },
        { Figure::DueSoon, m_soon, QStringLiteral("dueSoonCheckBox") },
        { Figure::AwaitingAmendment, m_amendment, QString() },
    };
    for (const auto &expected : requestFigures) {
        QVERIFY(window.showSection(QStringLiteral("home")));
        QTest::mouseClick(home->link(expected.figure), Qt::LeftButton);
        QCOMPARE(window.currentSection(), QStringLiteral("register"));
        QList<qint64> ids = expected.ids;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(registerIds(registerPage), ids);
        QCOMPARE(registerPage->model()->totalCount(), home->figure(expected.figure));
        if (!expected.control.isEmpty())
            QVERIFY(child<QCheckBox>(registerPage, expected.control)->isChecked());
        else
            QCOMPARE(
                child<QComboBox>(registerPage, QStringLiteral("statusComboBox"))->currentData().toString(),
                RequestVocabulary::id(RequestStatus::AwaitingAmendment));
    }
    // "Clear filters" gives the whole register back.
    QTest::mouseClick(child<QPushButton>(registerPage, QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QCOMPARE(registerPage->model()->totalCount(), qint64(12));

    auto *letters = qobject_cast<LettersPage *>(window.page(QStringLiteral("letters")));
    QVERIFY(letters);
    const std::pair<Figure, LetterState> letterFigures[] { { Figure::LettersToPrint, LetterState::Issued },
                                                           { Figure::LettersToMail, LetterState::Printed },
                                                           { Figure::ReturnedMail, LetterState::Returned } };
    for (const auto &[figure, state] : letterFigures) {
        QVERIFY(window.showSection(QStringLiteral("home")));
        // The letter register left filtered otherwise: the figure's list clears that.
        QVERIFY(window.showSection(QStringLiteral("letters")));
        test::type(letters, QStringLiteral("searchLineEdit"), QStringLiteral("R"));
        QVERIFY(window.showSection(QStringLiteral("home")));
        QTest::keyClick(home->link(figure), Qt::Key_Return); // the keyboard opens it too
        QTRY_COMPARE(window.currentSection(), QStringLiteral("letters"));
        QVERIFY(letters->query().state == state);
        QVERIFY(letters->query().text.isEmpty());
        QCOMPARE(qint64(letters->letters().size()), home->figure(figure));
        for (const Letter &l : letters->letters())
            QCOMPARE(l.state, state);
    }
}

void TestHomeGui::chiefWithApprovalsWaitingStartsInTheInbox()
{
    TempDatabase t(m_fixture);
    {
        MainWindow window(t.db(), m_chief);
        window.show();
        QCOMPARE(window.currentSection(), QStringLiteral("approvals"));
        auto *inbox = qobject_cast<ApprovalsPage *>(window.page(QStringLiteral("approvals")));
        QVERIFY(inbox && inbox->isVisible());
        QCOMPARE(inbox->table()->rowCount(), int(m_inApproval.size()));
    }
    // The manager's step comes after the chief's: nothing waits for them, they start at home.
    MainWindow window(t.db(), m_manager);
    window.show();
    QCOMPARE(window.currentSection(), QStringLiteral("home"));
    auto *home = qobject_cast<HomePage *>(window.page(QStringLiteral("home")));
    QVERIFY(home->isVisible());
    QCOMPARE(home->figure(Figure::AwaitingMyApproval), qint64(0));
    // Letters are the clerks' to print and mail.
    QVERIFY(!home->link(Figure::LettersToPrint));
}

void TestHomeGui::approvalFigureOpensTheInboxInTheRegister()
{
    TempDatabase t(m_fixture);
    MainWindow window(t.db(), m_chief);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("home")));
    auto *home = qobject_cast<HomePage *>(window.page(QStringLiteral("home")));
    QCOMPARE(home->figure(Figure::AwaitingMyApproval), qint64(m_inApproval.size()));
    QTest::mouseClick(home->link(Figure::AwaitingMyApproval), Qt::LeftButton);
    QCOMPARE(window.currentSection(), QStringLiteral("register"));
    auto *registerPage = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    auto *check = child<QCheckBox>(registerPage, QStringLiteral("awaitingApprovalCheckBox"));
    QVERIFY(check->isVisible() && check->isChecked());
    QList<qint64> expected = m_inApproval;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(registerIds(registerPage), expected);
    QCOMPARE(registerPage->model()->totalCount(), home->figure(Figure::AwaitingMyApproval));
    // The most urgent first, as the header shows.
    QCOMPARE(child<QTableView>(registerPage, QStringLiteral("registerTableView"))
                 ->horizontalHeader()
                 ->sortIndicatorSection(),
             int(RegisterModel::DeadlineColumn));

    // Approving one takes it off the figure and off the filtered register alike.
    act(t.db(), m_chief, m_inApproval.first(), A::Approve);
    home->refresh();
    registerPage->refresh();
    QCOMPARE(home->figure(Figure::AwaitingMyApproval), qint64(1));
    QCOMPARE(registerIds(registerPage), QList<qint64> { m_inApproval.last() });
}

void TestHomeGui::homeCountsAgainWhenAnotherDeskChangesSomething()
{
    TempDatabase t(m_fixture);
    MainWindow window(t.db(), m_clerk);
    window.show();
    auto *home = qobject_cast<HomePage *>(window.page(QStringLiteral("home")));
    QVERIFY(home->isVisible());
    QCOMPARE(home->figure(Figure::Overdue), qint64(m_late.size()));
    // Another desk registers a request received long ago: late from the start.
    auto other = t.openSecond();
    Request r;
    r.memberId = m_members.first();
    r.type = RequestType::Disclosure;
    r.received = QDate::currentDate().addDays(-60);
    r.channel = Channel::Mail;
    r.summary = QStringLiteral("保有個人データの開示");
    QVERIFY(RequestService(*other).registerRequest(m_clerk, r));
    QTRY_COMPARE_WITH_TIMEOUT(home->figure(Figure::Overdue), qint64(m_late.size() + 1), 5000);
}

void TestHomeGui::deadlinesTablesSortMarkLateRowsAndOpenRequests()
{
    TempDatabase t(m_fixture);
    MainWindow window(t.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("deadlines")));
    auto *page = qobject_cast<DeadlinesPage *>(window.page(QStringLiteral("deadlines")));
    QTableView *late = page->overdueTable();
    QAbstractItemModel *model = late->model();
    QCOMPARE(model->rowCount(), int(m_late.size()));
    QCOMPARE(model->columnCount(), int(DeadlineTableModel::ColumnCount));
    // The soonest act-by date first: the one received 90 days ago.
    const Request oldest = RequestService(t.db()).openById(m_clerk, m_late.first()).value();
    const Request newer = RequestService(t.db()).openById(m_clerk, m_late.last()).value();
    QCOMPARE(model->index(0, DeadlineTableModel::ReceiptNoColumn).data().toString(), oldest.receiptNo);
    // A click on the header sorts by that column; again, the other way.
    QHeaderView *header = late->horizontalHeader();
    const int receiptX = header->sectionViewportPosition(DeadlineTableModel::ReceiptNoColumn) + 4;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(receiptX, header->height() / 2));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QCOMPARE(header->sortIndicatorSection(), int(DeadlineTableModel::ReceiptNoColumn));
    QCOMPARE(model->index(0, DeadlineTableModel::ReceiptNoColumn).data().toString(),
             first == Qt::AscendingOrder ? oldest.receiptNo : newer.receiptNo);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(receiptX, header->height() / 2));
    QCOMPARE(model->index(0, DeadlineTableModel::ReceiptNoColumn).data().toString(),
             first == Qt::AscendingOrder ? newer.receiptNo : oldest.receiptNo);

    // Late rows say so in words and in the warning colour; a row due soon is neither.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex days = model->index(row, DeadlineTableModel::DaysLeftColumn);
        QVERIFY2(days.data().toString().contains(QStringLiteral("late")), qPrintable(days.data().toString()));
        QVERIFY(days.data(DeadlineTableModel::LateRole).toBool());
        const QColor colour = days.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(colour.isValid());
        QVERIFY(colour.red() > colour.green() + 60); // a red, whatever the theme's shade
    }
    QAbstractItemModel *soon = page->dueSoonTable()->model();
    QCOMPARE(soon->rowCount(), int(m_soon.size()));
    const QModelIndex soonDays = soon->index(0, DeadlineTableModel::DaysLeftColumn);
    QVERIFY(!soonDays.data(Qt::ForegroundRole).isValid());
    QVERIFY(soonDays.data().toString().contains(QStringLiteral("open day")));
    QCOMPARE(page->amendmentTable()->model()->rowCount(), int(m_amendment.size()));
    QVERIFY(!page->approvalTable()->isVisibleTo(page)); // a clerk approves nothing

    // A double-click opens the request; so does Enter on the selected row.
    auto openedIds = [&window] {
        QList<qint64> ids;
        for (RequestView *v : window.findChildren<RequestView *>())
            if (v->isVisible())
                ids << v->requestId();
        return ids;
    };
    const QModelIndex top = model->index(0, DeadlineTableModel::MemberColumn);
    const qint64 topId = top.data(DeadlineTableModel::RequestIdRole).toLongLong();
    const QRect cell = late->visualRect(top);
    QTest::mouseClick(late->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(late->viewport(), Qt::LeftButton, {}, cell.center());
    flush();
    QVERIFY(openedIds().contains(topId));
    for (RequestView *v : window.findChildren<RequestView *>())
        v->close();
    flush();
    QTableView *amendments = page->amendmentTable();
    amendments->setFocus();
    amendments->setCurrentIndex(amendments->model()->index(0, 0));
    QTest::keyClick(amendments, Qt::Key_Return);
    flush();
    QCOMPARE(openedIds(), QList<qint64> { m_amendment.first() });
}

void TestHomeGui::screenshots()
{
    const QString dir = qEnvironmentVariable("DSR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("DSR_SCREENSHOT_DIR not set");
    Translations::install(QStringLiteral("ja"));
    TempDatabase t(m_fixture);
    for (const Actor &actor : { m_clerk, m_chief }) {
        MainWindow window(t.db(), actor);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showSection(QStringLiteral("home")));
        flush();
        QVERIFY(window.grab().save(dir + QStringLiteral("/home-%1.png").arg(actor.login)));
        auto *home = qobject_cast<HomePage *>(window.page(QStringLiteral("home")));
        QTest::mouseClick(home->link(Figure::Overdue), Qt::LeftButton);
        flush();
        QVERIFY(window.grab().save(dir + QStringLiteral("/register-overdue-%1.png").arg(actor.login)));
        QVERIFY(window.showSection(QStringLiteral("deadlines")));
        flush();
        QVERIFY(window.grab().save(dir + QStringLiteral("/deadlines-%1.png").arg(actor.login)));
    }
    // Japanese stays installed: this is the last test of the suite.
}

QTEST_MAIN(TestHomeGui)
#include "TestHomeGui.moc"
