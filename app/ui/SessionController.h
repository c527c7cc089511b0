#pragma once
// The way into the program: first-run set-up when there is no account yet, then the login, the
// compulsory password change for a temporary password, and the main window — and back to the
// login after logging out. main.cpp only starts it; the GUI tests drive it step by step, which is
// why every step is a non-blocking window they can reach.

#include "services/DatabaseAccess.h"

#include <QObject>
#include <QPointer>

namespace dsr {

class ChangePasswordDialog;
class Database;
class FirstRunDialog;
class LoginDialog;
class MainWindow;
struct Actor;

class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(Database &db, QObject *parent = nullptr);
    ~SessionController() override;

    // Shows the first window. finished() follows when the person leaves the program.
    void start();

    // The window of the current step; nullptr for the others.
    FirstRunDialog *firstRunDialog() const;
    LoginDialog *loginDialog() const;
    ChangePasswordDialog *changePasswordDialog() const;
    MainWindow *mainWindow() const;

    // finished() with this code: the person chose another database (the first-run screen's
    // "Connect to a server…" or "Try with demo data"); takeNextDatabase() hands it over, and a new
    // session starts on it.
    static constexpr int SwitchDatabase = 3;
    DatabaseHandle takeNextDatabase() { return std::move(m_next); }

Q_SIGNALS:
    // Queued, so it is safe to connect to QCoreApplication::exit before the event loop runs.
    void finished(int exitCode);

private:
    void showFirstRun();
    void showLogin(const QString &login);
    void showChangePassword(const Actor &actor);
    void showMainWindow(const Actor &actor);
    void logOut();
    void finish(int exitCode);

    Database &m_db;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<LoginDialog> m_login;
    QPointer<ChangePasswordDialog> m_changePassword;
    QPointer<MainWindow> m_mainWindow;
    bool m_finished = false;
    DatabaseHandle m_next;
};

} // namespace dsr
