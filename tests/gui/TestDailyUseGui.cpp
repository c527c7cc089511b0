// Daily use of the window (issue 14), on the offscreen platform with real widgets over real
// temporary SQLite files: dates as 2026/12/04 or 令和8年12月4日 by the desk's preference, date
// fields that read either, the batch of decision letters reporting every refusal in a dialog the
// register's refresh cannot clear, 一括印刷 as one print job that records each letter printed (and
// a cancelled dialog nothing), the member picker telling namesakes apart, and the keyboard: Ctrl+N
// from a request's window, keys in tooltips and menus, tab order that follows the forms.

#include "ApprovalsPage.h"
#include "DateLineEdit.h"
#include "DecisionDialog.h"
#include "DisplayTab.h"
#include "FileDialog.h"
#include "LetterBatchResultDialog.h"
#include "LettersPage.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MemberDialog.h"
#include "MessageBox.h"
#include "PdfRenderer.h"
#include "PrintDialog.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "RequestDialog.h"
#include "RequestView.h"
#include "Session.h"
#include "SettingsPage.h"
#include "TestSupport.h"
#include "UiText.h"
#include "WorkflowActionDialog.h"
#include "services/AuditService.h"
#include "services/LetterRegister.h"
#include "services/LetterService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "text/JapaneseText.h"

#include "GuiTestSupport.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

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

void flush()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void click(QWidget *parent, const QString &name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(waitForBackgroundTasks());
}

// 令和 written out by hand (not by the code under test): 2019 is 令和元年, so 2026 is 令和8年.
QString reiwa(const QDate &d)
{
    return QStringLiteral("令和%1年%2月%3日").arg(d.year() - 2018).arg(d.month()).arg(d.day());
}

QString showa(const QDate &d)
{
    return QStringLiteral("昭和%1年%2月%3日").arg(d.year() - 1925).arg(d.month()).arg(d.day());
}

// The widgets Tab visits from `start`, in order, until it comes back round (a spin box's sections
// count once).
QStringList tabChain(QWidget *window, QWidget *start, int maxPresses = 80)
{
    QStringList names;
    start->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    for (int i = 0; i < maxPresses; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        // A spin box's line edit stands for its spin box.
        if (focus->objectName() == QLatin1String("qt_spinbox_lineedit"))
            focus = focus->parentWidget();
        // Unnamed (a button box's buttons): by class.
        const QString name = focus->objectName().isEmpty()
            ? QString::fromLatin1(focus->metaObject()->className())
            : focus->objectName();
        if (!names.isEmpty() && names.first() == name && i > 0)
            break;
        if (names.isEmpty() || names.last() != name)
            names << name;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    Q_UNUSED(window);
    return names;
}

// Keeps the names of `expected` that can take focus now, in the order given.
QStringList focusable(QWidget *window, const QStringList &expected)
{
    QStringList out;
    for (const QString &name : expected) {
        auto *w = window->findChild<QWidget *>(name);
        if (w && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            out << name;
    }
    return out;
}

} // namespace

class TestDailyUseGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_fixtureDir;
    QString m_fixture;
    Actor m_admin, m_clerk, m_chief, m_manager, m_auditor;
    qint64 m_member = 0;

    Request newRequest(TempDatabase &t, const QDate &received = QDate::currentDate().addDays(-7))
    {
        return registered(t.db(), m_clerk, disclosureDraft(m_member, received));
    }

    // Registered, investigated, drafted (full disclosure) and submitted: at the chief's step.
    Request submitted(TempDatabase &t)
    {
        const Request r = newRequest(t);
        submitDraft(t.db(), r.id, fullDisclosure(), QDate::currentDate(), m_clerk);
        return r;
    }

    // ... and approved by the chief and the manager.
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

    LetterState stateOf(TempDatabase &t, qint64 letterId)
    {
        LetterQuery q;
        const auto all = LetterRegister(t.db()).list(m_clerk, q).value();
        for (const Letter &l : all)
            if (l.id == letterId)
                return l.state;
        qFatal("letter %lld not found", letterId);
        return LetterState::Void;
    }

    qsizetype printAuditEntries(TempDatabase &t)
    {
        AuditFilter f;
        f.actionPrefix = QStringLiteral("letter.print");
        auto entries = AuditService(t.db()).list(m_auditor, f);
        if (!entries)
            qFatal("audit not read: %s", qPrintable(entries.error().message));
        return entries->size();
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
        m_auditor = t.addUser(m_admin, QStringLiteral("kansa"), { Role::Auditor });
        m_member = t.addMember(m_clerk, QStringLiteral("10000001"), QStringLiteral("髙﨑 花子"),
                               QStringLiteral("タカサキ ハナコ"));
        SettingsService settings(t.db());
        const OrganisationSettings basis = settings.load(m_admin).value();
        QVERIFY(settings.save(m_admin, basis,
                              { { Setting::HeadName, QStringLiteral("山本 一郎") },
                                { Setting::PostalCode, QStringLiteral("850-0099") },
                                { Setting::Address, QStringLiteral("長崎県長崎市架空町1番2号") } }));
        t.saveAs(m_fixture);
    }

    void cleanup()
    {
        UiText::setDateStyle(UiText::DateStyle::Western);
        flush();
    }

    void registerAndRequestViewWriteDatesInBothStyles();
    void dateLineEditReadsEveryForm();
    void settingsPageOffersTheDateStyle();
    void batchRefusalsShowInTheResultDialogAfterTheRefresh();
    void bulkPrintRecordsEveryLetterAndACancelNone();
    void printSelectedLettersAsOneJob();
    void memberPickerTellsNamesakesApart();
    void ctrlNOpensTheNewRequestDialogFromARequestWindow();
    void shortcutsShowInTooltipsAndMenus();
    void tabOrderFollowsTheForms();
};

void TestDailyUseGui::registerAndRequestViewWriteDatesInBothStyles()
{
    TempDatabase t(m_fixture);
    const QDate received(2026, 12, 4);
    const Request r = newRequest(t, qMin(received, QDate::currentDate()));
    const QDate day = r.received;
    Session clerk { t.db(), m_clerk };
    RegisterPage page(clerk);
    page.show();
    QCOMPARE(page.model()->rowCount(), 1);
    const QModelIndex cell = page.model()->index(0, RegisterModel::ReceivedColumn);

    // Western: 2026/12/04, with the zeros, slashes not hyphens.
    QCOMPARE(cell.data().toString(), day.toString(QStringLiteral("yyyy/MM/dd")));
    RequestView *view = page.openRequest(r.id);
    QVERIFY(view);
    const QString western
        = view->findChild<QTextBrowser *>(QStringLiteral("detailsTextBrowser"))->toPlainText();
    QVERIFY2(western.contains(day.toString(QStringLiteral("yyyy/MM/dd"))), qPrintable(western));
    QVERIFY(!western.contains(day.toString(Qt::ISODate)));
    view->close();
    flush();

    // 和暦: the same cell, and the request's window opened again.
    UiText::setDateStyle(UiText::DateStyle::Era);
    QCOMPARE(cell.data().toString(), reiwa(day));
    view = page.openRequest(r.id);
    QVERIFY(view);
    const QString era = view->findChild<QTextBrowser *>(QStringLiteral("detailsTextBrowser"))->toPlainText();
    QVERIFY2(era.contains(reiwa(day)), qPrintable(era));
    view->close();

    // Times in the audit log follow the style too; the stored value stays ISO.
    QCOMPARE(UiText::dateTimeSeconds(QDateTime(QDate(2026, 12, 4), QTime(9, 30, 5))),
             QStringLiteral("令和8年12月4日 09:30:05"));
    UiText::setDateStyle(UiText::DateStyle::Western);
    QCOMPARE(UiText::dateTime(QDateTime(QDate(2026, 12, 4), QTime(9, 30))),
             QStringLiteral("2026/12/04 09:30"));
    // Before 1873 there is no era date: the western form stands in.
    UiText::setDateStyle(UiText::DateStyle::Era);
    QCOMPARE(UiText::date(QDate(1870, 1, 2)), QStringLiteral("1870/01/02"));
}

void TestDailyUseGui::dateLineEditReadsEveryForm()
{
    const QDate day(2026, 12, 4);
    for (const QString &typed :
         { QStringLiteral("2026/12/04"), QStringLiteral("2026-12-04"), QStringLiteral("2026/12/4"),
           QStringLiteral("20261204"), QStringLiteral("令和8年12月4日"), QStringLiteral("R8.12.4"),
           QStringLiteral("r8/12/04"), QStringLiteral("Ｒ８．１２．４"),
           QStringLiteral("令和８年１２月４日") })
        QVERIFY2(DateLineEdit::parse(typed) == day, qPrintable(typed));
    QCOMPARE(DateLineEdit::parse(QStringLiteral("令和元年5月1日")), QDate(2019, 5, 1));
    QCOMPARE(DateLineEdit::parse(QStringLiteral("H31.4.30")), QDate(2019, 4, 30));
    QCOMPARE(DateLineEdit::parse(QStringLiteral("昭和64年1月7日")), QDate(1989, 1, 7));
    // Days that do not exist in the era written are not read as some other day.
    for (const QString &wrong :
         { QStringLiteral("平成31年5月1日"), QStringLiteral("令和1年4月30日"), QStringLiteral("R0.1.1"),
           QStringLiteral("令和8年2月30日"), QStringLiteral("X8.12.4") })
        QVERIFY2(!DateLineEdit::parse(wrong).isValid(), qPrintable(wrong));

    // The widget: typed by a person, read back; written in the desk's style and read again.
    DateLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    typeInto(&edit, QStringLiteral("R8.12.4"));
    QCOMPARE(edit.date(), day);
    QVERIFY(edit.isAcceptable());
    edit.clear();
    typeInto(&edit, QStringLiteral("令和8年12月4日"));
    QCOMPARE(edit.date(), day);
    edit.setDate(day);
    QCOMPARE(edit.text(), QStringLiteral("2026/12/04"));
    UiText::setDateStyle(UiText::DateStyle::Era);
    edit.setDate(day);
    QCOMPARE(edit.text(), QStringLiteral("令和8年12月4日"));
    QCOMPARE(edit.date(), day);
}

void TestDailyUseGui::settingsPageOffersTheDateStyle()
{
    TempDatabase t(m_fixture);
    Session admin { t.db(), m_admin };
    SettingsPage page(admin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *combo = child<QComboBox>(page.displayTab(), QStringLiteral("dateStyleComboBox"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("western"));
    QSignalSpy changed(&page, &SettingsPage::dateStyleChanged);
    combo->setCurrentIndex(combo->findData(QStringLiteral("era")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(UiText::dateStyle(), UiText::DateStyle::Era);
    // Kept for this desk: the next start reads it.
    QCOMPARE(LocalSettings::dateStyle(), QStringLiteral("era"));
    QVERIFY(
        child<QLabel>(page.displayTab(), QStringLiteral("dateStyleExampleLabel"))->text().contains(u"令和"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("western")));
    QCOMPARE(LocalSettings::dateStyle(), QStringLiteral("western"));
}

void TestDailyUseGui::batchRefusalsShowInTheResultDialogAfterTheRefresh()
{
    TempDatabase t(m_fixture);
    const Request a = decided(t);
    const Request b = decided(t);
    // Without the head's name no letter can be made (a database set up before it was asked for).
    QSqlQuery unset(t.db().connection());
    QVERIFY(unset.exec(QStringLiteral("DELETE FROM settings WHERE key = 'organisation.head_name'")));
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&page, QStringLiteral("issueDecidedButton"));
    QVERIFY(LetterRegister(t.db()).list(m_clerk, {})->isEmpty());
    // What another desk's change does a moment later: the register is read again.
    page.refresh();
    flush();

    auto *dialog = page.findChild<LetterBatchResultDialog *>(QStringLiteral("letterBatchResultDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTableWidget *rows = dialog->table();
    QCOMPARE(rows->rowCount(), 2);
    QStringList receipts;
    for (int r = 0; r < rows->rowCount(); ++r) {
        QCOMPARE(rows->item(r, LetterBatchResultDialog::NumberColumn)->text(), QString());
        QVERIFY2(
            rows->item(r, LetterBatchResultDialog::ReasonColumn)->text().contains(u"organisation.head_name"),
            qPrintable(rows->item(r, LetterBatchResultDialog::ReasonColumn)->text()));
        QCOMPARE(rows->item(r, LetterBatchResultDialog::KindColumn)->text(),
                 LetterKinds::title(LetterKind::Disclosure));
        receipts << rows->item(r, LetterBatchResultDialog::ReceiptColumn)->text();
    }
    QVERIFY(receipts.contains(a.receiptNo) && receipts.contains(b.receiptNo));

    // Copied as text, and saved as a file, for whoever sets the missing setting.
    click(dialog, QStringLiteral("copyButton"));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(a.receiptNo) && copied.contains(u"organisation.head_name"), qPrintable(copied));
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("batch.txt"));
    FileDialog::setNextFileName(file);
    click(dialog, QStringLiteral("saveButton"));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), dialog->text());
    dialog->close();
    flush();

    // The setting put back: the next batch lists each letter with its number, receipt and kind.
    SettingsService settings(t.db());
    QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                          { { Setting::HeadName, QStringLiteral("山本 一郎") } }));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&page, QStringLiteral("issueDecidedButton"));
    page.refresh();
    dialog = page.findChild<LetterBatchResultDialog *>(QStringLiteral("letterBatchResultDialog"));
    QVERIFY(dialog && dialog->isVisible());
    rows = dialog->table();
    QCOMPARE(rows->rowCount(), 2);
    const QList<Letter> letters = LetterRegister(t.db()).list(m_clerk, {}).value();
    QCOMPARE(letters.size(), 2);
    for (const Letter &l : letters) {
        const auto found = rows->findItems(l.documentNo, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QCOMPARE(rows->item(found.first()->row(), LetterBatchResultDialog::ReceiptColumn)->text(),
                 l.receiptNo);
        QCOMPARE(rows->item(found.first()->row(), LetterBatchResultDialog::ReasonColumn)->text(), QString());
    }
    QVERIFY(dialog->summary().contains(QStringLiteral("2 letter(s) issued"))
            || dialog->summary().contains(u'2'));
    dialog->close();
}

void TestDailyUseGui::bulkPrintRecordsEveryLetterAndACancelNone()
{
    TempDatabase t(m_fixture);
    QList<Letter> letters;
    for (int i = 0; i < 3; ++i)
        letters << issued(t, decided(t));
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    auto *button = child<QPushButton>(&page, QStringLiteral("printUnprintedButton"));
    QVERIFY(button->toolTip().contains(QStringLiteral("Ctrl+Shift+P")));
    const qsizetype auditBefore = printAuditEntries(t);

    // Cancelled: nothing recorded, nothing audited as printed.
    PrintDialog::setNextOutputFile(QString());
    click(&page, QStringLiteral("printUnprintedButton"));
    for (const Letter &l : letters)
        QCOMPARE(stateOf(t, l.id), LetterState::Issued);
    QCOMPARE(printAuditEntries(t), auditBefore);

    // Printed: ONE job (one PDF) with every page of every letter, in the register's order.
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("all.pdf"));
    PrintDialog::setNextOutputFile(file);
    click(&page, QStringLiteral("printUnprintedButton"));
    QFile printed(file);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    PdfRenderer check;
    QString error;
    QVERIFY2(check.load(printed.readAll(), &error), qPrintable(error));
    int pages = 0;
    for (const Letter &l : letters)
        pages += l.pages;
    QCOMPARE(check.pageCount(), pages);
    const QSizeF a4 = check.pageSize(0);
    QVERIFY(qAbs(a4.width() - 595.3) < 2 && qAbs(a4.height() - 841.9) < 2);

    // Each letter recorded as printed, each with its audit entry; the register shows it.
    for (const Letter &l : letters)
        QCOMPARE(stateOf(t, l.id), LetterState::Printed);
    QCOMPARE(printAuditEntries(t), auditBefore + letters.size());
    const QString message = child<QLabel>(&page, QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("3 recorded as printed")), qPrintable(message));

    // Nothing left to print: said so, no dialog asked for.
    click(&page, QStringLiteral("printUnprintedButton"));
    QVERIFY(child<QLabel>(&page, QStringLiteral("messageLabel"))
                ->text()
                .contains(QStringLiteral("Every issued")));
    QCOMPARE(printAuditEntries(t), auditBefore + letters.size());
}

void TestDailyUseGui::printSelectedLettersAsOneJob()
{
    TempDatabase t(m_fixture);
    QList<Letter> letters;
    for (int i = 0; i < 3; ++i)
        letters << issued(t, decided(t));
    Session clerk { t.db(), m_clerk };
    LettersPage page(clerk);
    page.show();
    // Two of the three rows selected, as with Ctrl+click.
    QVERIFY(page.selectLetter(letters[0].id));
    const int second = page.model()->rowOfId(letters[2].id);
    page.table()->selectionModel()->select(page.model()->index(second, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page.selectedLetters().size(), 2);
    // One letter's buttons take one letter: with two selected they wait.
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("voidButton"))->isEnabled());

    // The context menu offers printing them together (its entry enabled).
    QTimer::singleShot(0, &page, [&page] {
        auto *menu = page.findChild<QMenu *>(QStringLiteral("lettersContextMenu"));
        QVERIFY(menu);
        auto *print = menu->findChild<QAction *>(QStringLiteral("printSelectedAction"));
        QVERIFY(print && print->isEnabled());
        QVERIFY(print->text().contains(u'2'));
        menu->close();
    });
    const QRect row = page.table()->visualRect(page.model()->index(second, 0));
    Q_EMIT page.table()->customContextMenuRequested(row.center());

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("two.pdf"));
    PrintDialog::setNextOutputFile(file);
    page.printSelectedLetters();
    QFile printed(file);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    PdfRenderer check;
    QString error;
    QVERIFY2(check.load(printed.readAll(), &error), qPrintable(error));
    QCOMPARE(check.pageCount(), letters[0].pages + letters[2].pages);
    QCOMPARE(stateOf(t, letters[0].id), LetterState::Printed);
    QCOMPARE(stateOf(t, letters[1].id), LetterState::Issued);
    QCOMPARE(stateOf(t, letters[2].id), LetterState::Printed);
}

void TestDailyUseGui::memberPickerTellsNamesakesApart()
{
    TempDatabase t(m_fixture);
    MemberService members(t.db());
    const QList<std::tuple<QString, QDate, QString>> namesakes {
        { QStringLiteral("20000001"), QDate(1961, 3, 9),
          QStringLiteral("長崎県長崎市本町1-2-3 本町ハイツ101") },
        { QStringLiteral("20000002"), QDate(1975, 11, 23), QStringLiteral("長崎県佐世保市栄町４－５") },
        { QStringLiteral("20000003"), QDate(1988, 6, 1), QStringLiteral("長崎県諫早市旭町三丁目2番地") },
    };
    for (const auto &[number, birth, address] : namesakes) {
        Member m;
        m.memberNumber = number;
        m.name = QStringLiteral("田中　誠");
        m.kana = QStringLiteral("タナカ　マコト");
        m.birthDate = birth;
        m.postalCode = QStringLiteral("850-0001");
        m.address = address;
        QVERIFY(members.add(m_clerk, m));
    }
    Session clerk { t.db(), m_clerk };
    for (const UiText::DateStyle style : { UiText::DateStyle::Western, UiText::DateStyle::Era }) {
        UiText::setDateStyle(style);
        RequestDialog dialog(clerk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *search = child<QLineEdit>(&dialog, QStringLiteral("memberSearchLineEdit"));
        search->setFocus();
        typeInto(search, QStringLiteral("田中"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *results = child<QTreeWidget>(&dialog, QStringLiteral("memberResultsTreeWidget"));
        QCOMPARE(results->topLevelItemCount(), 3);
        QCOMPARE(results->headerItem()->text(3), QStringLiteral("Date of birth"));
        QCOMPARE(results->headerItem()->text(4), QStringLiteral("Address"));
        const QStringList abridged { QStringLiteral("長崎県長崎市本町"), QStringLiteral("長崎県佐世保市栄町"),
                                     QStringLiteral("長崎県諫早市旭町") };
        for (int i = 0; i < 3; ++i) {
            const QTreeWidgetItem *item = results->topLevelItem(i);
            const int at = int(std::find_if(namesakes.cbegin(), namesakes.cend(),
                                            [&](const auto &n) { return std::get<0>(n) == item->text(0); })
                               - namesakes.cbegin());
            QVERIFY(at < 3);
            const QDate birth = std::get<1>(namesakes[at]);
            // All three were born in 昭和.
            QCOMPARE(item->text(3),
                     style == UiText::DateStyle::Era ? showa(birth)
                                                     : birth.toString(QStringLiteral("yyyy/MM/dd")));
            QCOMPARE(item->text(4), abridged[at]);
        }
    }
}

void TestDailyUseGui::ctrlNOpensTheNewRequestDialogFromARequestWindow()
{
    TempDatabase t(m_fixture);
    const Request r = newRequest(t);
    MainWindow window(t.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *newRequest = child<QAction>(&window, QStringLiteral("newRequestAction"));
    QCOMPARE(newRequest->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(newRequest->isEnabled());
    QVERIFY2(newRequest->toolTip().endsWith(QStringLiteral("(Ctrl+N)")), qPrintable(newRequest->toolTip()));
    // In the File menu, and on the window itself.
    QVERIFY(child<QMenu>(&window, QStringLiteral("fileMenu"))->actions().contains(newRequest));
    QVERIFY(window.actions().contains(newRequest));

    auto *page = qobject_cast<RegisterPage *>(window.page(QStringLiteral("register")));
    QVERIFY(window.showSection(QStringLiteral("members")));
    // A request's own window is the active one, as when the clerk has just read a request.
    RequestView *view = page->openRequest(r.id);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QApplication::setActiveWindow(view);
    QTRY_COMPARE(QApplication::activeWindow(), view);
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), QStringLiteral("register"));
    auto *dialog = page->findChild<RequestDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->reject();
    view->close();
    flush();

    // From the main window too.
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(page->findChild<RequestDialog *>() && page->findChild<RequestDialog *>()->isVisible());
    page->findChild<RequestDialog *>()->reject();
}

void TestDailyUseGui::shortcutsShowInTooltipsAndMenus()
{
    TempDatabase t(m_fixture);
    const Request r = submitted(t);
    newRequest(t);

    // The clerk's register: Ctrl+F to the search box, Ctrl+O and Enter open.
    {
        Session clerk { t.db(), m_clerk };
        RegisterPage page(clerk);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        QVERIFY(child<QLineEdit>(&page, QStringLiteral("searchLineEdit"))->toolTip().contains(u"(Ctrl+F)"));
        auto *open = child<QPushButton>(&page, QStringLiteral("openButton"));
        QVERIFY2(open->toolTip().endsWith(QStringLiteral("(Ctrl+O)")), qPrintable(open->toolTip()));
        QCOMPARE(child<QShortcut>(open, QStringLiteral("openButtonShortcut"))->key(),
                 QKeySequence(QKeySequence::Open));
        // The button keeps its mnemonic (Alt+O) beside the key.
        QCOMPARE(open->shortcut(), QKeySequence::mnemonic(open->text()));
        QVERIFY(!open->shortcut().isEmpty());
        auto *table = child<QTableView>(&page, QStringLiteral("registerTableView"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&page, QStringLiteral("searchLineEdit")));
        table->selectRow(0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(page.findChild<RequestView *>() && page.findChild<RequestView *>()->isVisible());
        page.findChild<RequestView *>()->close();
        flush();
    }

    // The chief's approvals: Approve and Return with their keys, in tooltips and the context menu.
    Session chief { t.db(), m_chief };
    ApprovalsPage approvals(chief);
    approvals.show();
    QVERIFY(QTest::qWaitForWindowExposed(&approvals));
    QApplication::setActiveWindow(&approvals);
    auto *approve = child<QPushButton>(&approvals, QStringLiteral("approveButton"));
    auto *sendBack = child<QPushButton>(&approvals, QStringLiteral("returnButton"));
    auto *open = child<QPushButton>(&approvals, QStringLiteral("openButton"));
    QVERIFY2(approve->toolTip().endsWith(QStringLiteral("(Ctrl+Shift+A)")), qPrintable(approve->toolTip()));
    QVERIFY2(sendBack->toolTip().endsWith(QStringLiteral("(Ctrl+Shift+R)")), qPrintable(sendBack->toolTip()));
    QVERIFY2(open->toolTip().endsWith(QStringLiteral("(Ctrl+O)")), qPrintable(open->toolTip()));
    QCOMPARE(approve->shortcut(), QKeySequence(Qt::ALT | Qt::Key_A));
    auto *table = child<QTableWidget>(&approvals, QStringLiteral("inboxTableWidget"));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(approvals.selectRequest(r.id));
    QVERIFY(approve->isEnabled());
    QTimer::singleShot(0, &approvals, [&approvals] {
        QMenu *menu = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *m = qobject_cast<QMenu *>(w); m && m->isVisible())
                menu = m;
        QVERIFY(menu);
        QStringList keys;
        for (QAction *a : menu->actions())
            keys << a->shortcut().toString(QKeySequence::NativeText);
        QCOMPARE(keys,
                 (QStringList { QStringLiteral("Ctrl+O"), QStringLiteral("Ctrl+Shift+A"),
                                QStringLiteral("Ctrl+Shift+R") }));
        menu->close();
    });
    Q_EMIT table->customContextMenuRequested(table->visualItemRect(table->item(0, 0)).center());
    // The keys themselves open the approval's and the return's dialog for the request.
    for (const auto &[key, action] : { std::pair { Qt::Key_A, WorkflowAction::Approve },
                                       std::pair { Qt::Key_R, WorkflowAction::Return } }) {
        QApplication::setActiveWindow(&approvals);
        QTRY_COMPARE(QApplication::activeWindow(), &approvals);
        table->setFocus();
        // A button's key clicks it the way a mouse would, a moment later (animateClick).
        QTest::keyClick(table, key, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(approvals.findChild<WorkflowActionDialog *>());
        auto *dialog = approvals.findChild<WorkflowActionDialog *>();
        QVERIFY2(dialog && dialog->isVisible(), qPrintable(RequestWorkflow::id(action)));
        QCOMPARE(dialog->action(), action);
        dialog->reject();
        flush();
    }

    // The letter register's keys.
    Session clerk { t.db(), m_clerk };
    LettersPage letters(clerk);
    QVERIFY(
        child<QPushButton>(&letters, QStringLiteral("issueButton"))->toolTip().endsWith(u"(Ctrl+Shift+I)"));
    QVERIFY(
        child<QPushButton>(&letters, QStringLiteral("approveButton"))->toolTip().endsWith(u"(Ctrl+Shift+A)"));
    QVERIFY(child<QLineEdit>(&letters, QStringLiteral("searchLineEdit"))->toolTip().endsWith(u"(Ctrl+F)"));
}

void TestDailyUseGui::tabOrderFollowsTheForms()
{
    TempDatabase t(m_fixture);
    Session clerk { t.db(), m_clerk };
    {
        RequestDialog dialog(clerk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        // Down the left column, then the right, then the buttons left to right.
        const QStringList form { QStringLiteral("memberSearchLineEdit"),
                                 QStringLiteral("memberResultsTreeWidget"),
                                 QStringLiteral("typeComboBox"),
                                 QStringLiteral("receivedDateEdit"),
                                 QStringLiteral("channelComboBox"),
                                 QStringLiteral("summaryLineEdit"),
                                 QStringLiteral("assignedComboBox"),
                                 QStringLiteral("requesterKindComboBox"),
                                 QStringLiteral("agentNameLineEdit"),
                                 QStringLiteral("agentAddressLineEdit"),
                                 QStringLiteral("agentRelationshipLineEdit"),
                                 QStringLiteral("agentEvidenceComboBox"),
                                 QStringLiteral("idDocumentComboBox"),
                                 QStringLiteral("residenceCertificateLineEdit"),
                                 QStringLiteral("categoriesListWidget"),
                                 QStringLiteral("requestedDetailPlainTextEdit"),
                                 QStringLiteral("methodComboBox"),
                                 QStringLiteral("feeLineEdit"),
                                 QStringLiteral("feePaidLineEdit"),
                                 QStringLiteral("notesPlainTextEdit"),
                                 QStringLiteral("cancelButton"),
                                 QStringLiteral("saveButton") };
        const QStringList expected = focusable(&dialog, form);
        QVERIFY(expected.size() >= 12);
        const QStringList chain
            = tabChain(&dialog, child<QWidget>(&dialog, QStringLiteral("memberSearchLineEdit")));
        QVERIFY2(chain == expected,
                 qPrintable(chain.join(u' ') + QStringLiteral("\n  expected ") + expected.join(u' ')));
    }
    {
        MemberDialog dialog(clerk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        const QStringList form {
            QStringLiteral("memberNumberLineEdit"), QStringLiteral("nameLineEdit"),
            QStringLiteral("kanaLineEdit"),         QStringLiteral("birthDateLineEdit"),
            QStringLiteral("postalCodeLineEdit"),   QStringLiteral("addressLineEdit"),
            QStringLiteral("phoneLineEdit"),        QStringLiteral("affiliationLineEdit"),
            QStringLiteral("cancelButton"),         QStringLiteral("saveButton")
        };
        QCOMPARE(tabChain(&dialog, child<QWidget>(&dialog, QStringLiteral("memberNumberLineEdit"))),
                 focusable(&dialog, form));
    }
    {
        LoginDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QCOMPARE(tabChain(&dialog, child<QWidget>(&dialog, QStringLiteral("loginLineEdit"))),
                 (QStringList { QStringLiteral("loginLineEdit"), QStringLiteral("passwordLineEdit"),
                                QStringLiteral("cancelButton"), QStringLiteral("loginButton") }));
    }
    {
        const Request r = newRequest(t);
        DecisionDialog dialog(clerk, r, std::nullopt, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        const QStringList chain = tabChain(&dialog, child<QWidget>(&dialog, QStringLiteral("kindComboBox")));
        // No stop on the scroll area (a step that shows nothing); the buttons come last.
        QVERIFY2(!chain.contains(QStringLiteral("QScrollArea")), qPrintable(chain.join(u' ')));
        QCOMPARE(chain.last(), QStringLiteral("QPushButton"));
        // The fields in the order the form shows them, whatever the kind's sections add between.
        const QStringList fields { QStringLiteral("kindComboBox"), QStringLiteral("dataPlainTextEdit"),
                                   QStringLiteral("methodComboBox"), QStringLiteral("reasonsPlainTextEdit") };
        qsizetype last = -1;
        for (const QString &f : focusable(&dialog, fields)) {
            const qsizetype at = chain.indexOf(f);
            QVERIFY2(at > last, qPrintable(chain.join(u' ')));
            last = at;
        }
    }
}

QTEST_MAIN(TestDailyUseGui)
#include "TestDailyUseGui.moc"
