#include "SessionController.h"

#include "ChangePasswordDialog.h"
#include "FirstRunDialog.h"
#include "Logging.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "services/AccountService.h"

#include <QApplication>
#include <QIcon>

namespace dsr {

namespace {

template<typename T> void discard(QPointer<T> &window)
{
    if (window) {
        window->hide();
        window->deleteLater();
    }
    window.clear();
}

} // namespace

SessionController::SessionController(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // Windows come and go between the steps (login gone, main window not yet shown); the program
    // ends when this controller says so, not when the last window happens to close.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dsrdesk.png")));
}

SessionController::~SessionController()
{
    delete m_changePassword;
    delete m_login;
    delete m_firstRun;
    delete m_mainWindow;
}

FirstRunDialog *SessionController::firstRunDialog() const
{
    return m_firstRun;
}

LoginDialog *SessionController::loginDialog() const
{
    return m_login;
}

ChangePasswordDialog *SessionController::changePasswordDialog() const
{
    return m_changePassword;
}

MainWindow *SessionController::mainWindow() const
{
    return m_mainWindow;
}

void SessionController::start()
{
    auto needsSetUp = AccountService(m_db).needsInitialSetup();
    if (!needsSetUp) {
        MessageBox::critical(nullptr, tr("DSR Desk"), needsSetUp.error().message);
        finish(1);
        return;
    }
    if (needsSetUp.value())
        showFirstRun();
    else
        showLogin(QString());
}

void SessionController::showFirstRun()
{
    m_firstRun = new FirstRunDialog(m_db);
    connect(m_firstRun, &QDialog::accepted, this, [this] {
        const QString login = m_firstRun->administratorLogin();
        discard(m_firstRun);
        showLogin(login);
    });
    connect(m_firstRun, &FirstRunDialog::serverConnected, this, [this] {
        m_next = m_firstRun->takeServerDatabase();
        discard(m_firstRun);
        finish(SwitchDatabase);
    });
    connect(m_firstRun, &FirstRunDialog::demoOpened, this, [this] {
        m_next = m_firstRun->takeDemoDatabase();
        discard(m_firstRun);
        finish(SwitchDatabase);
    });
    connect(m_firstRun, &QDialog::rejected, this, [this] {
        if (m_next)
            return; // left for the server or demo database (serverConnected, demoOpened)
        discard(m_firstRun);
        finish(0);
    });
    m_firstRun->show();
}

void SessionController::showLogin(const QString &login)
{
    m_login = new LoginDialog(m_db);
    m_login->setLogin(login);
    connect(m_login, &QDialog::accepted, this, [this] {
        const Actor actor = m_login->actor();
        discard(m_login);
        if (actor.mustChangePassword)
            showChangePassword(actor);
        else
            showMainWindow(actor);
    });
    connect(m_login, &QDialog::rejected, this, [this] {
        discard(m_login);
        finish(0);
    });
    m_login->show();
}

void SessionController::showChangePassword(const Actor &actor)
{
    m_changePassword = new ChangePasswordDialog(m_db, actor, true);
    connect(m_changePassword, &QDialog::accepted, this, [this] {
        const Actor changed = m_changePassword->actor();
        discard(m_changePassword);
        showMainWindow(changed);
    });
    // The temporary password must be replaced before anything else: declining ends the program.
    connect(m_changePassword, &QDialog::rejected, this, [this] {
        discard(m_changePassword);
        finish(0);
    });
    m_changePassword->show();
}

void SessionController::showMainWindow(const Actor &actor)
{
    m_mainWindow = new MainWindow(m_db, actor);
    connect(m_mainWindow, &MainWindow::closed, this, [this] {
        discard(m_mainWindow);
        finish(0);
    });
    connect(m_mainWindow, &MainWindow::logOutRequested, this, &SessionController::logOut);
    m_mainWindow->show();
}

void SessionController::logOut()
{
    discard(m_mainWindow);
    showLogin(QString());
}

void SessionController::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

} // namespace dsr
