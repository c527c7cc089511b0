// The window as a person uses it, on the offscreen platform: first-run set-up, login, the
// compulsory password change, what each role sees, the idle lock, the audit viewer and user
// administration. Real widgets, real temporary SQLite files; modals are answered through the
// MessageBox and FileDialog seams.

#include "AuditLogModel.h"
#include "AuditLogPage.h"
#include "ChangePasswordDialog.h"
#include "DeadlinesPage.h"
#include "FileDialog.h"
#include "FirstRunDialog.h"
#include "LettersPage.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "MessageBox.h"
#include "PlaceholderPage.h"
#include "RegisterPage.h"
#include "SessionController.h"
#include "SettingsPage.h"
#include "TestSupport.h"
#include "UserDialog.h"
#include "UserTableModel.h"
#include "services/AccountService.h"
#include "services/DatabaseAccess.h"
#include "services/DemoData.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/AuditRepository.h"

#include "Settings.h"
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include "GuiTestSupport.h"

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::kPassword;
using dsr::test::TempDatabase;
using dsr::test::type;
using dsr::test::typeInto;
using dsr::test::waitForBackgroundTasks;

namespace {

void click(QWidget *parent, const QString &buttonName)
{
    auto *button = child<QAbstractButton>(parent, buttonName);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
    // What the click started on a worker (login, batch, export) is over before the test looks.
    QVERIFY(waitForBackgroundTasks());
}

QString errorText(QWidget *parent, const QString &labelName)
{
    auto *label = child<QLabel>(parent, labelName);
    return label->isVisible() ? label->text() : QString();
}

QStringList visibleNavigationTexts(MainWindow &window)
{
    auto *nav = child<QListWidget>(&window, QStringLiteral("navigationListWidget"));
    QStringList texts;
    for (int row = 0; row < nav->count(); ++row)
        if (!nav->item(row)->isHidden())
            texts << nav->item(row)->text();
    return texts;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void firstRunCreatesAdministratorAndSettings();
    void firstRunRefusesMismatchedConfirmation();
    void firstRunAsksForWhatLettersPrint();
    void firstRunTriesTheDemoData();
    void loginOpensMainWindowWithUserInStatusBar();
    void wrongPasswordShowsErrorAndStaysOnLogin();
    void loginChecksThePasswordOffTheGuiThread();
    void temporaryPasswordMustBeChangedFirst();
    void administratorSeesSettingsButNoRequestsOrAudit();
    void languageChoiceIsKeptForTheNextStart();
    void windowGeometryIsKeptForTheNextStart();
    void auditorSeesAuditLogButNotSettings();
    void clerkSeesHonestEmptyPages();
    void lockAndUnlockKeepWhatWasTyped();
    void lockHidesOpenDialogsAndBringsThemBack();
    void idleLockFiresAfterIntervalButNotWhileTyping();
    void auditPageFiltersVerifiesAndExportsCsv();
    void auditPagePrintsCheckpointSheet();
    void addUserThroughSettingsDialog();
    void editUserLosingRaceShowsMessageAndReloads();
    void organisationSettingsSaveAndConflict();
};

void TestGui::cleanup()
{
    // Windows the session let go of are deleted later; let that happen between tests.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void TestGui::firstRunCreatesAdministratorAndSettings()
{
    TempDatabase db;
    SessionController session(db.db());
    session.start();
    FirstRunDialog *dialog = session.firstRunDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!session.loginDialog());

    // Prefilled with the registry's defaults (the reference organisation).
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("organisationNameLineEdit"))->text(),
             Settings::info(Setting::OrganisationName).defaultValue);
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("organisationPhoneLineEdit"))->text(),
             QStringLiteral("095-827-3137"));

    type(dialog, QStringLiteral("organisationNameLineEdit"), QStringLiteral("テスト市町村職員共済組合"));
    type(dialog, QStringLiteral("organisationHeadNameLineEdit"), QStringLiteral("共済 一郎"));
    type(dialog, QStringLiteral("organisationPostalCodeLineEdit"), QStringLiteral("850-0000"));
    type(dialog, QStringLiteral("organisationAddressLineEdit"), QStringLiteral("長崎県長崎市見本町1番1号"));
    auto *regime = child<QComboBox>(dialog, QStringLiteral("legalRegimeComboBox"));
    regime->setCurrentIndex(regime->findData(QStringLiteral("public")));
    type(dialog, QStringLiteral("adminLoginLineEdit"), QStringLiteral("soumu"));
    type(dialog, QStringLiteral("adminNameLineEdit"), QStringLiteral("総務 花子"));
    type(dialog, QStringLiteral("adminPasswordLineEdit"), kPassword);
    type(dialog, QStringLiteral("adminConfirmLineEdit"), kPassword);
    click(dialog, QStringLiteral("setUpButton"));

    // On to the login, with the new administrator's login filled in.
    QVERIFY(!session.firstRunDialog());
    LoginDialog *login = session.loginDialog();
    QVERIFY(login);
    QVERIFY(login->isVisible());
    QCOMPARE(child<QLineEdit>(login, QStringLiteral("loginLineEdit"))->text(), QStringLiteral("soumu"));

    AccountService accounts(db.db());
    QCOMPARE(accounts.needsInitialSetup().value(), false);
    auto settings = SettingsService(db.db()).loadForSystem();
    QVERIFY(settings);
    QCOMPARE(settings->value(Setting::OrganisationName), QStringLiteral("テスト市町村職員共済組合"));
    QCOMPARE(settings->value(Setting::HeadName), QStringLiteral("共済 一郎"));
    QCOMPARE(settings->value(Setting::Regime), QStringLiteral("public"));
    QCOMPARE(settings->value(Setting::Division), QStringLiteral("総務課"));

    // The administrator can log in with the chosen password and holds the administrator role.
    type(login, QStringLiteral("passwordLineEdit"), kPassword);
    click(login, QStringLiteral("loginButton"));
    QVERIFY(session.mainWindow());
    QVERIFY(session.mainWindow()->actor().hasRole(Role::Administrator));
    QCOMPARE(session.mainWindow()->actor().displayName, QStringLiteral("総務 花子"));
}

void TestGui::firstRunAsksForWhatLettersPrint()
{
    TempDatabase db;
    SessionController session(db.db());
    session.start();
    FirstRunDialog *dialog = session.firstRunDialog();
    QVERIFY(dialog);
    // The reference organisation's values are there; the head's name and the address are not
    // known in advance and every letter prints them: refused empty, beside their fields.
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("organisationHeadTitleLineEdit"))->text(),
             QStringLiteral("理事長"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("organisationDivisionLineEdit"))->text(),
             QStringLiteral("総務課"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("lettersDocumentSymbolLineEdit"))->text(),
             QStringLiteral("長共総"));
    type(dialog, QStringLiteral("adminLoginLineEdit"), QStringLiteral("soumu"));
    type(dialog, QStringLiteral("adminNameLineEdit"), QStringLiteral("総務 花子"));
    type(dialog, QStringLiteral("adminPasswordLineEdit"), kPassword);
    type(dialog, QStringLiteral("adminConfirmLineEdit"), kPassword);
    click(dialog, QStringLiteral("setUpButton"));
    QVERIFY(session.firstRunDialog() && dialog->isVisible());
    for (const char *name : { "organisationHeadNameErrorLabel", "organisationPostalCodeErrorLabel",
                              "organisationAddressErrorLabel" })
        QVERIFY2(!child<QLabel>(dialog, QLatin1String(name))->text().isEmpty(), name);
    QCOMPARE(AccountService(db.db()).needsInitialSetup().value(), true);
}

void TestGui::firstRunTriesTheDemoData()
{
    // Someone's own database already carries the name the demo would take: it is left alone.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(folder));
    const QString taken = folder + QStringLiteral("/demo.sqlite");
    QFile::remove(taken);
    {
        auto own = DatabaseAccess::open(taken);
        QVERIFY(own);
        QVERIFY(AccountService(**own).initialize(
            {},
            NewUser {
                QStringLiteral("owner"), QStringLiteral("持ち主"), { Role::Administrator }, kPassword }));
    }

    TempDatabase db;
    SessionController session(db.db());
    QSignalSpy finished(&session, &SessionController::finished);
    session.start();
    FirstRunDialog *dialog = session.firstRunDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->demoPath(), folder + QStringLiteral("/demo-2.sqlite"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("demoButton")), Qt::LeftButton);
    QVERIFY(waitForBackgroundTasks(300000));
    QDialog *accounts = dialog->demoAccountsDialog();
    QVERIFY(accounts && accounts->isVisible());

    // Every account with its password, selectable and copyable.
    auto *table = child<QTableWidget>(accounts, QStringLiteral("demoAccountsTable"));
    QCOMPARE(table->rowCount(), 8);
    QHash<QString, QString> passwords;
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{4}(-[a-z0-9]{4}){3}$"));
    for (int row = 0; row < table->rowCount(); ++row) {
        passwords.insert(table->item(row, 0)->text(), table->item(row, 2)->text());
        QVERIFY(pattern.match(table->item(row, 2)->text()).hasMatch());
    }
    for (const char *login :
         { "admin", "clerk1", "clerk2", "clerk3", "chief1", "manager1", "privacy1", "auditor1" })
        QVERIFY2(passwords.contains(QLatin1String(login)), login);
    click(accounts, QStringLiteral("copyAccountsButton"));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("clerk1\t")));
    QVERIFY(QGuiApplication::clipboard()->text().contains(passwords.value(QStringLiteral("chief1"))));
    QVERIFY(finished.isEmpty());

    // On to the demo database's login.
    click(accounts, QStringLiteral("continueButton"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), SessionController::SwitchDatabase);
    DatabaseHandle demo = session.takeNextDatabase();
    QVERIFY(demo);
    QCOMPARE(DatabaseAccess::path(*demo), folder + QStringLiteral("/demo-2.sqlite"));
    QVERIFY(DemoData::isDemo(*demo).value());

    SessionController onDemo(*demo);
    onDemo.start();
    QVERIFY(!onDemo.firstRunDialog());
    LoginDialog *login = onDemo.loginDialog();
    QVERIFY(login);
    type(login, QStringLiteral("loginLineEdit"), QStringLiteral("chief1"));
    type(login, QStringLiteral("passwordLineEdit"), passwords.value(QStringLiteral("chief1")));
    click(login, QStringLiteral("loginButton"));
    QVERIFY(waitForBackgroundTasks());
    QTRY_VERIFY(onDemo.mainWindow());
    // The chief has approvals waiting.
    QVERIFY(!WorkflowService(*demo).approvalInbox(onDemo.mainWindow()->actor()).value().isEmpty());

    // The other database is as it was.
    {
        auto own = DatabaseAccess::open(taken);
        QVERIFY(own);
        QVERIFY(!DemoData::isDemo(**own).value());
        QVERIFY(AccountService(**own).authenticate(QStringLiteral("owner"), kPassword));
    }
    onDemo.mainWindow()->close();
    QCoreApplication::processEvents();
}

void TestGui::firstRunRefusesMismatchedConfirmation()
{
    TempDatabase db;
    SessionController session(db.db());
    session.start();
    FirstRunDialog *dialog = session.firstRunDialog();
    QVERIFY(dialog);

    type(dialog, QStringLiteral("adminLoginLineEdit"), QStringLiteral("soumu"));
    type(dialog, QStringLiteral("adminNameLineEdit"), QStringLiteral("総務 花子"));
    type(dialog, QStringLiteral("adminPasswordLineEdit"), kPassword);
    type(dialog, QStringLiteral("adminConfirmLineEdit"), kPassword + QStringLiteral("x"));
    click(dialog, QStringLiteral("setUpButton"));

    QVERIFY(dialog->isVisible());
    QVERIFY(!session.loginDialog());
    QVERIFY(!errorText(dialog, QStringLiteral("adminConfirmErrorLabel")).isEmpty());
    QVERIFY(errorText(dialog, QStringLiteral("adminPasswordErrorLabel")).isEmpty());
    QCOMPARE(AccountService(db.db()).needsInitialSetup().value(), true);

    // An emptied organisation name is refused beside its own field, too.
    type(dialog, QStringLiteral("organisationNameLineEdit"), QString());
    type(dialog, QStringLiteral("adminConfirmLineEdit"), kPassword);
    click(dialog, QStringLiteral("setUpButton"));
    QVERIFY(dialog->isVisible());
    QVERIFY(!errorText(dialog, QStringLiteral("organisationNameErrorLabel")).isEmpty());
    QVERIFY(errorText(dialog, QStringLiteral("adminConfirmErrorLabel")).isEmpty());
    QCOMPARE(AccountService(db.db()).needsInitialSetup().value(), true);
}

void TestGui::loginOpensMainWindowWithUserInStatusBar()
{
    TempDatabase db;
    db.initialize();
    SessionController session(db.db());
    session.start();
    QVERIFY(!session.firstRunDialog());
    LoginDialog *login = session.loginDialog();
    QVERIFY(login && login->isVisible());

    type(login, QStringLiteral("loginLineEdit"), QStringLiteral("admin"));
    type(login, QStringLiteral("passwordLineEdit"), kPassword);
    click(login, QStringLiteral("loginButton"));

    MainWindow *window = session.mainWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(!session.loginDialog());
    QCOMPARE(window->windowTitle(), QStringLiteral("DSR Desk"));
    const QString status = child<QLabel>(window, QStringLiteral("userStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("管理者")), qPrintable(status));
    QVERIFY2(status.contains(Roles::displayName(Role::Administrator)), qPrintable(status));
    QVERIFY(child<QLabel>(window, QStringLiteral("databaseStatusLabel"))
                ->text()
                .contains(QStringLiteral("test.sqlite")));
}

void TestGui::wrongPasswordShowsErrorAndStaysOnLogin()
{
    TempDatabase db;
    db.initialize();
    SessionController session(db.db());
    session.start();
    LoginDialog *login = session.loginDialog();
    QVERIFY(login);

    type(login, QStringLiteral("loginLineEdit"), QStringLiteral("admin"));
    type(login, QStringLiteral("passwordLineEdit"), QStringLiteral("not-the-password"));
    click(login, QStringLiteral("loginButton"));

    QVERIFY(!session.mainWindow());
    QCOMPARE(session.loginDialog(), login);
    QVERIFY(login->isVisible());
    QVERIFY(!errorText(login, QStringLiteral("errorLabel")).isEmpty());
    // The wrong password is not left in the field for the next attempt.
    QVERIFY(child<QLineEdit>(login, QStringLiteral("passwordLineEdit"))->text().isEmpty());

    // Retrying with the right password gets in.
    type(login, QStringLiteral("passwordLineEdit"), kPassword);
    click(login, QStringLiteral("loginButton"));
    QVERIFY(session.mainWindow());
}

// Issue 10: hashing the password (about a second) runs on a worker; the login dialog keeps
// painting and answering meanwhile, and cannot be left half-way.
void TestGui::loginChecksThePasswordOffTheGuiThread()
{
    TempDatabase db;
    db.initialize();
    SessionController session(db.db());
    session.start();
    QPointer<LoginDialog> login = session.loginDialog();
    QVERIFY(login);
    type(login, QStringLiteral("loginLineEdit"), QStringLiteral("admin"));
    type(login, QStringLiteral("passwordLineEdit"), kPassword);

    // A timer that ticks while the password is being checked: the event loop runs meanwhile.
    int ticksWhileChecking = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (login && login->isCheckingPassword())
            ++ticksWhileChecking;
    });
    ticker.start();
    QTest::mouseClick(child<QAbstractButton>(login, QStringLiteral("loginButton")), Qt::LeftButton);

    // The click came back at once, with the check still running and the inputs held.
    QVERIFY(login->isCheckingPassword());
    QVERIFY(!session.mainWindow());
    QVERIFY(!child<QAbstractButton>(login, QStringLiteral("loginButton"))->isEnabled());
    QVERIFY(!child<QLineEdit>(login, QStringLiteral("passwordLineEdit"))->isEnabled());
    // Quit waits for the answer instead of leaving it to nobody.
    login->reject();
    QVERIFY(login->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 30000);
    QVERIFY2(ticksWhileChecking > 0, "the event loop did not run while the password was checked");
    QVERIFY(session.mainWindow()->actor().hasRole(Role::Administrator));
    QVERIFY(waitForBackgroundTasks());
}

void TestGui::temporaryPasswordMustBeChangedFirst()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    // An account made by an administrator carries a temporary password.
    QVERIFY(AccountService(db.db()).addUser(
        admin, NewUser { QStringLiteral("tanaka"), QStringLiteral("田中 一"), { Role::Clerk }, kPassword }));

    SessionController session(db.db());
    session.start();
    LoginDialog *login = session.loginDialog();
    type(login, QStringLiteral("loginLineEdit"), QStringLiteral("tanaka"));
    type(login, QStringLiteral("passwordLineEdit"), kPassword);
    click(login, QStringLiteral("loginButton"));

    QVERIFY(!session.mainWindow());
    ChangePasswordDialog *change = session.changePasswordDialog();
    QVERIFY(change && change->isVisible());

    const QString fresh = QStringLiteral("my own long passphrase");
    type(change, QStringLiteral("currentPasswordLineEdit"), kPassword);
    type(change, QStringLiteral("newPasswordLineEdit"), fresh);
    type(change, QStringLiteral("confirmPasswordLineEdit"), fresh);
    click(change, QStringLiteral("changeButton"));

    QVERIFY(session.mainWindow());
    QVERIFY(!session.mainWindow()->actor().mustChangePassword);
    auto found = AccountService(db.db()).findUser(admin, QStringLiteral("tanaka"));
    QVERIFY(found);
    QVERIFY(!found->mustChangePassword);
}

void TestGui::administratorSeesSettingsButNoRequestsOrAudit()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();

    QCOMPARE(window.visibleSections(), QStringList { QStringLiteral("settings") });
    QCOMPARE(visibleNavigationTexts(window), QStringList { QStringLiteral("Settings") });
    QVERIFY(!window.page(QStringLiteral("audit")));
    QVERIFY(!window.page(QStringLiteral("register")));
    QCOMPARE(window.currentSection(), QStringLiteral("settings"));
    QVERIFY(window.page(QStringLiteral("settings"))->isVisible());
}

void TestGui::languageChoiceIsKeptForTheNextStart()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    QCOMPARE(LocalSettings::language(), QStringLiteral("ja")); // Japanese first
    auto *english = window.findChild<QAction *>(QStringLiteral("enLanguageAction"));
    QVERIFY(english);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    english->trigger();
    QCOMPARE(LocalSettings::language(), QStringLiteral("en"));
    QVERIFY(english->isChecked());
    LocalSettings::setLanguage(QStringLiteral("ja"));
}

void TestGui::windowGeometryIsKeptForTheNextStart()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const QRect placed(40, 30, 1000, 700);
    {
        MainWindow window(db.db(), admin);
        window.show();
        window.setGeometry(placed);
        QCoreApplication::processEvents();
        window.close();
    }
    QVERIFY(!LocalSettings::windowGeometry().isEmpty());
    MainWindow again(db.db(), admin);
    again.show();
    QCOMPARE(again.size(), placed.size());
    QCOMPARE(again.geometry().topLeft(), placed.topLeft());
    LocalSettings::setWindowGeometry({});
}

void TestGui::auditorSeesAuditLogButNotSettings()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor auditor = db.addUser(admin, QStringLiteral("kansa"), { Role::Auditor });
    MainWindow window(db.db(), auditor);
    window.show();

    QCOMPARE(window.visibleSections(), QStringList { QStringLiteral("audit") });
    QCOMPARE(visibleNavigationTexts(window), QStringList { QStringLiteral("Audit log") });
    QVERIFY(!window.page(QStringLiteral("settings")));
    QVERIFY(window.page(QStringLiteral("audit"))->isVisible());
}

void TestGui::clerkSeesHonestEmptyPages()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor clerk = db.addUser(admin, QStringLiteral("tanto"), { Role::Clerk });
    MainWindow window(db.db(), clerk);
    window.show();

    QCOMPARE(
        window.visibleSections(),
        (QStringList { QStringLiteral("home"), QStringLiteral("register"), QStringLiteral("deadlines"),
                       QStringLiteral("members"), QStringLiteral("letters"), QStringLiteral("statistics") }));
    // Every section is a real page now (TestRegisterGui.cpp, TestWorkflowGui.cpp,
    // TestLettersGui.cpp); an empty one says so instead of showing an empty table silently.
    QVERIFY(qobject_cast<RegisterPage *>(window.page(QStringLiteral("register"))));
    QVERIFY(qobject_cast<MembersPage *>(window.page(QStringLiteral("members"))));
    QVERIFY(qobject_cast<DeadlinesPage *>(window.page(QStringLiteral("deadlines"))));
    QVERIFY(window.showSection(QStringLiteral("letters")));
    auto *letters = qobject_cast<LettersPage *>(window.page(QStringLiteral("letters")));
    QVERIFY(letters);
    QVERIFY(letters->isVisible());
    QVERIFY(letters->letters().isEmpty());
    QCOMPARE(letters->table()->model()->index(0, 0).data().toString(),
             QStringLiteral("No letters match the filter."));
    QVERIFY(window.findChildren<PlaceholderPage *>().isEmpty());
}

void TestGui::lockAndUnlockKeepWhatWasTyped()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor auditor = db.addUser(admin, QStringLiteral("kansa"), { Role::Auditor });
    MainWindow window(db.db(), auditor);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    QWidget *page = window.page(QStringLiteral("audit"));
    auto *filter = child<QLineEdit>(page, QStringLiteral("userFilterLineEdit"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("half-typed"));

    // Lock now (Ctrl+L).
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.isLocked());
    QVERIFY(!page->isVisible());
    QVERIFY(!filter->isVisible());
    auto *password = child<QLineEdit>(&window, QStringLiteral("unlockPasswordLineEdit"));
    QVERIFY(password->isVisible());

    // A wrong password says so and stays locked.
    QTest::keyClicks(password, QStringLiteral("wrong password!"));
    click(&window, QStringLiteral("unlockButton"));
    QVERIFY(window.isLocked());
    QVERIFY(!page->isVisible());
    QVERIFY(!errorText(&window, QStringLiteral("unlockErrorLabel")).isEmpty());

    // The right one unlocks, and the half-typed filter is still there.
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(waitForBackgroundTasks());
    QVERIFY(!window.isLocked());
    QVERIFY(page->isVisible());
    QCOMPARE(filter->text(), QStringLiteral("half-typed"));
    QVERIFY(password->text().isEmpty());
}

void TestGui::lockHidesOpenDialogsAndBringsThemBack()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    QWidget *page = window.page(QStringLiteral("settings"));
    click(page, QStringLiteral("addUserButton"));
    QPointer<UserDialog> dialog = page->findChild<UserDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    type(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("途中 入力"));

    window.lock();
    QVERIFY(dialog);
    QVERIFY(!dialog->isVisible());

    type(&window, QStringLiteral("unlockPasswordLineEdit"), kPassword);
    click(&window, QStringLiteral("unlockButton"));
    QVERIFY(!window.isLocked());
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->text(), QStringLiteral("途中 入力"));
    dialog->reject();
}

void TestGui::idleLockFiresAfterIntervalButNotWhileTyping()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    QCOMPARE(window.idleLockInterval(), 10 * 60 * 1000); // the organisation's default: 10 minutes
    window.show();
    window.setIdleLockInterval(1000);

    // Someone typing keeps the window open past the interval…
    auto *field = child<QLineEdit>(window.page(QStringLiteral("settings")),
                                   QStringLiteral("organisationNameLineEdit"));
    for (int i = 0; i < 15; ++i) {
        QTest::keyClick(field, Qt::Key_A);
        QTest::qWait(100);
    }
    QVERIFY(!window.isLocked());

    // …and once they stop, it locks by itself.
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
    QVERIFY(!window.page(QStringLiteral("settings"))->isVisible());
}

// The checkpoint sheet: recorded through the service, saved through the file dialog seam as a PDF
// whose text (pdftotext) carries the sequence number and the hash that the trail now ends with.
void TestGui::auditPagePrintsCheckpointSheet()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    SettingsService settings(db.db());
    QVERIFY(settings.save(admin, settings.load(admin).value(),
                          { { Setting::OrganisationName, QStringLiteral("長崎県市町村職員共済組合") } }));
    const Actor officer = db.addUser(admin, QStringLiteral("kansa"), { Role::Auditor });
    MainWindow window(db.db(), officer);
    window.show();
    auto *page = qobject_cast<AuditLogPage *>(window.page(QStringLiteral("audit")));
    QVERIFY(page);
    QVERIFY(!child<QPushButton>(page, QStringLiteral("checkpointButton"))->isHidden());

    QTemporaryDir out;
    FileDialog::setNextFileName(out.filePath(QStringLiteral("checkpoint")));
    click(page, QStringLiteral("checkpointButton"));
    const QString path = out.filePath(QStringLiteral("checkpoint.pdf"));
    QVERIFY2(QFile::exists(path), qPrintable(child<QLabel>(page, QStringLiteral("messageLabel"))->text()));

    // The page's refresh afterwards is recorded too (audit.list): the checkpoint is the one before.
    const AuditFilter checkpoints { {}, QStringLiteral("audit.checkpoint"), {}, {}, {}, {}, 0 };
    const auto taken = AuditRepository(db.db()).list(checkpoints).value();
    QCOMPARE(taken.size(), 1);
    const auto last = taken.first();
    QCOMPARE(last.action, QStringLiteral("audit.checkpoint"));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(30000));
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("長崎県市町村職員共済組合")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(last.seq)), qPrintable(text));
    // In groups of four on the sheet: "3a1d 195b …".
    QVERIFY2(text.contains(last.hash.left(4) + QLatin1Char(' ') + last.hash.mid(4, 4)), qPrintable(text));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(text.contains(last.hash), qPrintable(text));
    QVERIFY(text.contains(AuditRepository(db.db()).databaseId().value()));
    // The page says what it recorded.
    QVERIFY(child<QLabel>(page, QStringLiteral("messageLabel"))->text().contains(last.hash));

    // Cancelled: no checkpoint recorded.
    FileDialog::setNextFileName(QString());
    click(page, QStringLiteral("checkpointButton"));
    QCOMPARE(AuditRepository(db.db()).list(checkpoints).value().size(), 1);
}

void TestGui::auditPageFiltersVerifiesAndExportsCsv()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor auditor = db.addUser(admin, QStringLiteral("kansa"), { Role::Auditor });
    MainWindow window(db.db(), auditor);
    window.show();
    auto *page = qobject_cast<AuditLogPage *>(window.page(QStringLiteral("audit")));
    QVERIFY(page);

    // Set-up and the account creation are listed, newest first.
    AuditLogModel *model = page->model();
    QVERIFY(model->rowCount() >= 3);
    QVERIFY(model->record(0).seq > model->record(model->rowCount() - 1).seq);
    QStringList actions;
    for (int row = 0; row < model->rowCount(); ++row)
        actions << model->record(row).action;
    QVERIFY(actions.contains(QStringLiteral("system.initialize")));
    QVERIFY(actions.contains(QStringLiteral("user.create")));

    // Filter by action prefix.
    type(page, QStringLiteral("actionFilterLineEdit"), QStringLiteral("user."));
    QTest::keyClick(child<QLineEdit>(page, QStringLiteral("actionFilterLineEdit")), Qt::Key_Return);
    QVERIFY(model->rowCount() >= 2);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->record(row).action.startsWith(QStringLiteral("user.")));
    const int filtered = model->rowCount();

    // A date range that ends before anything was recorded shows nothing.
    child<QCheckBox>(page, QStringLiteral("allDatesCheckBox"))->setChecked(false);
    child<QDateEdit>(page, QStringLiteral("fromDateEdit"))->setDate(QDate(2001, 1, 1));
    child<QDateEdit>(page, QStringLiteral("toDateEdit"))->setDate(QDate(2001, 1, 31));
    QCOMPARE(model->rowCount(), 0);
    child<QCheckBox>(page, QStringLiteral("allDatesCheckBox"))->setChecked(true);
    QCOMPARE(model->rowCount(), filtered);

    // Verify the chain.
    click(page, QStringLiteral("verifyButton"));
    const QString verdict = child<QLabel>(page, QStringLiteral("messageLabel"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("intact")), qPrintable(verdict));

    // Export what the filter shows, through the file dialog seam; ".csv" is added.
    QTemporaryDir out;
    FileDialog::setNextFileName(out.filePath(QStringLiteral("audit")));
    click(page, QStringLiteral("exportButton"));
    QFile csv(out.filePath(QStringLiteral("audit.csv")));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
    const QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"
                               "seq,at_utc,user_id,user_login,action"));
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), filtered + 1);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY(lines[i].contains(",user."));
    QVERIFY(
        child<QLabel>(page, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("audit.csv")));

    // The export itself is on record.
    type(page, QStringLiteral("actionFilterLineEdit"), QStringLiteral("audit."));
    click(page, QStringLiteral("refreshButton"));
    QStringList auditActions;
    for (int row = 0; row < model->rowCount(); ++row)
        auditActions << model->record(row).action;
    QVERIFY(auditActions.contains(QStringLiteral("audit.export")));
    QVERIFY(auditActions.contains(QStringLiteral("audit.verify")));
}

void TestGui::addUserThroughSettingsDialog()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    auto *page = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    QVERIFY(page);
    QCOMPARE(page->userModel()->rowCount(), 1);

    // A login that is taken is refused beside the login field; the dialog keeps what was typed.
    click(page, QStringLiteral("addUserButton"));
    QPointer<UserDialog> dialog = page->findChild<UserDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    type(dialog, QStringLiteral("loginLineEdit"), QStringLiteral("admin"));
    type(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("山田 花子"));
    child<QCheckBox>(dialog, QStringLiteral("clerkCheckBox"))->setChecked(true);
    child<QCheckBox>(dialog, QStringLiteral("chiefCheckBox"))->setChecked(true);
    type(dialog, QStringLiteral("passwordLineEdit"), kPassword);
    type(dialog, QStringLiteral("confirmPasswordLineEdit"), kPassword);
    click(dialog, QStringLiteral("saveButton"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!errorText(dialog, QStringLiteral("loginErrorLabel")).isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"))->text(), QStringLiteral("山田 花子"));

    type(dialog, QStringLiteral("loginLineEdit"), QStringLiteral("yamada"));
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);

    UserTableModel *users = page->userModel();
    QCOMPARE(users->rowCount(), 2);
    const int row = users->rowOf(QStringLiteral("yamada"));
    QVERIFY(row >= 0);
    QCOMPARE(users->user(row).displayName, QStringLiteral("山田 花子"));
    QCOMPARE(users->user(row).roles, (RoleSet { Role::Clerk, Role::Chief }));
    QVERIFY(users->user(row).mustChangePassword);

    auto stored = AccountService(db.db()).findUser(admin, QStringLiteral("yamada"));
    QVERIFY(stored);
    QCOMPARE(stored->roles, (RoleSet { Role::Clerk, Role::Chief }));
}

void TestGui::editUserLosingRaceShowsMessageAndReloads()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    db.addUser(admin, QStringLiteral("kansa"), { Role::Auditor });
    MainWindow window(db.db(), admin);
    window.show();
    auto *page = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    QVERIFY(page->selectUser(QStringLiteral("kansa")));
    click(page, QStringLiteral("editUserButton"));
    QPointer<UserDialog> dialog = page->findChild<UserDialog *>();
    QVERIFY(dialog && dialog->isEditing());

    // Meanwhile another desk renames the same account.
    auto second = db.openSecond();
    AccountService otherDesk(*second);
    auto current = otherDesk.findUser(admin, QStringLiteral("kansa"));
    QVERIFY(current);
    User renamed = current.value();
    renamed.displayName = QStringLiteral("別の 名前");
    QVERIFY(otherDesk.updateUser(admin, renamed));

    type(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("監査 次郎"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(dialog, QStringLiteral("saveButton"));
    QTRY_VERIFY(!dialog);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
             qPrintable(MessageBox::lastText()));
    UserTableModel *users = page->userModel();
    QCOMPARE(users->user(users->rowOf(QStringLiteral("kansa"))).displayName, QStringLiteral("別の 名前"));
}

void TestGui::organisationSettingsSaveAndConflict()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    auto *page = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    child<QTabWidget>(page, QStringLiteral("settingsTabWidget"))->setCurrentIndex(1);

    // Every registry key has an editor of its type.
    QVERIFY(page->findChild<QSpinBox *>(QStringLiteral("securityIdleLockMinutesSpinBox")));
    QVERIFY(page->findChild<QComboBox *>(QStringLiteral("legalRegimeComboBox")));

    type(page, QStringLiteral("organisationAddressLineEdit"), QStringLiteral("長崎市魚の町"));
    child<QSpinBox>(page, QStringLiteral("securityIdleLockMinutesSpinBox"))->setValue(5);
    click(page, QStringLiteral("saveSettingsButton"));
    QVERIFY(!child<QLabel>(page, QStringLiteral("settingsMessageLabel"))->text().isEmpty());
    auto saved = SettingsService(db.db()).loadForSystem();
    QCOMPARE(saved->value(Setting::Address), QStringLiteral("長崎市魚の町"));
    QCOMPARE(saved->intValue(Setting::IdleLockMinutes), 5);
    // The window follows the new idle time at once.
    QCOMPARE(window.idleLockInterval(), 5 * 60 * 1000);

    // A value the registry refuses is shown beside its field and nothing is saved.
    type(page, QStringLiteral("organisationPhoneLineEdit"), QString());
    click(page, QStringLiteral("saveSettingsButton"));
    QVERIFY(!errorText(page, QStringLiteral("organisationPhoneErrorLabel")).isEmpty());
    QCOMPARE(SettingsService(db.db()).loadForSystem()->value(Setting::Phone), QStringLiteral("095-827-3137"));
    click(page, QStringLiteral("reloadSettingsButton"));

    // Another desk changes the address; saving ours over it is refused and the form reloads.
    auto second = db.openSecond();
    SettingsService otherDesk(*second);
    auto basis = otherDesk.load(admin);
    QVERIFY(otherDesk.save(admin, basis.value(), { { Setting::Address, QStringLiteral("長崎市出島町") } }));
    type(page, QStringLiteral("organisationAddressLineEdit"), QStringLiteral("長崎市大黒町"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(page, QStringLiteral("saveSettingsButton"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(child<QLineEdit>(page, QStringLiteral("organisationAddressLineEdit"))->text(),
             QStringLiteral("長崎市出島町"));
    QCOMPARE(SettingsService(db.db()).loadForSystem()->value(Setting::Address),
             QStringLiteral("長崎市出島町"));
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"
