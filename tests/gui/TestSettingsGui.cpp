// The calendar and approval-route tabs of 設定 as an administrator uses them, on the offscreen
// platform: importing the Cabinet Office list (a bad file names every bad line and imports
// nothing), adding and removing the organisation's closed days with the deadlines they move,
// editing a route's steps and setting up a new route; others see the same data without the
// editing controls, and the service still refuses whoever lost the role meanwhile. Real widgets
// over real temporary SQLite files; modals answered through the seams.

#include "ApprovalRouteDialog.h"
#include "ApprovalRoutesTab.h"
#include "BackupTab.h"
#include "BusinessCalendarTab.h"
#include "FileDialog.h"
#include "ImportProblemsDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"
#include "SettingsPage.h"
#include "TestSupport.h"
#include "UiText.h"
#include "services/AccountService.h"
#include "services/BackupService.h"
#include "services/CalendarService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/CalendarRepository.h"
#include "workflow/ApprovalPolicy.h"
#include "workflow/HolidayRules.h"

#include "GuiTestSupport.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::TempDatabase;
using dsr::test::type;
using dsr::test::typeInto;
using dsr::test::waitForBackgroundTasks;

namespace {

const QByteArray kListHeader = QStringLiteral("国民の祝日・休日月日,国民の祝日・休日名称\r\n").toUtf8();

void click(QWidget *parent, const QString &buttonName)
{
    auto *button = child<QAbstractButton>(parent, buttonName);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
    // What the click started on a worker (login, batch, export) is over before the test looks.
    QVERIFY(waitForBackgroundTasks());
}

void clickSave(QDialog *dialog)
{
    QPushButton *save
        = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    QVERIFY(save && save->isVisible() && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

QString errorText(QWidget *parent, const QString &labelName)
{
    auto *label = child<QLabel>(parent, labelName);
    return label->isVisible() ? label->text() : QString();
}

QString labelText(QWidget *parent, const QString &labelName)
{
    return child<QLabel>(parent, labelName)->text();
}

void flush()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(content) == content.size();
}

// Opens 設定 in the window on the tab `tabOf` picks.
template<typename Tab> Tab *showTab(MainWindow &window, Tab *(SettingsPage::*tabOf)() const)
{
    auto *page = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    if (!page || !window.showSection(QStringLiteral("settings")))
        qFatal("no settings page");
    Tab *tab = (page->*tabOf)();
    child<QTabWidget>(page, QStringLiteral("settingsTabWidget"))->setCurrentWidget(tab);
    return tab;
}

QList<Role> storedRoute(Database &db, const Actor &actor, const QString &type, const QString &kind)
{
    auto routes = WorkflowService(db).routes(actor);
    if (routes)
        for (const RouteRow &r : routes.value())
            if (r.requestType == type && r.decisionKind == kind)
                return r.steps;
    return {};
}

} // namespace

class TestSettingsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { flush(); }

    void holidayListImportNamesBadLinesOrSaysWhatWasImported();
    void closedDaysAreAddedAndRemovedAndMoveDeadlines();
    void routeStepsAreEditedAndNewRouteIsSetUp();
    void othersSeeCalendarAndRoutesWithoutEditing();
    void administratorWhoLostTheRoleMeanwhileIsRefused();
    void backupTabBacksUpIntoTheFolder();
    void firstLoginOfTheDayBacksUpByItself();
};

void TestSettingsGui::holidayListImportNamesBadLinesOrSaysWhatWasImported()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tab = showTab(window, &SettingsPage::calendarTab);
    QVERIFY(tab->isVisible());
    QVERIFY(tab->canEdit());

    // The year's holidays by rule, with their weekday.
    tab->setYear(2025);
    auto *holidays = child<QTableWidget>(tab, QStringLiteral("holidaysTableWidget"));
    QCOMPARE(holidays->rowCount(), int(HolidayRules::holidays(2025).size()));
    QCOMPARE(holidays->item(0, 0)->text(), QStringLiteral("2025/01/01"));
    QCOMPARE(holidays->item(0, 1)->text(), QLocale().dayName(Qt::Wednesday, QLocale::ShortFormat));
    QCOMPARE(holidays->item(0, 2)->text(), QStringLiteral("元日"));

    // A list with bad lines: every one is named with its line number, and nothing is imported.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("syukujitsu-bad.csv"));
    QVERIFY(writeFile(
        bad,
        kListHeader + QStringLiteral("2030/1/1,元日\r\n2030/13/1,ありえない日\r\n2030/2/11,\r\n").toUtf8()));
    FileDialog::setNextFileName(bad);
    click(tab, QStringLiteral("importHolidaysButton"));
    QPointer<ImportProblemsDialog> problems = tab->findChild<ImportProblemsDialog *>();
    QVERIFY(problems && problems->isVisible());
    const QString text = problems->problemsText();
    QVERIFY2(text.contains(QStringLiteral("line 3:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 4:")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("line 2:")));
    QVERIFY(labelText(problems, QStringLiteral("explanationLabel"))
                .contains(QStringLiteral("Nothing was imported")));
    QVERIFY(
        errorText(tab, QStringLiteral("calendarErrorLabel")).contains(QStringLiteral("syukujitsu-bad.csv")));
    QVERIFY(CalendarRepository(db.db()).importedHolidays()->isEmpty());
    click(problems, QStringLiteral("closeButton"));
    QTRY_VERIFY(!problems);

    // A file that is not the list at all: one message, nothing imported.
    const QString other = dir.filePath(QStringLiteral("members.csv"));
    QVERIFY(writeFile(other, "member_no,name\r\n1,a\r\n"));
    FileDialog::setNextFileName(other);
    click(tab, QStringLiteral("importHolidaysButton"));
    QVERIFY(!tab->findChild<ImportProblemsDialog *>());
    QVERIFY2(errorText(tab, QStringLiteral("calendarErrorLabel"))
                 .contains(QStringLiteral("not the Cabinet Office")),
             qPrintable(errorText(tab, QStringLiteral("calendarErrorLabel"))));
    QVERIFY(CalendarRepository(db.db()).importedHolidays()->isEmpty());

    // Cancelling the file dialog does nothing.
    FileDialog::setNextFileName(QString());
    click(tab, QStringLiteral("importHolidaysButton"));
    QVERIFY(errorText(tab, QStringLiteral("calendarErrorLabel")).isEmpty());

    // The list as published: how many days, which years, and how many deadlines moved (the list
    // agrees with the rules, so none).
    FileDialog::setNextFileName(QStringLiteral(DSR_TEST_DATA_DIR "/syukujitsu.csv"));
    click(tab, QStringLiteral("importHolidaysButton"));
    QVERIFY(!tab->findChild<ImportProblemsDialog *>());
    QVERIFY(errorText(tab, QStringLiteral("calendarErrorLabel")).isEmpty());
    const QString message = labelText(tab, QStringLiteral("calendarMessageLabel"));
    QVERIFY2(message.contains(QStringLiteral("1067")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1955 to 2027")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("No open request's deadline changed")), qPrintable(message));
    auto imported = CalendarRepository(db.db()).importedHolidays();
    QVERIFY(imported);
    QCOMPARE(imported->firstKey(), 1955);
    QCOMPARE(imported->lastKey(), 2027);
    QCOMPARE(holidays->rowCount(), int(imported->value(2025).size()));

    // A year the imported list covers is shown from the list, not from the rules.
    const QString own = dir.filePath(QStringLiteral("syukujitsu-2030.csv"));
    QVERIFY(writeFile(own, kListHeader + QStringLiteral("2030/1/1,元日\r\n2030/7/16,試験の日\r\n").toUtf8()));
    FileDialog::setNextFileName(own);
    click(tab, QStringLiteral("importHolidaysButton"));
    QVERIFY(errorText(tab, QStringLiteral("calendarErrorLabel")).isEmpty());
    tab->setYear(2030);
    QCOMPARE(holidays->rowCount(), 2);
    QCOMPARE(holidays->item(1, 0)->text(), QStringLiteral("2030/07/16"));
    QCOMPARE(holidays->item(1, 2)->text(), QStringLiteral("試験の日"));
}

void TestSettingsGui::closedDaysAreAddedAndRemovedAndMoveDeadlines()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor clerk = db.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
    Request r;
    r.memberId = db.addMember(clerk, QStringLiteral("10000001"), QStringLiteral("田中 太郎"),
                              QStringLiteral("タナカ タロウ"));
    r.type = RequestType::Disclosure;
    r.received = QDate::currentDate();
    r.channel = Channel::Counter;
    r.summary = QStringLiteral("保有個人データの開示");
    auto request = RequestService(db.db()).registerRequest(clerk, r);
    QVERIFY2(request, request ? "" : qPrintable(request.error().message));
    const QDate actBy = request->actBy;
    QVERIFY(actBy.isValid());
    const auto currentActBy = [&] { return RequestService(db.db()).openById(clerk, request->id)->actBy; };

    MainWindow window(db.db(), admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tab = showTab(window, &SettingsPage::calendarTab);
    auto *closed = child<QTableWidget>(tab, QStringLiteral("closedDaysTableWidget"));
    QCOMPARE(closed->rowCount(), 0);
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("removeClosedDayButton"))->isEnabled());

    // No date: refused in the service's words.
    type(tab, QStringLiteral("closedDayDateLineEdit"), QString());
    click(tab, QStringLiteral("addClosedDayButton"));
    QCOMPARE(errorText(tab, QStringLiteral("calendarErrorLabel")),
             QStringLiteral("Give the closed day as YYYY-MM-DD."));
    QCOMPARE(closed->rowCount(), 0);

    // The request's act-by day becomes a closed day, typed as a clerk copies it: the deadline moves.
    type(tab, QStringLiteral("closedDayDateLineEdit"), actBy.toString(QStringLiteral("yyyy/M/d")));
    auto *reason = child<QLineEdit>(tab, QStringLiteral("closedDayReasonLineEdit"));
    reason->clear();
    typeInto(reason, QStringLiteral("創立記念日"));
    click(tab, QStringLiteral("addClosedDayButton"));
    QVERIFY2(errorText(tab, QStringLiteral("calendarErrorLabel")).isEmpty(),
             qPrintable(errorText(tab, QStringLiteral("calendarErrorLabel"))));
    QCOMPARE(closed->rowCount(), 1);
    QCOMPARE(closed->item(0, 0)->text(), UiText::date(actBy));
    QCOMPARE(closed->item(0, 2)->text(), QStringLiteral("創立記念日"));
    QString message = labelText(tab, QStringLiteral("calendarMessageLabel"));
    QVERIFY2(message.contains(UiText::date(actBy) + QStringLiteral(" is now a closed day")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1 open request")), qPrintable(message));
    QCOMPARE(CalendarService(db.db()).closedDays()->value(actBy), QStringLiteral("創立記念日"));
    QVERIFY(currentActBy() < actBy);
    QVERIFY(child<QLineEdit>(tab, QStringLiteral("closedDayDateLineEdit"))->text().isEmpty());
    QVERIFY(reason->text().isEmpty());

    // The same day again: refused as worded; nothing changes.
    type(tab, QStringLiteral("closedDayDateLineEdit"), UiText::date(actBy));
    click(tab, QStringLiteral("addClosedDayButton"));
    QVERIFY2(
        errorText(tab, QStringLiteral("calendarErrorLabel")).contains(QStringLiteral("already a closed day")),
        qPrintable(errorText(tab, QStringLiteral("calendarErrorLabel"))));
    QCOMPARE(closed->rowCount(), 1);

    // Removing asks first; declined, the day stays.
    QVERIFY(tab->selectClosedDay(actBy));
    MessageBox::setNextAnswer(QMessageBox::No);
    click(tab, QStringLiteral("removeClosedDayButton"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("創立記念日")));
    QCOMPARE(closed->rowCount(), 1);
    QVERIFY(CalendarService(db.db()).closedDays()->contains(actBy));

    // Confirmed: gone, and the deadline is back where it was.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(tab, QStringLiteral("removeClosedDayButton"));
    QCOMPARE(closed->rowCount(), 0);
    message = labelText(tab, QStringLiteral("calendarMessageLabel"));
    QVERIFY2(message.contains(QStringLiteral("no longer a closed day")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1 open request")), qPrintable(message));
    QVERIFY(CalendarService(db.db()).closedDays()->isEmpty());
    QCOMPARE(currentActBy(), actBy);
}

void TestSettingsGui::routeStepsAreEditedAndNewRouteIsSetUp()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tab = showTab(window, &SettingsPage::routesTab);
    QVERIFY(tab->isVisible());
    QVERIFY(tab->canEdit());
    auto *table = child<QTableWidget>(tab, QStringLiteral("routesTableWidget"));
    QVERIFY(table->rowCount() > 0);
    QCOMPARE(table->rowCount(), int(tab->routes().size()));

    // Partial disclosures: chief → manager → privacy officer, as the migration set it up.
    QVERIFY(tab->selectRoute(QStringLiteral("*"), QStringLiteral("partial")));
    int row = table->currentRow();
    QCOMPARE(table->item(row, 0)->text(), ApprovalRouteDialog::requestTypeName(QStringLiteral("*")));
    QCOMPARE(table->item(row, 1)->text(), DecisionVocabulary::displayName(DecisionKind::Partial));
    QCOMPARE(table->item(row, 2)->text(),
             ApprovalRouteDialog::stepsText({ Role::Chief, Role::Manager, Role::PrivacyOfficer }));

    click(tab, QStringLiteral("editRouteButton"));
    QPointer<ApprovalRouteDialog> dialog = tab->findChild<ApprovalRouteDialog *>();
    QVERIFY(dialog && dialog->isVisible() && dialog->isEditing());
    QVERIFY(!child<QComboBox>(dialog, QStringLiteral("requestTypeComboBox"))->isEnabled());
    QVERIFY(!child<QComboBox>(dialog, QStringLiteral("decisionKindComboBox"))->isEnabled());
    auto *steps = child<QListWidget>(dialog, QStringLiteral("stepsListWidget"));
    QCOMPARE(steps->count(), 3);
    QVERIFY(steps->item(2)->text().contains(Roles::displayName(Role::PrivacyOfficer)));

    // The privacy officer moves before the manager.
    steps->setCurrentRow(2);
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("moveStepDownButton"))->isEnabled());
    click(dialog, QStringLiteral("moveStepUpButton"));
    QCOMPARE(dialog->steps(), (QList<Role> { Role::Chief, Role::PrivacyOfficer, Role::Manager }));
    QCOMPARE(steps->currentRow(), 1);
    QVERIFY(steps->item(1)->text().startsWith(QStringLiteral("2.")));

    // Only the roles that may be route steps are offered (ApprovalPolicy): no administrator, no
    // auditor (the dialog used to offer every role and leave the refusal to the service).
    auto *role = child<QComboBox>(dialog, QStringLiteral("roleComboBox"));
    QList<Role> offered;
    for (int i = 0; i < role->count(); ++i)
        offered << Roles::fromId(role->itemData(i).toString()).value_or(Role::Administrator);
    QCOMPARE(offered, ApprovalPolicy::routeStepRoles());
    QCOMPARE(role->findData(QStringLiteral("administrator")), -1);
    QCOMPARE(role->findData(QStringLiteral("auditor")), -1);

    // The route is saved and the table shows it.
    QCOMPARE(steps->count(), 3);
    clickSave(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(storedRoute(db.db(), admin, QStringLiteral("*"), QStringLiteral("partial")),
             (QList<Role> { Role::Chief, Role::PrivacyOfficer, Role::Manager }));
    row = table->currentRow();
    QCOMPARE(table->item(row, 1)->text(), DecisionVocabulary::displayName(DecisionKind::Partial));
    QCOMPARE(table->item(row, 2)->text(),
             ApprovalRouteDialog::stepsText({ Role::Chief, Role::PrivacyOfficer, Role::Manager }));
    QVERIFY(labelText(tab, QStringLiteral("routesMessageLabel")).contains(QStringLiteral("is saved")));

    // A route of its own for refusals of disclosure requests.
    const int before = table->rowCount();
    click(tab, QStringLiteral("newRouteButton"));
    dialog = tab->findChild<ApprovalRouteDialog *>();
    QVERIFY(dialog && dialog->isVisible() && !dialog->isEditing());
    auto *types = child<QComboBox>(dialog, QStringLiteral("requestTypeComboBox"));
    auto *kinds = child<QComboBox>(dialog, QStringLiteral("decisionKindComboBox"));
    types->setCurrentIndex(types->findData(QStringLiteral("disclosure")));
    // A disclosure request is not answered by a correction.
    QCOMPARE(kinds->findData(QStringLiteral("correct")), -1);
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("refusal")));
    QVERIFY(
        labelText(dialog, QStringLiteral("existingLabel")).contains(QStringLiteral("no route of its own")));
    steps = child<QListWidget>(dialog, QStringLiteral("stepsListWidget"));
    QCOMPARE(steps->count(), 0);
    clickSave(dialog);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(errorText(dialog, QStringLiteral("errorLabel")),
             QStringLiteral("A route has one to six steps."));
    role = child<QComboBox>(dialog, QStringLiteral("roleComboBox"));
    for (const QString &id :
         { QStringLiteral("chief"), QStringLiteral("manager"), QStringLiteral("privacy_officer") }) {
        role->setCurrentIndex(role->findData(id));
        click(dialog, QStringLiteral("addStepButton"));
    }
    clickSave(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(storedRoute(db.db(), admin, QStringLiteral("disclosure"), QStringLiteral("refusal")),
             (QList<Role> { Role::Chief, Role::Manager, Role::PrivacyOfficer }));
    QCOMPARE(table->rowCount(), before + 1);
    row = table->currentRow();
    QCOMPARE(table->item(row, 0)->text(), RequestVocabulary::displayName(RequestType::Disclosure));
    QCOMPARE(table->item(row, 1)->text(), DecisionVocabulary::displayName(DecisionKind::Refusal));

    // Choosing a combination that has a route already starts from its steps and says so.
    click(tab, QStringLiteral("newRouteButton"));
    dialog = tab->findChild<ApprovalRouteDialog *>();
    QVERIFY(dialog);
    types = child<QComboBox>(dialog, QStringLiteral("requestTypeComboBox"));
    kinds = child<QComboBox>(dialog, QStringLiteral("decisionKindComboBox"));
    types->setCurrentIndex(types->findData(QStringLiteral("*")));
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("*")));
    QVERIFY(
        labelText(dialog, QStringLiteral("existingLabel")).contains(QStringLiteral("has a route already")));
    QCOMPARE(dialog->steps(), (QList<Role> { Role::Chief, Role::Manager }));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestSettingsGui::othersSeeCalendarAndRoutesWithoutEditing()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor clerk = db.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
    QVERIFY(CalendarService(db.db()).addClosedDay(admin, QDate(2030, 5, 7), QStringLiteral("創立記念日")));

    // The window opens 設定 to administrators only; the page itself still holds for anyone else.
    Session session { db.db(), clerk };
    SettingsPage page(session);
    page.show();
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabWidget"));
    // users, organisation, calendar, routes, health check, backup, display (this desk's own)
    QCOMPARE(tabs->count(), 7);
    // The backup tab shows, but its controls are the administrator's.
    QVERIFY(!child<QPushButton>(page.backupTab(), QStringLiteral("backUpNowButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(page.backupTab(), QStringLiteral("saveBackupSettingsButton"))->isEnabled());

    tabs->setCurrentWidget(page.calendarTab());
    BusinessCalendarTab *calendar = page.calendarTab();
    QVERIFY(!calendar->canEdit());
    QVERIFY(child<QTableWidget>(calendar, QStringLiteral("holidaysTableWidget"))->rowCount() > 0);
    auto *closed = child<QTableWidget>(calendar, QStringLiteral("closedDaysTableWidget"));
    QCOMPARE(closed->rowCount(), 1);
    QCOMPARE(closed->item(0, 2)->text(), QStringLiteral("創立記念日"));
    for (const QString &name :
         { QStringLiteral("importHolidaysButton"), QStringLiteral("addClosedDayButton"),
           QStringLiteral("removeClosedDayButton"), QStringLiteral("closedDayDateLineEdit") })
        QVERIFY2(!child<QWidget>(calendar, name)->isVisible(), qPrintable(name));

    tabs->setCurrentWidget(page.routesTab());
    ApprovalRoutesTab *routes = page.routesTab();
    QVERIFY(!routes->canEdit());
    auto *table = child<QTableWidget>(routes, QStringLiteral("routesTableWidget"));
    QVERIFY(table->rowCount() > 0);
    QVERIFY(errorText(routes, QStringLiteral("routesErrorLabel")).isEmpty());
    QVERIFY(!child<QWidget>(routes, QStringLiteral("editRouteButton"))->isVisible());
    QVERIFY(!child<QWidget>(routes, QStringLiteral("newRouteButton"))->isVisible());
    const QRect cell = table->visualItemRect(table->item(0, 2));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    flush();
    QVERIFY(!routes->findChild<ApprovalRouteDialog *>());
}

void TestSettingsGui::administratorWhoLostTheRoleMeanwhileIsRefused()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor second = db.addUser(admin, QStringLiteral("kanri2"), { Role::Administrator });
    MainWindow window(db.db(), second);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    BusinessCalendarTab *calendar = showTab(window, &SettingsPage::calendarTab);
    auto *page = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    QVERIFY(calendar->canEdit());

    // Meanwhile the first administrator makes the second one an auditor.
    AccountService accounts(db.db());
    auto user = accounts.findUser(admin, second.login);
    QVERIFY(user);
    User changed = user.value();
    changed.roles = { Role::Auditor };
    QVERIFY(accounts.updateUser(admin, changed));

    // The controls are still there; the service decides, and its refusal is shown as worded.
    type(calendar, QStringLiteral("closedDayDateLineEdit"), QStringLiteral("2030-05-07"));
    click(calendar, QStringLiteral("addClosedDayButton"));
    QVERIFY2(
        errorText(calendar, QStringLiteral("calendarErrorLabel")).contains(QStringLiteral("not allowed")),
        qPrintable(errorText(calendar, QStringLiteral("calendarErrorLabel"))));
    QVERIFY(CalendarService(db.db()).closedDays()->isEmpty());

    child<QTabWidget>(page, QStringLiteral("settingsTabWidget"))->setCurrentWidget(page->routesTab());
    ApprovalRoutesTab *routes = page->routesTab();
    QVERIFY(routes->selectRoute(QStringLiteral("*"), QStringLiteral("*")));
    click(routes, QStringLiteral("editRouteButton"));
    QPointer<ApprovalRouteDialog> dialog = routes->findChild<ApprovalRouteDialog *>();
    QVERIFY(dialog);
    child<QListWidget>(dialog, QStringLiteral("stepsListWidget"))->setCurrentRow(1);
    click(dialog, QStringLiteral("moveStepUpButton"));
    clickSave(dialog);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(errorText(dialog, QStringLiteral("errorLabel")).contains(QStringLiteral("not allowed")),
             qPrintable(errorText(dialog, QStringLiteral("errorLabel"))));
    QCOMPARE(storedRoute(db.db(), admin, QStringLiteral("*"), QStringLiteral("*")),
             (QList<Role> { Role::Chief, Role::Manager }));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

// 設定 ▸ バックアップ: the folder and generations saved, "Back up now" with the passphrase dialog in
// the background, the last backup shown; the administrator's status bar says when there is none.
void TestSettingsGui::backupTabBacksUpIntoTheFolder()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor clerk = db.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
    QTemporaryDir folder;
    MainWindow window(db.db(), admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *warning = child<QLabel>(&window, QStringLiteral("backupStatusLabel"));
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("No backup yet"));

    auto *tab = showTab(window, &SettingsPage::backupTab);
    QVERIFY(tab->isVisible());
    QCOMPARE(labelText(tab, QStringLiteral("lastBackupLabel")).startsWith(QStringLiteral("none yet")), true);
    child<QLineEdit>(tab, QStringLiteral("folderLineEdit"))->setText(QStringLiteral("relative"));
    click(tab, QStringLiteral("saveBackupSettingsButton"));
    QVERIFY(errorText(tab, QStringLiteral("backupErrorLabel")).contains(QStringLiteral("full path")));
    child<QLineEdit>(tab, QStringLiteral("folderLineEdit"))->setText(folder.path());
    child<QSpinBox>(tab, QStringLiteral("generationsSpinBox"))->setValue(3);
    click(tab, QStringLiteral("saveBackupSettingsButton"));
    QVERIFY(errorText(tab, QStringLiteral("backupErrorLabel")).isEmpty());
    auto status = BackupService(db.db()).status(admin);
    QCOMPARE(status->folder, folder.path());
    QCOMPARE(status->generations, 3);

    // Cancelled: nothing written.
    PassphraseDialog::setNextPassphrase(QString());
    click(tab, QStringLiteral("backUpNowButton"));
    QVERIFY(QDir(folder.path()).isEmpty());
    PassphraseDialog::setNextPassphrase(QStringLiteral("hydrangea-kite-3310"));
    click(tab, QStringLiteral("backUpNowButton"));
    QVERIFY2(labelText(tab, QStringLiteral("backupMessageLabel")).startsWith(QStringLiteral("Backed up")),
             qPrintable(errorText(tab, QStringLiteral("backupErrorLabel"))));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
    QVERIFY(!labelText(tab, QStringLiteral("lastBackupLabel")).startsWith(QStringLiteral("none yet")));

    // A clerk's window warns of nothing (the administrator's job) and the tab is not theirs.
    MainWindow clerkWindow(db.db(), clerk);
    QVERIFY(!child<QLabel>(&clerkWindow, QStringLiteral("backupStatusLabel"))->isVisibleTo(&clerkWindow));
}

// The first login of the day backs up by itself, whoever logs in, when an administrator chose a
// folder and kept the automatic passphrase; the second login that day does not.
void TestSettingsGui::firstLoginOfTheDayBacksUpByItself()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor clerk = db.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
    QTemporaryDir folder;
    SettingsService settings(db.db());
    QVERIFY(settings.save(admin, settings.load(admin).value(), { { Setting::BackupFolder, folder.path() } })
                .ok());
    {
        MainWindow window(db.db(), clerk);
        QVERIFY(waitForBackgroundTasks());
        QVERIFY(QDir(folder.path()).isEmpty()); // no passphrase kept: nothing automatic
    }
    QVERIFY(BackupService(db.db()).setAutomaticPassphrase(admin, QStringLiteral("hydrangea-kite-3310")).ok());
    {
        MainWindow window(db.db(), clerk);
        window.show();
        QVERIFY(waitForBackgroundTasks());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
    }
    {
        MainWindow window(db.db(), admin);
        window.show();
        QVERIFY(waitForBackgroundTasks());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
        QVERIFY(!child<QLabel>(&window, QStringLiteral("backupStatusLabel"))->isVisible());
    }
    QVERIFY(QFile::remove(BackupService::automaticPassphrasePath()));
}

QTEST_MAIN(TestSettingsGui)
#include "TestSettingsGui.moc"
