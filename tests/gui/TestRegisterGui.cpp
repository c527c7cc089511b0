// The register, the request dialog and view, and the members page as a clerk uses them, on the
// offscreen platform: real widgets over real temporary SQLite files; modals answered through the
// MessageBox and FileDialog seams.

#include "AttachmentPreview.h"
#include "FileDialog.h"
#include "HostileDocuments.h"
#include "ImportProblemsDialog.h"
#include "MainWindow.h"
#include "MemberDialog.h"
#include "MemberTableModel.h"
#include "MemberView.h"
#include "MembersPage.h"
#include "MessageBox.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "RequestDialog.h"
#include "RequestView.h"
#include "Session.h"
#include "TestSupport.h"
#include "services/AuditService.h"
#include "services/ErasureService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/WorkflowService.h"
#include "storage/RequestRepository.h"

#include "GuiTestSupport.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::TempDatabase;
using dsr::test::type;
using dsr::test::typeInto;
using dsr::test::waitForBackgroundTasks;

namespace {

void typePlain(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(parent, name);
    edit->clear();
    edit->setFocus();
    typeInto(edit, text);
}

void click(QWidget *parent, const QString &name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
    // What the click started on a worker (login, batch, export) is over before the test looks.
    QVERIFY(waitForBackgroundTasks());
}

void choose(QWidget *parent, const QString &comboName, const QString &id)
{
    auto *combo = child<QComboBox>(parent, comboName);
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(comboName + QLatin1Char(' ') + id));
    combo->setCurrentIndex(index);
}

QString errorText(QWidget *parent, const QString &labelName)
{
    auto *label = child<QLabel>(parent, labelName);
    return label->isVisible() ? label->text() : QString();
}

// Everything a register row shows, for comparing with what a clerk reads.
QStringList rowTexts(const RegisterModel *model, int row)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->index(row, column).data().toString();
    return texts;
}

// A signed-in clerk with members to take requests about.
struct Desk
{
    Desk()
    {
        admin = db.initialize();
        clerk = db.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
    }

    qint64 addMember(const QString &number, const QString &name, const QString &kana)
    {
        Member m;
        m.memberNumber = number;
        m.name = name;
        m.kana = kana;
        m.birthDate = QDate(1975, 6, 15);
        m.postalCode = QStringLiteral("850-0001");
        m.address = QStringLiteral("長崎県長崎市出島町1-1");
        auto added = MemberService(db.db()).add(clerk, m);
        if (!added)
            qFatal("member not added: %s", qPrintable(added.error().message));
        return added->id;
    }

    Request addRequest(qint64 memberId, const QString &summary = QStringLiteral("保有個人データの開示"))
    {
        Request r;
        r.memberId = memberId;
        r.type = RequestType::Disclosure;
        r.received = QDate::currentDate();
        r.channel = Channel::Counter;
        r.summary = summary;
        auto added = RequestService(db.db()).registerRequest(clerk, r);
        if (!added)
            qFatal("request not added: %s", qPrintable(added.error().message));
        return added.value();
    }

    qint64 requestCount() { return RequestService(db.db()).count(clerk, RequestQuery {}).value(); }

    TempDatabase db;
    Actor admin;
    Actor clerk;
};

} // namespace

class TestRegisterGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void registerRequestThroughDialog();
    void agentWithoutNameIsRefusedBesideTheFieldAndNothingSaved();
    void myNumberInNotesIsSavedMaskedOnlyWhenConfirmed();
    void searchFindsHalfWidthKanaAndVariantKanji();
    void filtersAndHeaderSortAskTheServer();
    void doubleClickOpensTheRequestAndIsAudited();
    void attachedPdfIsListedAndRendered();
    void privacyOfficerErasesAnAttachment();
    void hostileStoredAttachmentIsRefusedByTheViewer();
    void privacyOfficerErasesAMember();
    void editLosingTheRaceSaysSoAndReloads();
    void factsOfASubmittedDecisionAreFixed();
    void refreshKeepsSelectionAndScrollPosition();
    void chiefReadsTheRegisterButCannotRegister();
    void memberAddedWithHiraganaKanaIsStoredInKatakana();
    void memberCsvWithBadRowsImportsNothingAndListsEveryLine();
    void openingAMemberShowsTheirRequestsAndIsAudited();
};

void TestRegisterGui::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void TestRegisterGui::registerRequestThroughDialog()
{
    Desk desk;
    const qint64 memberId = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                           QStringLiteral("タナカ タロウ"));
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 0);

    // Ctrl+N opens the dialog from anywhere in the window.
    QVERIFY(window.showSection(QStringLiteral("members")));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), QStringLiteral("register"));
    QPointer<RequestDialog> dialog = page->findChild<RequestDialog *>();
    QVERIFY(dialog && dialog->isVisible());

    // The member is found by number and chosen; received defaults to today and cannot be later.
    type(dialog, QStringLiteral("memberSearchLineEdit"), QStringLiteral("10000001"));
    QTRY_COMPARE(dialog->memberId(), memberId);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("memberSelectedLabel"))
                ->text()
                .contains(QStringLiteral("タナカ")));
    auto *received = child<QDateEdit>(dialog, QStringLiteral("receivedDateEdit"));
    QCOMPARE(received->date(), QDate::currentDate());
    QCOMPARE(received->maximumDate(), QDate::currentDate());

    choose(dialog, QStringLiteral("typeComboBox"), QStringLiteral("disclosure"));
    choose(dialog, QStringLiteral("channelComboBox"), QStringLiteral("counter"));
    choose(dialog, QStringLiteral("idDocumentComboBox"), QStringLiteral("drivers_license"));
    choose(dialog, QStringLiteral("methodComboBox"), QStringLiteral("paper"));
    // The back of a My Number card is never offered.
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("idDocumentComboBox"))
                 ->findData(QStringLiteral("my_number_card_back")),
             -1);
    type(dialog, QStringLiteral("summaryLineEdit"), QStringLiteral("短期給付の記録の開示"));
    type(dialog, QStringLiteral("feeLineEdit"), QStringLiteral("300"));
    auto *categories = child<QListWidget>(dialog, QStringLiteral("categoriesListWidget"));
    QVERIFY(categories->count() >= 7);
    const auto shortTerm = categories->findItems(QStringLiteral("短期給付"), Qt::MatchExactly);
    QCOMPARE(shortTerm.size(), 1);
    shortTerm.first()->setCheckState(Qt::Checked);
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);

    // The register shows it with its receipt number, and says which number it got.
    RegisterModel *model = page->model();
    QCOMPARE(model->rowCount(), 1);
    const Request &shown = model->request(0);
    QVERIFY2(QRegularExpression(QStringLiteral("^R\\d+-0001$")).match(shown.receiptNo).hasMatch(),
             qPrintable(shown.receiptNo));
    QVERIFY(rowTexts(model, 0).contains(shown.receiptNo));
    QVERIFY(rowTexts(model, 0).contains(QStringLiteral("10000001")));
    QVERIFY(rowTexts(model, 0).contains(QDate::currentDate().toString(QStringLiteral("yyyy/MM/dd"))));
    QCOMPARE(page->selectedRequestId(), shown.id);
    QVERIFY(child<QLabel>(page, QStringLiteral("messageLabel"))->text().contains(shown.receiptNo));
    QCOMPARE(child<QLabel>(page, QStringLiteral("countLabel"))->text(), QStringLiteral("1 request"));

    // Stored as entered; the identity check is the clerk's.
    auto stored = RequestService(desk.db.db()).openById(desk.clerk, shown.id);
    QVERIFY(stored);
    QCOMPARE(stored->summary, QStringLiteral("短期給付の記録の開示"));
    QCOMPARE(stored->categories, QStringList { QStringLiteral("短期給付") });
    QCOMPARE(stored->feeYen, std::optional<int>(300));
    QCOMPARE(stored->method, DisclosureMethod::Paper);
    QCOMPARE(stored->identity.documentType, QStringLiteral("drivers_license"));
    QCOMPARE(stored->identity.checkedBy, desk.clerk.userId);
    QCOMPARE(stored->assignedTo, desk.clerk.userId);
}

void TestRegisterGui::agentWithoutNameIsRefusedBesideTheFieldAndNothingSaved()
{
    Desk desk;
    desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ"));
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    click(page, QStringLiteral("newRequestButton"));
    QPointer<RequestDialog> dialog = page->findChild<RequestDialog *>();
    QVERIFY(dialog);

    // Agent fields are for agents only.
    QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("agentNameLineEdit"))->isEnabled());
    type(dialog, QStringLiteral("memberSearchLineEdit"), QStringLiteral("10000001"));
    QTRY_VERIFY(dialog->memberId() > 0);
    type(dialog, QStringLiteral("summaryLineEdit"), QStringLiteral("開示請求"));
    choose(dialog, QStringLiteral("requesterKindComboBox"), QStringLiteral("statutory"));
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("agentNameLineEdit"))->isEnabled());
    type(dialog, QStringLiteral("agentAddressLineEdit"), QStringLiteral("長崎市出島町2-2"));
    type(dialog, QStringLiteral("agentRelationshipLineEdit"), QStringLiteral("親権者"));
    choose(dialog, QStringLiteral("agentEvidenceComboBox"), QStringLiteral("family_register"));
    click(dialog, QStringLiteral("saveButton"));

    QVERIFY(dialog && dialog->isVisible());
    const QString message = errorText(dialog, QStringLiteral("agentNameErrorLabel"));
    QVERIFY2(message.contains(RequestService::fieldLabel(QStringLiteral("agent_name"))), qPrintable(message));
    QVERIFY(errorText(dialog, QStringLiteral("agentAddressErrorLabel")).isEmpty());
    QVERIFY(errorText(dialog, QStringLiteral("summaryErrorLabel")).isEmpty());
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("agentNameLineEdit"))->hasFocus()
            || !QApplication::focusWidget());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("summaryLineEdit"))->text(), QStringLiteral("開示請求"));
    QCOMPARE(desk.requestCount(), 0);

    // A fee typed as words is refused in the form, beside the fee.
    type(dialog, QStringLiteral("agentNameLineEdit"), QStringLiteral("田中 花子"));
    type(dialog, QStringLiteral("feeLineEdit"), QStringLiteral("three hundred"));
    click(dialog, QStringLiteral("saveButton"));
    QVERIFY(!errorText(dialog, QStringLiteral("feeErrorLabel")).isEmpty());
    QVERIFY(errorText(dialog, QStringLiteral("agentNameErrorLabel")).isEmpty());
    QCOMPARE(desk.requestCount(), 0);

    // Corrected, it is saved with the agent as the requester the register shows.
    type(dialog, QStringLiteral("feeLineEdit"), QStringLiteral("３００円"));
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);
    QCOMPARE(desk.requestCount(), 1);
    QVERIFY(page->model()
                ->index(0, RegisterModel::RequesterColumn)
                .data()
                .toString()
                .contains(QStringLiteral("田中 花子")));
    QCOMPARE(page->model()->request(0).feeYen, std::optional<int>(300));
}

void TestRegisterGui::myNumberInNotesIsSavedMaskedOnlyWhenConfirmed()
{
    Desk desk;
    desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"), QStringLiteral("タナカ タロウ"));
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    click(page, QStringLiteral("newRequestButton"));
    QPointer<RequestDialog> dialog = page->findChild<RequestDialog *>();
    type(dialog, QStringLiteral("memberSearchLineEdit"), QStringLiteral("10000001"));
    QTRY_VERIFY(dialog->memberId() > 0);
    type(dialog, QStringLiteral("summaryLineEdit"), QStringLiteral("開示請求"));
    // 123456789018 is a valid My Number (DOMAIN.md §8), grouped as people write it.
    typePlain(dialog, QStringLiteral("notesPlainTextEdit"),
              QStringLiteral("窓口で 1234 5678 9018 と申告あり"));

    // Declined: nothing saved, the dialog stays with the warning beside the notes.
    MessageBox::setNextAnswer(QMessageBox::No);
    click(dialog, QStringLiteral("saveButton"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("My Number")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!errorText(dialog, QStringLiteral("notesErrorLabel")).isEmpty());
    QCOMPARE(desk.requestCount(), 0);

    // Confirmed: saved with the number masked, never in the clear.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);
    QCOMPARE(desk.requestCount(), 1);
    auto stored = RequestService(desk.db.db()).openById(desk.clerk, page->model()->request(0).id);
    QVERIFY(stored);
    QVERIFY2(stored->notes.contains(QStringLiteral("****")), qPrintable(stored->notes));
    QVERIFY(!stored->notes.contains(QStringLiteral("9018")));
    QVERIFY(stored->notes.startsWith(QStringLiteral("窓口で")));
}

void TestRegisterGui::searchFindsHalfWidthKanaAndVariantKanji()
{
    Desk desk;
    const qint64 tanaka = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const qint64 takahashi = desk.addMember(QStringLiteral("10000002"), QStringLiteral("髙橋 一郎"),
                                            QStringLiteral("タカハシ イチロウ"));
    const qint64 sato = desk.addMember(QStringLiteral("10000003"), QStringLiteral("佐藤 花子"),
                                       QStringLiteral("サトウ ハナコ"));
    for (qint64 id : { tanaka, takahashi, sato })
        desk.addRequest(id);
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    RegisterModel *model = page->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(child<QLabel>(page, QStringLiteral("countLabel"))->text(), QStringLiteral("3 requests"));

    auto *search = child<QLineEdit>(page, QStringLiteral("searchLineEdit"));
    // Half-width katakana as typed on some terminals finds the kana ("タナカ").
    search->setFocus();
    typeInto(search, QStringLiteral("ﾀﾅｶ"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->request(0).memberId, tanaka);

    // The common form 高橋 finds the member registered as 髙橋.
    search->clear();
    typeInto(search, QStringLiteral("高橋"));
    QTRY_COMPARE(model->query().text, QStringLiteral("高橋"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->request(0).memberId, takahashi);
    QCOMPARE(model->index(0, RegisterModel::RequesterColumn).data().toString(), QStringLiteral("髙橋 一郎"));

    // Nothing matching says so; clearing the search shows everything again.
    search->clear();
    typeInto(search, QStringLiteral("zzz"));
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(child<QLabel>(page, QStringLiteral("countLabel"))->text(),
             QStringLiteral("No request matches."));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
}

void TestRegisterGui::filtersAndHeaderSortAskTheServer()
{
    Desk desk;
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const Request first = desk.addRequest(member);
    Request complaint;
    complaint.memberId = member;
    complaint.type = RequestType::Complaint;
    complaint.received = QDate::currentDate().addDays(-40);
    complaint.summary = QStringLiteral("苦情");
    complaint.assignedTo = desk.clerk.userId;
    auto added = RequestService(desk.db.db()).registerRequest(desk.clerk, complaint);
    QVERIFY(added);
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    RegisterModel *model = page->model();
    QCOMPARE(model->rowCount(), 2);

    choose(page, QStringLiteral("typeComboBox"), QStringLiteral("complaint"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->request(0).id, added->id);
    choose(page, QStringLiteral("typeComboBox"), QString());
    QCOMPARE(model->rowCount(), 2);

    // Received 40 days ago with a 30-day limit: overdue today.
    child<QCheckBox>(page, QStringLiteral("overdueCheckBox"))->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->request(0).id, added->id);
    QVERIFY(model->index(0, RegisterModel::DeadlineColumn).data(Qt::ForegroundRole).isValid());
    child<QCheckBox>(page, QStringLiteral("overdueCheckBox"))->setChecked(false);

    child<QCheckBox>(page, QStringLiteral("assignedToMeCheckBox"))->setChecked(true);
    QCOMPARE(model->rowCount(), 1); // only the complaint was assigned
    QCOMPARE(model->request(0).id, added->id);
    child<QCheckBox>(page, QStringLiteral("assignedToMeCheckBox"))->setChecked(false);

    // The fiscal years come from the data, named in the Japanese era.
    auto *years = child<QComboBox>(page, QStringLiteral("fiscalYearComboBox"));
    QVERIFY(years->count() >= 2);
    QVERIFY(years->itemText(1).contains(QStringLiteral("年度")));

    // Newest first by default; a click on "Received" turns the order round, on the server.
    QCOMPARE(model->request(0).id, first.id);
    auto *table = child<QTableView>(page, QStringLiteral("registerTableView"));
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(RegisterModel::ReceivedColumn) + 10, header->height() / 2));
    QCOMPARE(model->query().sort, RequestQuery::Sort::Received);
    QCOMPARE(model->query().descending, false);
    QCOMPARE(model->request(0).id, added->id);
    table->sortByColumn(RegisterModel::ReceiptNoColumn, Qt::AscendingOrder);
    QCOMPARE(model->query().sort, RequestQuery::Sort::ReceiptNo);
}

void TestRegisterGui::doubleClickOpensTheRequestAndIsAudited()
{
    Desk desk;
    const Actor auditor = desk.db.addUser(desk.admin, QStringLiteral("kansa"), { Role::Auditor });
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const Request request = desk.addRequest(member, QStringLiteral("長期給付の記録"));
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    auto *table = child<QTableView>(page, QStringLiteral("registerTableView"));
    const QRect cell = table->visualRect(page->model()->index(0, RegisterModel::RequesterColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    QPointer<RequestView> view = page->findChild<RequestView *>();
    QVERIFY(view && view->isVisible());
    QCOMPARE(child<QLabel>(view, QStringLiteral("receiptLabel"))->text(), request.receiptNo);
    const QString details = child<QTextBrowser>(view, QStringLiteral("detailsTextBrowser"))->toPlainText();
    QVERIFY(details.contains(QStringLiteral("長期給付の記録")));
    QVERIFY(details.contains(QStringLiteral("10000001")));
    // The first history row is the registration.
    auto *history = child<QTableWidget>(view, QStringLiteral("historyTableWidget"));
    QVERIFY(history->rowCount() >= 1);
    QCOMPARE(history->item(history->rowCount() - 1, 2)->text(), QStringLiteral("Registered"));

    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("request.view");
    filter.entityId = QString::number(request.id);
    auto views = AuditService(desk.db.db()).list(auditor, filter);
    QVERIFY(views);
    QCOMPARE(views->size(), 1);
    QCOMPARE(views->first().userLogin, QStringLiteral("tanto"));

    // Locking the window hides the request with it; unlocking brings it back.
    window.lock();
    QVERIFY(!view->isVisible());
    type(&window, QStringLiteral("unlockPasswordLineEdit"), dsr::test::kPassword);
    click(&window, QStringLiteral("unlockButton"));
    QVERIFY(!window.isLocked());
    QVERIFY(view->isVisible());

    // Enter on the same row brings the open view forward instead of a second window…
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(page->findChildren<RequestView *>().size(), 1);
    view->close();
    QTRY_VERIFY(!view);
    // …and opens it again once closed.
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(page->findChild<RequestView *>());
    QCOMPARE(child<QLabel>(page->findChild<RequestView *>(), QStringLiteral("receiptLabel"))->text(),
             request.receiptNo);
}

void TestRegisterGui::attachedPdfIsListedAndRendered()
{
    Desk desk;
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const Request request = desk.addRequest(member);
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QPointer<RequestView> view = page->openRequest(request.id);
    QVERIFY(view);
    auto *tabs = child<QTabWidget>(view, QStringLiteral("viewTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(view, QStringLiteral("attachmentsTab")));

    // A file that is not a PDF, PNG or JPEG is refused beside the list.
    QTemporaryDir dir;
    const QString textFile = dir.filePath(QStringLiteral("note.pdf"));
    {
        QFile f(textFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just text");
    }
    FileDialog::setNextFileName(textFile);
    click(view, QStringLiteral("addAttachmentButton"));
    QVERIFY(!errorText(view, QStringLiteral("attachmentErrorLabel")).isEmpty());
    QVERIFY(view->attachments().isEmpty());

    FileDialog::setNextFileName(QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf"));
    click(view, QStringLiteral("addAttachmentButton"));
    QVERIFY(errorText(view, QStringLiteral("attachmentErrorLabel")).isEmpty());
    QCOMPARE(view->attachments().size(), 1);
    auto *files = child<QTableWidget>(view, QStringLiteral("attachmentsTableWidget"));
    QCOMPARE(files->rowCount(), 1);
    QCOMPARE(files->item(0, 0)->text(), QStringLiteral("sample-request.pdf"));
    QCOMPARE(files->item(0, 1)->text(), QStringLiteral("PDF"));
    QCOMPARE(files->item(0, 3)->toolTip(), view->attachments().first().sha256);
    QVERIFY(files->item(0, 3)->text().startsWith(view->attachments().first().sha256.left(12)));
    QCOMPARE(files->item(0, 4)->text(), QStringLiteral("tanto"));

    // Shown once the checker's child has opened it, rendered by Poppler off the GUI thread.
    AttachmentPreview *preview = view->preview();
    QTRY_VERIFY(!preview->isOpening());
    QVERIFY(preview->isPdf());
    QCOMPARE(preview->pageCount(), 1);
    QTRY_VERIFY(!preview->currentImage().isNull());
    // Fitted to the width of the preview once it is laid out.
    QTRY_VERIFY2(preview->currentImage().width() > 200,
                 qPrintable(QStringLiteral("%1 x %2, preview %3 wide")
                                .arg(preview->currentImage().width())
                                .arg(preview->currentImage().height())
                                .arg(preview->width())));
    QCOMPARE(child<QLabel>(preview, QStringLiteral("pageNumberLabel"))->text(),
             QStringLiteral("Page 1 of 1"));

    // The history records the file; the stored bytes are the file's.
    auto *history = child<QTableWidget>(view, QStringLiteral("historyTableWidget"));
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("File added"));
    QCOMPARE(history->item(0, 5)->text(), QStringLiteral("sample-request.pdf"));
    QFile original(QStringLiteral(DSR_TEST_DATA_DIR "/sample-request.pdf"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    auto stored = RequestService(desk.db.db()).attachmentContent(desk.clerk, view->attachments().first().id);
    QVERIFY(stored);
    QCOMPARE(stored.value(), original.readAll());
}

// Issue 9: "Erase attachment…" for the privacy officer only, with a required reason.
void TestRegisterGui::privacyOfficerErasesAnAttachment()
{
    Desk desk;
    const Actor officer = desk.db.addUser(desk.admin, QStringLiteral("kojin"), { Role::PrivacyOfficer });
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const Request request = desk.addRequest(member);
    const QByteArray png = dsr::test::markedPng("ERASE-GUI");
    auto added = RequestService(desk.db.db()).attach(desk.clerk, request.id, QStringLiteral("back.png"), png);
    QVERIFY(added.ok());
    {
        MainWindow window(desk.db.db(), desk.clerk);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
        auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
        QPointer<RequestView> view = page->openRequest(request.id);
        QVERIFY(view);
        QVERIFY(!child<QPushButton>(view, QStringLiteral("eraseAttachmentButton"))->isVisibleTo(view));
    }
    MainWindow window(desk.db.db(), officer);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QPointer<RequestView> view = page->openRequest(request.id);
    QVERIFY(view);
    auto *tabs = child<QTabWidget>(view, QStringLiteral("viewTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(view, QStringLiteral("attachmentsTab")));
    auto *erase = child<QPushButton>(view, QStringLiteral("eraseAttachmentButton"));
    QVERIFY(erase->isVisibleTo(view));
    auto *files = child<QTableWidget>(view, QStringLiteral("attachmentsTableWidget"));
    QCOMPARE(files->rowCount(), 1);
    files->selectRow(0);
    QVERIFY(erase->isEnabled());

    bool refusedWithoutReason = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        click(dialog, QStringLiteral("eraseButton"));
        refusedWithoutReason
            = dialog->isVisible() && !errorText(dialog, QStringLiteral("errorLabel")).isEmpty();
        child<QPlainTextEdit>(dialog, QStringLiteral("reasonPlainTextEdit"))
            ->setPlainText(QStringLiteral("誤って読み取った"));
        click(dialog, QStringLiteral("eraseButton"));
    });
    click(view, QStringLiteral("eraseAttachmentButton"));
    QVERIFY(refusedWithoutReason);
    QVERIFY(view->attachments().isEmpty());
    QCOMPARE(files->rowCount(), 0);
    auto records = ErasureService(desk.db.db()).records(officer, ErasureRecord::Kind::Attachment, added->id);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().reason, QStringLiteral("誤って読み取った"));
}

// Issue 15: a file stored before intake opened files for real (or changed in the database since)
// is opened in the checker's child before the viewer shows it: an inflation bomb costs a message
// in the preview, not a stalled or crashed window.
void TestRegisterGui::hostileStoredAttachmentIsRefusedByTheViewer()
{
    Desk desk;
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const Request request = desk.addRequest(member);
    const QByteArray bomb = dsr::test::hostile::inflatingPdf(300LL * 1024 * 1024);
    Attachment a;
    a.requestId = request.id;
    a.fileName = QStringLiteral("old-scan.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = bomb.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(bomb, QCryptographicHash::Sha256).toHex());
    a.addedByLogin = desk.clerk.login;
    // Stored as an older program stored it: by the repository, without the service's check.
    QVERIFY(RequestRepository(desk.db.db()).addAttachment(a, bomb, desk.clerk.userId).ok());

    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register")));
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QPointer<RequestView> view = page->openRequest(request.id);
    QVERIFY(view);
    auto *tabs = child<QTabWidget>(view, QStringLiteral("viewTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(view, QStringLiteral("attachmentsTab")));
    auto *files = child<QTableWidget>(view, QStringLiteral("attachmentsTableWidget"));
    QCOMPARE(files->rowCount(), 1);
    files->selectRow(0);
    AttachmentPreview *preview = view->preview();
    // The window answers while the child opens the file.
    QVERIFY(preview->isOpening());
    QTRY_VERIFY(!preview->isOpening());
    QVERIFY(!preview->hasDocument());
    const QString shown = child<QLabel>(preview, QStringLiteral("pageMessageLabel"))->text();
    QVERIFY2(shown.contains(QStringLiteral("old-scan.pdf")) && shown.contains(QStringLiteral("256 MB")),
             qPrintable(shown));
}

// Issue 9: "Erase personal data…" in the member view, for the privacy officer only.
void TestRegisterGui::privacyOfficerErasesAMember()
{
    Desk desk;
    const Actor officer = desk.db.addUser(desk.admin, QStringLiteral("kojin"), { Role::PrivacyOfficer });
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    Session clerkSession { desk.db.db(), desk.clerk };
    MemberView clerkView(clerkSession, member);
    QVERIFY(clerkView.load().ok());
    QVERIFY(!child<QPushButton>(&clerkView, QStringLiteral("eraseMemberButton"))->isVisibleTo(&clerkView));

    Session session { desk.db.db(), officer };
    MemberView view(session, member);
    QVERIFY(view.load().ok());
    view.show();
    QVERIFY(child<QPushButton>(&view, QStringLiteral("eraseMemberButton"))->isVisibleTo(&view));
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        child<QPlainTextEdit>(dialog, QStringLiteral("reasonPlainTextEdit"))
            ->setPlainText(QStringLiteral("本人の求め"));
        click(dialog, QStringLiteral("eraseButton"));
    });
    click(&view, QStringLiteral("eraseMemberButton"));
    QVERIFY(!child<QLabel>(&view, QStringLiteral("headerLabel"))->text().contains(QStringLiteral("田中")));
    QVERIFY(view.member().address.isEmpty());
    QCOMPARE(ErasureService(desk.db.db()).records(officer, ErasureRecord::Kind::Member, member)->size(), 1);
}

void TestRegisterGui::editLosingTheRaceSaysSoAndReloads()
{
    Desk desk;
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const Request request = desk.addRequest(member, QStringLiteral("最初の内容"));
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QPointer<RequestView> view = page->openRequest(request.id);
    QVERIFY(view);

    // An edit that goes through becomes history with before and after.
    click(view, QStringLiteral("editButton"));
    QPointer<RequestDialog> dialog = view->findChild<RequestDialog *>();
    QVERIFY(dialog && dialog->isEditing());
    QCOMPARE(dialog->memberId(), member);
    type(dialog, QStringLiteral("summaryLineEdit"), QStringLiteral("二度目の内容"));
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);
    QCOMPARE(view->request().summary, QStringLiteral("二度目の内容"));
    auto *history = child<QTableWidget>(view, QStringLiteral("historyTableWidget"));
    QCOMPARE(history->item(0, 3)->text(), RequestService::fieldLabel(QStringLiteral("summary")));
    QCOMPARE(history->item(0, 4)->text(), QStringLiteral("最初の内容"));
    QCOMPARE(history->item(0, 5)->text(), QStringLiteral("二度目の内容"));

    // Meanwhile another desk saves the same request: ours is refused, said, and reloaded.
    click(view, QStringLiteral("editButton"));
    dialog = view->findChild<RequestDialog *>();
    QVERIFY(dialog);
    auto second = desk.db.openSecond();
    RequestService otherDesk(*second);
    auto current = otherDesk.openById(desk.clerk, request.id);
    QVERIFY(current);
    Request changed = current.value();
    changed.summary = QStringLiteral("別の窓口の内容");
    QVERIFY(otherDesk.update(desk.clerk, changed));

    type(dialog, QStringLiteral("summaryLineEdit"), QStringLiteral("三度目の内容"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(view->request().summary, QStringLiteral("別の窓口の内容"));
}

void TestRegisterGui::factsOfASubmittedDecisionAreFixed()
{
    Desk desk;
    const qint64 member = desk.addMember(QStringLiteral("10000002"), QStringLiteral("田中 花子"),
                                         QStringLiteral("タナカ ハナコ"));
    const Request request = desk.addRequest(member, QStringLiteral("最初の内容"));
    WorkflowService wf(desk.db.db());
    WorkflowInput id;
    id.documentType = QStringLiteral("drivers_license");
    WorkflowInput draft;
    Decision d;
    d.kind = DecisionKind::Full;
    d.data = QStringLiteral("給付記録");
    draft.decision = d;
    for (auto [action, in] : { std::pair { WorkflowAction::VerifyIdentity, id },
                               std::pair { WorkflowAction::Investigate, WorkflowInput {} },
                               std::pair { WorkflowAction::Draft, draft },
                               std::pair { WorkflowAction::Submit, WorkflowInput {} } })
        QVERIFY(wf.perform(desk.clerk, request.id, action, in));
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QPointer<RequestView> view = page->openRequest(request.id);
    QVERIFY(view);

    // In approval: the facts are not offered, the notes are.
    click(view, QStringLiteral("editButton"));
    QPointer<RequestDialog> dialog = view->findChild<RequestDialog *>();
    QVERIFY(dialog && dialog->isEditing());
    auto *summary = child<QLineEdit>(dialog, QStringLiteral("summaryLineEdit"));
    QVERIFY(!summary->isEnabled());
    QVERIFY(!child<QWidget>(dialog, QStringLiteral("receivedDateEdit"))->isEnabled());
    QVERIFY(!child<QWidget>(dialog, QStringLiteral("requesterKindComboBox"))->isEnabled());
    QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("notesPlainTextEdit"))->isEnabled());
    // The service decides: a fact typed anyway is refused, said in the dialog, and not saved.
    summary->setEnabled(true);
    type(dialog, QStringLiteral("summaryLineEdit"), QStringLiteral("別の内容"));
    click(dialog, QStringLiteral("saveButton"));
    QVERIFY(dialog);
    const QString said = errorText(dialog, QStringLiteral("errorLabel"));
    QVERIFY2(said.contains(RequestService::fieldLabel(QStringLiteral("summary"))), qPrintable(said));
    QCOMPARE(RequestService(desk.db.db()).openById(desk.clerk, request.id)->summary,
             QStringLiteral("最初の内容"));
    // The notes are saved.
    type(dialog, QStringLiteral("summaryLineEdit"), QStringLiteral("最初の内容"));
    typePlain(dialog, QStringLiteral("notesPlainTextEdit"), QStringLiteral("決裁中"));
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);
    QCOMPARE(view->request().notes, QStringLiteral("決裁中"));
}

void TestRegisterGui::refreshKeepsSelectionAndScrollPosition()
{
    Desk desk;
    const qint64 member = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    const int total = RegisterModel::PageSize + 60;
    for (int i = 0; i < total; ++i)
        desk.addRequest(member, QStringLiteral("請求 %1").arg(i));
    MainWindow window(desk.db.db(), desk.clerk);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    RegisterModel *model = page->model();
    auto *table = child<QTableView>(page, QStringLiteral("registerTableView"));

    // One page is loaded, not the whole register; scrolling down loads the next.
    QCOMPARE(model->rowCount(), RegisterModel::PageSize);
    QCOMPARE(model->totalCount(), qint64(total));
    QCOMPARE(child<QLabel>(page, QStringLiteral("countLabel"))->text(), QStringLiteral("260 requests"));
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), total);

    const int row = total - 30;
    const qint64 selected = model->request(row).id;
    QVERIFY(page->selectRequest(selected));
    table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Another desk registers one more; Refresh (F5) keeps our place.
    {
        auto second = desk.db.openSecond();
        Request r;
        r.memberId = member;
        r.received = QDate::currentDate();
        r.summary = QStringLiteral("別の窓口から");
        QVERIFY(RequestService(*second).registerRequest(desk.clerk, r));
    }
    QApplication::setActiveWindow(&window);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    QCOMPARE(model->totalCount(), qint64(total + 1));
    QVERIFY(model->rowCount() >= total);
    QCOMPARE(page->selectedRequestId(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);

    click(page, QStringLiteral("refreshButton"));
    QCOMPARE(page->selectedRequestId(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

void TestRegisterGui::chiefReadsTheRegisterButCannotRegister()
{
    Desk desk;
    const Actor chief = desk.db.addUser(desk.admin, QStringLiteral("kakaricho"), { Role::Chief });
    desk.addRequest(desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                   QStringLiteral("タナカ タロウ")));
    MainWindow window(desk.db.db(), chief);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("register"))); // it opens on ホーム
    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(!child<QPushButton>(page, QStringLiteral("newRequestButton"))->isVisible());
    QVERIFY(!child<QAction>(&window, QStringLiteral("newRequestAction"))->isVisible());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!page->findChild<RequestDialog *>());

    // The request opens read-only: no editing, no files added.
    QPointer<RequestView> view = page->openRequest(page->model()->request(0).id);
    QVERIFY(view);
    QVERIFY(!child<QPushButton>(view, QStringLiteral("editButton"))->isVisible());
    QVERIFY(!child<QPushButton>(view, QStringLiteral("addAttachmentButton"))->isVisible());

    auto *members = qobject_cast<MembersPage *>(window.page(QStringLiteral("members")));
    QVERIFY(members);
    QVERIFY(!child<QPushButton>(members, QStringLiteral("addMemberButton"))->isVisible());
    QVERIFY(!child<QPushButton>(members, QStringLiteral("importButton"))->isVisible());
}

void TestRegisterGui::memberAddedWithHiraganaKanaIsStoredInKatakana()
{
    Desk desk;
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("members")));
    auto *page = qobject_cast<MembersPage *>(window.page(QStringLiteral("members")));
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 0);
    click(page, QStringLiteral("addMemberButton"));
    QPointer<MemberDialog> dialog = page->findChild<MemberDialog *>();
    QVERIFY(dialog);

    type(dialog, QStringLiteral("memberNumberLineEdit"), QStringLiteral("20000001"));
    type(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("山田 花子"));
    type(dialog, QStringLiteral("kanaLineEdit"), QStringLiteral("やまだ はなこ"));
    type(dialog, QStringLiteral("birthDateLineEdit"), QStringLiteral("1980/4/1"));
    type(dialog, QStringLiteral("postalCodeLineEdit"), QStringLiteral("８５０ー０００１"));
    click(dialog, QStringLiteral("saveButton"));
    // The address is required: said beside it, the rest kept.
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!errorText(dialog, QStringLiteral("addressErrorLabel")).isEmpty());
    QVERIFY(errorText(dialog, QStringLiteral("kanaErrorLabel")).isEmpty());
    QVERIFY(errorText(dialog, QStringLiteral("birthDateErrorLabel")).isEmpty());

    type(dialog, QStringLiteral("addressLineEdit"), QStringLiteral("長崎県長崎市出島町1-1"));
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);
    QCOMPARE(page->model()->rowCount(), 1);
    const Member &m = page->model()->member(0);
    QCOMPARE(m.kana, QStringLiteral("ヤマダ　ハナコ")); // the service writes the space full-width too
    QCOMPARE(m.birthDate, QDate(1980, 4, 1));
    QCOMPARE(m.postalCode, QStringLiteral("850-0001"));
    QCOMPARE(page->selectedMemberId(), m.id);
}

void TestRegisterGui::memberCsvWithBadRowsImportsNothingAndListsEveryLine()
{
    Desk desk;
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(window.showSection(QStringLiteral("members")));
    auto *page = qobject_cast<MembersPage *>(window.page(QStringLiteral("members")));
    QTemporaryDir dir;
    const QString header
        = QStringLiteral("member_number,name,kana,birth_date,postal_code,address,phone,affiliation\n");
    const QString bad = dir.filePath(QStringLiteral("members-bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((header
                 + QStringLiteral(
                     "30000001,山田 花子,やまだ はなこ,1980-04-01,850-0001,長崎市出島町1-1,,長崎市役所\n"
                     "30000002,佐藤 一郎,サトウ イチロウ,1975-13-01,850-0002,長崎市江戸町2-2,,\n"
                     "30000003,鈴木 次郎,,1970-01-01,850-0003,長崎市万才町3-3,,\n"))
                    .toUtf8());
    }
    FileDialog::setNextFileName(bad);
    click(page, QStringLiteral("importButton"));
    QPointer<ImportProblemsDialog> problems = page->findChild<ImportProblemsDialog *>();
    QVERIFY(problems && problems->isVisible());
    const QString text = problems->problemsText();
    QVERIFY2(text.contains(QStringLiteral("line 3:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 4:")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("line 2:")));
    QVERIFY(child<QLabel>(problems, QStringLiteral("explanationLabel"))
                ->text()
                .contains(QStringLiteral("Nothing was imported")));
    QVERIFY(!errorText(page, QStringLiteral("errorLabel")).isEmpty());
    // All or nothing: not even the good first row.
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(MemberService(desk.db.db()).find(desk.clerk, QString(), 10)->isEmpty());
    click(problems, QStringLiteral("closeButton"));
    QTRY_VERIFY(!problems);

    const QString good = dir.filePath(QStringLiteral("members-good.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((header
                 + QStringLiteral(
                     "30000001,山田 花子,やまだ はなこ,1980-04-01,850-0001,長崎市出島町1-1,,長崎市役所\n"
                     "30000002,佐藤 一郎,サトウ イチロウ,1975-12-01,850-0002,長崎市江戸町2-2,,\n"))
                    .toUtf8());
    }
    FileDialog::setNextFileName(good);
    click(page, QStringLiteral("importButton"));
    QVERIFY(!page->findChild<ImportProblemsDialog *>());
    const QString message = child<QLabel>(page, QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("2 added, 0 updated, 0 unchanged")), qPrintable(message));
    // The list holds search results only: a blank search lists nobody (issue 9).
    QCOMPARE(page->model()->rowCount(), 0);
    type(page, QStringLiteral("searchLineEdit"), QStringLiteral("3000000"));
    QTRY_COMPARE(page->model()->rowCount(), 2);
}

void TestRegisterGui::openingAMemberShowsTheirRequestsAndIsAudited()
{
    Desk desk;
    const Actor auditor = desk.db.addUser(desk.admin, QStringLiteral("kansa"), { Role::Auditor });
    const qint64 tanaka = desk.addMember(QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                                         QStringLiteral("タナカ タロウ"));
    // A member whose number contains the other's: their requests are not shown with his.
    const qint64 other = desk.addMember(QStringLiteral("100000011"), QStringLiteral("佐藤 花子"),
                                        QStringLiteral("サトウ ハナコ"));
    desk.addRequest(tanaka);
    desk.addRequest(tanaka);
    desk.addRequest(other);
    MainWindow window(desk.db.db(), desk.clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("members")));
    auto *page = qobject_cast<MembersPage *>(window.page(QStringLiteral("members")));
    type(page, QStringLiteral("searchLineEdit"), QStringLiteral("たなか"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    auto *table = child<QTableView>(page, QStringLiteral("memberTableView"));
    const QRect cell = table->visualRect(page->model()->index(0, MemberTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    QPointer<MemberView> view = page->findChild<MemberView *>();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->member().id, tanaka);
    QVERIFY(child<QLabel>(view, QStringLiteral("headerLabel"))->text().contains(QStringLiteral("10000001")));
    QCOMPARE(view->requestsModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(view->requestsModel()->request(row).memberId, tanaka);

    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("member.view");
    filter.entityId = QString::number(tanaka);
    auto views = AuditService(desk.db.db()).list(auditor, filter);
    QVERIFY(views);
    QCOMPARE(views->size(), 1);
}

QTEST_MAIN(TestRegisterGui)
#include "TestRegisterGui.moc"
