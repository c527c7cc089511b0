// The dialogs that hash a password — first-run set-up, changing one's own password, the lock
// screen, an administrator adding an account or setting a temporary password — do it on a worker
// thread (BackgroundTask): the window keeps turning meanwhile, the inputs are held, and the
// answer is the one the service gives. To see the work in flight whatever the hash costs (the
// suite hashes at the minimum cost), a second connection holds the database's write lock: the
// work waits for it (SQLite's busy timeout) after hashing, and goes on once it is let go.

#include "ChangePasswordDialog.h"
#include "ErrorLabel.h"
#include "FirstRunDialog.h"
#include "LockWidget.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ResetPasswordDialog.h"
#include "SessionController.h"
#include "SettingsPage.h"
#include "TestSupport.h"
#include "UserDialog.h"
#include "services/AccountService.h"
#include "storage/Transaction.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <functional>

#include "GuiTestSupport.h"

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::kPassword;
using dsr::test::TempDatabase;
using dsr::test::type;
using dsr::test::waitForBackgroundTasks;

namespace {

const QString kFresh = QStringLiteral("my own long passphrase");

// Another desk in the middle of a write: work started meanwhile waits until it is let go.
class WriteLock
{
public:
    explicit WriteLock(const TempDatabase &db)
        : m_connection(db.openSecond())
        , m_transaction(std::make_unique<Transaction>(*m_connection))
    {
    }
    bool isHeld() const { return m_transaction && m_transaction->isActive(); }
    void release() { m_transaction.reset(); }

private:
    std::unique_ptr<Database> m_connection;
    std::unique_ptr<Transaction> m_transaction;
};

// Counts the turns of the GUI thread's event loop while `busy` says the work is running.
class Ticks
{
public:
    explicit Ticks(std::function<bool()> busy)
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this, busy = std::move(busy)] {
            if (busy())
                ++m_count;
        });
        m_timer.start();
    }
    int count() const { return m_count; }

private:
    QTimer m_timer;
    int m_count = 0;
};

QString errorText(const QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

void press(QWidget *parent, const QString &buttonName)
{
    auto *button = child<QAbstractButton>(parent, buttonName);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Presses `buttonName` while another desk holds the database, and checks what a person sees
// meanwhile: the press came back with the work still running, the listed widgets held, the event
// loop turning, and — for a dialog — closing it refused until the answer is in. Then lets go and
// waits for the answer.
void pressWhileBusy(TempDatabase &db, QWidget *parent, const QString &buttonName,
                    const std::function<bool()> &busy, const QStringList &held, QDialog *dialog = nullptr)
{
    WriteLock lock(db);
    QVERIFY(lock.isHeld());
    Ticks ticks(busy);
    press(parent, buttonName);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(busy(), "the work did not start, or ran to its end on the GUI thread");
    for (const QString &name : held)
        QVERIFY2(!child<QWidget>(parent, name)->isEnabled(), qPrintable(name));
    if (dialog) {
        const QPointer<QDialog> alive(dialog);
        dialog->reject();
        QVERIFY(alive && dialog->isVisible());
    }
    QTest::qWait(100);
    QVERIFY2(ticks.count() > 0, "the event loop did not run while the work was under way");
    QVERIFY2(busy(), "the work finished although the database was held");
    lock.release();
    const QPointer<QWidget> alive(parent);
    QVERIFY(waitForBackgroundTasks());
    QVERIFY(!busy());
    if (alive && alive->isVisible())
        for (const QString &name : held)
            QVERIFY2(child<QWidget>(parent, name)->isEnabled(), qPrintable(name));
}

Actor addTemporaryUser(TempDatabase &db, const Actor &admin, const QString &login)
{
    auto id = AccountService(db.db()).addUser(
        admin, NewUser { login, QStringLiteral("田中 一"), { Role::Clerk }, kPassword });
    if (!id)
        qFatal("adding a user failed: %s", qPrintable(id.error().message));
    auto actor = AccountService(db.db()).authenticate(login, kPassword);
    if (!actor)
        qFatal("the new user cannot log in: %s", qPrintable(actor.error().message));
    return actor.value();
}

} // namespace

class TestPasswordDialogsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void firstRunSetsUpOffTheGuiThread();
    void changePasswordChecksOffTheGuiThread();
    void unlockChecksOffTheGuiThread();
    void addUserHashesOffTheGuiThread();
    void resetPasswordHashesOffTheGuiThread();
};

void TestPasswordDialogsGui::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void TestPasswordDialogsGui::firstRunSetsUpOffTheGuiThread()
{
    TempDatabase db;
    SessionController session(db.db());
    session.start();
    QPointer<FirstRunDialog> dialog = session.firstRunDialog();
    QVERIFY(dialog);
    // What every letter prints (the first run asks for it).
    type(dialog, QStringLiteral("organisationHeadNameLineEdit"), QStringLiteral("共済 一郎"));
    type(dialog, QStringLiteral("organisationPostalCodeLineEdit"), QStringLiteral("850-0000"));
    type(dialog, QStringLiteral("organisationAddressLineEdit"), QStringLiteral("長崎県長崎市見本町1番1号"));
    type(dialog, QStringLiteral("adminLoginLineEdit"), QStringLiteral("soumu"));
    type(dialog, QStringLiteral("adminNameLineEdit"), QStringLiteral("総務 花子"));
    type(dialog, QStringLiteral("adminPasswordLineEdit"), kPassword);
    type(dialog, QStringLiteral("adminConfirmLineEdit"), kPassword);

    pressWhileBusy(
        db, dialog, QStringLiteral("setUpButton"), [&] { return dialog && dialog->isSettingUp(); },
        { QStringLiteral("adminLoginLineEdit"), QStringLiteral("adminPasswordLineEdit"),
          QStringLiteral("organisationNameLineEdit"), QStringLiteral("setUpButton"),
          QStringLiteral("cancelButton") },
        dialog);
    if (QTest::currentTestFailed())
        return;

    // As before: on to the login with the login filled in, and the administrator's password works.
    QVERIFY(!session.firstRunDialog());
    QVERIFY(session.loginDialog());
    QCOMPARE(child<QLineEdit>(session.loginDialog(), QStringLiteral("loginLineEdit"))->text(),
             QStringLiteral("soumu"));
    AccountService accounts(db.db());
    QCOMPARE(accounts.needsInitialSetup().value(), false);
    auto admin = accounts.authenticate(QStringLiteral("soumu"), kPassword);
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
    QVERIFY(admin->hasRole(Role::Administrator));
    QVERIFY(!accounts.authenticate(QStringLiteral("soumu"), kPassword + QStringLiteral("x")));
}

void TestPasswordDialogsGui::changePasswordChecksOffTheGuiThread()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    const Actor tanaka = addTemporaryUser(db, admin, QStringLiteral("tanaka"));
    QVERIFY(tanaka.mustChangePassword);
    ChangePasswordDialog dialog(db.db(), tanaka, true);
    dialog.show();
    const QStringList held { QStringLiteral("currentPasswordLineEdit"), QStringLiteral("newPasswordLineEdit"),
                             QStringLiteral("changeButton"), QStringLiteral("cancelButton") };
    auto busy = [&] { return dialog.isChangingPassword(); };

    // A wrong current password is refused beside its field, as the service words it.
    type(&dialog, QStringLiteral("currentPasswordLineEdit"), QStringLiteral("not my password"));
    type(&dialog, QStringLiteral("newPasswordLineEdit"), kFresh);
    type(&dialog, QStringLiteral("confirmPasswordLineEdit"), kFresh);
    pressWhileBusy(db, &dialog, QStringLiteral("changeButton"), busy, held, &dialog);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(errorText(&dialog, QStringLiteral("currentPasswordErrorLabel")),
             tr("The current password is wrong."));
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("currentPasswordLineEdit"))->text().isEmpty());
    QVERIFY(AccountService(db.db()).authenticate(QStringLiteral("tanaka"), kPassword));

    // The right one changes it: the new password is the one that works from now on.
    type(&dialog, QStringLiteral("currentPasswordLineEdit"), kPassword);
    pressWhileBusy(db, &dialog, QStringLiteral("changeButton"), busy, {});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.actor().mustChangePassword);
    AccountService accounts(db.db());
    QVERIFY(!accounts.authenticate(QStringLiteral("tanaka"), kPassword));
    auto fresh = accounts.authenticate(QStringLiteral("tanaka"), kFresh);
    QVERIFY2(fresh, fresh ? "" : qPrintable(fresh.error().message));
    QVERIFY(!fresh->mustChangePassword);
}

void TestPasswordDialogsGui::unlockChecksOffTheGuiThread()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    window.lock();
    QVERIFY(window.isLocked());
    auto *lockWidget = window.findChild<LockWidget *>();
    QVERIFY(lockWidget);
    auto busy = [&] { return lockWidget->isCheckingPassword(); };
    const QStringList held { QStringLiteral("unlockPasswordLineEdit"), QStringLiteral("unlockButton"),
                             QStringLiteral("logOutButton") };

    // A wrong password is refused and the window stays locked.
    type(&window, QStringLiteral("unlockPasswordLineEdit"), QStringLiteral("wrong password!"));
    pressWhileBusy(db, &window, QStringLiteral("unlockButton"), busy, held);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window.isLocked());
    QVERIFY(!errorText(&window, QStringLiteral("unlockErrorLabel")).isEmpty());

    // The window stays locked while the right one is checked, and opens once it is.
    type(&window, QStringLiteral("unlockPasswordLineEdit"), kPassword);
    WriteLock lock(db);
    press(&window, QStringLiteral("unlockButton"));
    QVERIFY(lockWidget->isCheckingPassword());
    QTest::qWait(50);
    QVERIFY(window.isLocked());
    lock.release();
    QVERIFY(waitForBackgroundTasks());
    QVERIFY(!window.isLocked());
    QVERIFY(errorText(&window, QStringLiteral("unlockErrorLabel")).isEmpty());
}

void TestPasswordDialogsGui::addUserHashesOffTheGuiThread()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    MainWindow window(db.db(), admin);
    window.show();
    auto *page = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    QVERIFY(page);
    press(page, QStringLiteral("addUserButton"));
    QPointer<UserDialog> dialog = page->findChild<UserDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    type(dialog, QStringLiteral("loginLineEdit"), QStringLiteral("yamada"));
    type(dialog, QStringLiteral("nameLineEdit"), QStringLiteral("山田 花子"));
    child<QCheckBox>(dialog, QStringLiteral("clerkCheckBox"))->setChecked(true);
    type(dialog, QStringLiteral("passwordLineEdit"), kPassword);
    type(dialog, QStringLiteral("confirmPasswordLineEdit"), kPassword);

    pressWhileBusy(
        db, dialog, QStringLiteral("saveButton"), [&] { return dialog && dialog->isSaving(); },
        { QStringLiteral("loginLineEdit"), QStringLiteral("passwordLineEdit"), QStringLiteral("saveButton"),
          QStringLiteral("cancelButton") },
        dialog);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!dialog);

    // The temporary password works, and must be changed at the first login.
    auto added = AccountService(db.db()).authenticate(QStringLiteral("yamada"), kPassword);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(added->mustChangePassword);
    QCOMPARE(added->roles, RoleSet { Role::Clerk });
}

void TestPasswordDialogsGui::resetPasswordHashesOffTheGuiThread()
{
    TempDatabase db;
    const Actor admin = db.initialize();
    db.addUser(admin, QStringLiteral("kansa"), { Role::Auditor });
    MainWindow window(db.db(), admin);
    window.show();
    auto *page = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
    QVERIFY(page && page->selectUser(QStringLiteral("kansa")));
    press(page, QStringLiteral("resetPasswordButton"));
    QPointer<ResetPasswordDialog> dialog = page->findChild<ResetPasswordDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    type(dialog, QStringLiteral("newPasswordLineEdit"), kFresh);
    type(dialog, QStringLiteral("confirmPasswordLineEdit"), kFresh);

    pressWhileBusy(
        db, dialog, QStringLiteral("resetButton"), [&] { return dialog && dialog->isSaving(); },
        { QStringLiteral("newPasswordLineEdit"), QStringLiteral("resetButton"),
          QStringLiteral("cancelButton") },
        dialog);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!dialog);

    // The old password no longer works; the temporary one does, and must be changed.
    AccountService accounts(db.db());
    QVERIFY(!accounts.authenticate(QStringLiteral("kansa"), kPassword));
    auto reset = accounts.authenticate(QStringLiteral("kansa"), kFresh);
    QVERIFY2(reset, reset ? "" : qPrintable(reset.error().message));
    QVERIFY(reset->mustChangePassword);
}

QTEST_MAIN(TestPasswordDialogsGui)
#include "TestPasswordDialogsGui.moc"
