#pragma once
// What the main window shows instead of its pages while locked: who is signed in and a password
// field. The password is checked here, by AccountService::reauthenticate on a worker thread
// (BackgroundTask: hashing takes about a second and the window must keep painting); the window
// is told once it was right and decides what unlocking brings back.

#include "InputHold.h"

#include <QWidget>
#include <memory>

namespace Ui {
class LockWidget;
}

namespace dsr {

class BackgroundTask;
struct Session;

class LockWidget : public QWidget
{
    Q_OBJECT
public:
    // `session`: whose password unlocks (its actor as it is when the check starts).
    explicit LockWidget(Session &session, QWidget *parent = nullptr);
    ~LockWidget() override;

    void setUser(const QString &displayName, const QString &login);
    // Clears the password and any message, ready for the next lock.
    void reset();
    void showError(const QString &message);
    void focusPassword();
    // The password is being checked (the field and buttons are held meanwhile).
    bool isCheckingPassword() const;

public Q_SLOTS:
    // Checks the typed password; `unlocked` follows when it is right, a message when it is not.
    void checkPassword();

Q_SIGNALS:
    void unlocked();
    void logOutRequested();

private:
    std::unique_ptr<Ui::LockWidget> m_ui;
    Session &m_session;
    BackgroundTask *m_task;
    InputHold m_hold;
};

} // namespace dsr
