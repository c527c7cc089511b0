// Letters as the division works them, on the offscreen platform: the clerk writes a letter from
// the request's Letters tab and previews the draft (rendered by Poppler, not blank), issues it
// (長共総第1号 in the register), prints it to a PDF file through the print-dialog seam (the same
// pages; the letter becomes Printed), records the mailing (a registered letter needs its tracking
// number: the service's refusal is shown, then it is accepted and the request is Notified), voids
// one (欠番, with the reason) and issues it again; a chief approves a procedural draft that a clerk
// then issues. Real widgets over real temporary SQLite files; modals answered through the seams.

#include "FileDialog.h"
#include "LetterActionDialog.h"
#include "LetterViewer.h"
#include "LetterWindow.h"
#include "LetterWriteDialog.h"
#include "LettersPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PdfRenderer.h"
#include "PrintDialog.h"
#include "RequestView.h"
#include "Session.h"
#include "SettingsForm.h"
#include "SettingsPage.h"
#include "TestSupport.h"
#include "UiText.h"
#include "services/LetterBatchService.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterRegister.h"
#include "services/LetterService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"

#include "BackgroundTask.h"
#include "GuiTestSupport.h"
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::decide;
using dsr::test::disclosureDraft;
using dsr::test::fullDisclosure;
using dsr::test::registered;
using dsr::test::submitDraft;
using dsr::test::TempDatabase;
using dsr::test::type;
using dsr::test::typeInto;
using dsr::test::waitForBackgroundTasks;

namespace {

using A = WorkflowAction;

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
    // What the click started on a worker (login, batch, export) is over before the test looks.
    QVERIFY(waitForBackgroundTasks());
}

void click(QWidget *parent, const QString &name)
{
    click(child<QAbstractButton>(parent, name));
}

void clickOk(QDialog *dialog)
{
    click(child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok));
}

void typePlain(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(parent, name);
    edit->clear();
    edit->setFocus();
    typeInto(edit, text);
}

void flush()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

QString cellText(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// The row of the letter with that id, or -1.
int rowOf(const LettersPage *page, qint64 letterId)
{
    const QAbstractItemModel *model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, LettersPage::NumberColumn).data(Qt::UserRole).toLongLong() == letterId)
            return row;
    }
    return -1;
}

// Pixels clearly darker than paper: text, rules, the 「案」 mark.
int inkPixels(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int ink = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ink += line[x] < 128 ? 1 : 0;
    }
    return ink;
}

} // namespace

class TestLettersGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin, m_clerk, m_chief, m_manager;
    qint64 m_member = 0;

    Request newRequest(TempDatabase &t)
    {
        return registered(t.db(), m_clerk, disclosureDraft(m_member, QDate::currentDate().addDays(-7)));
    }

    // Registered, investigated, drafted (full disclosure), approved by the chief and the manager.
    Request decided(TempDatabase &t)
    {
        const Request r = newRequest(t);
        decide(t.db(), r.id, fullDisclosure(), QDate::currentDate(), m_clerk, m_chief, m_manager);
        return RequestService(t.db()).openById(m_clerk, r.id).value();
    }

    Letter issued(TempDatabase &t, const Request &r)
    {
        LetterInput input;
        input.postageYen = 140;
        auto l = LetterService(t.db()).issue(m_clerk, r.id, LetterKind::Disclosure, input);
        if (!l)
            qFatal("issue failed: %s", qPrintable(l.error().message));
        return l.value();
    }

    RequestStatus status(TempDatabase &t, qint64 requestId)
    {
        return RequestService(t.db()).openById(m_clerk, requestId)->status;
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
        m_member = t.addMember(m_clerk, QStringLiteral("10000001"), QStringLiteral("髙﨑 花子"),
                               QStringLiteral("タカサキ ハナコ"));
        // What every letter prints: the head's name and the association's address.
        SettingsService settings(t.db());
        const OrganisationSettings basis = settings.load(m_admin).value();
        QVERIFY(settings.save(m_admin, basis,
                              { { Setting::HeadName, QStringLiteral("山本 一郎") },
                                { Setting::PostalCode, QStringLiteral("850-0099") },
                                { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } }));
        t.saveAs(m_fixture);
    }

    void cleanup() { flush(); }

    void previewShowsTheDraftThenIssueAppearsInTheRegister();
    void refusalForAMissingSettingOpensSettingsAtTheField();
    void printToPdfRecordsThePrint();
    void registeredMailNeedsItsTrackingNumberAndNotifiesTheRequest();
    void voidKeepsTheNumberAsUnusedAndIssueAgainTakesTheNext();
    void chiefApprovesAProceduralDraftThatTheClerkIssues();
    void aChiefDoesNotApproveTheirOwnDraft();
    void registerFiltersAndExportsCsv();
    void issueDecisionLettersAsABatch();
    void cancelledBatchKeepsTheLettersIssuedSoFar();
    void refusedBatchLettersStayOnScreen();
    void viewerPagesThroughAndPrintsEveryPage();
};

void TestLettersGui::previewShowsTheDraftThenIssueAppearsInTheRegister()
{
    TempDatabase t(m_fixture);
    const Request r = decided(t);
    Session clerk { t.db(), m_clerk };
    RequestView view(clerk, r.id);
    QVERIFY(view.load());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showLettersTab();
    LettersPage *tab = view.lettersPage();
    QVERIFY(tab->isVisible());
    QVERIFY(tab->letters().isEmpty());

    click(tab, QStringLiteral("writeLetterButton"));
    auto *dialog = openDialog<LetterWriteDialog>(tab);
    QVERIFY(dialog);
    // The decided disclosure is answered by a disclosure letter, issued at once (no approval).
    QCOMPARE(dialog->kind(), LetterKind::Disclosure);
    QVERIFY(child<QGroupBox>(dialog, QStringLiteral("disclosureGroupBox"))->isVisible());
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("issueButton"))->isVisible());
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("submitButton"))->isVisible());
    // A letter dated more than a week back asks why; today's does not.
    auto *dateReason = child<QLineEdit>(dialog, QStringLiteral("dateReasonLineEdit"));
    QVERIFY(!dateReason->isVisible());
    type(dialog, QStringLiteral("letterDateLineEdit"),
         QDate::currentDate().addDays(-10).toString(Qt::ISODate));
    QVERIFY(dateReason->isVisible());
    child<QLineEdit>(dialog, QStringLiteral("letterDateLineEdit"))->clear();
    QVERIFY(!dateReason->isVisible());
    type(dialog, QStringLiteral("postageLineEdit"), QStringLiteral("140"));
    typePlain(dialog, QStringLiteral("enclosuresPlainTextEdit"), QStringLiteral("支給記録の写し 1部"));

    LetterViewer *viewer = dialog->viewer();
    QSignalSpy shown(viewer, &LetterViewer::pageShown);
    click(dialog, QStringLiteral("previewButton"));
    QVERIFY(shown.wait(10000) || !shown.isEmpty());
    QVERIFY(viewer->pageCount() >= 1);
    QCOMPARE(child<QLabel>(viewer, QStringLiteral("pageNumberLabel"))->text(),
             QStringLiteral("Page 1 of %1").arg(viewer->pageCount()));
    const QImage page = viewer->currentImage();
    QVERIFY(!page.isNull());
    // An A4 page, upright, with text on it.
    QVERIFY(page.height() > page.width() * 1.3 && page.height() < page.width() * 1.5);
    QVERIFY2(inkPixels(page) > 2000, qPrintable(QString::number(inkPixels(page))));
    // A preview writes no letter.
    QVERIFY(LetterRegister(t.db()).list(m_clerk, {})->isEmpty());

    // Zoom in renders larger; fit width comes back to the width of the viewer.
    const int fittedWidth = page.width();
    click(viewer, QStringLiteral("zoomInButton"));
    QVERIFY(viewer->zoom() > 0);
    QTRY_VERIFY(viewer->currentImage().width() > fittedWidth);
    const int zoomedWidth = viewer->currentImage().width();
    click(viewer, QStringLiteral("fitWidthButton"));
    QCOMPARE(viewer->zoom(), 0.0);
    QTRY_VERIFY(viewer->currentImage().width() < zoomedWidth);
    QVERIFY(viewer->currentImage().width() <= viewer->width());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    const QPointer<QDialog> issuedFrom(dialog);
    click(dialog, QStringLiteral("issueButton"));
    QVERIFY2(MessageBox::lastText().contains(LetterKinds::title(LetterKind::Disclosure)),
             qPrintable(MessageBox::lastText()));
    flush();
    QVERIFY(!issuedFrom || !issuedFrom->isVisible()); // closed (and deleted on close)
    // The issued letter is shown at once with its number.
    auto *window = openDialog<LetterWindow>(tab);
    QVERIFY(window);
    QCOMPARE(window->letter().documentNo, QStringLiteral("長共総第1号"));
    QCOMPARE(child<QLabel>(window, QStringLiteral("documentNoLabel"))->text(), QStringLiteral("長共総第1号"));
    QTRY_VERIFY(!window->viewer()->currentImage().isNull());
    QVERIFY(inkPixels(window->viewer()->currentImage()) > 2000);
    window->close();

    // The request's tab and the register list it.
    QCOMPARE(tab->letters().size(), 1);
    QCOMPARE(cellText(tab->table(), 0, LettersPage::NumberColumn), QStringLiteral("長共総第1号"));
    MainWindow main(t.db(), m_clerk);
    main.show();
    QVERIFY(main.showSection(QStringLiteral("letters")));
    auto *reg = qobject_cast<LettersPage *>(main.page(QStringLiteral("letters")));
    QVERIFY(reg);
    QCOMPARE(reg->table()->model()->rowCount(), 1);
    QCOMPARE(cellText(reg->table(), 0, LettersPage::NumberColumn), QStringLiteral("長共総第1号"));
    QCOMPARE(cellText(reg->table(), 0, LettersPage::ReceiptColumn), r.receiptNo);
    QCOMPARE(cellText(reg->table(), 0, LettersPage::KindColumn), LetterKinds::title(LetterKind::Disclosure));
    QCOMPARE(cellText(reg->table(), 0, LettersPage::AddresseeColumn),
             LetterRegister(t.db()).list(m_clerk, {})->first().addressee);
    QCOMPARE(cellText(reg->table(), 0, LettersPage::DateColumn), UiText::date(QDate::currentDate()));
    QCOMPARE(cellText(reg->table(), 0, LettersPage::StateColumn),
             LetterVocabulary::displayName(LetterState::Issued));
    view.close();
}

void TestLettersGui::refusalForAMissingSettingOpensSettingsAtTheField()
{
    TempDatabase t(m_fixture);
    const Request r = decided(t);
    // The head's name was cleared: no letter can say who it comes from.
    SettingsService settings(t.db());
    QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                          { { Setting::HeadName, QStringLiteral("") } }));
    // Someone who both writes the letters and keeps the settings (a small office).
    const Actor both = t.addUser(m_admin, QStringLiteral("kenmu"), { Role::Clerk, Role::Administrator });
    MainWindow main(t.db(), both);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    main.showSection(QStringLiteral("register"));

    Session session { t.db(), both };
    RequestView view(session, r.id);
    QVERIFY(view.load());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showLettersTab();
    LettersPage *tab = view.lettersPage();
    click(tab, QStringLiteral("writeLetterButton"));
    QPointer<LetterWriteDialog> dialog = openDialog<LetterWriteDialog>(tab);
    QVERIFY(dialog);
    click(dialog, QStringLiteral("previewButton"));

    // The refusal names the setting, and the dialog offers to open it.
    const QString refusal = child<QLabel>(dialog, QStringLiteral("errorLabel"))->text();
    QVERIFY2(refusal.contains(Settings::info(Setting::HeadName).name), qPrintable(refusal));
    QPushButton *open = dialog->openSettingButton();
    QVERIFY(open->isVisible());
    QVERIFY2(open->text().contains(Settings::label(Setting::HeadName)), qPrintable(open->text()));
    click(open);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Settings ▸ organisation, the head's name focused.
    QCOMPARE(main.currentSection(), QStringLiteral("settings"));
    auto *page = qobject_cast<SettingsPage *>(main.page(QStringLiteral("settings")));
    QVERIFY(page);
    QWidget *editor = page->organisationForm()->editor(Setting::HeadName);
    QVERIFY(editor->isVisible());
    main.activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), editor);

    // Once filled in, the letter issues.
    auto *line = qobject_cast<QLineEdit *>(editor);
    QVERIFY(line);
    line->setText(QStringLiteral("山本 一郎"));
    page->saveSettings();
    LetterInput input;
    input.postageYen = 140;
    QVERIFY(LetterService(t.db()).issue(both, r.id, LetterKind::Disclosure, input));

    // Without the right to the settings, the refusal still names the setting but offers nothing.
    const Request other = decided(t);
    QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                          { { Setting::HeadName, QStringLiteral("") } }));
    Session clerkSession { t.db(), m_clerk };
    MainWindow clerkMain(t.db(), m_clerk);
    main.close();
    clerkMain.show();
    RequestView clerkView(clerkSession, other.id);
    QVERIFY(clerkView.load());
    clerkView.show();
    clerkView.showLettersTab();
    click(clerkView.lettersPage(), QStringLiteral("writeLetterButton"));
    auto *clerkDialog = openDialog<LetterWriteDialog>(clerkView.lettersPage());
    QVERIFY(clerkDialog);
    click(clerkDialog, QStringLiteral("previewButton"));
    QVERIFY(child<QLabel>(clerkDialog, QStringLiteral("errorLabel"))
                ->text()
                .contains(Settings::info(Setting::HeadName).name));
    QVERIFY(!clerkDialog->openSettingButton()->isVisible());
    clerkDialog->reject();
}

void TestLettersGui::printToPdfRecordsThePrint()
{
    TempDatabase t(m_fixture);
    const Letter letter = issued(t, decided(t));
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    QVERIFY(page.selectLetter(letter.id));

    // Cancelled: nothing printed, nothing recorded.
    PrintDialog::setNextOutputFile(QString());
    click(&page, QStringLiteral("printButton"));
    LetterWindow *window = openDialog<LetterWindow>(&page);
    QVERIFY(window);
    window->close();
    flush();
    QCOMPARE(LetterRegister(t.db()).find(m_clerk, letter.documentNo)->state, LetterState::Issued);

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("printed.pdf"));
    PrintDialog::setNextOutputFile(file);
    QVERIFY(page.selectLetter(letter.id));
    click(&page, QStringLiteral("printButton"));
    window = openDialog<LetterWindow>(&page);
    QVERIFY(window);
    QVERIFY(QFileInfo::exists(file));

    // The printout has the letter's pages, on A4, with the letter on them.
    QFile printed(file);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    PdfRenderer check;
    QString error;
    QVERIFY2(check.load(printed.readAll(), &error), qPrintable(error));
    QVERIFY(letter.pages >= 1);
    QCOMPARE(check.pageCount(), letter.pages);
    const QSizeF a4 = check.pageSize(0);
    QVERIFY2(qAbs(a4.width() - 595.3) < 2 && qAbs(a4.height() - 841.9) < 2,
             qPrintable(QStringLiteral("%1 x %2").arg(a4.width()).arg(a4.height())));
    QSignalSpy rendered(&check, &PdfRenderer::pageRendered);
    check.requestPage(0, 50);
    QVERIFY(rendered.wait(10000) || !rendered.isEmpty());
    QVERIFY(inkPixels(rendered.first().at(2).value<QImage>()) > 500);

    // Printed: recorded, shown in the window and the register.
    const Letter after = LetterRegister(t.db()).find(m_clerk, letter.documentNo).value();
    QCOMPARE(after.state, LetterState::Printed);
    QCOMPARE(window->letter().state, LetterState::Printed);
    QCOMPARE(child<QLabel>(window, QStringLiteral("stateLabel"))->text(),
             LetterVocabulary::displayName(LetterState::Printed));
    QCOMPARE(cellText(page.table(), rowOf(&page, letter.id), LettersPage::StateColumn),
             LetterVocabulary::displayName(LetterState::Printed));
    // The selection survived the refresh.
    QCOMPARE(page.selectedLetterId(), letter.id);

    // A reprint from the window prints again and records nothing new.
    const QString again = out.filePath(QStringLiteral("again.pdf"));
    PrintDialog::setNextOutputFile(again);
    QVERIFY(window->print());
    QVERIFY(QFileInfo::exists(again));
    QCOMPARE(LetterRegister(t.db()).find(m_clerk, letter.documentNo)->version, after.version);
    window->close();
}

void TestLettersGui::registeredMailNeedsItsTrackingNumberAndNotifiesTheRequest()
{
    TempDatabase t(m_fixture);
    const Request r = decided(t);
    const Letter letter = issued(t, r);
    Session clerk { t.db(), m_clerk };
    RequestView view(clerk, r.id);
    QVERIFY(view.load());
    view.show();
    view.showLettersTab();
    LettersPage *tab = view.lettersPage();
    QVERIFY(tab->selectLetter(letter.id));
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("returnedButton"))->isEnabled());

    click(tab, QStringLiteral("mailedButton"));
    auto *dialog = openDialog<LetterActionDialog>(tab);
    QVERIFY(dialog);
    auto *method = child<QComboBox>(dialog, QStringLiteral("methodComboBox"));
    // The methods by their names: 普通郵便, 簡易書留, 本人限定受取郵便, 窓口交付.
    QCOMPARE(method->count(), LetterVocabulary::mailMethods().size());
    QCOMPARE(method->itemText(1), LetterVocabulary::displayName(MailMethod::SimpleRegistered));
    method->setCurrentIndex(method->findData(LetterVocabulary::id(MailMethod::SimpleRegistered)));
    // No tracking number: the service refuses, the dialog says so and stays open.
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    const QString refusal = child<QLabel>(dialog, QStringLiteral("errorLabel"))->text();
    QVERIFY2(refusal.contains(LetterVocabulary::displayName(MailMethod::SimpleRegistered))
                 && refusal.contains(QStringLiteral("tracking number")),
             qPrintable(refusal));
    QCOMPARE(status(t, r.id), RequestStatus::Decided);

    type(dialog, QStringLiteral("trackingLineEdit"), QStringLiteral("123-45-67890-1"));
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());
    flush();
    const Letter mailed = LetterRegister(t.db()).find(m_clerk, letter.documentNo).value();
    QCOMPARE(mailed.state, LetterState::Mailed);
    QCOMPARE(mailed.mailMethod, MailMethod::SimpleRegistered);
    QCOMPARE(mailed.trackingNo, QStringLiteral("123-45-67890-1"));
    QCOMPARE(mailed.mailedOn, QDate::currentDate());
    // Mailing the decision letter notified the request, and the view shows it.
    QCOMPARE(status(t, r.id), RequestStatus::Notified);
    QCOMPARE(view.request().status, RequestStatus::Notified);
    const int row = rowOf(tab, letter.id);
    QCOMPARE(cellText(tab->table(), row, LettersPage::StateColumn),
             LetterVocabulary::displayName(LetterState::Mailed));
    QVERIFY(
        cellText(tab->table(), row, LettersPage::DetailsColumn).contains(QStringLiteral("123-45-67890-1")));

    // A mailed letter is no longer voided; it can come back undeliverable.
    QVERIFY(tab->selectLetter(letter.id));
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("voidButton"))->isEnabled());
    click(tab, QStringLiteral("returnedButton"));
    auto *returned = openDialog<LetterActionDialog>(tab);
    QVERIFY(returned);
    clickOk(returned);
    QVERIFY(!returned->isVisible());
    flush();
    QCOMPARE(LetterRegister(t.db()).find(m_clerk, letter.documentNo)->state, LetterState::Returned);
    view.close();
}

void TestLettersGui::voidKeepsTheNumberAsUnusedAndIssueAgainTakesTheNext()
{
    TempDatabase t(m_fixture);
    const Letter letter = issued(t, decided(t));
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    QVERIFY(page.selectLetter(letter.id));

    click(&page, QStringLiteral("voidButton"));
    auto *dialog = openDialog<LetterActionDialog>(&page);
    QVERIFY(dialog);
    // No reason: refused as the service words it.
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("errorLabel"))->text(),
             QStringLiteral("State why the letter is voided."));
    typePlain(dialog, QStringLiteral("reasonPlainTextEdit"), QStringLiteral("宛名誤り"));
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());
    flush();

    // 欠番: the number stays in the register, with the reason.
    const int row = rowOf(&page, letter.id);
    QVERIFY(row >= 0);
    QCOMPARE(cellText(page.table(), row, LettersPage::NumberColumn), QStringLiteral("長共総第1号"));
    QCOMPARE(cellText(page.table(), row, LettersPage::StateColumn),
             LetterVocabulary::displayName(LetterState::Void));
    QVERIFY(cellText(page.table(), row, LettersPage::DetailsColumn).contains(QStringLiteral("宛名誤り")));
    QVERIFY(page.table()
                ->model()
                ->index(row, LettersPage::NumberColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
    QCOMPARE(page.selectedLetterId(), letter.id);
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("printButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("mailedButton"))->isEnabled());

    // Issued again: a new letter with the next number, referring to the voided one; shown at once.
    click(&page, QStringLiteral("reissueButton"));
    auto *again = openDialog<LetterActionDialog>(&page);
    QVERIFY(again);
    typePlain(again, QStringLiteral("reasonPlainTextEdit"), QStringLiteral("宛名を訂正して再発行"));
    clickOk(again);
    QVERIFY(!again->isVisible());
    flush();
    auto *window = openDialog<LetterWindow>(&page);
    QVERIFY(window);
    QCOMPARE(window->letter().documentNo, QStringLiteral("長共総第2号"));
    QCOMPARE(window->letter().replacesDocumentNo, QStringLiteral("長共総第1号"));
    QCOMPARE(page.table()->model()->rowCount(), 2);
    QCOMPARE(cellText(page.table(), 0, LettersPage::NumberColumn), QStringLiteral("長共総第2号"));
    QVERIFY(cellText(page.table(), 0, LettersPage::DetailsColumn).contains(QStringLiteral("長共総第1号")));
    window->close();
}

void TestLettersGui::chiefApprovesAProceduralDraftThatTheClerkIssues()
{
    TempDatabase t(m_fixture);
    const Request r = newRequest(t);
    WorkflowInput amend;
    amend.text = QStringLiteral("本人確認書類の写しが添付されていない");
    amend.dueDate = QDate::currentDate().addDays(14);
    QVERIFY(WorkflowService(t.db()).perform(m_clerk, r.id, A::RequestAmendment, amend));

    // The clerk writes the amendment request and submits it: procedural letters are approved first.
    Session clerk { t.db(), m_clerk };
    {
        RequestView view(clerk, r.id);
        QVERIFY(view.load());
        view.show();
        view.showLettersTab();
        LettersPage *tab = view.lettersPage();
        QVERIFY(!child<QPushButton>(tab, QStringLiteral("approveButton"))->isVisible());
        click(tab, QStringLiteral("writeLetterButton"));
        auto *dialog = openDialog<LetterWriteDialog>(tab);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), LetterKind::AmendmentRequest);
        QVERIFY(child<QGroupBox>(dialog, QStringLiteral("amendmentGroupBox"))->isVisible());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("issueButton"))->isVisible());
        typePlain(dialog, QStringLiteral("toSupplyPlainTextEdit"), QStringLiteral("運転免許証の写し"));
        QVERIFY(dialog->preview());
        const QPointer<QDialog> submittedFrom(dialog);
        click(dialog, QStringLiteral("submitButton"));
        flush();
        QVERIFY(!submittedFrom || !submittedFrom->isVisible()); // closed (and deleted on close)
        QCOMPARE(tab->letters().size(), 1);
        QCOMPARE(tab->letters().first().state, LetterState::Draft);
        QCOMPARE(cellText(tab->table(), 0, LettersPage::StateColumn),
                 LetterVocabulary::displayName(LetterState::Draft));
        // A draft is viewed as it would be issued, marked 案; nothing to issue yet.
        QVERIFY(tab->selectLetter(tab->letters().first().id));
        QVERIFY(child<QPushButton>(tab, QStringLiteral("viewButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(tab, QStringLiteral("issueButton"))->isEnabled());
        view.close();
    }
    const qint64 draftId = LetterRegister(t.db()).list(m_clerk, {})->first().id;

    // The chief approves it in the register; the chief issues nothing.
    {
        Session chief { t.db(), m_chief };
        MainWindow window(t.db(), m_chief);
        window.show();
        QVERIFY(window.visibleSections().contains(QStringLiteral("letters")));
        // The approval inbox says a letter draft waits and opens the register on the drafts.
        QVERIFY(window.showSection(QStringLiteral("approvals")));
        QWidget *inbox = window.page(QStringLiteral("approvals"));
        QTRY_VERIFY(child<QLabel>(inbox, QStringLiteral("letterDraftsLabel"))->isVisible());
        QVERIFY(child<QLabel>(inbox, QStringLiteral("letterDraftsLabel"))
                    ->text()
                    .contains(QStringLiteral("1 procedural")));
        click(inbox, QStringLiteral("openLetterDraftsButton"));
        auto *page = qobject_cast<LettersPage *>(window.page(QStringLiteral("letters")));
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QCOMPARE(page->letters().size(), 1);
        QCOMPARE(page->letters().first().state, LetterState::Draft);
        QVERIFY(page->selectLetter(draftId));
        // The chief reads the draft first.
        click(page, QStringLiteral("viewButton"));
        auto *draftWindow = page->findChild<LetterWindow *>();
        QVERIFY(draftWindow);
        QTRY_VERIFY(draftWindow->viewer()->pageCount() >= 1);
        draftWindow->close();
        QVERIFY(!child<QPushButton>(page, QStringLiteral("issueButton"))->isVisible());
        QVERIFY(!child<QPushButton>(page, QStringLiteral("printButton"))->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(page, QStringLiteral("approveButton"));
        QVERIFY(MessageBox::lastText().contains(r.receiptNo));
        QCOMPARE(LetterRegister(t.db()).find(m_chief, QString::number(draftId))->state,
                 LetterState::Approved);
        // No longer a draft: it leaves the drafts the inbox opened; all states show it approved.
        QCOMPARE(rowOf(page, draftId), -1);
        click(page, QStringLiteral("clearFiltersButton"));
        QVERIFY(page->selectLetter(draftId));
        QCOMPARE(cellText(page->table(), rowOf(page, draftId), LettersPage::StateColumn),
                 LetterVocabulary::displayName(LetterState::Approved));
        QVERIFY(!child<QPushButton>(page, QStringLiteral("approveButton"))->isEnabled());
    }

    // The clerk issues the approved draft: numbered, stored, shown.
    LettersPage page(clerk);
    page.show();
    QVERIFY(page.selectLetter(draftId));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&page, QStringLiteral("issueButton"));
    auto *window = openDialog<LetterWindow>(&page);
    QVERIFY(window);
    QCOMPARE(window->letter().id, draftId);
    QCOMPARE(window->letter().documentNo, QStringLiteral("長共総第1号"));
    QCOMPARE(window->letter().kind, LetterKinds::id(LetterKind::AmendmentRequest));
    QTRY_VERIFY(!window->viewer()->currentImage().isNull());
    QCOMPARE(cellText(page.table(), rowOf(&page, draftId), LettersPage::StateColumn),
             LetterVocabulary::displayName(LetterState::Issued));
    window->close();
}

// A user who is both clerk and chief writes a procedural draft: the register offers them the
// Approve button (they are a chief) but not for that draft (one person, one step —
// LetterLifecycle::mayApproveDraft); another chief may approve it. The page used to enable Approve
// for every draft, the chief's own included, and leave the refusal to the service.
void TestLettersGui::aChiefDoesNotApproveTheirOwnDraft()
{
    TempDatabase t(m_fixture);
    const Actor clerkChief = t.addUser(m_admin, QStringLiteral("kenmu"), { Role::Clerk, Role::Chief });
    const Request r = newRequest(t);
    WorkflowInput amend;
    amend.text = QStringLiteral("本人確認書類の写しが添付されていない");
    amend.dueDate = QDate::currentDate().addDays(14);
    QVERIFY(WorkflowService(t.db()).perform(m_clerk, r.id, A::RequestAmendment, amend));
    LetterInput in;
    in.toSupply = QStringLiteral("運転免許証の写し");
    auto draft = LetterService(t.db()).submitDraft(clerkChief, r.id, LetterKind::AmendmentRequest, in);
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
    QCOMPARE(draft->state, LetterState::Draft);

    {
        Session own { t.db(), clerkChief };
        LettersPage page(own);
        page.show();
        QVERIFY(page.selectLetter(draft->id));
        auto *approve = child<QPushButton>(&page, QStringLiteral("approveButton"));
        QVERIFY(approve->isVisible());
        QVERIFY(!approve->isEnabled());
        // The clerk in them may still discard it; the service refuses the approval as the page does.
        QVERIFY(child<QPushButton>(&page, QStringLiteral("voidButton"))->isEnabled());
        QCOMPARE(LetterLifecycleService(t.db()).approveDraft(clerkChief, draft->id).error().code,
                 ErrorCode::Permission);
    }
    {
        Session chief { t.db(), m_chief };
        LettersPage page(chief);
        page.show();
        QVERIFY(page.selectLetter(draft->id));
        QVERIFY(child<QPushButton>(&page, QStringLiteral("approveButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("voidButton"))->isVisible());
    }
    {
        Session clerk { t.db(), m_clerk };
        LettersPage page(clerk);
        page.show();
        QVERIFY(page.selectLetter(draft->id));
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("approveButton"))->isVisible());
    }
}

void TestLettersGui::registerFiltersAndExportsCsv()
{
    TempDatabase t(m_fixture);
    const Letter first = issued(t, decided(t));
    const Letter second = issued(t, decided(t));
    QVERIFY(LetterLifecycleService(t.db()).voidLetter(m_clerk, first.id, QStringLiteral("宛名誤り")));
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    QCOMPARE(page.table()->model()->rowCount(), 2);

    auto *state = child<QComboBox>(&page, QStringLiteral("stateComboBox"));
    state->setCurrentIndex(state->findData(LetterVocabulary::id(LetterState::Void)));
    QCOMPARE(page.letters().size(), 1);
    QCOMPARE(page.letters().first().id, first.id);
    click(&page, QStringLiteral("clearFiltersButton"));
    QCOMPARE(page.letters().size(), 2);

    // A number typed with full-width digits finds the letter.
    auto *search = child<QLineEdit>(&page, QStringLiteral("searchLineEdit"));
    search->setFocus();
    typeInto(search, QStringLiteral("第２号"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page.letters().size(), 1);
    QCOMPARE(page.letters().first().id, second.id);

    auto *year = child<QComboBox>(&page, QStringLiteral("fiscalYearComboBox"));
    QCOMPARE(year->count(), 2); // all years, and this one
    QVERIFY(year->itemText(1).contains(QString::number(first.fiscalYear)));

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("register.csv"));
    FileDialog::setNextFileName(file);
    click(&page, QStringLiteral("exportButton"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    // The filtered register: the second letter only.
    QVERIFY(text.contains(QStringLiteral("長共総第2号")));
    QVERIFY(!text.contains(QStringLiteral("長共総第1号")));
    QVERIFY(
        child<QLabel>(&page, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("1 letter")));
    // Written on a worker, it is the same file the service writes on this thread.
    const QString direct = out.filePath(QStringLiteral("direct.csv"));
    QVERIFY(LetterRegister(t.db()).exportRegisterCsv(m_clerk, page.query(), direct));
    QFile directFile(direct);
    QVERIFY(directFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(directFile.readAll()), text);
}

// The clerk issues the letters of every decided request at once; each gets its own number.
void TestLettersGui::issueDecisionLettersAsABatch()
{
    TempDatabase t(m_fixture);
    const Request a = decided(t);
    const Request b = decided(t);
    issued(t, decided(t)); // has its letter already: not offered again
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    QCOMPARE(page.table()->model()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&page, QStringLiteral("issueDecidedButton"));
    QVERIFY2(MessageBox::lastText().contains(a.receiptNo) && MessageBox::lastText().contains(b.receiptNo),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(page.table()->model()->rowCount(), 3);
    const QString message = child<QLabel>(&page, QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("長共総第2号"))
                 && message.contains(QStringLiteral("長共総第3号")),
             qPrintable(message));
    for (qint64 id : { a.id, b.id }) {
        const auto letters = LetterRegister(t.db()).list(m_clerk, LetterQuery { id, {}, {}, 0, {} }).value();
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters.first().state, LetterState::Issued);
    }
    // Nothing left: the page says so and issues nothing.
    click(&page, QStringLiteral("issueDecidedButton"));
    QCOMPARE(page.table()->model()->rowCount(), 3);
    QVERIFY(child<QLabel>(&page, QStringLiteral("messageLabel"))
                ->text()
                .contains(QStringLiteral("Every decided")));
    // A chief sees no such button.
    Session chief { t.db(), m_chief };
    LettersPage chiefPage(chief);
    QVERIFY(!child<QPushButton>(&chiefPage, QStringLiteral("issueDecidedButton"))->isVisibleTo(&chiefPage));
}

// Issue 10: the batch runs on a worker; Cancel stops between two letters. Those issued stay
// issued with consecutive numbers, the rest stay pending, and a later batch carries on.
void TestLettersGui::cancelledBatchKeepsTheLettersIssuedSoFar()
{
    constexpr int Requests = 6;
    TempDatabase t(m_fixture);
    for (int i = 0; i < Requests; ++i)
        decided(t);
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("issueDecidedButton")), Qt::LeftButton);
    // The click came back while the batch runs on its worker.
    auto *task = page.findChild<BackgroundTask *>(QStringLiteral("letterBatchTask"));
    QVERIFY(task);
    QVERIFY(task->isRunning());
    // Cancelled as soon as the first letter is under way, as a person pressing Cancel at once.
    connect(task, &BackgroundTask::progressChanged, task, &BackgroundTask::cancel);
    QVERIFY(waitForBackgroundTasks());

    LetterRegister letters(t.db());
    LetterBatchService batch(t.db());
    const QList<Letter> issuedLetters = letters.list(m_clerk, {}).value();
    const qsizetype done = issuedLetters.size();
    QVERIFY2(done >= 1 && done < Requests, qPrintable(QString::number(done)));
    QStringList numbers;
    for (const Letter &l : issuedLetters) {
        QCOMPARE(l.state, LetterState::Issued);
        numbers << l.documentNo;
    }
    for (int n = 1; n <= done; ++n)
        QVERIFY2(numbers.contains(QStringLiteral("長共総第%1号").arg(n)), qPrintable(numbers.join(u' ')));
    QCOMPARE(batch.pendingDecisionLetters(m_clerk)->size(), Requests - done);
    const QString message = child<QLabel>(&page, QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("Cancelled"))
                 && message.contains(QStringLiteral("%1 more were not issued").arg(Requests - done)),
             qPrintable(message));

    // The next batch issues the rest, numbered on without a gap.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&page, QStringLiteral("issueDecidedButton"));
    const QList<Letter> all = letters.list(m_clerk, {}).value();
    QCOMPARE(all.size(), Requests);
    for (int n = 1; n <= Requests; ++n)
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [n](const Letter &l) {
            return l.documentNo == QStringLiteral("長共総第%1号").arg(n);
        }));
    QVERIFY(batch.pendingDecisionLetters(m_clerk)->isEmpty());
}

// Issue 10: the reason letters of a batch were refused stays on the page (reading the register
// again after the batch used to clear it at once).
void TestLettersGui::refusedBatchLettersStayOnScreen()
{
    TempDatabase t(m_fixture);
    decided(t);
    decided(t);
    // Without the head's name (as in a database set up before it was asked for) no letter can be
    // made; the window refuses to save it empty, so it goes the way it came.
    QSqlQuery unset(t.db().connection());
    QVERIFY(unset.exec(QStringLiteral("DELETE FROM settings WHERE key = 'organisation.head_name'")));
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&page, QStringLiteral("issueDecidedButton"));
    QVERIFY(LetterRegister(t.db()).list(m_clerk, {})->isEmpty());
    const QString error = child<QLabel>(&page, QStringLiteral("errorLabel"))->text();
    QVERIFY2(error.contains(QStringLiteral("not issued"))
                 && error.contains(QStringLiteral("organisation.head_name")),
             qPrintable(error));
}

void TestLettersGui::viewerPagesThroughAndPrintsEveryPage()
{
    // A two-page document, as a long list under 「記」 makes one.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(40);
        painter.setFont(font);
        painter.drawText(QRect(100, 100, 900, 300), QStringLiteral("Page one"));
        writer.newPage();
        painter.drawText(QRect(100, 100, 900, 300), QStringLiteral("Page two"));
    }
    LetterViewer viewer;
    viewer.resize(700, 900);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy shown(&viewer, &LetterViewer::pageShown);
    QVERIFY(viewer.showPdf(pdf, QStringLiteral("two pages")));
    QVERIFY(shown.wait(10000) || !shown.isEmpty());
    auto *label = child<QLabel>(&viewer, QStringLiteral("pageNumberLabel"));
    QCOMPARE(label->text(), QStringLiteral("Page 1 of 2"));
    QVERIFY(!child<QAbstractButton>(&viewer, QStringLiteral("previousPageButton"))->isEnabled());
    click(&viewer, QStringLiteral("nextPageButton"));
    QTRY_COMPARE(shown.last().at(0).toInt(), 1);
    QCOMPARE(viewer.currentPage(), 1);
    QCOMPARE(label->text(), QStringLiteral("Page 2 of 2"));
    QVERIFY(!child<QAbstractButton>(&viewer, QStringLiteral("nextPageButton"))->isEnabled());
    click(&viewer, QStringLiteral("previousPageButton"));
    QTRY_COMPARE(viewer.currentPage(), 0);

    // Zoom out and in step through the zoom levels.
    click(&viewer, QStringLiteral("zoomOutButton"));
    const double smaller = viewer.zoom();
    QVERIFY(smaller > 0 && smaller < 1.0);
    click(&viewer, QStringLiteral("zoomInButton"));
    QVERIFY(viewer.zoom() > smaller);

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("both.pdf"));
    PrintDialog::setNextOutputFile(file);
    bool partial = true;
    QString error;
    QVERIFY2(viewer.print(&error, &partial), qPrintable(error));
    QVERIFY(!partial);
    QFile printed(file);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    PdfRenderer check;
    QVERIFY2(check.load(printed.readAll(), &error), qPrintable(error));
    QCOMPARE(check.pageCount(), 2);
}

QTEST_MAIN(TestLettersGui)
#include "TestLettersGui.moc"
