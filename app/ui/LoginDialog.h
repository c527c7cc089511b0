#pragma once
// The login: login name and password checked by AccountService::authenticate — on a worker
// thread (BackgroundTask), since hashing the password takes about a second and the window must
// not freeze meanwhile. A refusal (wrong password, locked or disabled account) is shown as the
// service words it, and the person may try again; Quit leaves the program.

#include "Result.h"
#include "model/User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace dsr {

class BackgroundTask;
class Database;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setLogin(const QString &login);
    // The signed-in user, valid once the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    // The password is being checked (the inputs are disabled meanwhile).
    bool isCheckingPassword() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);
    void finishLogin(const Result<Actor> &actor);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Database &m_db;
    Actor m_actor;
    BackgroundTask *m_task;
};

} // namespace dsr
